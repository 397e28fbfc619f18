"""gunicorn settings for the hub: `gunicorn -c deploy/gunicorn.conf.py hub.wsgi`.

Each value can be set from the environment (GUNICORN_*), so the same file serves a VM
(deploy/systemd/) and a container (deploy/Dockerfile)."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
# Sync workers: the hub's pages are short database work. Two per core and one, at most
# eight per server: more servers, not more workers, past that.
workers = int(os.environ.get("GUNICORN_WORKERS", min(2 * multiprocessing.cpu_count() + 1, 8)))
# A page takes well under a second; an upload or an export may take longer.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 60))
graceful_timeout = 30
keepalive = 5
# Workers are replaced now and then, so a slow leak never grows.
max_requests = 2000
max_requests_jitter = 200
# Heartbeat files in memory, not on a disk that may stall.
# gunicorn makes its own unique files there; /dev/shm is what its documentation advises.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108
# The load balancer's address: its X-Forwarded-Proto is believed (see also
# HUB_TRUSTED_PROXIES for the client's address).
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
# One access line per request on standard output, with the request id the hub gives
# back (X-Request-ID), to match the hub's own log lines.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms request_id=%({x-request-id}o)s'
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# Let the master load the app once, so workers start fast and share memory.
preload_app = True

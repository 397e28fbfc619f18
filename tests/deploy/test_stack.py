"""The production stack of a plain VM, run as deploy/systemd/ runs it: the documented
commands (migrate, collectstatic, createsuperuser), gunicorn with deploy/gunicorn.conf.py
and the task worker, on PostgreSQL (127.0.0.1:5432, a database of its own) and a real
redis-server, with production settings and a real SMTP server (aiosmtpd). A page is
served, a static file too, and a task runs: a password reset's e-mail leaves through
the queue and the worker. (The container image and compose file cannot be run here:
there is no Docker engine.)"""

import os
import re
import secrets
import subprocess
import sys
import time
from pathlib import Path

import psycopg2
import pytest
import requests

from tests.servers import (
    MailServer,
    RedisServer,
    cut_connections,
    free_port,
    postgres_url,
    recreate_databases,
)

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
# Of this run only: two runs side by side must not drop each other's database.
DATABASE = f"hub_stack_check_{os.getpid()}"


def reset_password(url):
    form = requests.get(f"{url}/accounts/password_reset/", timeout=10)
    token = form.cookies["csrftoken"]
    sent = requests.post(
        f"{url}/accounts/password_reset/",
        data={"email": "ops@example.com", "csrfmiddlewaretoken": token},
        headers={"Cookie": f"csrftoken={token}"},
        allow_redirects=False,
        timeout=10,
    )
    return sent.status_code


def _wait_for(url, processes, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for process in processes:
            if process.poll() is not None:
                raise AssertionError(f"{process.args[:3]} stopped with {process.returncode}")
        try:
            response = requests.get(url, timeout=2)
            if response.status_code == 200:
                return response
        except requests.ConnectionError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"{url} did not answer within {seconds} s")


@pytest.fixture
def stack(tmp_path):
    try:
        recreate_databases(DATABASE)
    except psycopg2.OperationalError as error:
        pytest.fail(f"PostgreSQL is needed on 127.0.0.1:5432 for the stack test: {error}")
    redis_server = RedisServer()
    redis_server.start()
    smtp = MailServer()
    smtp.start()
    port = free_port()
    environ = {
        "PATH": f"{BIN}:{os.environ['PATH']}",
        "DJANGO_SETTINGS_MODULE": "hub.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": postgres_url(DATABASE),
        "REDIS_URL": redis_server.url,
        "TASKS_BACKEND": "database",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp.port),
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "STATIC_ROOT": str(tmp_path / "static"),
        "LOG_FORMAT": "json",
        # No TLS terminator in front of it here.
        "SECURE_SSL_REDIRECT": "false",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "2",
        "DJANGO_SUPERUSER_PASSWORD": secrets.token_urlsafe(16),
    }

    def manage(*arguments):
        subprocess.run(
            [sys.executable, "manage.py", *arguments], cwd=ROOT, env=environ, check=True, capture_output=True
        )

    manage("migrate", "--noinput")
    manage("collectstatic", "--noinput")
    manage("createsuperuser", "--noinput", "--username", "ops", "--email", "ops@example.com")
    logs = tmp_path / "logs"
    logs.mkdir()
    processes = [
        subprocess.Popen(
            [str(BIN / "gunicorn"), "-c", "deploy/gunicorn.conf.py", "hub.wsgi"],
            cwd=ROOT,
            env=environ,
            stdout=(logs / "web.out").open("w"),
            stderr=(logs / "web.err").open("w"),
        ),
        subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--interval", "0.2"],
            cwd=ROOT,
            env=environ,
            stdout=(logs / "worker.out").open("w"),
            stderr=(logs / "worker.err").open("w"),
        ),
    ]
    try:
        _wait_for(f"http://127.0.0.1:{port}/healthz/live", processes)
        yield {"url": f"http://127.0.0.1:{port}", "mail": smtp, "logs": logs}
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)
        smtp.stop()
        redis_server.stop()
        recreate_databases(DATABASE, create=False)


def test_the_documented_stack_serves_pages_and_runs_tasks(stack):
    url = stack["url"]

    ready = requests.get(f"{url}/healthz/ready", timeout=10)
    assert ready.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "search": "ok", "tasks": "ok"},
    }
    page = requests.get(f"{url}/accounts/login/", timeout=10)
    assert page.status_code == 200
    assert page.headers["X-Request-ID"]
    stylesheet = re.search(r'href="(/static/css/hub\.[0-9a-f]+\.css)"', page.text).group(1)
    assert requests.get(f"{url}{stylesheet}", timeout=10).status_code == 200

    # A password reset: its e-mail is queued by the web server and sent by the worker.
    assert reset_password(url) == 302
    [(recipients, content)] = stack["mail"].wait_for(1)
    assert recipients == ["ops@example.com"]
    assert "/accounts/reset/" in content

    # The database restarts (every connection to it is cut): the next requests work, and
    # so does the worker, without restarting either.
    assert cut_connections(DATABASE) >= 2  # the web server's and the worker's
    assert [requests.get(f"{url}/accounts/login/", timeout=10).status_code for _ in range(4)] == [200] * 4
    assert reset_password(url) == 302
    assert len(stack["mail"].wait_for(2)) == 2

    # The web server's log lines are JSON, with the request's id.
    lines = (stack["logs"] / "web.err").read_text()
    assert f'"request_id": "{page.headers["X-Request-ID"]}"' in lines

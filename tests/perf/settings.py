"""Production settings for the benchmark, served over plain HTTP on loopback.

Everything comes from ``hub.settings.production`` except what a TLS-less loopback
server needs: no HTTPS redirect, cookies without the Secure flag, local hosts only,
a URLconf with the bare Django view to compare against, and no outgoing e-mail.
bench.py sets the environment (SECRET_KEY, DATABASE_URL, BENCH_STATIC_ROOT).
"""

import os

# Throw-away defaults so manage.py works with these settings on their own; the
# database defaults to the benchmark's, never to the developer's SQLite file.
os.environ.setdefault("SECRET_KEY", "bench-only-insecure-key-never-use-in-production")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/hub_bench")

from hub.settings.production import *  # noqa: E402,F403
from hub.settings.production import STATIC_ROOT, env  # noqa: E402

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
LANGUAGE_COOKIE_SECURE = False
ROOT_URLCONF = "tests.perf.urls"
# seed_demo submits demo courses for review, which e-mails moderators: not from here.
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"

# bench.py runs collectstatic (manifest storage, as in production) into a temporary
# directory so the project's staticfiles/ is left alone.
STATIC_ROOT = env.path("BENCH_STATIC_ROOT", default=str(STATIC_ROOT))

"""Local development: debug on, a throw-away key, e-mail to the console."""

import os

os.environ.setdefault("SECRET_KEY", "dev-only-insecure-key-never-use-in-production")
os.environ.setdefault("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")

from .base import *  # noqa: E402,F403
from .base import LOGGING, STORAGES, env  # noqa: E402

DEBUG = env.bool("DEBUG", default=True)
if not env.str("EMAIL_URL", default=""):
    # Queued as in production, then printed instead of sent.
    HUB_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Plain static storage: no collectstatic needed for runserver.
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
# Serve static files straight from static/ and the apps, picking up edits.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# runserver prints a line per request itself.
LOGGING["loggers"]["hub.request"]["level"] = env.str("REQUEST_LOG_LEVEL", default="WARNING")

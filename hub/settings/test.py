"""Test settings: fast hashing, in-memory e-mail, database search, no manifest."""

import os
import tempfile
from pathlib import Path

os.environ.setdefault("SECRET_KEY", "test-only-insecure-key")
os.environ.setdefault("ALLOWED_HOSTS", "localhost,127.0.0.1,testserver")

from .base import *  # noqa: E402,F403
from .base import CACHES, STORAGES  # noqa: E402

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Tests read mail.outbox at once; tests/hub/ops/test_mail_queue.py puts the queue in
# between, against a real SMTP server.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
HUB_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
# Each test starts from an empty cache of its own, even where REDIS_URL is set.
CACHES = {**CACHES, "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
WAGTAILADMIN_BASE_URL = "http://testserver"
LANGUAGE_CODE = "en"
WHITENOISE_USE_FINDERS = True
# Uploads made by tests stay out of the project folder.
MEDIA_ROOT = Path(tempfile.gettempdir()) / "learning-hub-test-media"

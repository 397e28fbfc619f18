"""Redis down: pages stay up (the shared cache falls back to each server's memory),
sign-in holds (sessions come from the database), /healthz/ready says "degraded", and
Redis is used again once it is back. A real redis-server on 127.0.0.1, stopped and
started by the test."""

import pytest
import redis
from django.core.cache import caches

from hub.ops import cache as fallback
from tests.servers import RedisServer


@pytest.fixture
def redis_server(settings, monkeypatch):
    server = RedisServer()
    server.start()
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "hub.ops.cache.FallbackRedisCache",
            "LOCATION": server.url,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        },
    }
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    # Try Redis again at every call, so the test need not wait for the retry.
    monkeypatch.setattr(fallback, "RETRY_SECONDS", 0)
    yield server
    server.stop()


@pytest.mark.django_db
def test_with_redis_down_pages_work_sign_in_holds_and_ready_says_degraded(client, make_user, redis_server):
    make_user("employee", username="eva")
    signed_in = client.post("/accounts/login/", {"username": "eva", "password": "correct-horse-battery"})
    assert signed_in.status_code == 302
    assert client.get("/").status_code == 200
    assert redis.Redis(port=redis_server.port).dbsize() > 0  # the pages use Redis
    assert client.get("/healthz/ready").json()["checks"]["cache"] == "ok"

    redis_server.stop()

    for url in ["/", "/courses/", "/experts/", "/search/?q=excel"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.wsgi_request.user.username == "eva"
    ready = client.get("/healthz/ready")
    assert ready.status_code == 200
    assert ready.json()["status"] == "degraded"
    assert ready.json()["checks"]["cache"] == "degraded"
    # Signing out holds on every server: the session is gone from the database.
    client.post("/accounts/logout/")
    assert client.get("/").status_code == 302

    redis_server.start()

    assert client.get("/healthz/ready").json()["checks"]["cache"] == "ok"
    caches["default"].set("back", "yes")
    assert redis.Redis(port=redis_server.port).exists(caches["default"].make_and_validate_key("back"))


@pytest.mark.django_db
def test_while_degraded_sessions_are_never_answered_from_memory(redis_server):
    cache = caches["default"]
    redis_server.stop()

    cache.set("django.contrib.sessions.cached_dbabc", {"_auth_user_id": "1"})
    cache.set("nav", "kept")

    assert cache.get("django.contrib.sessions.cached_dbabc") is None
    assert cache.get("nav") == "kept"

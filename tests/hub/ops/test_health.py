import json

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper


@pytest.mark.django_db
def test_healthy(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "search": "ok"}}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_database_down_gives_503_without_details(client, monkeypatch):
    def refuse(self):
        raise OperationalError('connection to server at "10.0.0.5", port 5432 failed: password=secret')

    # Every new cursor fails as it would when the server is gone.
    monkeypatch.setattr(BaseDatabaseWrapper, "cursor", refuse)

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["checks"]["database"] == "unavailable"
    body = response.content.decode()
    assert "secret" not in body
    assert "10.0.0.5" not in body


@pytest.mark.django_db
def test_search_server_down_gives_503(client, settings):
    # A real connection attempt to a closed port on this machine.
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": [settings.ELASTICSEARCH_URL],
            "INDEX": "hub-health-test",
            "TIMEOUT": 2,
        }
    }

    response = client.get("/healthz")

    assert response.status_code == 503
    assert json.loads(response.content) == {
        "status": "unavailable",
        "checks": {"database": "ok", "search": "unavailable"},
    }


@pytest.mark.django_db
def test_health_check_only_answers_get(client):
    assert client.post("/healthz").status_code == 405

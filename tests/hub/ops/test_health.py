"""/healthz/live and /healthz/ready: answered to probes as load balancers send them, and
truthful: only a database that is down takes a server out (503); a search server, a
shared cache or a task worker that is down makes it "degraded" (200)."""

import datetime
import json

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

ALL_OK = {"database": "ok", "cache": "ok", "search": "ok", "tasks": "ok"}
CLOSED_PORT = "http://127.0.0.1:9"  # nothing listens on the discard port


@pytest.fixture
def search_server_down(settings):
    settings.SEARCH_BACKEND = "elasticsearch"
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": [CLOSED_PORT],
            "INDEX": "hub-health-test",
            "TIMEOUT": 2,
        }
    }


@pytest.mark.django_db
def test_ready_when_all_is_well(client):
    response = client.get("/healthz/ready")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": "ok", "checks": ALL_OK}
    assert "no-cache" in response["Cache-Control"]
    # The older address answers the same.
    assert client.get("/healthz").json() == response.json()


@pytest.mark.django_db
def test_live_touches_nothing(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz/live")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/healthz/live", "/healthz/ready", "/healthz/ready/"])
def test_probes_over_plain_http_to_the_servers_address_are_answered(client, settings, path):
    settings.SECURE_SSL_REDIRECT = True
    settings.ALLOWED_HOSTS = ["hub.example.com"]

    response = client.get(path, HTTP_HOST="10.0.0.7")

    assert response.status_code == 200
    # Any other page keeps both rules.
    assert client.get("/", HTTP_HOST="10.0.0.7").status_code == 400
    assert client.get("/", HTTP_HOST="hub.example.com").status_code == 301


@pytest.mark.django_db
def test_database_down_gives_503_without_details(client, monkeypatch):
    def refuse(self):
        raise OperationalError('connection to server at "10.0.0.5", port 5432 failed: password=secret')

    # Every new cursor fails as it would when the server is gone.
    monkeypatch.setattr(BaseDatabaseWrapper, "cursor", refuse)

    response = client.get("/healthz/ready")

    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
    assert response.json()["checks"]["database"] == "unavailable"
    body = response.content.decode()
    assert "secret" not in body
    assert "10.0.0.5" not in body
    assert client.get("/healthz/live").status_code == 200


@pytest.mark.django_db
def test_search_server_down_is_degraded_and_only_search_says_so(client_as, search_server_down, make_course):
    client = client_as("employee")
    course = make_course(title="Pivot tables")

    ready = client.get("/healthz/ready")

    assert ready.status_code == 200
    assert json.loads(ready.content) == {"status": "degraded", "checks": {**ALL_OK, "search": "degraded"}}
    page = client.get("/search/?q=pivot")
    assert page.status_code == 503
    assert "Search is not available just now" in page.content.decode()
    assert 'value="pivot"' in page.content.decode()
    suggestions = client.get("/search/autocomplete/?q=piv")
    assert suggestions.status_code == 503
    assert suggestions.json()["results"] == []
    for url in ["/", "/courses/", course.url, "/experts/", "/guidance/", "/my-learning/"]:
        assert client.get(url).status_code == 200, url


@pytest.mark.django_db
def test_tasks_waiting_for_a_worker_make_it_degraded(client, settings):
    settings.TASKS_BACKEND = "database"
    task = DBTaskResult.objects.create(
        task_path="hub.digest.tasks.send_weekly_digest",
        args_kwargs={"args": [], "kwargs": {}},
        queue_name="default",
    )
    assert client.get("/healthz/ready").json()["status"] == "ok"

    DBTaskResult.objects.filter(pk=task.pk).update(enqueued_at=timezone.now() - datetime.timedelta(hours=1))

    response = client.get("/healthz/ready")
    assert response.status_code == 200
    assert response.json()["checks"]["tasks"] == "degraded"


@pytest.mark.django_db
def test_probes_only_answer_get_and_head(client):
    assert client.post("/healthz/ready").status_code == 405
    assert client.head("/healthz/live").status_code == 200

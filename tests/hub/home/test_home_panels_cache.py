"""The home page's panels (new courses, experts, most wanted requests) are built once
and shared: what is the same for everyone comes from the cache, what is personal never
does, publishing shows at once and counts follow within HOME_PANELS_CACHE_SECONDS."""

import time
from types import SimpleNamespace

import pytest
from django.core.cache.backends import locmem
from django.db import connection
from django.test.utils import CaptureQueriesContext

from hub.home.panels import HOME_PANELS_CACHE_SECONDS
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def panels(html):
    """The part of the home page the panels make up: from the first panel's heading to
    the footer."""
    start = html.index('id="latest-courses-heading"')
    return html[start : html.index('<footer class="site-footer">')]


def home_with_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/")
    assert response.status_code == 200
    return response.content.decode(), len(queries)


def test_the_next_visitor_gets_the_panels_from_the_cache_and_their_own_greeting(client_as, make_course):
    make_course(title="Pivot tables in ten minutes")
    # Both accounts first: a new account's groups start a new chrome version.
    ann = client_as("employee", username="ann", first_name="Ann")
    bob = client_as("employee", username="bob", first_name="Bob")
    first_html, first_queries = home_with_queries(ann)
    second_html, second_queries = home_with_queries(bob)

    assert "Pivot tables in ten minutes" in panels(second_html)
    assert panels(second_html) == panels(first_html)
    assert "Welcome, Ann" in first_html and "Welcome, Bob" in second_html
    assert "Ann" not in second_html
    # Building the panels costs a fixed number of queries; the second visitor pays none.
    assert second_queries < first_queries - 10, (first_queries, second_queries)


def test_a_published_course_shows_at_once(client_as, make_course):
    client = client_as("employee")
    assert "Published just now" not in client.get("/").content.decode()

    course = make_course(title="Published just now", draft=True)
    course.save_revision().publish()

    assert "Published just now" in panels(client.get("/").content.decode())


def test_each_language_gets_its_own_panels(client_as):
    client = client_as("employee")
    assert "New courses" in client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()

    dutch = client.get("/", HTTP_ACCEPT_LANGUAGE="nl", follow=True).content.decode()

    assert "Nieuwe cursussen" in dutch
    assert "New courses" not in dutch


def test_votes_show_once_the_cached_panels_expire(client_as, make_request, monkeypatch):
    wanted = make_request(
        title="Budget planning basics",
        description="How to plan a team budget.",
        audience="Team leads",
        requester=UserFactory(role="employee", username="asker"),
    )
    voter = UserFactory(role="employee", username="voter")
    client = client_as("employee")
    assert "0 votes" in panels(client.get("/").content.decode())

    wanted.vote(voter)
    # Within the cache time the home page may still show the old count...
    assert "0 votes" in panels(client.get("/").content.decode())

    # ...and once it has passed, the new one. Only the cache's clock moves on.
    later = time.time() + HOME_PANELS_CACHE_SECONDS + 1
    monkeypatch.setattr(locmem, "time", SimpleNamespace(time=lambda: later))
    assert "1 vote" in panels(client.get("/").content.decode())

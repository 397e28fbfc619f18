"""Search costs a fixed number of queries, however much content matches (docs/search.md,
"Speed"), and the shortcuts that make it fast keep permissions exactly as strict."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from hub.accounts.roles import MODERATOR
from search.engine import RESULTS_PER_PAGE
from search.types import installed_types
from tests.factories import PageViewRestrictionFactory
from tests.search.conftest import result_titles

# The searches the benchmark makes (tests/perf/bench.py), plus a page turn and a filter.
SCENARIOS = {
    "search": ("/search/", {"q": "cohortx"}),
    "page two": ("/search/", {"q": "cohortx", "page": "2"}),
    "one type": ("/search/", {"q": "cohortx", "type": "pages"}),
    "no match": ("/search/", {"q": "zqxjvw"}),
    "autocomplete": ("/search/autocomplete/", {"q": "cohort page"}),
}

# Queries per request once warm, whole request (session, user, page chrome) included;
# the header's section links and the footer come from the cache (hub/navigation.py),
# and so do the queries that have promotions (search/promotions.py). PostgreSQL ranks
# every match on the index table (one query) and reads the visible ones by id (one per
# type with matches), so a type without matches costs nothing and a search matching
# nothing needs no access check. SQLite counts and ranks each type. One result per item
# (search/engine/scope.py) costs one query for the results' "Also in" links; on SQLite
# also one for the items with several language versions and a search among the
# reader's versions of them (the migrations give the "About" information page two
# versions, so every database has one). On PostgreSQL the index ranking keeps one
# version per item among the rows it reads anyway.
MAX_QUERIES = {
    "postgresql": {"search": 8, "page two": 7, "one type": 7, "no match": 4, "autocomplete": 5},
    "sqlite": {"search": 14, "page two": 13, "one type": 13, "no match": 12, "autocomplete": 7},
}


def queries(client, path, params):
    client.get(path, params)  # warm: the day's query-log row, per-process caches
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, params)
    assert response.status_code == 200
    return len(captured)


def measure(client):
    return {name: queries(client, path, params) for name, (path, params) in SCENARIOS.items()}


@pytest.mark.django_db
def test_search_queries_stay_constant_as_content_grows(client_as, make_info_page):
    client = client_as("employee")
    for number in range(RESULTS_PER_PAGE + 2):
        make_info_page(f"Cohort page {number}", "for cohortx")
    few = measure(client)

    for number in range(RESULTS_PER_PAGE + 2, 3 * RESULTS_PER_PAGE):
        make_info_page(f"Cohort page {number}", "for cohortx")
    measure(client)  # publishing made the header's cached section links stale
    many = measure(client)

    assert many == few
    limits = MAX_QUERIES[connection.vendor]
    for name, count in many.items():
        assert count <= limits[name], f"{name}: {count} queries, at most {limits[name]} expected"


@pytest.mark.django_db
def test_counts_and_pages_leave_out_what_the_user_may_not_see(
    search, client_as, make_info_page, course_index, make_course
):
    """The counts come with the page on PostgreSQL: they must count the visible
    results only, on every page, and the index shortcut must not let others in."""
    private = make_info_page("Private otter", "otter")
    PageViewRestrictionFactory(page=private, groups=[MODERATOR])
    for number in range(3):
        make_info_page(f"Hidden otter {number}", "otter", parent=private)
    for number in range(RESULTS_PER_PAGE + 3):
        make_info_page(f"Open otter {number}", "otter")
    draft = make_course(title="Otter course draft")
    draft.unpublish()

    first = search("otter")
    second = search("otter", page="2")
    counts = {t.key: c for t, c in first.context["results"].type_counts}

    assert counts["pages"] == RESULTS_PER_PAGE + 3
    assert counts["courses"] == 0
    assert first.context["results"].total == RESULTS_PER_PAGE + 3
    assert len(result_titles(first)) == RESULTS_PER_PAGE
    assert len(result_titles(second)) == 3
    if connection.vendor == "postgresql":
        # Equal scores are ordered by id there, so the two pages hold every result once
        # (SQLite's FTS5 leaves ties unordered).
        shown = result_titles(first) + result_titles(second)
        assert sorted(shown) == sorted(f"Open otter {n}" for n in range(RESULTS_PER_PAGE + 3))
    assert "Hidden" not in second.content.decode() and "Private" not in first.content.decode()

    moderator = client_as("moderator", username="mod")
    counts = {t.key: c for t, c in search("otter", as_client=moderator).context["results"].type_counts}
    assert counts["pages"] == RESULTS_PER_PAGE + 3 + 4


@pytest.mark.django_db
def test_a_page_past_the_end_shows_the_last_page(search, make_info_page):
    for number in range(RESULTS_PER_PAGE + 1):
        make_info_page(f"Heron {number}", "heron")

    response = search("heron", page="9")

    assert response.context["results"].page_number == 2
    assert len(result_titles(response)) == 1
    assert response.context["results"].total == RESULTS_PER_PAGE + 1


@pytest.mark.django_db
def test_every_search_type_has_its_join_index():
    """On PostgreSQL each searchable table has an index on ``pk::varchar(50)`` (the
    join to the search index); a type added to search/types.py needs a migration
    like search/0004. Elsewhere the migration creates nothing."""
    expected = [f"search_{t.model._meta.db_table}_pk_text"[:63] for t in installed_types()]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT indexname FROM pg_indexes WHERE indexname LIKE 'search_%%_pk_text'")
            assert set(expected) <= {row[0] for row in cursor.fetchall()}
        else:
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '%pk_text'")
            assert cursor.fetchall() == []
    assert len(expected) == 5

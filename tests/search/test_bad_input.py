import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.search.conftest import result_titles

BAD_QUERIES = [
    "",
    "   \t  ",
    "x" * 5000,
    "'; DROP TABLE wagtailcore_page; --",
    "a OR 1=1",
    ".*(?:[a-z]+)+$ \\ ^ [",
    '"unbalanced quote',
    "it's 'half",
    "& | ! ( ) : * <-> <2>",
    "Ελληνικά 日本語 العربية Кириллица",
    "<script>alert('x')</script>",
    "\x00\x01 control",
    "%_%",
]


@pytest.mark.django_db
@pytest.mark.parametrize("query", BAD_QUERIES)
def test_bad_queries_answer_without_error_or_reflected_markup(search, make_course, query):
    make_course(title="Pivot tables")

    response = search(query)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    assert len(response.context["results"].query) <= 200


@pytest.mark.django_db
@pytest.mark.parametrize("query", BAD_QUERIES)
def test_bad_queries_in_autocomplete(client_as, query):
    response = client_as("employee").get("/search/autocomplete/", {"q": query})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "<script>" not in response.json()["query"] or response.json()["results"] == []


@pytest.mark.django_db
def test_long_queries_are_cut_with_a_message(search):
    response = search("safety " * 700)
    assert "only its first 200 characters were used" in response.content.decode()


@pytest.mark.django_db
def test_non_latin_scripts_are_found(search, make_course):
    make_course(title="Охрана труда", summary="Курс по технике безопасности")
    make_course(title="安全研修", summary="安全")
    assert result_titles(search("Охрана")) == ["Охрана труда"]
    assert result_titles(search("安全研修")) == ["安全研修"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"page": "999999"},
        {"page": "abc"},
        {"page": "-1"},
        {"sort": "drop table"},
        # Unknown filter values are dropped (and named: test_filters.py), not applied:
        # an unknown language or region used to filter to nothing.
        {"type": "<b>nope</b>"},
        {"language": "xx"},
        {"region": "'"},
        {"topic": "x" * 500},
    ],
)
def test_bad_parameters_fall_back(search, make_course, params):
    for number in range(3):
        make_course(title=f"Budget {number}")

    response = search("budget", **params)

    assert response.status_code == 200
    assert len(result_titles(response)) == 3
    assert "<b>nope</b>" not in response.content.decode()


@pytest.mark.django_db
def test_page_past_the_end_shows_the_last_page(search, make_course):
    for number in range(22):
        make_course(title=f"Budget {number}")
    response = search("budget", page="999999")
    assert response.context["results"].page_number == 2
    assert len(result_titles(response)) == 2


@pytest.mark.django_db
def test_highlighting_escapes_the_content(search, make_course):
    make_course(title="Escaping", summary="Use <em>tags</em> & pivot <script>x</script>")
    html = search("pivot").content.decode()
    assert "&lt;em&gt;tags&lt;/em&gt; &amp; <mark>pivot</mark> &lt;script&gt;" in html


# One more than before content came in several languages ("Also in" links); on SQLite
# also the items with several versions and a search among the reader's versions.
MAX_SEARCH_QUERIES = {"postgresql": 19, "sqlite": 23}


def _count_queries(client, **params):
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/search/", params)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params", [{"q": "budget"}, {"q": "budget", "type": "courses"}, {"q": "budget", "sort": "newest"}]
)
def test_queries_per_search_stay_constant_as_results_grow(client_as, make_course, make_info_page, params):
    client = client_as("employee")
    for number in range(3):
        make_course(title=f"Budget {number}", topics=[f"Topic {number}"])
        make_info_page(f"Budget page {number}")
    _count_queries(client, **params)  # fills per-process caches (content types, sites) and the log row
    few = _count_queries(client, **params)
    for number in range(3, 30):
        make_course(title=f"Budget {number}", topics=[f"Topic {number}"])
        make_info_page(f"Budget page {number}")
    _count_queries(client, **params)  # publishing made the header's cached section links stale
    many = _count_queries(client, **params)
    assert many == few
    # Courses have facets (topic, language, region): on PostgreSQL one query ranks every
    # match on the index, one reads the visible courses by id, plus the facets.
    assert many <= MAX_SEARCH_QUERIES[connection.vendor], many


@pytest.mark.django_db
def test_autocomplete_queries_constant(client_as, make_course):
    client = client_as("employee")
    make_course(title="Budget one")
    client.get("/search/autocomplete/", {"q": "budg"})  # per-process caches
    with CaptureQueriesContext(connection) as few:
        client.get("/search/autocomplete/", {"q": "budg"})
    for number in range(20):
        make_course(title=f"Budget {number}")
    client.get("/search/autocomplete/", {"q": "budg"})  # the query log and caches, as above
    with CaptureQueriesContext(connection) as many:
        data = client.get("/search/autocomplete/", {"q": "budg"}).json()
    assert len(data["results"]) == 8
    # With enough suggestions from the first type the others are not even asked.
    assert len(many) <= len(few)

"""On PostgreSQL a search matching up to ``SEARCH_CANDIDATES`` index entries is ranked on
the index table and its candidates are read by id through the access and facet filters
(search/engine/index_ranking.py). Past that cap the backend ranks per type, helped by
the index's count of matches per type (search/engine/backend.py). Both must show the
same results, in the same order, with the same counts; SQLite always takes the
backend's way, so there the two runs are one. (The switch that turns the shortcut off
altogether is checked by test_ranking_contract.py.)"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from hub.accounts.roles import MODERATOR
from search.engine import RESULTS_PER_PAGE, index_ranking
from tests.factories import PageViewRestrictionFactory, SearchPromotionFactory
from tests.search.conftest import result_titles


def ranked_by_backend(search, query, **params):
    """``(response, whether the backend ranked)``: the backend's search joins the
    type's table to the index entries; the shortcut never does."""
    with CaptureQueriesContext(connection) as captured:
        response = search(query, **params)
    return response, any('JOIN "wagtailsearch_indexentry"' in q["sql"] for q in captured)


def shown(response):
    results = response.context["results"]
    return result_titles(response), results.counts, results.total


def facets(response):
    return {f.name: {o.label: o.count for o in f.options} for f in response.context["links"].facets}


@pytest.fixture
def corpus(make_course, make_info_page):
    """Walrus results of every strength, over two types, with some that must stay hidden."""
    make_course(
        title="Walrus walrus care", summary="All about the walrus.", content_language="nl", topics=["Zoo"]
    )
    make_course(title="Feeding", summary="What a walrus eats.", content_language="en", region="benelux")
    make_course(title="Walrus draft", summary="walrus").unpublish()
    private = make_info_page("Walrus private", "walrus")
    PageViewRestrictionFactory(page=private, groups=[MODERATOR])
    make_info_page("Walrus behind the restriction", "walrus", parent=private)
    start = timezone.now() - datetime.timedelta(days=60)
    for number in range(RESULTS_PER_PAGE + 4):
        page = make_info_page(f"Note {number:02d}", "walrus " * (1 + number % 3))
        # Distinct publication dates, not in the order of the ids, for "newest".
        page.first_published_at = start + datetime.timedelta(days=(number * 7) % 31)
        page.save(update_fields=["first_published_at"])


SEARCHES = [
    {},
    {"page": "2"},
    {"type": "pages", "page": "2"},
    {"sort": "newest"},
    {"sort": "newest", "page": "2"},
    {"type": "courses"},
    {"type": "courses", "language": "nl"},
    {"topic": "zoo"},
]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params", SEARCHES, ids=lambda params: "&".join(f"{k}={v}" for k, v in params.items())
)
def test_ranking_on_the_index_matches_the_backends_ranking(corpus, search, monkeypatch, params):
    by_index, backend_ranked = ranked_by_backend(search, "walrus", **params)
    assert backend_ranked == (connection.vendor != "postgresql"), "ranked on the index table"

    monkeypatch.setattr(index_ranking, "SEARCH_CANDIDATES", 0)
    by_backend, backend_ranked = ranked_by_backend(search, "walrus", **params)
    assert backend_ranked, "past the cap the backend ranks"

    assert shown(by_index) == shown(by_backend)
    assert facets(by_index) == facets(by_backend)
    titles = " ".join(shown(by_index)[0])
    assert "draft" not in titles and "private" not in titles and "restriction" not in titles


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["walrus care", "walrus nothingelse", "Walrus's (care)"])
def test_several_words_rank_alike_both_ways(corpus, search, monkeypatch, query):
    by_index = search(query)
    monkeypatch.setattr(index_ranking, "SEARCH_CANDIDATES", 0)
    assert shown(by_index) == shown(search(query))


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["walr", "note 1", "walrus ca", "walrus pri"])
def test_autocomplete_suggests_alike_both_ways(corpus, client_as, monkeypatch, prefix):
    client = client_as("employee", username="typist")
    statements = []
    ranked_index_entries = index_ranking._ranked_index_entries

    def spy(*args, **kwargs):
        statements.append(args)
        return ranked_index_entries(*args, **kwargs)

    monkeypatch.setattr(index_ranking, "_ranked_index_entries", spy)
    by_index = client.get("/search/autocomplete/", {"q": prefix}).json()["results"]
    assert len(statements) == (1 if connection.vendor == "postgresql" else 0)

    monkeypatch.setattr(index_ranking, "AUTOCOMPLETE_CANDIDATES", -1)
    by_backend = client.get("/search/autocomplete/", {"q": prefix}).json()["results"]
    assert by_index == by_backend
    titles = [suggestion["title"] for suggestion in by_index]
    if prefix == "walrus pri":  # only the restricted page starts so
        assert titles == []
    else:
        assert titles, "the corpus has titles starting with this"
        assert not any("private" in title or "draft" in title for title in titles)


@pytest.mark.django_db
def test_the_best_results_come_first_and_hidden_ones_are_not_counted(corpus, search, client_as):
    response = search("walrus")
    titles, counts, total = shown(response)

    assert titles[0] == "Walrus walrus care"  # the term in the title, twice
    assert counts == {
        "courses": 2,
        "guidance": 0,
        "experts": 0,
        "pages": RESULTS_PER_PAGE + 4,
        "documents": 0,
    }
    assert total == RESULTS_PER_PAGE + 6
    assert facets(response) == {
        "topic": {"Zoo": 1},
        "language": {"English": 1, "Dutch": 1},
        "region": {"Benelux": 1, "All regions": 1},
    }

    # A moderator passes the restriction: the private page and its child count too.
    moderator = client_as("moderator", username="mod")
    assert shown(search("walrus", as_client=moderator))[2] == total + 2


@pytest.mark.django_db
def test_a_promotion_shows_as_soon_as_it_is_saved_and_goes_when_deleted(search, make_info_page):
    target = make_info_page("Expense policy", "How to claim costs.")
    assert search("expenses").context["results"].promotions == ()  # "nothing promoted" is now cached

    promotion = SearchPromotionFactory(query_string="expenses", page=target)
    assert [p.title for p in search("expenses").context["results"].promotions] == ["Expense policy"]

    promotion.delete()
    assert search("expenses").context["results"].promotions == ()


@pytest.mark.django_db
def test_a_query_nobody_promoted_reads_no_promotions(search, make_info_page):
    target = make_info_page("Expense policy", "How to claim costs.")
    SearchPromotionFactory(query_string="expenses", page=target)
    search("costs")  # warm the cache of promoted queries

    with CaptureQueriesContext(connection) as captured:
        search("costs")
    assert not [q for q in captured if "searchpromotion" in q["sql"]]

    with CaptureQueriesContext(connection) as captured:
        search("expenses")
    assert [q for q in captured if "searchpromotion" in q["sql"]]

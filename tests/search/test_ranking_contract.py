"""The contract of the PostgreSQL shortcut (search/engine/index_ranking.py): with
``HUB_SEARCH_INDEX_RANKING`` on, a search shows what Wagtail's database backend shows
when it ranks each type itself: the same results in the same order, the same counts
per type and the same facet counts.

A known corpus (courses, guidance, expert profiles, information pages, documents; some
drafts and restricted ones; with topics, languages, regions and distinct dates) and a
list of queries, each with the result titles a reader judged right, in order:

- on every database the titles must be the judged ones, so the tests pin behaviour on
  SQLite as well;
- each query runs with the switch on and off and must show the same. On PostgreSQL the
  first is the shortcut and the second the backend, so this fails if the shortcut ranks
  differently; elsewhere both are the backend (the shortcut must never run there).
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.documents.models import Document
from wagtail.models import Collection, Page

from hub.accounts.roles import MODERATOR
from tests.factories import CollectionViewRestrictionFactory, PageViewRestrictionFactory
from tests.search.conftest import make_document, result_titles

START = timezone.now() - datetime.timedelta(days=400)
CHECKLISTS = 22  # more than a page of results


def dated(obj, days):
    """Published (or uploaded) ``days`` after START: every date differs, for "newest"."""
    when = START + datetime.timedelta(days=days)
    if isinstance(obj, Document):
        Document.objects.filter(pk=obj.pk).update(created_at=when)
    else:
        Page.objects.filter(pk=obj.pk).update(first_published_at=when)


def restricted_to_moderators(page):
    PageViewRestrictionFactory(page=page, groups=[MODERATOR])


@pytest.fixture
def corpus(make_course, make_guidance, make_profile, make_info_page, make_user):
    """Budgets and forecasts across every type, with what an employee must not see."""
    dated(
        make_course(
            title="Budget planning basics",
            summary="Plan next year's budget in five steps.",
            topics=["Finance"],
            content_language="en",
            region="benelux",
        ),
        10,
    )
    dated(
        make_course(
            title="Cash flow forecast",
            summary="What comes in and what goes out.",
            body=[("paragraph", "<p>A forecast comes before the budget.</p>")],
            topics=["Finance"],
            content_language="en",
            region="emea",
        ),
        20,
    )
    dated(
        make_course(
            title="Begroting maken",
            summary="Een budget voor je team.",
            topics=["Finance"],
            content_language="nl",
            region="benelux",
        ),
        30,
    )
    dated(make_course(title="Giving feedback", summary="Say what you saw.", topics=["Feedback"]), 40)
    make_course(title="Budget draft course", summary="Not ready.").unpublish()

    dated(make_guidance(title="How budget approval works", summary="Who signs off a budget, and when."), 50)
    dated(
        make_guidance(
            title="Travel expenses",
            summary="Trains and hotels come out of the team budget.",
            content_language="nl",
        ),
        60,
    )

    femke = make_user("expert", username="femke", first_name="Femke", last_name="Visser")
    dated(make_profile(femke, expertise=["Finance"], ask_me_about="budget forecast"), 70)
    ravi = make_user("expert", username="ravi", first_name="Ravi", last_name="Menon")
    dated(make_profile(ravi, expertise=["Feedback"], ask_me_about="feedback"), 80)

    dated(make_info_page("Finance team", "The finance team reviews every budget during planning week."), 90)
    board = make_info_page("Board budget", "budget")
    restricted_to_moderators(board)
    make_info_page("Board budget details", "budget", parent=board)

    dated(make_document("Budget template"), 100)
    hr = Collection.get_first_root_node().add_child(name="HR only")
    CollectionViewRestrictionFactory(collection=hr, groups=[MODERATOR])
    make_document("Budget salary overview", collection=hr)

    for team in ("legal", "HR", "sales"):
        # The same body and a title without the word searched for: an exact tie.
        dated(make_info_page(f"Records of {team}", "Keep them for the retention period."), 150)

    for number in range(CHECKLISTS):
        # Ties among the thirds (1, 2 or 3 times the word), dates apart from the ids.
        page = make_info_page(f"Checklist {number:02d}", "checklist " * (1 + number % 3))
        dated(page, 200 + (number * 7) % CHECKLISTS)


# (query, parameters, the judged titles in order). Where the two database backends
# weigh matches differently, the judged titles are given per database: PostgreSQL's
# ts_rank follows the field weights (a summary counts 1.5 times a body), SQLite's FTS5
# bm25 favours short texts (an expert profile, a one-line page).
BUDGET_TITLES = ["Budget template", "Budget planning basics", "How budget approval works"]
SEARCHES = [
    # One word: results whose title holds it first, then the rest by score.
    (
        "budget",
        {},
        {
            "postgresql": [
                *BUDGET_TITLES,
                "Begroting maken",
                "Travel expenses",
                "Cash flow forecast",
                "Femke Visser",
                "Finance team",
            ],
            "sqlite": [
                *BUDGET_TITLES,
                "Femke Visser",
                "Finance team",
                "Begroting maken",
                "Travel expenses",
                "Cash flow forecast",
            ],
        },
    ),
    # Several words: only what holds every one, the title that holds both first.
    ("budget planning", {}, ["Budget planning basics", "Finance team"]),
    # A term in a title ranks above the same term in a body or a profile's field.
    ("forecast", {}, ["Cash flow forecast", "Femke Visser"]),
    ("budget", {"type": "guidance"}, ["How budget approval works", "Travel expenses"]),
    # Equal scores: the newest first. (SQLite multiplies bm25 by the title's norm, the
    # average title length over this one's, so the three do not tie there.)
    (
        "retention",
        {},
        {
            "postgresql": ["Records of sales", "Records of HR", "Records of legal"],
            "sqlite": ["Records of HR", "Records of legal", "Records of sales"],
        },
    ),
    # Facets: only the types that have the facet take part.
    ("budget", {"language": "nl"}, ["Begroting maken", "Travel expenses"]),
    ("budget", {"region": "benelux"}, ["Budget planning basics", "Begroting maken"]),
    (
        "budget",
        {"topic": "finance"},
        {
            "postgresql": ["Budget planning basics", "Begroting maken", "Cash flow forecast", "Femke Visser"],
            "sqlite": ["Budget planning basics", "Femke Visser", "Begroting maken", "Cash flow forecast"],
        },
    ),
    (
        "budget",
        {"sort": "newest"},
        [
            "Budget template",
            "Finance team",
            "Femke Visser",
            "Travel expenses",
            "How budget approval works",
            "Begroting maken",
            "Cash flow forecast",
            "Budget planning basics",
        ],
    ),
    # Page two of 22: the oldest two; and, by relevance, the two weakest matches.
    ("checklist", {"sort": "newest", "page": "2"}, ["Checklist 19", "Checklist 00"]),
    ("checklist", {"page": "2"}, ["Checklist 18", "Checklist 21"]),
    ("checklist", {"type": "pages", "page": "2"}, ["Checklist 18", "Checklist 21"]),
]

# (prefix, the judged suggestions in order): titles, and topics' names, that start so.
PREFIXES = [
    ("bud", ["Budget planning basics", "How budget approval works", "Budget template"]),
    ("budget pl", ["Budget planning basics"]),
    (
        "fin",
        {
            "postgresql": [
                "Begroting maken",
                "Cash flow forecast",
                "Budget planning basics",
                "Femke Visser",
                "Finance team",
            ],
            "sqlite": [
                "Begroting maken",
                "Budget planning basics",
                "Cash flow forecast",
                "Femke Visser",
                "Finance team",
            ],
        },
    ),
    (
        "che",
        {
            "postgresql": [f"Checklist {number}" for number in range(21, 13, -1)],
            "sqlite": [f"Checklist {number:02d}" for number in range(21, -1, -3)],
        },
    ),
]


def judged_for(judged):
    return judged[connection.vendor] if isinstance(judged, dict) else judged


def shown(response):
    """What the page shows, for comparing two runs."""
    results = response.context["results"]
    return {
        "titles": result_titles(response),
        "counts": results.counts,
        "total": results.total,
        "page": results.page_number,
        "facets": {f.name: [(value, str(label), n) for value, label, n in f.options] for f in results.facets},
    }


def ranked(client, path, params):
    """``(response, who ranked)``: "index" when the shortcut's one query ran (it reads
    the index table alone), "backend" when a query joined a type's table to it."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, params)
    statements = [q["sql"] for q in captured]
    by = {
        "index": any(sql.startswith("SELECT content_type_id, object_id,") for sql in statements),
        "backend": any('JOIN "wagtailsearch_indexentry"' in sql for sql in statements),
    }
    return response, [name for name, ran in by.items() if ran]


def both_ways(client, settings, path, params):
    """The same request with the switch on and off: ``(on, off)``, each as ``ranked``."""
    settings.HUB_SEARCH_INDEX_RANKING = True
    on = ranked(client, path, params)
    settings.HUB_SEARCH_INDEX_RANKING = False
    off = ranked(client, path, params)
    return on, off


@pytest.fixture
def employee(client_as):
    return client_as("employee", username="reader")


@pytest.mark.django_db
def test_results_are_the_judged_ones(corpus, employee):
    wrong = []
    for query, params, judged in SEARCHES:
        titles = result_titles(employee.get("/search/", {"q": query, **params}))
        if titles != judged_for(judged):
            wrong.append((query, params, titles))
    for prefix, judged in PREFIXES:
        titles = [s["title"] for s in employee.get("/search/autocomplete/", {"q": prefix}).json()["results"]]
        if titles != judged_for(judged):
            wrong.append((prefix, titles))
    assert wrong == []


@pytest.mark.django_db
def test_the_shortcut_shows_what_the_backend_shows(corpus, employee, settings):
    # Switched on, the shortcut ranks on PostgreSQL; elsewhere the backend always does.
    expected = (["index"], ["backend"]) if connection.vendor == "postgresql" else (["backend"], ["backend"])
    differing = []
    for query, params, _judged in SEARCHES:
        (on, on_by), (off, off_by) = both_ways(employee, settings, "/search/", {"q": query, **params})
        assert (on_by, off_by) == expected, (query, params)
        if shown(on) != shown(off):
            differing.append((query, params, shown(on), shown(off)))
    for prefix, _judged in PREFIXES:
        (on, on_by), (off, off_by) = both_ways(employee, settings, "/search/autocomplete/", {"q": prefix})
        assert (on_by, off_by) == expected, prefix
        if on.json() != off.json():
            differing.append((prefix, on.json(), off.json()))
    assert differing == []

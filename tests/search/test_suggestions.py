"""A search that found nothing suggests the hub's most used topics, as searches."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from hub.accounts.roles import MODERATOR
from tests.factories import PageViewRestrictionFactory
from tests.search.conftest import result_titles


@pytest.mark.django_db
def test_nothing_found_suggests_the_topics_on_the_most_published_pages(
    search, client_as, make_course, make_profile, make_user
):
    make_course(title="Pivot tables", topics=["Excel", "Data"])
    make_course(title="Charts", topics=["Excel"])
    make_course(title="First week", topics=["Onboarding"])
    make_profile(
        make_user("expert", username="ria", first_name="Ria", last_name="Koster"), expertise=["Data"]
    )
    draft = make_course(title="Unfinished", topics=["Drafting"])
    draft.unpublish()
    restricted = make_course(title="Board matters", topics=["Mergers"])
    PageViewRestrictionFactory(page=restricted, groups=[MODERATOR])

    response = search("quantum knitting")

    # Excel and Data are on two pages each (a course and a profile count alike), ties by name.
    assert response.context["results"].popular_topics == ("Data", "Excel", "Onboarding")
    html = response.content.decode()
    assert '<h2 id="topic-suggestions-heading">Or try a popular topic</h2>' in html
    assert '<a class="chip" href="/search/?q=Excel">Excel</a>' in html
    # An unpublished or restricted page's topics are left out, even for someone who may
    # see that page: the list is the same for everyone.
    moderator = client_as("moderator", username="mod")
    assert search("quantum knitting", as_client=moderator).context["results"].popular_topics == (
        "Data",
        "Excel",
        "Onboarding",
    )
    # A suggestion is a search that finds what carries the topic.
    assert set(result_titles(search("Excel"))) == {"Pivot tables", "Charts"}


@pytest.mark.django_db
def test_a_search_with_results_suggests_nothing(search, make_course):
    make_course(title="Pivot tables", topics=["Excel"])

    response = search("pivot")

    assert response.context["results"].popular_topics == ()
    assert "Or try a popular topic" not in response.content.decode()


@pytest.mark.django_db
def test_publishing_updates_the_suggestions_at_once_and_otherwise_they_cost_no_query(search, make_course):
    make_course(title="Pivot tables", topics=["Excel"])
    assert search("quantum knitting").context["results"].popular_topics == ("Excel",)

    make_course(title="Negotiating", topics=["Negotiation"])
    make_course(title="Closing deals", topics=["Negotiation"])
    assert search("quantum knitting").context["results"].popular_topics == ("Negotiation", "Excel")

    with CaptureQueriesContext(connection) as queries:
        search("quantum knitting")
    assert not [query for query in queries if "topic" in query["sql"].lower()]


@pytest.mark.django_db
def test_a_page_restricted_later_takes_its_topics_out_at_once(search, make_course):
    make_course(title="Pivot tables", topics=["Excel"])
    board = make_course(title="Board matters", topics=["Mergers"])
    assert search("quantum knitting").context["results"].popular_topics == ("Excel", "Mergers")

    restriction = PageViewRestrictionFactory(page=board, groups=[MODERATOR])
    assert search("quantum knitting").context["results"].popular_topics == ("Excel",)

    restriction.delete()
    assert search("quantum knitting").context["results"].popular_topics == ("Excel", "Mergers")

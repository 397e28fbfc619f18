"""Search in several languages (issue #24): one result per item, in the reader's
language when that version matches too, with the other versions as "Also in" links;
a version in another language is still found when only it matches. The same on
Wagtail's backend and on the PostgreSQL index ranking."""

import pytest
from django.db import connection

from hub.accounts.roles import MODERATOR
from tests.factories import PageViewRestrictionFactory
from tests.search.conftest import result_titles

pytestmark = pytest.mark.django_db

ENGLISH = "Pivot tables in five steps"
DUTCH = "Draaitabellen met pivot in vijf stappen"


@pytest.fixture(params=[True, False], ids=["index ranking", "backend ranking"])
def ranking(request, settings):
    settings.HUB_SEARCH_INDEX_RANKING = request.param


@pytest.fixture
def pivot(make_course, ranking):
    english = make_course(title=ENGLISH, summary="Summarise rows with a pivot table.")
    dutch = make_course(
        title=DUTCH,
        summary="Vat rijen samen met een draaitabel.",
        content_language="nl",
        translation_of=english,
    )
    return english, dutch


def reading_in(client_as, language):
    client = client_as("employee", username=f"reader-{language}")
    client.cookies["hub_language"] = language
    return client


def course_count(response):
    return {t.key: count for t, count in response.context["results"].type_counts}["courses"]


def test_each_reader_finds_the_item_once_in_their_language(search, client_as, pivot):
    english, dutch = pivot

    in_english = search("pivot", as_client=reading_in(client_as, "en"))
    in_dutch = search("pivot", as_client=reading_in(client_as, "nl"))

    assert result_titles(in_english) == [ENGLISH]
    assert course_count(in_english) == 1
    assert f'<a href="{dutch.url}" hreflang="nl">Also in Dutch</a>' in in_english.content.decode()
    assert result_titles(in_dutch) == [DUTCH]
    assert course_count(in_dutch) == 1
    assert f'<a href="{english.url}" hreflang="en">Ook in het Engels</a>' in in_dutch.content.decode()


def test_a_version_that_alone_matches_is_found_in_any_language(search, client_as, pivot):
    english, _dutch = pivot

    response = search("draaitabel", as_client=reading_in(client_as, "en"))

    assert result_titles(response) == [DUTCH]
    assert 'hreflang="en">Also in English</a>' in response.content.decode()


def test_the_language_filter_shows_that_language(search, client_as, pivot):
    response = search("pivot", as_client=reading_in(client_as, "en"), language="nl")

    assert result_titles(response) == [DUTCH]


def test_a_version_the_reader_may_not_see_does_not_hide_the_other(search, client_as, pivot):
    _english, dutch = pivot
    PageViewRestrictionFactory(page=dutch, groups=[MODERATOR])

    response = search("pivot", as_client=reading_in(client_as, "nl"))

    assert result_titles(response) == [ENGLISH]
    assert "Ook in het Nederlands" not in response.content.decode()


def test_each_language_is_stemmed_as_that_language_on_postgresql(search, make_course, ranking):
    make_course(title="Een vergadering leiden", summary="Zo leid je een vergadering.", content_language="nl")
    make_course(title="Feeding the walrus", summary="What a walrus eats.", content_language="en")

    dutch_plural = result_titles(search("vergaderingen"))
    english_plural = result_titles(search("walruses"))

    if connection.vendor == "postgresql":
        # Dutch pages are indexed with the 'dutch' configuration, English ones with 'english'.
        assert dutch_plural == ["Een vergadering leiden"]
        assert english_plural == ["Feeding the walrus"]
    else:
        # SQLite's FTS5 matches words as they are (search.database keeps Wagtail's backend).
        assert dutch_plural == []
    assert result_titles(search("vergadering")) == ["Een vergadering leiden"]

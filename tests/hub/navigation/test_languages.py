"""Content in several languages, through the test client against the real tree the
migrations make: addresses, the reader's language, one card per item, "Also in",
"Add translation" (docs/languages.md)."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from guidance.pages import GuidanceIndexPage
from hub.content.models import InfoPage
from hub.home.models import HomePage
from hub.navigation.models import HubSettings
from learning.courses.models import CourseCoAuthor, CourseIndexPage, CoursePage
from tests.factories.hub import in_default_language
from tests.factories.learning import CourseFactory

pytestmark = pytest.mark.django_db


def reading_in(client, language):
    client.cookies["hub_language"] = language
    return client


def card_links(response):
    return re.findall(r'class="card__title"><a href="([^"]+)"', response.content.decode())


@pytest.fixture
def pivot_tables(make_course, make_user):
    """An English course and its Dutch translation, as in the demo."""
    owner = make_user("expert", username="sanne")
    english = make_course(title="Pivot tables in five steps", slug="pivot-tables", owner=owner)
    dutch = make_course(
        title="Draaitabellen voor beginners",
        slug="draaitabellen",
        owner=owner,
        content_language="nl",
        translation_of=english,
    )
    return english, dutch


def test_the_migrations_make_a_dutch_tree_with_the_same_section_addresses(client_as):
    dutch = Locale.objects.get(language_code="nl")
    home_nl = HomePage.objects.get(locale=dutch)
    assert home_nl.translation_key == in_default_language(HomePage, depth=2).translation_key
    assert home_nl.title == "Leeromgeving"
    assert CourseIndexPage.objects.get(locale=dutch).url == "/nl/courses/"
    assert GuidanceIndexPage.objects.get(locale=dutch).url == "/nl/guidance/"
    response = reading_in(client_as("employee"), "nl").get("/nl/guidance/ask/")
    assert response.status_code == 200
    assert "Vraag het leerteam" in response.content.decode()
    assert "Onderwerp" in response.content.decode()  # the form's fields are Dutch too


def test_home_and_sections_follow_the_reader(client_as):
    client = client_as("employee")
    for english, dutch in [("/", "/nl/"), ("/courses/", "/nl/courses/"), ("/guidance/", "/nl/guidance/")]:
        response = reading_in(client, "nl").get(english)
        assert (response.status_code, response["Location"]) == (302, dutch)
        response = reading_in(client, "en").get(dutch)
        assert (response.status_code, response["Location"]) == (302, english)
    # The filters go along.
    response = reading_in(client, "nl").get("/courses/?sort=title")
    assert response["Location"] == "/nl/courses/?sort=title"


def test_the_browser_language_counts_before_any_choice(client_as):
    client = client_as("employee")
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="nl-NL,nl;q=0.9,en;q=0.5")
    assert (response.status_code, response["Location"]) == (302, "/nl/")
    response = client.get("/nl/", HTTP_ACCEPT_LANGUAGE="nl-NL,nl;q=0.9,en;q=0.5")
    assert response.status_code == 200
    assert '<html lang="nl"' in response.content.decode()


def test_a_course_page_is_what_its_address_names_in_the_readers_interface(client_as, pivot_tables):
    english, dutch = pivot_tables
    response = reading_in(client_as("employee"), "nl").get(english.url)
    body = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="nl"' in body
    assert "Pivot tables in five steps" in body
    assert f'href="{dutch.url}" hreflang="nl">Ook in het Nederlands</a>' in body


def test_an_english_reader_sees_also_in_dutch(client_as, pivot_tables):
    english, dutch = pivot_tables
    body = reading_in(client_as("employee"), "en").get(english.url).content.decode()
    assert f'href="{dutch.url}" hreflang="nl">Also in Dutch</a>' in body
    body = reading_in(client_as("employee"), "en").get(dutch.url).content.decode()
    assert f'href="{english.url}" hreflang="en">Also in English</a>' in body


def test_old_addresses_of_pages_that_moved_into_another_tree_redirect(client_as, pivot_tables, course_index):
    english, dutch = pivot_tables
    assert dutch.url == "/nl/courses/draaitabellen/"
    response = reading_in(client_as("employee"), "nl").get("/courses/draaitabellen/")
    assert (response.status_code, response["Location"]) == (301, "/nl/courses/draaitabellen/")
    # An English reader is sent to the version in their language.
    response = reading_in(client_as("employee"), "en").get("/courses/draaitabellen/")
    assert (response.status_code, response["Location"]) == (301, english.url)
    assert reading_in(client_as("employee"), "en").get("/courses/no-such-course/").status_code == 404


def test_lists_show_each_course_once_in_the_readers_language(client_as, make_course, pivot_tables):
    english, dutch = pivot_tables
    only_dutch = make_course(title="Veilig werken", slug="veilig-werken", content_language="nl")
    client = client_as("employee")

    dutch_list = reading_in(client, "nl").get("/nl/courses/")
    assert sorted(card_links(dutch_list)) == sorted([dutch.url, only_dutch.url])

    english_list = reading_in(client, "en").get("/courses/")
    body = english_list.content.decode()
    assert sorted(card_links(english_list)) == sorted([english.url, only_dutch.url])
    # The Dutch-only course is there, labelled; the English one is not labelled.
    assert body.count("Not yet in English") == 1

    home = reading_in(client, "nl").get("/nl/")
    assert english.url not in card_links(home)
    assert dutch.url in card_links(home)


def test_the_language_filter_keeps_working(client_as, pivot_tables):
    english, dutch = pivot_tables
    response = reading_in(client_as("employee"), "en").get("/courses/?language=nl")
    assert card_links(response) == [dutch.url]


def test_listing_queries_do_not_grow_with_translations(client_as, make_course):
    client = reading_in(client_as("employee"), "nl")
    client.get("/nl/courses/")

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/nl/courses/").status_code == 200
        return len(captured)

    make_course(title="One", slug="one")
    before = queries()
    for number in range(4):
        original = make_course(title=f"Course {number}", slug=f"course-{number}")
        make_course(
            title=f"Cursus {number}", slug=f"cursus-{number}", content_language="nl", translation_of=original
        )
    assert queries() == before


def test_an_expert_adds_a_translation_they_own_that_goes_through_review(make_user, course_index):
    author = make_user("expert", username="author")
    original = CourseFactory(title="Pivot tables", owner=author, body__0="quiz", topics=["Excel"])
    translator = make_user("expert", username="translator")
    client = Client()
    client.force_login(translator)
    # Only someone who may edit the page may translate it: the translator co-authors it.
    response = client.post(
        f"/admin/hub/translate/{original.pk}/", {"locale": Locale.objects.get(language_code="nl").pk}
    )
    # Wagtail's admin answers a refusal by sending people back to its dashboard.
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert original.get_translations().count() == 0
    CourseCoAuthor.objects.create(page=original, user=translator, sort_order=0)

    response = client.get(f"/admin/hub/translate/{original.pk}/")
    assert response.status_code == 200
    assert "Dutch" in response.content.decode()
    response = client.post(f"/admin/hub/translate/{original.pk}/", {"locale": "not-a-locale"})
    assert response.status_code == 400
    assert "Choose one of the languages listed." in response.content.decode()

    dutch = Locale.objects.get(language_code="nl")
    response = client.post(f"/admin/hub/translate/{original.pk}/", {"locale": dutch.pk})
    translation = CoursePage.objects.get(locale=dutch, translation_key=original.translation_key)
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{translation.pk}/edit/"
    assert translation.owner == translator
    assert [c.user for c in translation.co_authors.all()] == [author]
    assert not translation.live
    assert translation.content_language == "nl"
    assert translation.get_parent().specific == course_index.get_translation(dutch)
    assert [block.id for block in translation.body] == [block.id for block in original.body]
    assert [t.name for t in translation.topics.all()] == ["Excel"]
    assert translation.get_workflow().name == "Beoordeling door L&D"  # the Dutch section's

    # A second time there is nothing left to add.
    response = client.post(f"/admin/hub/translate/{original.pk}/", {"locale": dutch.pk})
    assert response.status_code == 400


def test_each_languages_sections_are_reviewed_in_a_workflow_named_in_that_language():
    for model in (CourseIndexPage, GuidanceIndexPage):
        names = {index.locale.language_code: index.get_workflow().name for index in model.objects.all()}
        assert names == {"en": "L&D review", "nl": "Beoordeling door L&D"}, model
        steps = {index.get_workflow().tasks.get().name for index in model.objects.all()}
        assert steps == {"L&D moderator approval", "Goedkeuring door een L&D-moderator"}


def test_the_footer_links_the_accessibility_statement_in_the_readers_language(client_as):
    english = InfoPage.objects.get(slug="accessibility", locale__language_code="en")
    dutch = english.get_translation(Locale.objects.get(language_code="nl"))
    HubSettings.objects.update(accessibility_page=english)

    in_english = client_as("employee").get("/").content.decode()
    in_dutch = reading_in(client_as("employee", username="lezer"), "nl").get("/nl/").content.decode()

    assert f'<a href="{english.url}">Accessibility statement</a>' in in_english
    assert f'<a href="{dutch.url}">Toegankelijkheidsverklaring</a>' in in_dutch

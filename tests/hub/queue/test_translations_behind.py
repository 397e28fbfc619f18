"""A translation falls behind when its original is published again: readers see a
notice, the translation's authors and the moderators find it in the L&D queue, until
the translation is published again or confirmed "Still correct" (issue #24)."""

import pytest
from django.test import Client
from wagtail.models import Locale

from hub.authoring.models import TranslationBehind
from hub.authoring.translation import add_translation
from hub.queue.items import QueueFilter, queue_items

pytestmark = pytest.mark.django_db

NOTICE = "after this translation: it may be out of date"
QUEUE = "/admin/hub/queue/"


def reader(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def people(make_user):
    return {
        "author": make_user("expert", username="sanne"),
        "translator": make_user("expert", username="daan"),
        "other": make_user("expert", username="kim"),
        "moderator": make_user("moderator", username="mod"),
        "employee": make_user("employee", username="robin"),
    }


@pytest.fixture
def course(make_course, people):
    english = make_course(title="Budgets", slug="budgets", owner=people["author"])
    dutch = add_translation(english, Locale.objects.get(language_code="nl"), people["translator"])
    dutch.title = "Begrotingen"
    dutch.save_revision(user=people["translator"]).publish()
    return english, dutch


def republish(page, user):
    page.refresh_from_db()
    page.save_revision(user=user).publish()


def translation_items(user=None):
    return queue_items(user=user, queue_filter=QueueFilter(kinds=("translation",)))


def test_a_published_translation_is_current(course, people):
    english, dutch = course

    assert not TranslationBehind.objects.exists()
    assert NOTICE not in reader(people["employee"]).get(dutch.url).content.decode()


def test_republishing_the_original_leaves_the_translation_behind(course, people):
    english, dutch = course

    republish(english, people["author"])

    html = reader(people["employee"]).get(dutch.url).content.decode()
    assert NOTICE in html
    assert f'<a href="{english.url}">Read the original</a>' in html
    assert NOTICE not in reader(people["employee"]).get(english.url).content.decode()
    [item] = translation_items()
    assert item.title == "Begrotingen"
    assert item.owner == people["translator"]
    assert item.detail.startswith("The original “Budgets” was updated on")
    assert [action.label for action in item.actions] == ["Open in the editor", "Still correct"]
    # The translation's owner and co-authors (the original's authors) have it in their slice.
    assert len(translation_items(people["translator"])) == 1
    assert len(translation_items(people["author"])) == 1
    assert translation_items(people["other"]) == []
    queue = reader(people["translator"]).get(QUEUE).content.decode()
    assert "Translation may be out of date" in queue and "Begrotingen" in queue


def test_republishing_the_translation_catches_it_up(course, people):
    english, dutch = course
    republish(english, people["author"])

    republish(dutch, people["translator"])

    assert translation_items() == []
    assert NOTICE not in reader(people["employee"]).get(dutch.url).content.decode()


def test_still_correct_confirms_the_translation(course, people):
    english, dutch = course
    republish(english, people["author"])

    response = reader(people["translator"]).post(f"/admin/hub/verify/{dutch.pk}/")

    assert response.status_code == 302
    assert translation_items() == []


def test_someone_else_cannot_confirm_it(course, people):
    english, dutch = course
    republish(english, people["author"])

    response = reader(people["other"]).post(f"/admin/hub/verify/{dutch.pk}/")

    assert (response.status_code, response["Location"]) == (302, "/admin/")  # Wagtail's "no permission"
    assert len(translation_items()) == 1


def test_republishing_a_translation_leaves_the_original_current(course, people):
    english, dutch = course

    republish(dutch, people["translator"])

    assert not TranslationBehind.objects.exists()

"""Linking a course written separately in Dutch as the translation of an English one,
from the admin ("Link a translation"): one item for readers from then on, and one
record per learner (issue #24)."""

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.models import PageLogEntry

from learning.models import CourseRating, Enrolment, HelpfulMark, QuizAttempt
from tests.factories import ActiveTimeFactory, CourseRatingFactory, EnrolmentFactory, HelpfulMarkFactory

pytestmark = pytest.mark.django_db


def link_url(page):
    return f"/admin/hub/translate/{page.pk}/link/"


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def pair(make_course, make_user):
    """An English and a Dutch course on the same subject, written apart."""
    author = make_user("expert", username="sanne")
    english = make_course(title="Pivot tables in five steps", owner=author)
    dutch = make_course(title="Draaitabellen voor beginners", owner=author, content_language="nl")
    return author, english, dutch


def test_the_author_links_the_dutch_course_and_readers_see_one_item(pair, client_as):
    author, english, dutch = pair
    client = signed_in(author)

    page = client.get(link_url(english)).content.decode()
    assert "Draaitabellen voor beginners (Dutch)" in page
    response = client.post(link_url(english), {"page": dutch.pk})

    assert (response.status_code, response["Location"]) == (302, f"/admin/pages/{english.pk}/edit/")
    dutch.refresh_from_db()
    assert dutch.translation_key == english.translation_key
    assert PageLogEntry.objects.filter(page=dutch, action="hub.link_translation").exists()
    html = client_as("employee").get(english.url).content.decode()
    assert "Also in Dutch" in html
    # Linked pages are translations already: nothing is left to link.
    assert "No page can be linked" in client.get(link_url(english)).content.decode()


def test_learners_records_of_both_become_one(pair, make_user):
    author, english, dutch = pair
    both, english_only, dutch_only = (make_user("employee", username=name) for name in ("both", "en", "nl"))
    earlier = EnrolmentFactory(user=both, course=dutch, sections_done=["intro"], completed_at=timezone.now())
    later = EnrolmentFactory(user=both, course=english, sections_done=["a"])
    QuizAttempt.objects.create(
        enrolment=later,
        quiz_id="q",
        token="6f0b8c0e-0000-4000-8000-000000000001",
        correct=1,
        total=1,
        pass_mark=50,
        passed=True,
        questions=[],
    )
    ActiveTimeFactory(enrolment=earlier, section_id="intro", seconds=120)
    ActiveTimeFactory(enrolment=later, section_id="intro", seconds=60)
    EnrolmentFactory(user=english_only, course=english)
    EnrolmentFactory(user=dutch_only, course=dutch)
    CourseRatingFactory(user=both, course=english, stars=2)
    CourseRatingFactory(user=both, course=dutch, stars=5)  # the later one
    HelpfulMarkFactory(user=both, course=english)
    HelpfulMarkFactory(user=both, course=dutch)

    signed_in(author).post(link_url(english), {"page": dutch.pk})

    key = english.translation_key
    assert Enrolment.objects.filter(course_key=key).count() == 3
    kept = Enrolment.objects.get(user=both)
    assert kept.completed_at == earlier.completed_at
    assert set(kept.sections_done) == {"intro", "a"}
    assert kept.attempts.count() == 1
    assert [row.seconds for row in kept.active_times.all()] == [180]
    assert [rating.stars for rating in CourseRating.objects.filter(user=both)] == [5]
    assert HelpfulMark.objects.filter(user=both, course_key=key).count() == 1


@pytest.mark.parametrize("choice", ["", "abc", "999999"])
def test_a_page_not_offered_is_refused_with_a_message(pair, choice):
    author, english, _dutch = pair

    response = signed_in(author).post(link_url(english), {"page": choice})

    assert response.status_code == 400
    assert "Choose one of the pages listed." in response.content.decode()


def test_a_page_in_the_same_language_or_of_another_kind_is_not_offered(pair, make_course, make_guidance):
    author, english, _dutch = pair
    other_english = make_course(title="Another English course", owner=author)
    dutch_guidance = make_guidance(title="Een Nederlandse handleiding", owner=author, content_language="nl")

    html = signed_in(author).get(link_url(english)).content.decode()
    response = signed_in(author).post(link_url(english), {"page": other_english.pk})

    assert "Another English course" not in html and "Een Nederlandse handleiding" not in html
    assert response.status_code == 400
    assert dutch_guidance.translation_key != english.translation_key


def test_only_someone_who_may_edit_both_pages_links_them(pair, make_user, make_course):
    author, english, _dutch = pair
    someone_else = make_user("expert", username="kim")
    theirs = make_course(title="Kims cursus", owner=someone_else, content_language="nl")

    # Kim may not edit the English course: Wagtail's admin sends her to its dashboard.
    response = signed_in(someone_else).post(link_url(english), {"page": theirs.pk})
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    # Sanne may edit the English course but not Kim's Dutch one.
    response = signed_in(author).post(link_url(english), {"page": theirs.pk})
    assert response.status_code == 400
    assert "You may not edit “Kims cursus”, so you cannot link it." in response.content.decode()
    theirs.refresh_from_db()
    assert theirs.translation_key != english.translation_key

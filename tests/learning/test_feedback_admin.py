"""Ratings, comments and flags in the Wagtail admin: who sees which, hiding a comment
and resolving a flag, through the real admin views and the real course page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from hub.authoring.models import ContentFlag
from learning.models import CourseRating
from tests.factories import ContentFlagFactory, CourseRatingFactory, UserFactory

RATINGS = "/admin/course-ratings/"
FLAGS = "/admin/flags/"
FLAG_NOTICE = "A reader reported that this may be outdated or wrong."


class Feedback:
    """Olga owns Alpha and co-authors Bravo (Pim's); Charlie is Pim's alone."""

    def __init__(self, make_course):
        self.olga = UserFactory(username="olga", role="expert")
        self.pim = UserFactory(username="pim", role="expert")
        self.anna = UserFactory(username="anna", first_name="Anna", last_name="Learner", role="employee")
        self.alpha = make_course(title="Alpha", owner=self.olga)
        self.bravo = make_course(title="Bravo", owner=self.pim, co_authors=[self.olga])
        self.charlie = make_course(title="Charlie", owner=self.pim)
        self.alpha_rating = CourseRatingFactory(course=self.alpha, user=self.anna, stars=5, comment="Great")
        self.bravo_rating = CourseRatingFactory(
            course=self.bravo, user=self.anna, stars=1, comment="Written by idiots"
        )
        self.charlie_rating = CourseRatingFactory(
            course=self.charlie, user=self.anna, stars=4, comment="Fine course"
        )
        self.alpha_flag = ContentFlagFactory(page=self.alpha, reported_by=self.anna, reason="Old menu names")
        self.charlie_flag = ContentFlagFactory(
            page=self.charlie, reported_by=self.anna, reason="Broken link in step 2"
        )


@pytest.fixture
def feedback(make_course):
    return Feedback(make_course)


def denied(response):
    """Wagtail's admin answers a PermissionDenied with a redirect to the dashboard."""
    return response.status_code == 302 and response["Location"] == "/admin/"


def signed_in(client, user):
    client.force_login(user)
    return client


# -- experts: their own courses only --------------------------------------------------------
@pytest.mark.django_db
def test_expert_sees_ratings_and_flags_of_courses_they_own_or_co_author(client, feedback):
    client = signed_in(client, feedback.olga)

    ratings = client.get(RATINGS).content.decode()
    assert "Great" in ratings
    assert "Written by idiots" in ratings
    assert "Fine course" not in ratings

    flags = client.get(FLAGS).content.decode()
    assert "Old menu names" in flags
    assert "Broken link in step 2" not in flags
    assert "/admin/flags/resolve/" not in flags


@pytest.mark.django_db
def test_expert_gets_404_for_other_peoples_items_and_is_denied_changes(client, feedback):
    client = signed_in(client, feedback.olga)

    assert client.get(f"{RATINGS}inspect/{feedback.alpha_rating.pk}/").status_code == 200
    assert client.get(f"{RATINGS}inspect/{feedback.charlie_rating.pk}/").status_code == 404
    assert client.get(f"{FLAGS}inspect/{feedback.alpha_flag.pk}/").status_code == 200
    assert client.get(f"{FLAGS}inspect/{feedback.charlie_flag.pk}/").status_code == 404

    for url in [f"{RATINGS}edit/{feedback.alpha_rating.pk}/", f"{RATINGS}edit/{feedback.charlie_rating.pk}/"]:
        assert denied(client.get(url))
        assert denied(client.post(url, {"hidden": "on"}))
    for flag in (feedback.alpha_flag, feedback.charlie_flag):
        assert denied(client.get(f"{FLAGS}resolve/{flag.pk}/"))
        assert denied(client.post(f"{FLAGS}resolve/{flag.pk}/"))
    assert not CourseRating.objects.filter(hidden=True).exists()
    assert ContentFlag.objects.open().count() == 2


@pytest.mark.django_db
def test_co_author_sees_a_course_they_only_co_author(client, feedback):
    client = signed_in(client, feedback.olga)

    assert client.get(f"{RATINGS}inspect/{feedback.bravo_rating.pk}/").status_code == 200
    # Pim owns Bravo and Charlie but co-authors nothing of Olga's.
    pim = signed_in(client.__class__(), feedback.pim)
    assert client.get(f"{RATINGS}inspect/{feedback.alpha_rating.pk}/").status_code == 200
    assert pim.get(f"{RATINGS}inspect/{feedback.alpha_rating.pk}/").status_code == 404
    assert "Great" not in pim.get(RATINGS).content.decode()


@pytest.mark.django_db
def test_employees_cannot_open_the_feedback_admin(client_as, feedback):
    client = client_as("employee", username="e1")
    for url in [
        RATINGS,
        FLAGS,
        f"{RATINGS}inspect/{feedback.alpha_rating.pk}/",
        f"{FLAGS}resolve/{feedback.alpha_flag.pk}/",
    ]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")


@pytest.mark.django_db
def test_nobody_adds_or_deletes_ratings_in_the_admin(client_as, feedback):
    client = client_as("moderator")

    assert denied(client.get(f"{RATINGS}new/"))
    assert denied(client.post(f"{RATINGS}delete/{feedback.alpha_rating.pk}/"))
    assert CourseRating.objects.count() == 3
    assert client.get(f"{FLAGS}new/").status_code == 404


# -- moderators: everything, hide and resolve -------------------------------------------------
@pytest.mark.django_db
@pytest.mark.parametrize("role", ["moderator", "admin"])
def test_moderators_and_admins_see_all(client_as, feedback, role):
    client = client_as(role)

    ratings = client.get(RATINGS).content.decode()
    assert all(text in ratings for text in ["Great", "Written by idiots", "Fine course"])
    flags = client.get(FLAGS).content.decode()
    assert "Old menu names" in flags and "Broken link in step 2" in flags
    assert f"/admin/flags/resolve/{feedback.alpha_flag.pk}/" in flags


@pytest.mark.django_db
def test_hiding_a_comment_removes_it_from_the_course_page(client_as, client, feedback):
    # Another reader: Anna's own rating form would show her comment back to her.
    learner = signed_in(client, UserFactory(username="ben", role="employee"))
    assert "Written by idiots" in learner.get(feedback.bravo.url).content.decode()

    moderator = client_as("moderator")
    edit = moderator.get(f"{RATINGS}edit/{feedback.bravo_rating.pk}/")
    assert edit.status_code == 200
    assert "Written by idiots" in edit.content.decode()  # shown read-only
    response = moderator.post(f"{RATINGS}edit/{feedback.bravo_rating.pk}/", {"hidden": "on", "stars": "5"})
    assert response.status_code == 302

    rating = CourseRating.objects.get(pk=feedback.bravo_rating.pk)
    assert rating.hidden
    assert rating.stars == 1  # read-only fields cannot be changed by a crafted POST
    assert rating.comment == "Written by idiots"
    assert "Written by idiots" not in learner.get(feedback.bravo.url).content.decode()
    assert "Great" in learner.get(feedback.alpha.url).content.decode()


@pytest.mark.django_db
def test_resolving_a_flag_clears_the_may_be_outdated_notice(client_as, client, feedback):
    learner = signed_in(client, UserFactory(username="ben", role="employee"))
    assert FLAG_NOTICE in learner.get(feedback.alpha.url).content.decode()

    moderator = client_as("moderator")
    confirm = moderator.get(f"{FLAGS}resolve/{feedback.alpha_flag.pk}/")
    assert confirm.status_code == 200
    assert "Old menu names" in confirm.content.decode()
    response = moderator.post(f"{FLAGS}resolve/{feedback.alpha_flag.pk}/")
    assert response.status_code == 302

    flag = ContentFlag.objects.get(pk=feedback.alpha_flag.pk)
    assert flag.resolved_at is not None
    assert flag.resolved_by.username == "moderator"
    assert FLAG_NOTICE not in learner.get(feedback.alpha.url).content.decode()
    assert FLAG_NOTICE in learner.get(feedback.charlie.url).content.decode()
    # A resolved flag cannot be resolved again.
    assert moderator.post(f"{FLAGS}resolve/{feedback.alpha_flag.pk}/").status_code == 404


@pytest.mark.django_db
def test_flags_filter_by_status(client_as, feedback):
    client = client_as("moderator")
    client.post(f"{FLAGS}resolve/{feedback.alpha_flag.pk}/")

    open_flags = client.get(FLAGS, {"status": "open"}).content.decode()
    assert "Broken link in step 2" in open_flags and "Old menu names" not in open_flags
    resolved = client.get(FLAGS, {"status": "resolved"}).content.decode()
    assert "Old menu names" in resolved and "Broken link in step 2" not in resolved


@pytest.mark.django_db
def test_feedback_menu_items_for_experts(client, feedback):
    html = signed_in(client, feedback.olga).get("/admin/").content.decode()

    assert RATINGS in html
    assert FLAGS in html


# -- queries stay constant ------------------------------------------------------------------
@pytest.mark.django_db
@pytest.mark.parametrize("role", ["expert", "moderator"])
def test_listing_queries_stay_constant(client, make_course, feedback, role):
    user = feedback.olga if role == "expert" else UserFactory(username="mod", role="moderator")
    client = signed_in(client, user)

    def count(url):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    before = [count(RATINGS), count(FLAGS)]
    for n in range(5):
        course = make_course(title=f"More {n}", owner=feedback.olga)
        learner = UserFactory(username=f"more{n}", role="employee")
        CourseRatingFactory(course=course, user=learner, stars=3, comment="ok")
        ContentFlagFactory(page=course, reported_by=learner, reason="Old")
    assert [count(RATINGS), count(FLAGS)] == before

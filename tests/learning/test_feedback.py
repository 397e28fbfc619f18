"""Ratings, "this helped me" and "outdated or wrong" flags on courses."""

import pytest
from django.core import mail

from hub.authoring.models import ContentFlag
from learning.models import CourseRating, HelpfulMark
from tests.learning.learner import route


@pytest.fixture
def course(make_course, make_user):
    owner = make_user("expert", username="owner", email="owner@example.com")
    co_author = make_user("expert", username="coauthor", email="co@example.com")
    return make_course(title="Budgets", owner=owner, co_authors=[co_author])


@pytest.mark.django_db
def test_one_rating_per_learner_which_they_can_change(client_as, course):
    client = client_as("employee", first_name="Robin")

    client.post(route(course, "rating"), {"stars": "2", "comment": "Too long."})
    response = client.post(route(course, "rating"), {"stars": "4", "comment": "Better after the update."})

    assert response.status_code == 302
    rating = CourseRating.objects.get()
    assert (rating.stars, rating.comment) == (4, "Better after the update.")
    html = client.get(course.url).content.decode()
    assert "Better after the update." in html
    assert "4.0 out of 5 (1 rating)" in html
    assert "Update my rating" in html


@pytest.mark.django_db
@pytest.mark.parametrize("stars", ["0", "6", "-1", "abc", ""])
def test_ratings_out_of_range_are_refused(client_as, course, stars):
    response = client_as("employee").post(route(course, "rating"), {"stars": stars, "comment": "Kept text"})

    assert response.status_code == 400
    html = response.content.decode()
    assert "Kept text" in html
    assert "Choose from 1 to 5 stars." in html  # also when none was chosen
    assert not CourseRating.objects.exists()


@pytest.mark.django_db
def test_a_huge_comment_is_refused_with_the_text_kept(client_as, course):
    comment = "word " * 20_000  # 100 kB

    response = client_as("employee").post(route(course, "rating"), {"stars": "5", "comment": comment})

    assert response.status_code == 400
    assert "at most 2000 characters" in response.content.decode()
    assert not CourseRating.objects.exists()


@pytest.mark.django_db
def test_hidden_comments_are_not_shown_but_the_rating_counts(client_as, course):
    client = client_as("employee")
    client.post(route(course, "rating"), {"stars": "1", "comment": "Something abusive"})
    CourseRating.objects.update(hidden=True)

    html = client_as("employee", username="other").get(course.url).content.decode()

    assert "Something abusive" not in html
    assert "1.0 out of 5 (1 rating)" in html


@pytest.mark.django_db
def test_this_helped_me_toggles(client_as, course):
    client = client_as("employee")

    client.post(route(course, "helped"), {"helped": "yes"})
    client.post(route(course, "helped"), {"helped": "yes"})
    assert HelpfulMark.objects.count() == 1
    assert "You marked that this helped you." in client.get(course.url).content.decode()

    client.post(route(course, "helped"), {"helped": "no"})
    assert not HelpfulMark.objects.exists()


@pytest.mark.django_db
def test_a_flag_marks_the_course_for_review_and_tells_its_authors(client_as, course, make_user):
    client = client_as("employee")

    response = client.post(route(course, "flag"), {"reason": "The form changed in 2026."})

    assert response.status_code == 302
    flag = ContentFlag.objects.get()
    assert flag.page_id == course.pk and flag.is_open
    assert sorted(message.to[0] for message in mail.outbox) == ["co@example.com", "owner@example.com"]
    assert "The form changed in 2026." in mail.outbox[0].body
    assert f"/admin/pages/{course.pk}/edit/" in mail.outbox[0].body
    notice = "A reader reported that this may be outdated or wrong."
    assert notice in client_as("employee", username="reader2").get(course.url).content.decode()

    # A second flag by the same reader adds nothing and sends nothing.
    client.post(route(course, "flag"), {"reason": "Again"})
    assert ContentFlag.objects.count() == 1
    assert len(mail.outbox) == 2

    # The owner checks the course ("Still correct"): the flag closes, the notice goes.
    course.specific.verify(course.owner)
    flag.refresh_from_db()
    assert not flag.is_open and flag.resolved_by == course.owner
    assert notice not in client.get(course.url).content.decode()


@pytest.mark.django_db
def test_publishing_a_new_version_closes_flags(client_as, course):
    client_as("employee").post(route(course, "flag"), {"reason": "Outdated screenshots"})

    course.save_revision(user=course.owner).publish()

    assert not ContentFlag.objects.open().exists()


@pytest.mark.django_db
def test_an_empty_or_huge_flag_reason_is_refused(client_as, course):
    client = client_as("employee")

    assert client.post(route(course, "flag"), {"reason": ""}).status_code == 400
    response = client.post(route(course, "flag"), {"reason": "x" * 5000})
    assert response.status_code == 400
    assert "at most 1000 characters" in response.content.decode()
    assert not ContentFlag.objects.exists()
    assert not mail.outbox


@pytest.mark.django_db
def test_feedback_needs_post_and_a_live_course(client_as, course):
    client = client_as("employee")
    assert client.get(route(course, "rating")).status_code == 405
    assert client.get(route(course, "flag")).status_code == 405

    course.unpublish()
    assert client.post(route(course, "rating"), {"stars": "5"}).status_code == 404
    assert not CourseRating.objects.exists()

"""Profiles with the real contribution sources: courses (learning), guidance pages and
answered requests (guidance), reaching people without people importing those apps."""

import datetime

import pytest
from django.utils import timezone

from guidance.models import LearningRequest
from tests.factories import (
    CourseFactory,
    CourseRatingFactory,
    EnrolmentFactory,
    GuidancePageFactory,
    LearningRequestFactory,
)


@pytest.fixture
def sanne(make_user, make_profile):
    expert = make_user("expert", username="sanne", first_name="Sanne", last_name="de Vries")
    return expert, make_profile(expert, expertise=["Excel"])


@pytest.mark.django_db
def test_profile_lists_courses_guidance_and_answered_requests(client_as, sanne, make_user):
    expert, profile = sanne
    course = CourseFactory(title="Pivot tables", owner=expert)
    other = make_user("expert", username="bram")
    GuidancePageFactory(title="How review works", owner=other, co_authors=[expert])
    LearningRequestFactory(
        title="Excel for planners",
        description="Planning sheets",
        requester=make_user("employee", username="asker"),
        claimed_by=expert,
        answered_by=course,
        status=LearningRequest.Status.DONE,
        closed_at=timezone.now(),
    )
    for n in range(2):
        learner = make_user("employee", username=f"learner{n}")
        EnrolmentFactory(user=learner, course=course, course_title="x", completed_at=timezone.now())
        CourseRatingFactory(course=course, user=learner, stars=4 + n)

    html = client_as("employee", username="visitor").get(profile.url).content.decode()

    assert "Pivot tables" in html
    assert "How review works" in html
    assert "Excel for planners" in html
    for badge in ("First course", "First guidance", "First request answered"):
        assert badge in html, badge
    assert "4.5" in html  # average rating of their courses

    # The course's credit line links to the profile.
    course_html = client_as("employee", username="reader").get(course.url).content.decode()
    assert f'href="{profile.url}"' in course_html


@pytest.mark.django_db
def test_overdue_content_keeps_the_kept_current_badge_away(client_as, sanne):
    from learning.models import CoursePage

    expert, profile = sanne
    year_ago = timezone.now() - datetime.timedelta(days=400)
    course = CourseFactory(title="Old course", owner=expert, first_published_at=year_ago)
    client = client_as("employee", username="visitor")
    assert "Kept current for a year" in client.get(profile.url).content.decode()

    CoursePage.objects.filter(pk=course.pk).update(
        review_by=timezone.localdate() - datetime.timedelta(days=1)
    )
    assert "Kept current for a year" not in client.get(profile.url).content.decode()

"""Fixtures for the L&D queue tests: one of each kind of item, owned by real people."""

import datetime

import pytest
from django.utils import timezone

from guidance.models import LearningRequest
from tests.factories import ContentFlagFactory, UserFactory
from tests.hub.queue.queue_data import days_ago, fail_search


@pytest.fixture
def people(db):
    return {
        "ann": UserFactory(role="expert", username="ann", first_name="Ann", last_name="Expert"),
        "bob": UserFactory(role="expert", username="bob", first_name="Bob", last_name="Other"),
        "mod": UserFactory(role="moderator", username="mod", first_name="Mo", last_name="Derator"),
        "emp": UserFactory(role="employee", username="emp", first_name="Em", last_name="Ployee"),
    }


@pytest.fixture
def queue_data(people, make_course, make_request):
    """Ann owns a flagged course and an overdue one; Bob co-authors an overdue course;
    one request is new, one is claimed by Ann; "payroll" failed five times."""
    ann, bob = people["ann"], people["bob"]
    today = timezone.localdate()
    flagged = make_course(title="Excel basics", owner=ann, review_by=today + datetime.timedelta(days=200))
    ContentFlagFactory(page=flagged, reported_by=people["emp"], reason="The menus changed.")
    overdue = make_course(title="Old onboarding", owner=ann, review_by=today - datetime.timedelta(days=10))
    co_authored = make_course(
        title="Team safety", owner=None, co_authors=[bob], review_by=today - datetime.timedelta(days=40)
    )
    new_request = make_request(title="Excel pivot tables", created_at=days_ago(20))
    claimed = make_request(
        title="Giving feedback",
        status=LearningRequest.Status.ACCEPTED,
        claimed_by=ann,
        claimed_at=days_ago(2),
        created_at=days_ago(5),
    )
    fail_search("payroll", 3, 6)
    fail_search("payroll", 2, 1)
    return {
        "flagged": flagged,
        "overdue": overdue,
        "co_authored": co_authored,
        "new_request": new_request,
        "claimed": claimed,
    }

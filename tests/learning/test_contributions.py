"""Courses reach expert profiles through hub's contributions registry."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from hub.contributions.sources import figures_for, items_for
from tests.factories import CourseRatingFactory, EnrolmentFactory


@pytest.fixture
def experts(make_user, make_course):
    anna = make_user("expert", username="anna")
    bram = make_user("expert", username="bram")
    excel = make_course(title="Excel", owner=anna)
    budget = make_course(title="Budgets", owner=bram, co_authors=[anna])
    draft = make_course(title="Draft", owner=anna)
    draft.unpublish()
    learners = [make_user("employee", username=f"learner{n}") for n in range(3)]
    now = timezone.now()
    for learner in learners:
        EnrolmentFactory(user=learner, course=excel, completed_at=now)
    # learner0 also completed Budgets: counted once for anna.
    EnrolmentFactory(user=learners[0], course=budget, completed_at=now)
    EnrolmentFactory(user=learners[1], course=budget)  # not completed
    CourseRatingFactory(course=excel, user=learners[0], stars=5)
    CourseRatingFactory(course=budget, user=learners[0], stars=2)
    type(budget).objects.filter(pk=budget.pk).update(
        review_by=timezone.localdate() - datetime.timedelta(days=1)
    )
    return anna, bram


@pytest.mark.django_db
def test_course_figures_per_expert(experts):
    anna, bram = experts

    figures = figures_for([anna.pk, bram.pk])

    assert figures[anna.pk].counts["courses_published"] == 2
    assert figures[anna.pk].learners_reached == 3
    assert figures[anna.pk].average_rating == 3.5
    assert figures[anna.pk].counts["pages_overdue"] == 1
    assert figures[bram.pk].counts["courses_published"] == 1
    assert figures[bram.pk].learners_reached == 1
    assert figures[bram.pk].average_rating == 2.0


@pytest.mark.django_db
def test_course_items_on_a_profile(experts):
    anna, _bram = experts

    items = [item for item in items_for(anna) if item.kind == "course"]

    assert sorted((item.title, item.role) for item in items) == [
        ("Budgets", "Co-author"),
        ("Excel", "Author"),
    ]


@pytest.mark.django_db
def test_figures_cost_the_same_queries_for_many_people(experts, make_user, make_course):
    anna, bram = experts
    with CaptureQueriesContext(connection) as few:
        figures_for([anna.pk])
    others = [make_user("expert", username=f"expert{n}") for n in range(6)]
    for person in others:
        make_course(owner=person)
    with CaptureQueriesContext(connection) as many:
        figures_for([anna.pk, bram.pk, *(person.pk for person in others)])

    assert len(many) == len(few)

"""Course authors' figures for one week, as the weekly digest reads them."""

import datetime

import pytest
from django.utils import timezone

from hub import hooks
from learning.recognition import helpful_marks, learners_reached
from tests.factories import EnrolmentFactory, HelpfulMarkFactory

pytestmark = pytest.mark.django_db

MONDAY = datetime.date(2026, 11, 9)


def at(day, hour=12, minute=0):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


START, END = at(MONDAY, 0, 0), at(MONDAY + datetime.timedelta(days=7), 0, 0)


def complete(learner, course, when):
    EnrolmentFactory(user=learner, course=course, completed_at=when)


def helped(learner, course, when):
    HelpfulMarkFactory(course=course, user=learner, created_at=when)


@pytest.fixture
def authors(make_user, make_course):
    ann, bob = make_user("expert", username="ann"), make_user("expert", username="bob")
    excel = make_course(owner=ann, title="Excel")
    word = make_course(owner=bob, title="Word", co_authors=[ann])
    return ann, bob, excel, word


def test_learners_reached_counts_each_learner_once_inside_the_week(authors, make_user):
    ann, bob, excel, word = authors
    lea, max_, noor, in_progress = (make_user(username=name) for name in ("lea", "max", "noor", "ipo"))
    complete(lea, excel, START)
    complete(lea, word, END - datetime.timedelta(seconds=1))
    complete(max_, word, at(MONDAY + datetime.timedelta(days=2)))
    complete(noor, excel, START - datetime.timedelta(seconds=1))
    complete(noor, word, END)
    EnrolmentFactory(user=in_progress, course=excel)
    complete(bob, excel, at(MONDAY))  # a co-author of Word finishing Ann's Excel reaches her

    assert learners_reached([ann.pk, bob.pk], START, END) == {ann.pk: 3, bob.pk: 2}


def test_finishing_your_own_course_reaches_nobody(authors):
    ann, bob, excel, word = authors
    complete(ann, word, at(MONDAY))

    assert learners_reached([ann.pk, bob.pk], START, END) == {bob.pk: 1}


def test_helpful_marks_in_the_week_on_owned_and_co_authored_courses(authors, make_user):
    ann, bob, excel, word = authors
    lea, max_ = make_user(username="lea"), make_user(username="max")
    helped(lea, excel, at(MONDAY))
    helped(lea, word, at(MONDAY + datetime.timedelta(days=6), 23, 59))
    helped(max_, word, START - datetime.timedelta(minutes=1))
    helped(max_, excel, END)

    assert helpful_marks([ann.pk, bob.pk], START, END) == {ann.pk: 2, bob.pk: 1}


def test_registered_for_the_digest_with_a_fixed_number_of_queries(
    authors, make_user, django_assert_num_queries
):
    ann, bob, excel, word = authors
    others = [make_user("expert", username=f"expert{n}").pk for n in range(10)]
    complete(make_user(username="lea"), excel, at(MONDAY))

    with django_assert_num_queries(2):
        learners_reached([ann.pk], START, END)
    with django_assert_num_queries(2):
        reached = learners_reached([ann.pk, bob.pk, *others], START, END)
    assert reached == {ann.pk: 1}
    assert {"learners_reached", "helpful_marks"} <= {
        source.key for source in hooks.collect(hooks.WEEKLY_RECOGNITION)
    }

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from hub.authoring.models import ReviewReminder
from hub.authoring.review import send_review_reminders
from learning.models import CoursePage

TODAY = datetime.date(2026, 11, 23)


def set_review_by(course, day):
    CoursePage.objects.filter(pk=course.pk).update(review_by=day)
    course.refresh_from_db()


@pytest.mark.django_db
def test_owner_hears_when_the_date_is_14_days_away_and_when_it_passed(make_course, make_user):
    owner = make_user("expert")
    course = make_course(owner=owner)
    set_review_by(course, TODAY + datetime.timedelta(days=14))

    assert send_review_reminders(today=TODAY - datetime.timedelta(days=1)) == 0
    assert send_review_reminders(today=TODAY) == 1
    assert [message.to for message in mail.outbox] == [[owner.email]]
    assert "due for review" in mail.outbox[0].subject

    assert send_review_reminders(today=TODAY + datetime.timedelta(days=15)) == 1
    assert "past its review date" in mail.outbox[1].subject
    assert f"/admin/pages/{course.pk}/edit/" in mail.outbox[1].body


@pytest.mark.django_db
def test_each_reminder_is_sent_once_per_period(make_course, make_user):
    course = make_course(owner=make_user("expert"))
    set_review_by(course, TODAY - datetime.timedelta(days=3))

    send_review_reminders(today=TODAY)
    send_review_reminders(today=TODAY)
    send_review_reminders(today=TODAY + datetime.timedelta(days=1))

    assert len(mail.outbox) == 1
    assert ReviewReminder.objects.filter(page=course).count() == 1


@pytest.mark.django_db
def test_a_verified_course_starts_a_new_period(make_course, make_user):
    owner = make_user("expert")
    course = make_course(owner=owner)
    set_review_by(course, TODAY - datetime.timedelta(days=3))
    send_review_reminders(today=TODAY)

    course.verify(owner)
    set_review_by(course, TODAY - datetime.timedelta(days=1))  # a year later, overdue again
    send_review_reminders(today=TODAY)

    assert len(mail.outbox) == 2


@pytest.mark.django_db
def test_inactive_owner_falls_back_to_co_author_then_publisher_then_moderators(make_course, make_user):
    owner = make_user("expert", username="gone", is_active=False)
    co_author = make_user("expert", username="co")
    course = make_course(owner=owner, co_authors=[co_author])
    set_review_by(course, TODAY - datetime.timedelta(days=1))

    send_review_reminders(today=TODAY)
    assert mail.outbox[-1].to == [co_author.email]

    co_author.is_active = False
    co_author.save()
    publisher = make_user("moderator", username="publisher")
    course.save_revision(user=publisher).publish(user=publisher)
    set_review_by(course, TODAY - datetime.timedelta(days=2))
    send_review_reminders(today=TODAY)
    assert mail.outbox[-1].to == [publisher.email]

    publisher.is_active = False
    publisher.save()
    moderator = make_user("moderator", username="on-duty")
    set_review_by(course, TODAY - datetime.timedelta(days=3))
    send_review_reminders(today=TODAY)
    assert mail.outbox[-1].to == [moderator.email]


@pytest.mark.django_db
def test_drafts_get_no_reminders(draft_course_of, make_user):
    course = draft_course_of(make_user("expert"))
    set_review_by(course, TODAY - datetime.timedelta(days=1))

    assert send_review_reminders(today=TODAY) == 0


@pytest.mark.django_db
def test_the_daily_command_and_the_task(make_course, make_user):
    course = make_course(owner=make_user("expert"))
    set_review_by(course, timezone.localdate() - datetime.timedelta(days=1))
    out = StringIO()

    call_command("send_review_reminders", stdout=out)
    assert "Review reminders sent: 1." in out.getvalue()

    set_review_by(course, timezone.localdate() - datetime.timedelta(days=2))
    call_command("send_review_reminders", "--enqueue", stdout=out)
    assert len(mail.outbox) == 2  # the immediate backend runs the task at once


@pytest.mark.django_db
def test_owner_verifies_still_correct(client_as, make_course, make_user):
    owner = make_user("expert")
    course = make_course(owner=owner)
    set_review_by(course, TODAY)
    client = client_as("expert")
    url = f"/admin/hub/verify/{course.pk}/"

    assert "still correct" in client.get(url).content.decode()
    response = client.post(url)

    course.refresh_from_db()
    assert response.status_code == 302
    assert course.review_by > timezone.localdate() + datetime.timedelta(days=300)
    assert course.last_verified_by == owner
    assert course.last_verified_at is not None
    assert course.get_latest_revision_as_object().review_by == course.review_by


@pytest.mark.django_db
def test_others_cannot_verify(client_as, make_course, make_user):
    course = make_course(owner=make_user("expert"))
    set_review_by(course, TODAY)

    for role, username in [("expert", "stranger"), ("employee", "reader")]:
        response = client_as(role, username=username).post(f"/admin/hub/verify/{course.pk}/")
        assert response.status_code in (302, 403)
    course.refresh_from_db()
    assert course.review_by == TODAY
    assert course.last_verified_at is None

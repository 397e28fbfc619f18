"""Every e-mail is queued, then delivered by a task through a real SMTP server on
127.0.0.1 (aiosmtpd, started and stopped by the tests): a mail server that is down costs
no request a 500 and loses no mail; it is tried again with back-off and sent once."""

import datetime

import pytest
from django.core.mail import send_mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from hub.authoring.models import ContentFlag
from hub.ops.models import BACKOFF_MINUTES, Mail
from hub.ops.tasks import deliver_mail
from tests.servers import MailServer


@pytest.fixture
def mail_server(settings):
    server = MailServer()
    settings.EMAIL_BACKEND = "hub.ops.mail.QueuedEmailBackend"
    settings.HUB_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", server.port
    settings.EMAIL_USE_TLS, settings.EMAIL_TIMEOUT = False, 2
    yield server
    server.stop()


def make_due():
    Mail.objects.update(next_attempt_at=timezone.now() - datetime.timedelta(seconds=1))


@pytest.mark.django_db
def test_flagging_while_the_mail_server_is_down_works_and_the_mail_goes_once_it_is_back(
    client_as, make_user, make_course, mail_server, django_capture_on_commit_callbacks
):
    author = make_user("expert", username="author", email="author@example.com")
    course = make_course(title="Pivot tables", owner=author)
    client = client_as("employee")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{course.url}flag/", {"reason": "The screenshots show the old menu."})

    assert response.status_code == 302
    assert ContentFlag.objects.filter(page=course).count() == 1
    mail = Mail.objects.get()
    assert (mail.to, mail.status, mail.attempts) == ("author@example.com", Mail.Status.QUEUED, 1)
    assert "ConnectionRefusedError" in mail.last_error
    assert mail.next_attempt_at > timezone.now()

    mail_server.start()
    call_command("send_queued_mail")
    assert mail_server.received == []  # not due yet: the back-off holds
    make_due()
    call_command("send_queued_mail")
    call_command("send_queued_mail")

    assert len(mail_server.received) == 1
    recipients, content = mail_server.received[0]
    assert recipients == ["author@example.com"]
    assert "Pivot tables" in content
    mail.refresh_from_db()
    assert mail.status == Mail.Status.SENT


@pytest.mark.django_db
def test_a_message_to_several_people_is_one_mail_each(mail_server, django_capture_on_commit_callbacks):
    mail_server.start()
    with django_capture_on_commit_callbacks(execute=True):
        send_mail("Hello", "Body", "hub@example.com", ["a@example.com", "b@example.com"])

    assert sorted(to for (to,), _ in mail_server.received) == ["a@example.com", "b@example.com"]
    assert set(Mail.objects.values_list("status", flat=True)) == {Mail.Status.SENT}


@pytest.mark.django_db
def test_a_task_that_sent_nothing_fails_and_gives_up_after_the_last_try(mail_server, client_as):
    mail = Mail.objects.create(to="eva@example.com", from_email="hub@example.com", subject="S", body="B")

    for _ in range(len(BACKOFF_MINUTES)):
        result = deliver_mail.enqueue(mail.pk)
        assert result.status == TaskResultStatus.FAILED
        make_due()
    deliver_mail.enqueue(mail.pk)

    mail.refresh_from_db()
    assert mail.status == Mail.Status.FAILED
    assert mail.attempts == len(BACKOFF_MINUTES) + 1
    # Administrators see it; nobody else does.
    report = client_as("admin").get("/admin/reports/e-mail/?status=failed")
    assert report.status_code == 200
    assert "eva@example.com" in report.content.decode()
    assert client_as("moderator").get("/admin/reports/e-mail/")["Location"] == "/admin/"


@pytest.mark.django_db
def test_a_mail_is_sent_once_however_often_it_is_handed_out(mail_server):
    mail_server.start()
    mail = Mail.objects.create(to="eva@example.com", from_email="hub@example.com", subject="S", body="B")

    first = deliver_mail.enqueue(mail.pk)
    second = deliver_mail.enqueue(mail.pk)
    call_command("send_queued_mail")

    assert (first.return_value, second.return_value) == ("sent", "not due")
    assert len(mail_server.received) == 1


@pytest.mark.django_db
def test_sent_mail_is_forgotten_after_the_days_kept(mail_server):
    old = Mail.objects.create(to="a@example.com", from_email="h@example.com", subject="S", body="B")
    old.record_sent()
    Mail.objects.filter(pk=old.pk).update(sent_at=timezone.now() - datetime.timedelta(days=31))
    waiting = Mail.objects.create(
        to="b@example.com",
        from_email="h@example.com",
        subject="S",
        body="B",
        next_attempt_at=timezone.now() + datetime.timedelta(hours=1),
    )

    call_command("send_queued_mail", keep_days=30)

    assert list(Mail.objects.all()) == [waiting]


@pytest.mark.django_db(transaction=True)
def test_an_hour_of_mail_queued_while_the_worker_was_stopped_is_sent_once_it_starts(
    mail_server, settings, client
):
    settings.TASKS_BACKEND = "database"
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    mail_server.start()
    for number in range(3):
        send_mail(f"Note {number}", "Body", "hub@example.com", [f"person{number}@example.com"])
    DBTaskResult.objects.update(enqueued_at=timezone.now() - datetime.timedelta(hours=1))
    assert mail_server.received == []
    assert client.get("/healthz/ready").json()["checks"]["tasks"] == "degraded"

    call_command("db_worker", "--batch", "--no-startup-delay")
    call_command("db_worker", "--batch", "--no-startup-delay")

    assert sorted(to for (to,), _ in mail_server.received) == [f"person{n}@example.com" for n in range(3)]
    assert set(Mail.objects.values_list("status", flat=True)) == {Mail.Status.SENT}
    assert client.get("/healthz/ready").json()["checks"]["tasks"] == "ok"

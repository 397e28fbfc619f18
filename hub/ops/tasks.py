"""Delivering queued e-mail (hub/ops/mail.py)."""

from django.utils import timezone
from django_tasks import default_task_backend, task

from .delivery import deliver
from .models import Mail


class MailNotSent(Exception):
    """The task sent nothing; the mail's own record says why and when it is tried again."""


@task()
def deliver_mail(mail_id):
    """Send one queued e-mail. When the mail server does not answer, the next try is
    queued for later (where the task backend can wait; else ``send_queued_mail`` picks
    it up) and the task fails, so its result shows that nothing was sent."""
    mail = Mail.objects.filter(pk=mail_id).first()
    if mail is None or not mail.claim():
        return "not due"  # sent, failed for good, or taken by another worker
    if deliver(mail):
        return "sent"
    if mail.status == Mail.Status.QUEUED and default_task_backend.supports_defer:
        deliver_mail.using(run_after=max(mail.next_attempt_at, timezone.now())).enqueue(mail.pk)
    raise MailNotSent(f"E-mail {mail.pk}: {mail.last_error}")


def deliver_due_mail(limit=500):
    """Try every mail that is due now (``manage.py send_queued_mail``); how many were sent."""
    sent = 0
    for mail in Mail.due().order_by("next_attempt_at")[:limit]:
        if mail.claim() and deliver(mail):
            sent += 1
    return sent

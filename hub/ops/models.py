"""E-mail waiting to be delivered, and what became of it (hub/ops/mail.py)."""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Minutes to wait before each next try; after the last, the mail is marked failed.
BACKOFF_MINUTES = [1, 5, 15, 60, 240]


class Mail(models.Model):
    """One e-mail to one address. Every e-mail the hub sends is stored here first
    (``QueuedEmailBackend``) and delivered by a task, so no request waits for the mail
    server and none is lost while it is down."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        SENDING = "sending", _("sending")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    to = models.CharField(_("to"), max_length=320)
    from_email = models.CharField(_("from"), max_length=320)
    reply_to = models.TextField(_("reply to"), blank=True)
    subject = models.TextField(_("subject"))
    body = models.TextField(_("text"))
    html = models.TextField(_("HTML"), blank=True)
    created_at = models.DateTimeField(_("queued at"), default=timezone.now, db_index=True)
    status = models.CharField(_("status"), max_length=8, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    last_error = models.CharField(_("last error"), max_length=255, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("e-mail")
        verbose_name_plural = _("e-mails")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="hub_mail_due")]

    def __str__(self):
        return f"{self.to}: {self.subject}"

    @classmethod
    def due(cls, now=None):
        """Mail to try now: queued and due, or left "sending" by a worker that died."""
        now = now or timezone.now()
        stale = now - datetime.timedelta(minutes=15)
        return cls.objects.filter(
            models.Q(status=cls.Status.QUEUED, next_attempt_at__lte=now)
            | models.Q(status=cls.Status.SENDING, next_attempt_at__lte=stale)
        )

    @classmethod
    def forget_sent(cls, days=30):
        """Sent mail holds what people were told: it is kept ``days`` days, for questions."""
        deleted, _ = cls.objects.filter(
            status=cls.Status.SENT, sent_at__lt=timezone.now() - datetime.timedelta(days=days)
        ).delete()
        return deleted

    def claim(self):
        """Take this mail for sending; False when another worker has it or it is done."""
        now = timezone.now()
        taken = Mail.due(now).filter(pk=self.pk).update(status=self.Status.SENDING, next_attempt_at=now)
        return bool(taken)

    def record_sent(self):
        self.status, self.sent_at, self.last_error = self.Status.SENT, timezone.now(), ""
        self.save(update_fields=["status", "sent_at", "last_error"])

    def record_failure(self, error):
        """Count a failed try; wait longer before each next one, and give up after the
        last (``BACKOFF_MINUTES``). The error is kept short and without the message."""
        self.attempts += 1
        self.last_error = f"{type(error).__name__}: {error}"[:255]
        if self.attempts > len(BACKOFF_MINUTES):
            self.status = self.Status.FAILED
        else:
            self.status = self.Status.QUEUED
            wait = datetime.timedelta(minutes=BACKOFF_MINUTES[self.attempts - 1])
            self.next_attempt_at = timezone.now() + wait
        self.save(update_fields=["attempts", "last_error", "status", "next_attempt_at"])

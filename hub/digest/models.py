"""Which weekly digest went to whom."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class DigestDelivery(models.Model):
    """The weekly digest of one week to one person (hub/digest.py).

    The row is claimed before the e-mail is sent: the unique constraint lets only one
    run or worker send it; a failed send deletes the claim so the next run retries.
    ``sent_at`` stays empty while a send is under way."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("recipient"), on_delete=models.CASCADE, related_name="+"
    )
    week = models.DateField(_("week"), help_text="The Monday of the week the digest reports on.")
    claimed_at = models.DateTimeField(_("claimed at"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("weekly digest sent")
        verbose_name_plural = _("weekly digests sent")
        constraints = [
            models.UniqueConstraint(fields=["user", "week"], name="one_digest_per_person_per_week")
        ]

    def __str__(self):
        return f"{self.user_id}: {self.week}"

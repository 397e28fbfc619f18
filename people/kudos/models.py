"""Thanks ("kudos") from one colleague to an expert, in general or for one page.

A thanks belongs to the person, not to their profile page, so this package never
needs the profile pages: the profile shows and accepts thanks through it.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

KUDOS_MAX_LENGTH = 500


class KudosQuerySet(models.QuerySet):
    def visible(self):
        return self.filter(hidden=False)

    def sent_recently_by(self, user, now=None):
        since = (now or timezone.now()) - datetime.timedelta(hours=1)
        return self.filter(sender=user, created_at__gte=since)

    def count_by_recipient(self):
        """``{recipient_id: number of thanks}`` in one query; people without any are left out."""
        return dict(
            self.values("recipient_id").annotate(total=Count("pk")).values_list("recipient_id", "total")
        )


class Kudos(models.Model):
    """One "thank you" from an employee to an expert, in general or for one page."""

    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="kudos_sent",
    )
    # Thanks belong to the person, not to a page: they go when the account goes.
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("thanked expert"),
        on_delete=models.CASCADE,
        related_name="kudos_received",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("for page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A course or guidance page the thanks is for, if any."),
    )
    message = models.TextField(_("message"), max_length=KUDOS_MAX_LENGTH)
    hidden = models.BooleanField(
        _("hidden"), default=False, help_text=_("Hidden thanks are not shown or counted.")
    )
    created_at = models.DateTimeField(_("sent on"), default=timezone.now, db_index=True)

    objects = KudosQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("thanks")
        verbose_name_plural = _("thanks")
        indexes = [models.Index(fields=["recipient", "hidden"], name="people_kudos_recipient")]

    def __str__(self):
        return self.message[:60]

    def clean(self):
        if self.sender_id is not None and self.sender_id == self.recipient_id:
            raise ValidationError(_("You cannot thank yourself."))

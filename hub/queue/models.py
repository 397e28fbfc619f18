"""Moderators' marks on L&D queue items they dealt with."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class HandledQueueItem(models.Model):
    """A moderator's note that an item of the L&D queue (hub/queue/items.py) is dealt with.

    Items are identified by their source and reference, not by a foreign key: they
    come from many apps and some (a failed search) are not rows at all. A mark hides
    the item until something new happens to it."""

    source = models.CharField(_("kind"), max_length=50)
    ref = models.CharField(_("item"), max_length=255)
    note = models.TextField(_("note"), max_length=1000, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    handled_at = models.DateTimeField(_("handled at"), default=timezone.now)

    class Meta:
        verbose_name = _("handled queue item")
        verbose_name_plural = _("handled queue items")
        indexes = [models.Index(fields=["source", "ref"])]

    def __str__(self):
        return f"{self.source}:{self.ref}"

    @classmethod
    def mark(cls, item, user, note=""):
        """Mark ``item`` (a :class:`hub.queue.items.QueueItem`) handled by ``user``."""
        return cls.objects.create(source=item.source, ref=item.ref, handled_by=user, note=note.strip())

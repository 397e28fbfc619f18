from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.search.utils import normalise_query_string


class QueryLog(models.Model):
    """How often a query was searched on a day and how many results it found last.

    No user is stored: the log tells what people look for, not who looked."""

    day = models.DateField(_("day"))
    query = models.CharField(_("query"), max_length=255)
    searches = models.PositiveIntegerField(_("searches"), default=0)
    hits = models.PositiveIntegerField(_("results"), default=0)

    class Meta:
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")
        constraints = [models.UniqueConstraint(fields=["day", "query"], name="one_log_row_per_query_per_day")]
        indexes = [models.Index(fields=["query", "day"])]

    def __str__(self):
        return f"{self.day}: {self.query}"

    @classmethod
    def record(cls, query, hits, day=None):
        """Count one search of ``query`` that found ``hits`` results (two queries at most)."""
        query = normalise_query_string(query)
        if not query:
            return
        day = day or timezone.localdate()
        updated = cls.objects.filter(day=day, query=query).update(searches=F("searches") + 1, hits=hits)
        if not updated:
            _row, created = cls.objects.get_or_create(
                day=day, query=query, defaults={"searches": 1, "hits": hits}
            )
            if not created:  # another request created it between our two statements
                cls.objects.filter(day=day, query=query).update(searches=F("searches") + 1, hits=hits)

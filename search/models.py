from django.db import connections, models, router
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
        """Count one search of ``query`` that found ``hits`` results, in one statement.

        Every search writes here, often the same row at once (a popular query), so
        it is one atomic upsert rather than an UPDATE and, failing that, an INSERT
        that can race. ``ON CONFLICT ... DO UPDATE`` reads the same on PostgreSQL and
        SQLite; Django's ``bulk_create(update_conflicts=True)`` cannot add to a count."""
        query = normalise_query_string(query)[: cls._meta.get_field("query").max_length]
        if not query:
            return
        day = day or timezone.localdate()
        connection = connections[router.db_for_write(cls)]
        table = connection.ops.quote_name(cls._meta.db_table)
        # The table name is ours and quoted; the values are parameters.
        sql = (
            f"INSERT INTO {table} (day, query, searches, hits) VALUES (%s, %s, 1, %s) "  # noqa: S608
            f"ON CONFLICT (day, query) DO UPDATE SET searches = {table}.searches + 1, hits = excluded.hits"
        )
        if cls._commits_on_its_own(connection):
            sql = cls.ASYNC_COMMIT + sql
        with connection.cursor() as cursor:
            cursor.execute(sql, [connection.ops.adapt_datefield_value(day), query, hits])

    # A search count is not worth a wait for the disk. On PostgreSQL a statement sent
    # with this prefix commits without waiting for its WAL to be flushed: a crash can
    # lose the last fraction of a second of counts, never corrupt them, and the row is
    # unlocked sooner for the next search of the same query. psycopg2 sends both in one
    # message, which PostgreSQL runs as one transaction, so the setting ends with it.
    ASYNC_COMMIT = "SET LOCAL synchronous_commit TO OFF; "

    @staticmethod
    def _commits_on_its_own(connection):
        """True when the upsert is its own transaction on PostgreSQL. Inside a caller's
        transaction, SET LOCAL would last until that commits and weaken its writes too."""
        return connection.vendor == "postgresql" and not connection.in_atomic_block

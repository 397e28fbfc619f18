"""Keep the index right the moment something is published.

Wagtail indexes a page on ``post_save``, but a page's tags, co-authors and other inline
children (modelcluster relations) are written *after* that signal, so the index would
lag one save behind: a new course would not be found by its topic or co-author until
it was saved again. ``page_published`` comes after everything is written."""

from django.db.models.signals import post_migrate
from wagtail.search.tasks import insert_or_update_object_task
from wagtail.signals import page_published

from .types import installed_types


def reindex_published_page(sender, instance, **kwargs):
    if any(issubclass(sender, t.model) for t in installed_types() if t.is_page):
        # The same task Wagtail's post_save uses: immediate by default, or queued for
        # the worker in the publishing transaction (TASKS_BACKEND=database).
        insert_or_update_object_task.enqueue(
            sender._meta.app_label, sender._meta.model_name, str(instance.pk)
        )


def connect(app_config):
    page_published.connect(reindex_published_page, dispatch_uid="search_reindex_published_page")
    post_migrate.connect(ensure_join_indexes, sender=app_config, dispatch_uid="search_join_indexes")


def ensure_join_indexes(sender, using="default", **kwargs):
    """On PostgreSQL, an index on each searchable table's primary key as text.

    Wagtail's database backend joins a model to its index entries on
    ``object_id = pk::varchar(50)``; without an index on that expression PostgreSQL
    reads the whole table to join a few matches (100 000 pages: ~40 ms per query).
    Created after every ``migrate`` for whichever search types are installed, so a
    type added to search/types.py gets its index on the next deploy. Idempotent."""
    from django.db import connections

    connection = connections[using]
    if connection.vendor != "postgresql":
        return
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for search_type in installed_types():
            meta = search_type.model._meta
            table, column = meta.db_table, meta.pk.column
            name = f"search_{table}_pk_text"[:63]
            cursor.execute(
                f"CREATE INDEX IF NOT EXISTS {quote(name)} ON {quote(table)} "  # noqa: S608 - names from models
                f"((({quote(column)})::varchar(50)))"
            )

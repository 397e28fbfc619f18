"""On PostgreSQL, an index on each searchable table's primary key as text.

Wagtail's database backend joins a model to its index entries on
``object_id = pk::varchar(50)``. Without an index on that expression PostgreSQL reads
the whole table to join a few matches (100,000 pages: ~40 ms per query).

These indexes used to be created by a ``post_migrate`` handler after every ``migrate``;
a migration makes them part of the schema history (and reversible). A search type added
to search/types.py later needs its own migration like this one: the test
``test_every_search_type_has_its_join_index`` fails until it has one.

``IF NOT EXISTS``: databases migrated while the handler existed already have them.
On SQLite (FTS5) and with Elasticsearch there is nothing to do.
"""

from django.apps import apps as global_apps
from django.db import migrations

# (app label, model, migration that creates its table), as search/types.py lists them.
TABLES = [
    ("learning", "CoursePage", "0001_initial"),
    ("guidance", "GuidancePage", "0001_initial"),
    ("people", "ExpertProfilePage", "0001_initial"),
    ("hub", "InfoPage", "0001_initial"),
    ("wagtaildocs", "Document", "0001_initial"),
]


def index_name(table):
    return f"search_{table}_pk_text"[:63]


def _installed_models(apps):
    for app_label, model_name, _migration in TABLES:
        try:
            yield apps.get_model(app_label, model_name)
        except LookupError:  # search works with whichever apps the hub has
            continue


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    quote = schema_editor.quote_name
    for model in _installed_models(apps):
        table, column = model._meta.db_table, model._meta.pk.column
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {quote(index_name(table))} ON {quote(table)} "  # noqa: S608
            f"((({quote(column)})::varchar(50)))"
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model in _installed_models(apps):
        schema_editor.execute(
            f"DROP INDEX IF EXISTS {schema_editor.quote_name(index_name(model._meta.db_table))}"
        )


class Migration(migrations.Migration):
    dependencies = [("search", "0003_moderator_permissions")] + [
        (app_label, migration)
        for app_label, _model, migration in TABLES
        if global_apps.is_installed(
            {"wagtaildocs": "wagtail.documents"}.get(app_label, app_label)
        )
    ]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]

"""A GIN index on the combined vector that Wagtail's PostgreSQL search filters on.

modelsearch creates GIN indexes on ``title``, ``body`` and ``autocomplete`` of its index
table, but a search filters on ``title || body`` (one tsvector for both columns), which
those indexes cannot answer: PostgreSQL then reads every index entry. An expression
index on exactly that expression lets a search read only the entries that match.
On SQLite (FTS5 table) and Elasticsearch there is nothing to do.
"""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = schema_editor.quote_name(apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table)
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON {table} USING gin ((title || body))"  # noqa: S608
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_query_log"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]

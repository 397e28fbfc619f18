"""L&D moderators (and administrators) pin promoted results and read the query reports."""

from django.db import migrations

from hub.accounts.roles import ADMINISTRATOR, MODERATOR, ensure_permissions_exist, grant

SEARCH_PERMISSIONS = [
    "wagtailsearchpromotions.add_searchpromotion",
    "wagtailsearchpromotions.change_searchpromotion",
    "wagtailsearchpromotions.delete_searchpromotion",
    "wagtailsearchpromotions.view_searchpromotion",
    "search.view_querylog",
]


def grant_search_permissions(apps, schema_editor):
    ensure_permissions_exist(apps)
    grant(apps, MODERATOR, SEARCH_PERMISSIONS)
    grant(apps, ADMINISTRATOR, SEARCH_PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_postgres_search_index"),
        ("hub", "0003_roles"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(grant_search_permissions, migrations.RunPython.noop)]

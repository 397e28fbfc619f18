"""The L&D insights (/admin/insights/) are for moderators and administrators;
employees and experts do not see them."""

from django.db import migrations

from hub.accounts.roles import ADMINISTRATOR, MODERATOR, ensure_permissions_exist, grant

VIEW_INSIGHTS = ["hub.view_insights"]


def grant_insights_permission(apps, schema_editor):
    ensure_permissions_exist(apps)
    grant(apps, MODERATOR, VIEW_INSIGHTS)
    grant(apps, ADMINISTRATOR, VIEW_INSIGHTS)


class Migration(migrations.Migration):
    dependencies = [("hub", "0010_insights_permission")]

    operations = [migrations.RunPython(grant_insights_permission, migrations.RunPython.noop)]

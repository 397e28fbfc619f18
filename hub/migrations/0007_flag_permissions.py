"""Readers' flags in the admin: experts see the flags on pages they own or co-author
(the listing filters by ownership), moderators and administrators see all and resolve
them."""

from django.db import migrations

from hub.accounts.roles import ADMINISTRATOR, EXPERT, MODERATOR, ensure_permissions_exist, grant

VIEW = ["hub.view_contentflag"]
VIEW_AND_CHANGE = VIEW + ["hub.change_contentflag"]


def grant_flag_permissions(apps, schema_editor):
    ensure_permissions_exist(apps)
    grant(apps, EXPERT, VIEW)
    grant(apps, MODERATOR, VIEW_AND_CHANGE)
    grant(apps, ADMINISTRATOR, VIEW_AND_CHANGE)


class Migration(migrations.Migration):
    dependencies = [("hub", "0006_flags_and_details")]

    operations = [migrations.RunPython(grant_flag_permissions, migrations.RunPython.noop)]

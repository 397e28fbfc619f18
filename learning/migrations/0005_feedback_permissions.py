"""Ratings and comments in the admin: experts see those of their own courses (the
listing filters by ownership), moderators and administrators see all and may hide a
comment."""

from django.db import migrations

from hub.accounts.roles import ADMINISTRATOR, EXPERT, MODERATOR, ensure_permissions_exist, grant

VIEW = ["learning.view_courserating"]
VIEW_AND_CHANGE = VIEW + ["learning.change_courserating"]


def grant_feedback_permissions(apps, schema_editor):
    ensure_permissions_exist(apps)
    grant(apps, EXPERT, VIEW)
    grant(apps, MODERATOR, VIEW_AND_CHANGE)
    grant(apps, ADMINISTRATOR, VIEW_AND_CHANGE)


class Migration(migrations.Migration):
    dependencies = [("learning", "0004_learner_records")]

    operations = [migrations.RunPython(grant_feedback_permissions, migrations.RunPython.noop)]

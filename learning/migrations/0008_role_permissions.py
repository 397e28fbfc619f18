"""The learning reports are for whoever has ``learning.view_learning_reports``: L&D
moderators and administrators, as before, but by right rather than by group name."""

from django.db import migrations

from hub.accounts.roles import ADMINISTRATOR, MODERATOR, ensure_permissions_exist, grant


def grant_reports_permission(apps, schema_editor):
    ensure_permissions_exist(apps)
    for role in (MODERATOR, ADMINISTRATOR):
        grant(apps, role, ["learning.view_learning_reports"])


class Migration(migrations.Migration):

    dependencies = [
        ('learning', '0007_course_template_minutes'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='enrolment',
            options={'ordering': ['-last_active_at', '-pk'], 'permissions': [('view_learning_reports', 'Can see the learning reports')], 'verbose_name': 'enrolment', 'verbose_name_plural': 'enrolments'},
        ),
        migrations.RunPython(grant_reports_permission, migrations.RunPython.noop),
    ]

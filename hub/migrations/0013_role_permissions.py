"""The roles become rights (hub/accounts/permissions.py): moderating and sharing
expertise are permissions the roles' groups hold, so renaming a group in the admin no
longer changes anybody's access."""

from django.db import migrations

from hub.accounts.roles import EXPERT, MODERATOR, ensure_permissions_exist, grant


def grant_role_permissions(apps, schema_editor):
    ensure_permissions_exist(apps)
    grant(apps, MODERATOR, ["hub.moderate_content"])
    grant(apps, EXPERT, ["hub.share_expertise"])


class Migration(migrations.Migration):

    dependencies = [
        ('hub', '0012_verbose_name_plural'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='hubsettings',
            options={'permissions': [('assign_content_owner', 'Can change who owns a course or guidance page'), ('view_insights', 'Can see the L&D insights'), ('moderate_content', 'Can moderate: the whole L&D queue, and what nobody else can answer for'), ('share_expertise', "Can share expertise: an expert profile and an expert's weekly digest")], 'verbose_name': 'hub settings', 'verbose_name_plural': 'hub settings'},
        ),
        migrations.RunPython(grant_role_permissions, migrations.RunPython.noop),
    ]

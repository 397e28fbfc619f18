"""Who may do what with learning requests. Every signed-in employee files, votes and
comments (no permission needed); experts claim; L&D moderators triage and see the
admin listing with its export."""

from django.db import migrations

from hub.accounts.roles import ADMINISTRATOR, EXPERT, MODERATOR, ensure_permissions_exist, grant

CLAIM = "guidance.claim_learningrequest"
TRIAGE = "guidance.triage_learningrequest"
VIEW = "guidance.view_learningrequest"


def grant_request_permissions(apps, schema_editor):
    ensure_permissions_exist(apps)
    grant(apps, EXPERT, [CLAIM])
    grant(apps, MODERATOR, [CLAIM, TRIAGE, VIEW])
    grant(apps, ADMINISTRATOR, [CLAIM, TRIAGE, VIEW])


class Migration(migrations.Migration):
    dependencies = [
        ("guidance", "0004_requests"),
        ("hub", "0003_roles"),
    ]

    operations = [migrations.RunPython(grant_request_permissions, migrations.RunPython.noop)]

"""/experts/ under the home page, and who may do what there.

Experts get no page permission here: they create and edit their own profile through
/experts/me/, which only ever touches the signed-in person's page. Moderators edit and
unpublish any profile in the admin, hide thanks and choose the spotlight."""

from django.db import migrations

from hub.accounts.roles import ADMINISTRATOR, MODERATOR, ensure_permissions_exist, grant, grant_page_permissions
from hub.authoring.workflows import create_section_page

MODERATOR_PERMISSIONS = [
    "people.view_kudos",
    "people.change_kudos",
    "people.view_peoplesettings",
    "people.change_peoplesettings",
]


def create_expert_section(apps, schema_editor):
    index = create_section_page(
        apps,
        "ExpertIndexPage",
        "people",
        "Experts",
        "experts",
        intro="<p>Colleagues who share what they know. Find someone by name or expertise.</p>",
    )
    ensure_permissions_exist(apps)
    grant_page_permissions(apps, MODERATOR, index, ["add", "change", "publish"])
    grant(apps, MODERATOR, MODERATOR_PERMISSIONS)
    grant(apps, ADMINISTRATOR, [*MODERATOR_PERMISSIONS, "people.delete_kudos"])


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0001_initial"),
        ("hub", "0004_topics_skills_review_reminders"),
    ]

    operations = [migrations.RunPython(create_expert_section, migrations.RunPython.noop)]

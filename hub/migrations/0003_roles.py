"""The four roles of DESIGN.md as groups. Section apps grant their page permissions
to these groups in their own migrations."""

from django.db import migrations

from hub.accounts.roles import (
    ADMINISTRATOR,
    EMPLOYEE,
    EXPERT,
    MODERATOR,
    ensure_permissions_exist,
    grant,
    grant_collection_permissions,
    grant_page_permissions,
)

EXPERT_PERMISSIONS = ["wagtailadmin.access_admin"]
# Images and documents are permissioned per collection (granted on the root collection).
EXPERT_MEDIA = [
    "wagtailimages.add_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.choose_document",
]
MODERATOR_MEDIA = EXPERT_MEDIA + [
    "wagtailimages.change_image",
    "wagtailimages.delete_image",
    "wagtaildocs.change_document",
    "wagtaildocs.delete_document",
]
MODERATOR_PERMISSIONS = EXPERT_PERMISSIONS + [
    "wagtailforms.view_formsubmission",
    "wagtailforms.delete_formsubmission",
]
ADMINISTRATOR_PERMISSIONS = MODERATOR_PERMISSIONS + [
    "auth.add_user",
    "auth.change_user",
    "auth.delete_user",
    "auth.add_group",
    "auth.change_group",
    "auth.delete_group",
    "hub.change_hubsettings",
    "wagtailcore.add_site",
    "wagtailcore.change_site",
    "wagtailcore.delete_site",
    "wagtailredirects.add_redirect",
    "wagtailredirects.change_redirect",
    "wagtailredirects.delete_redirect",
]


def remove_wagtail_defaults(apps):
    """Wagtail's initial data adds "Editors" and "Moderators" groups with rights on the
    whole tree and a "Moderators approval" workflow on the root; the hub's own roles and
    its "L&D review" workflow replace them, so nobody gets rights by accident."""
    apps.get_model("auth", "Group").objects.filter(name__in=["Editors", "Moderators"]).delete()
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    for workflow in Workflow.objects.filter(name="Moderators approval"):
        task_ids = list(workflow.workflow_tasks.values_list("task_id", flat=True))
        workflow.delete()
        Task.objects.filter(pk__in=task_ids, workflow_tasks__isnull=True).delete()


def create_roles(apps, schema_editor):
    remove_wagtail_defaults(apps)
    ensure_permissions_exist(apps)
    grant(apps, EMPLOYEE, [])
    grant(apps, EXPERT, EXPERT_PERMISSIONS)
    grant(apps, MODERATOR, MODERATOR_PERMISSIONS)
    grant(apps, ADMINISTRATOR, ADMINISTRATOR_PERMISSIONS)
    grant_collection_permissions(apps, EXPERT, EXPERT_MEDIA)
    grant_collection_permissions(apps, MODERATOR, MODERATOR_MEDIA)
    grant_collection_permissions(apps, ADMINISTRATOR, MODERATOR_MEDIA)

    # Moderators curate the home page and edit, publish and lock anything below it.
    home = apps.get_model("hub", "HomePage").objects.get(depth=2)
    grant_page_permissions(apps, MODERATOR, home, ["add", "change", "publish", "lock", "unlock"])
    grant_page_permissions(apps, ADMINISTRATOR, home, ["add", "change", "publish", "delete", "lock", "unlock"])

    # Accounts made before this migration are employees too.
    Group = apps.get_model("auth", "Group")
    User = apps.get_model("auth", "User")
    employees = Group.objects.get(name=EMPLOYEE)
    employees.user_set.add(*User.objects.all())


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0002_create_home_page"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailforms", "0005_alter_formsubmission_form_data"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]

"""The hub's roles (Django groups) and helpers that data migrations use to grant rights.

Group names are part of the contract other apps and scripts rely on (DESIGN.md).
The helpers take the migration's ``apps`` registry so they work on historical models.
"""

EMPLOYEE = "Employee"
EXPERT = "Expert"
MODERATOR = "L&D moderator"
ADMINISTRATOR = "Administrator"

ALL_ROLES = [EMPLOYEE, EXPERT, MODERATOR, ADMINISTRATOR]


def ensure_permissions_exist(apps):
    """Create the permission rows of every model now, inside the migration.

    Django creates them only after all migrations ran (post_migrate), too late for a
    data migration that grants them.
    """
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def _group(apps, group_name):
    return apps.get_model("auth", "Group").objects.get_or_create(name=group_name)[0]


def _permission(apps, dotted):
    """The permission named ``"app_label.codename"``, with a clear error when missing."""
    Permission = apps.get_model("auth", "Permission")
    app_label, codename = dotted.split(".", 1)
    try:
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)
    except Permission.DoesNotExist as error:
        raise LookupError(f"Permission {dotted!r} does not exist; is its app installed?") from error


def grant(apps, group_name, permissions):
    """Give ``group_name`` each ``"app_label.codename"`` in ``permissions``."""
    group = _group(apps, group_name)
    group.permissions.add(*[_permission(apps, dotted) for dotted in permissions])
    return group


def grant_page_permissions(apps, group_name, page, permission_types):
    """Give ``group_name`` Wagtail page permissions (e.g. "add", "change") on ``page``
    and everything below it."""
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    group = _group(apps, group_name)
    for permission_type in permission_types:
        permission = _permission(apps, f"wagtailcore.{permission_type}_page")
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def grant_collection_permissions(apps, group_name, permissions):
    """Images and documents are permissioned per collection: grant ``permissions``
    ("app_label.codename") on the root collection, which covers every collection."""
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = apps.get_model("wagtailcore", "Collection").objects.get(depth=1)
    group = _group(apps, group_name)
    for dotted in permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=_permission(apps, dotted)
        )

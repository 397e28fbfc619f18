"""/courses/ under the home page, the "L&D review" workflow on it, and who may do what."""

from django.db import migrations

from hub.accounts.roles import ADMINISTRATOR, EXPERT, MODERATOR, ensure_permissions_exist, grant, grant_page_permissions
from hub.authoring.workflows import attach_review_workflow, create_section_page

TEMPLATE_PERMISSIONS = [
    "learning.add_coursetemplate",
    "learning.change_coursetemplate",
    "learning.delete_coursetemplate",
    "learning.view_coursetemplate",
]


def create_course_section(apps, schema_editor):
    index = create_section_page(
        apps,
        "CourseIndexPage",
        "learning",
        "Courses",
        "courses",
        intro="<p>Short, practical courses written by colleagues who know the work.</p>",
    )
    attach_review_workflow(apps, index)
    ensure_permissions_exist(apps)
    # Experts create drafts here; Wagtail lets them edit what they own, co-authors too
    # (hub.content.AuthoredPermissionTester). Publishing stays with moderators.
    grant_page_permissions(apps, EXPERT, index, ["add"])
    grant(apps, MODERATOR, TEMPLATE_PERMISSIONS)
    grant(apps, ADMINISTRATOR, TEMPLATE_PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0001_initial"),
        ("hub", "0004_topics_skills_review_reminders"),
    ]

    operations = [migrations.RunPython(create_course_section, migrations.RunPython.noop)]

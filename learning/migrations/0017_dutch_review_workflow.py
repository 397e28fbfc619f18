"""The Dutch course section's review workflow is named in Dutch ("Beoordeling door
L&D"): the same single step for the L&D moderators (hub.authoring.workflows)."""

from django.db import migrations

from hub.authoring.workflows import name_sections_workflow


def dutch_workflow(apps, schema_editor):
    name_sections_workflow(apps, "learning", "CourseIndexPage", "nl")


class Migration(migrations.Migration):
    dependencies = [("learning", "0016_course_template_locale_required")]

    operations = [migrations.RunPython(dutch_workflow, migrations.RunPython.noop)]

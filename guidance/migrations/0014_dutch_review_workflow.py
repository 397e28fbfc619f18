"""The Dutch guidance section's review workflow is named in Dutch, like the courses'
(learning 0017): the same single step for the L&D moderators."""

from django.db import migrations

from hub.authoring.workflows import name_sections_workflow


def dutch_workflow(apps, schema_editor):
    name_sections_workflow(apps, "guidance", "GuidanceIndexPage", "nl")


class Migration(migrations.Migration):
    dependencies = [("guidance", "0013_wizard_locale_required")]

    operations = [migrations.RunPython(dutch_workflow, migrations.RunPython.noop)]

"""The Dutch guidance section's review workflow is named in Dutch, like the courses'
(learning 0013): the same single step for the L&D moderators."""

from django.db import migrations

from hub.authoring.workflows import attach_review_workflow
from hub.content.tree import locale_of


def dutch_workflow(apps, schema_editor):
    GuidanceIndexPage = apps.get_model("guidance", "GuidanceIndexPage")
    dutch = locale_of(apps, "nl")
    if dutch is None:
        return
    for index in GuidanceIndexPage.objects.filter(locale=dutch):
        attach_review_workflow(apps, index, language="nl")


class Migration(migrations.Migration):
    dependencies = [("guidance", "0013_wizard_locale_required")]

    operations = [migrations.RunPython(dutch_workflow, migrations.RunPython.noop)]

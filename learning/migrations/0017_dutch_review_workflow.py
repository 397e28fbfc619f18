"""The Dutch course section's review workflow is named in Dutch ("Beoordeling door
L&D"): the same single step for the L&D moderators (hub.authoring.workflows)."""

from django.db import migrations

from hub.authoring.workflows import attach_review_workflow
from hub.content.tree import locale_of


def dutch_workflow(apps, schema_editor):
    CourseIndexPage = apps.get_model("learning", "CourseIndexPage")
    dutch = locale_of(apps, "nl")
    if dutch is None:
        return
    for index in CourseIndexPage.objects.filter(locale=dutch):
        attach_review_workflow(apps, index, language="nl")


class Migration(migrations.Migration):
    dependencies = [("learning", "0016_course_template_locale_required")]

    operations = [migrations.RunPython(dutch_workflow, migrations.RunPython.noop)]

"""Courses in several languages (docs/languages.md): /nl/courses/, the Dutch course
section, with the same review workflow and rights as /courses/; courses written in
Dutch move into it (their old addresses redirect there), and the demo's two pivot-table
courses become one course in two languages."""

from django.db import migrations

from hub.accounts.roles import EXPERT, grant_page_permissions
from hub.authoring.workflows import attach_review_workflow
from hub.content.tree import locale_of, move_section_into_language_tree, translate_page

INDEX_NL = {
    "title": "Cursussen",
    "intro": "<p>Korte, praktische cursussen, geschreven door collega's die het werk kennen.</p>",
}
# (the original, its Dutch version) in the demo content.
DEMO_PAIRS = [("pivot-tables-in-five-steps", "draaitabellen-voor-beginners")]


def courses_in_languages(apps, schema_editor):
    CourseIndexPage = apps.get_model("learning", "CourseIndexPage")
    CoursePage = apps.get_model("learning", "CoursePage")
    dutch = locale_of(apps, "nl")
    index = CourseIndexPage.objects.order_by("path").first()
    if dutch is None or index is None or index.locale_id == dutch.pk:
        return
    index_nl = translate_page(apps, "learning", "CourseIndexPage", index, dutch, **INDEX_NL)
    attach_review_workflow(apps, index_nl)
    grant_page_permissions(apps, EXPERT, index_nl, ["add"])
    move_section_into_language_tree(apps, CoursePage, index, index_nl, dutch, DEMO_PAIRS)


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0009_content_language_is_the_locale"),
        ("hub", "0016_languages"),
    ]

    operations = [migrations.RunPython(courses_in_languages, migrations.RunPython.noop)]

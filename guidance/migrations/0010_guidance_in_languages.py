"""Guidance in several languages (docs/languages.md): /nl/guidance/ and the Dutch
"Ask the learning team" form, with the same review workflow and rights as /guidance/;
guidance written in Dutch moves there (old addresses redirect), and the demo's Dutch
pages become the translations of their English originals."""

from django.db import migrations

from hub.accounts.roles import EXPERT, grant_page_permissions
from hub.authoring.workflows import attach_review_workflow
from hub.content.tree import locale_of, move_section_into_language_tree, translate_page

INDEX_NL = {
    "title": "Hulp en richtlijnen",
    "intro": (
        "<p>Hoe je deelt wat je weet, de richtlijnen van het bedrijf, en hulp bij de vraag "
        "wat mensen nodig hebben.</p>"
    ),
}
ASK_NL = {
    "title": "Vraag het leerteam",
    "intro": (
        "<p>Een vraag over leren, een idee voor een cursus of een behoefte in je team? "
        "Laat het ons weten; we antwoorden binnen twee werkdagen.</p>"
    ),
    "thank_you_text": (
        "<p>Dank je. Je vraag ligt bij het leerteam; zij antwoorden binnen twee werkdagen per e-mail.</p>"
    ),
    "subject": "Een vraag voor het leerteam",
}
# clean name -> (label, help text) of the ask form's fields (guidance 0002).
ASK_FIELDS_NL = {
    "subject": ("Onderwerp", "In een paar woorden: waar gaat het over?"),
    "message": ("Je vraag", "Wat heb je nodig, voor wie en wanneer?"),
    "team": ("Je team", "Niet verplicht: helpt ons de juiste persoon te vinden."),
}
# (the original, its Dutch version) in the demo content.
DEMO_PAIRS = [
    ("getting-started-as-an-expert", "aan-de-slag-als-expert"),
    ("how-to-make-a-good-course", "zo-maak-je-een-goede-cursus"),
    ("company-guidelines", "richtlijnen-van-het-bedrijf"),
    ("how-and-where-to-share", "delen-hoe-en-waar"),
    ("how-review-works", "zo-werkt-de-beoordeling"),
    ("reaching-the-learning-team", "het-leerteam-bereiken"),
    ("faq", "veelgestelde-vragen"),
    ("course-templates", "cursussjablonen"),
]


def guidance_in_languages(apps, schema_editor):
    GuidanceIndexPage = apps.get_model("guidance", "GuidanceIndexPage")
    GuidancePage = apps.get_model("guidance", "GuidancePage")
    AskFormPage = apps.get_model("guidance", "AskFormPage")
    AskFormField = apps.get_model("guidance", "AskFormField")
    # Wagtail's FormMixin.__init__ derives this from ``template``, which historical
    # models lack (as in guidance 0002).
    AskFormPage.landing_page_template = "guidance/ask_form_page_landing.html"
    dutch = locale_of(apps, "nl")
    index = GuidanceIndexPage.objects.order_by("path").first()
    if dutch is None or index is None or index.locale_id == dutch.pk:
        return
    index_nl = translate_page(apps, "guidance", "GuidanceIndexPage", index, dutch, **INDEX_NL)
    attach_review_workflow(apps, index_nl)
    grant_page_permissions(apps, EXPERT, index_nl, ["add"])

    ask = AskFormPage.objects.filter(path__startswith=index.path).order_by("path").first()
    if ask is not None and not AskFormPage.objects.filter(path__startswith=index_nl.path).exists():
        ask_nl = translate_page(apps, "guidance", "AskFormPage", ask, dutch, **ASK_NL)
        for field in AskFormField.objects.filter(page=ask).order_by("sort_order"):
            label, help_text = ASK_FIELDS_NL.get(field.clean_name, (field.label, field.help_text))
            AskFormField.objects.create(
                page=ask_nl,
                sort_order=field.sort_order,
                clean_name=field.clean_name,
                label=label,
                field_type=field.field_type,
                required=field.required,
                choices=field.choices,
                default_value=field.default_value,
                help_text=help_text,
            )

    move_section_into_language_tree(apps, GuidancePage, index, index_nl, dutch, DEMO_PAIRS)


class Migration(migrations.Migration):
    dependencies = [
        ("guidance", "0009_content_language_is_the_locale"),
        ("hub", "0016_languages"),
    ]

    operations = [migrations.RunPython(guidance_in_languages, migrations.RunPython.noop)]

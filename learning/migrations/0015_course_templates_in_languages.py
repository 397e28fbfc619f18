"""Course templates in each language (Wagtail's TranslatableMixin): the existing ones
become the default language's, and each gets a Dutch version, in Dutch when it is one
of the starting library's templates (0003), else as it is for L&D to translate."""

import uuid
from importlib import import_module

from django.db import migrations
from wagtail.models import BootstrapTranslatableModel

# The starting library's block helpers (a migration never changes, so they stay put);
# the FAQ and the quiz have titles of their own, so they are written out below in Dutch.
_library = import_module("learning.migrations.0003_course_templates")
paragraph, heading, callout = _library.paragraph, _library.heading, _library.callout
checklist, steps, takeaways = _library.checklist, _library.steps, _library.takeaways


def faq(items):
    return {
        "type": "accordion",
        "value": {
            "title": "Vragen die mensen stellen",
            "items": [{"question": q, "answer": f"<p>{a}</p>"} for q, a in items],
        },
    }


def quiz():
    return {
        "type": "quiz",
        "value": {
            "title": "Test wat je geleerd hebt",
            "pass_mark": 80,
            "questions": [
                {
                    "kind": "single",
                    "question": "Vervang dit door een vraag over het ene dat deelnemers moeten onthouden.",
                    "answers": [
                        {
                            "text": "Het goede antwoord",
                            "correct": True,
                            "explanation": "Zeg waarom het klopt.",
                        },
                        {
                            "text": "Een veelgemaakte fout",
                            "correct": False,
                            "explanation": "Zeg waarom mensen dat denken.",
                        },
                        {"text": "Nog een aannemelijk antwoord", "correct": False, "explanation": ""},
                    ],
                }
            ],
        },
    }


# English name of a starting template: (Dutch name, when to use it, body).
DUTCH = {
    "How-to in five steps": (
        "Uitleg in vijf stappen",
        "Je doet een taak vaak en collega's vragen hoe. Vijf stappen, elk met wat je doet en waar je op let.",
        [
            paragraph("In één zin: wat kan de lezer hierna, en wanneer hebben ze het nodig?"),
            steps(
                "Zo doe je het",
                [
                    (f"Stap {n}: begin met een werkwoord", "Wat je doet, waar, en hoe het eruit moet zien.")
                    for n in range(1, 6)
                ],
            ),
            callout("tip", "De fout die je het vaakst ziet, en hoe je die voorkomt."),
            takeaways(["Het ene dat je moet onthouden", "Waar je hulp vindt"]),
        ],
    ),
    "Checklist / job aid": (
        "Checklist / werkinstructie",
        "Mensen kennen de taak maar vergeten een stap. Een lijst om open te houden tijdens het werk.",
        [
            paragraph("Wanneer je deze checklist gebruikt, en wat klaar is als alles is afgevinkt."),
            checklist("Voordat je begint", ["Wat eerst geregeld moet zijn"]),
            checklist("Tijdens het werk", ["Elke controle, kort en in de volgorde waarin mensen werken"]),
            callout("warning", "De stap die problemen geeft als je hem overslaat."),
        ],
    ),
    "Standard operating procedure": (
        "Standaardwerkwijze",
        "Een proces dat elke keer op dezelfde manier moet, voor kwaliteit, veiligheid of compliance.",
        [
            heading("Doel"),
            paragraph("Waarom deze werkwijze bestaat en wat er misgaat zonder."),
            heading("Toepassing en rollen"),
            paragraph("Wie dit doet, wie goedkeurt, en wanneer het geldt (en wanneer niet)."),
            steps(
                "Werkwijze",
                [("Eerste stap", "Precieze instructies, met het systeem of formulier dat je gebruikt.")],
            ),
            callout("important", "Wat je vastlegt, en wie je inlicht als iets afwijkt."),
            faq([("Wat als degene die normaal goedkeurt afwezig is?", "Noem de vervanger of de rol.")]),
        ],
    ),
    "Micro course with quiz": (
        "Minicursus met quiz",
        "Eén idee dat deelnemers moeten begrijpen en onthouden, getoetst met een korte quiz. Hooguit tien minuten.",
        [
            paragraph("Waarom dit belangrijk is voor het werk van de lezer, met een echt voorbeeld."),
            heading("Het idee"),
            paragraph(
                "Leg het uit in gewone woorden. Voeg één afbeelding of een korte video toe als dat helpt."
            ),
            takeaways(["Hooguit drie punten"]),
            quiz(),
        ],
    ),
    "Onboarding for your team": (
        "Inwerken in je team",
        "Help een nieuwe collega in je team op weg: mensen, hulpmiddelen en de eerste weken.",
        [
            paragraph("Welkom! Wat het team doet en waar de nieuwe collega in past."),
            checklist(
                "Je eerste week",
                [
                    "Accounts en hulpmiddelen om aan te vragen",
                    "Mensen om te ontmoeten",
                    "Overleggen om bij aan te sluiten",
                ],
            ),
            faq([("Wie vraag ik als ik vastloop?", "Noem een maatje en het teamkanaal.")]),
            {
                "type": "quote",
                "value": {
                    "quote": "Een tip van een collega die vorig jaar begon.",
                    "attribution": "",
                    "role": "",
                },
            },
        ],
    ),
    "Product or process update": (
        "Wijziging in product of proces",
        "Er is iets veranderd: een nieuwe versie, een nieuw formulier, een nieuwe regel. Wat verandert er en wat doe je nu.",
        [
            callout("important", "De wijziging in één zin, en vanaf wanneer die geldt."),
            heading("Wat verandert er"),
            paragraph("Voor en na, zo mogelijk naast elkaar."),
            heading("Wat je moet doen"),
            checklist("Acties", ["Elke actie die mensen moeten ondernemen"]),
            heading("Waar je hulp krijgt"),
            paragraph("Het aanspreekpunt of kanaal voor vragen."),
        ],
    ),
}


def dutch_templates(apps, schema_editor):
    CourseTemplate = apps.get_model("learning", "CourseTemplate")
    Locale = apps.get_model("wagtailcore", "Locale")
    dutch = Locale.objects.filter(language_code="nl").first()
    if dutch is None:
        return
    for template in CourseTemplate.objects.exclude(locale=dutch):
        if CourseTemplate.objects.filter(translation_key=template.translation_key, locale=dutch).exists():
            continue
        name, when, body = DUTCH.get(template.name, (template.name, template.when_to_use, None))
        if body is None:
            blocks = template.body.raw_data if hasattr(template.body, "raw_data") else template.body
        else:
            blocks = [{**block, "id": str(uuid.uuid4())} for block in body]
        CourseTemplate.objects.create(
            translation_key=template.translation_key,
            locale=dutch,
            name=name,
            when_to_use=when,
            estimated_minutes=template.estimated_minutes,
            body=blocks,
            sort_order=template.sort_order,
        )


class Migration(migrations.Migration):
    dependencies = [("learning", "0014_course_templates_translatable")]

    operations = [
        BootstrapTranslatableModel("learning.CourseTemplate"),
        migrations.RunPython(dutch_templates, migrations.RunPython.noop, elidable=True),
    ]

""""Is training the answer?" in each language: questions and outcomes become
translatable (Wagtail's TranslatableMixin); the existing tree is the default
language's, and a Dutch tree is made beside it, in Dutch where a text is one of the
default tree's (0003), else as it is for L&D to translate."""

from django.db import migrations
from wagtail.models import BootstrapTranslatableModel

OUTCOMES = {
    "Training will probably not fix this": (
        "Training lost dit waarschijnlijk niet op",
        "<p>Als mensen weten hoe iets moet en het toch misgaat, ligt de oorzaak meestal bij het "
        "proces, de hulpmiddelen, tijdsdruk of onduidelijke verwachtingen. Praat met het team en "
        "hun leidinggevende over wat in de weg zit; een cursus verandert dat niet.</p>",
    ),
    "A checklist or job aid": (
        "Een checklist of werkinstructie",
        "<p>Mensen kennen de taak maar missen een stap. Een checklist van één pagina die ze open "
        "houden tijdens het werk helpt meer dan een cursus. Begin met de sjabloon "
        "“Checklist / werkinstructie”.</p>",
    ),
    "A short course by an expert": (
        "Een korte cursus door een expert",
        "<p>Een collega die het werk kent, kan het delen in een korte cursus van hooguit een "
        "kwartier. Kies een cursussjabloon om mee te beginnen; het leerteam beoordeelt de cursus "
        "voordat die verschijnt.</p>",
    ),
    "Ask the learning team": (
        "Vraag het leerteam",
        "<p>Hier is eerst een gesprek voor nodig. Het leerteam helpt je de oorzaak en de juiste "
        "oplossing te vinden; verplichte en compliancetrainingen blijven ook bij hen.</p>",
    ),
    "Request it": (
        "Vraag erom",
        "<p>Niemand hier kent dit nog goed genoeg. Dien een leervraag in: collega's kunnen hun "
        "stem toevoegen, en een expert of het leerteam kan hem oppakken.</p>",
    ),
}

QUESTIONS = {
    "Do people know how to do the task?": (
        "Weten mensen hoe ze de taak moeten doen?",
        "Denk aan de mensen die het fout doen, niet aan de experts.",
    ),
    "Why does it go wrong, do you think?": ("Waarom gaat het mis, denk je?", ""),
    "Is there a colleague who knows it well and could explain it?": (
        "Is er een collega die het goed kent en het zou kunnen uitleggen?",
        "",
    ),
    "Is it a compliance, legal or safety topic that everyone must complete?": (
        "Is het een onderwerp over compliance, wetgeving of veiligheid dat iedereen moet afronden?",
        "Bijvoorbeeld anti-omkoping, gegevensbescherming of veiligheidscertificering.",
    ),
}

ANSWERS = {
    "Yes, they know how, but it still goes wrong": "Ja, ze weten hoe het moet, maar het gaat toch mis",
    "No, it is new to them or they never learned it": "Nee, het is nieuw voor ze of ze hebben het nooit geleerd",
    "I am not sure what the problem is": "Ik weet niet zeker wat het probleem is",
    "They forget a step or a detail": "Ze vergeten een stap of een detail",
    "The tools, the process or time get in the way": "De hulpmiddelen, het proces of de tijd zitten in de weg",
    "They do not see why it matters": "Ze zien niet waarom het belangrijk is",
    "Yes, someone in my team or nearby": "Ja, iemand in mijn team of dichtbij",
    "No, nobody here knows it yet": "Nee, niemand hier kent het nog",
    "Yes, it is mandatory": "Ja, het is verplicht",
    "No": "Nee",
}


def dutch_tree(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    WizardOutcome = apps.get_model("guidance", "WizardOutcome")
    WizardQuestion = apps.get_model("guidance", "WizardQuestion")
    WizardAnswer = apps.get_model("guidance", "WizardAnswer")
    dutch = Locale.objects.filter(language_code="nl").first()
    if dutch is None or WizardQuestion.objects.filter(locale=dutch).exists():
        return
    outcomes = {}
    for outcome in WizardOutcome.objects.exclude(locale=dutch):
        title, text = OUTCOMES.get(outcome.title, (outcome.title, outcome.text))
        outcomes[outcome.pk] = WizardOutcome.objects.create(
            translation_key=outcome.translation_key,
            locale=dutch,
            title=title,
            kind=outcome.kind,
            text=text,
            link_page=outcome.link_page,
        )
    originals = list(WizardQuestion.objects.exclude(locale=dutch))
    questions = {}
    for question in originals:
        text, help_text = QUESTIONS.get(question.text, (question.text, question.help_text))
        questions[question.pk] = WizardQuestion.objects.create(
            translation_key=question.translation_key,
            locale=dutch,
            text=text,
            help_text=help_text,
            is_start=question.is_start,
        )
    for answer in WizardAnswer.objects.filter(question__in=originals):
        WizardAnswer.objects.create(
            question=questions[answer.question_id],
            sort_order=answer.sort_order,
            label=ANSWERS.get(answer.label, answer.label),
            next_question=questions.get(answer.next_question_id),
            outcome=outcomes.get(answer.outcome_id),
        )


class Migration(migrations.Migration):
    dependencies = [("guidance", "0011_wizard_translatable")]

    operations = [
        BootstrapTranslatableModel("guidance.WizardOutcome"),
        BootstrapTranslatableModel("guidance.WizardQuestion"),
        migrations.RunPython(dutch_tree, migrations.RunPython.noop, elidable=True),
    ]

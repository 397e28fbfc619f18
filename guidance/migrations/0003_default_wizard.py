""""Is training the answer?": the default questions and outcomes. L&D edit them under
Snippets → Training wizard afterwards."""

from django.db import migrations

OUTCOMES = {
    "no_training": (
        "Training will probably not fix this",
        "<p>When people know how to do something and it still goes wrong, the cause is usually "
        "the process, the tools, time pressure or unclear expectations. Talk with the team and "
        "their manager about what gets in the way; a course would not change it.</p>",
    ),
    "job_aid": (
        "A checklist or job aid",
        "<p>People know the task but miss a step. A one-page checklist they keep open while "
        "working helps more than a course. Start from the “Checklist / job aid” template.</p>",
    ),
    "short_course": (
        "A short course by an expert",
        "<p>A colleague who knows the work can share it in a short course of fifteen minutes or "
        "less. Pick a course template to start from; the learning team reviews it before it is "
        "published.</p>",
    ),
    "ask_team": (
        "Ask the learning team",
        "<p>This needs a conversation first. The learning team helps you find the cause and the "
        "right solution; mandatory and compliance training also stay with them.</p>",
    ),
    "request": (
        "Request it",
        "<p>Nobody here knows this well enough yet. Put in a learning request: colleagues can "
        "add their vote, and an expert or the learning team can pick it up.</p>",
    ),
}

# key: (question, explanation, first?, [(answer, ("question", key) or ("outcome", kind))])
QUESTIONS = {
    "know_how": (
        "Do people know how to do the task?",
        "Think of the people who get it wrong, not of the experts.",
        True,
        [
            ("Yes, they know how, but it still goes wrong", ("question", "why_wrong")),
            ("No, it is new to them or they never learned it", ("question", "someone_knows")),
            ("I am not sure what the problem is", ("outcome", "ask_team")),
        ],
    ),
    "why_wrong": (
        "Why does it go wrong, do you think?",
        "",
        False,
        [
            ("They forget a step or a detail", ("outcome", "job_aid")),
            ("The tools, the process or time get in the way", ("outcome", "no_training")),
            ("They do not see why it matters", ("outcome", "no_training")),
        ],
    ),
    "someone_knows": (
        "Is there a colleague who knows it well and could explain it?",
        "",
        False,
        [
            ("Yes, someone in my team or nearby", ("question", "mandatory")),
            ("No, nobody here knows it yet", ("outcome", "request")),
        ],
    ),
    "mandatory": (
        "Is it a compliance, legal or safety topic that everyone must complete?",
        "For example anti-bribery, data protection or safety certification.",
        False,
        [
            ("Yes, it is mandatory", ("outcome", "ask_team")),
            ("No", ("outcome", "short_course")),
        ],
    ),
}


def create_wizard(apps, schema_editor):
    WizardQuestion = apps.get_model("guidance", "WizardQuestion")
    WizardAnswer = apps.get_model("guidance", "WizardAnswer")
    WizardOutcome = apps.get_model("guidance", "WizardOutcome")
    if WizardQuestion.objects.exists():
        return
    outcomes = {
        kind: WizardOutcome.objects.create(kind=kind, title=title, text=text)
        for kind, (title, text) in OUTCOMES.items()
    }
    questions = {
        key: WizardQuestion.objects.create(text=text, help_text=help_text, is_start=is_start)
        for key, (text, help_text, is_start, _answers) in QUESTIONS.items()
    }
    for key, (_text, _help, _start, answers) in QUESTIONS.items():
        for order, (label, (target_type, target)) in enumerate(answers):
            WizardAnswer.objects.create(
                question=questions[key],
                sort_order=order,
                label=label,
                next_question=questions[target] if target_type == "question" else None,
                outcome=outcomes[target] if target_type == "outcome" else None,
            )


class Migration(migrations.Migration):
    dependencies = [("guidance", "0002_guidance_section")]

    operations = [migrations.RunPython(create_wizard, migrations.RunPython.noop)]

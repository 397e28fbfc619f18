"""The starting library of course templates; L&D edit them under Snippets afterwards."""

import uuid

from django.db import migrations


def paragraph(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def heading(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def callout(kind, text):
    return {"type": "callout", "value": {"kind": kind, "text": f"<p>{text}</p>"}}


def checklist(title, items):
    return {"type": "checklist", "value": {"title": title, "items": items}}


def steps(title, items):
    return {
        "type": "steps",
        "value": {
            "title": title,
            "steps": [{"title": t, "text": f"<p>{x}</p>", "image": None, "alt_text": ""} for t, x in items],
        },
    }


def faq(items):
    return {
        "type": "accordion",
        "value": {"title": "Questions people ask", "items": [{"question": q, "answer": f"<p>{a}</p>"} for q, a in items]},
    }


def takeaways(items):
    return {"type": "takeaways", "value": {"items": items}}


def quiz():
    return {
        "type": "quiz",
        "value": {
            "title": "Check what you learned",
            "pass_mark": 80,
            "questions": [
                {
                    "kind": "single",
                    "question": "Replace with a question about the one thing learners must remember.",
                    "answers": [
                        {"text": "The right answer", "correct": True, "explanation": "Say why it is right."},
                        {"text": "A common mistake", "correct": False, "explanation": "Say why people think so."},
                        {"text": "Another plausible answer", "correct": False, "explanation": ""},
                    ],
                }
            ],
        },
    }


TEMPLATES = [
    (
        "How-to in five steps",
        "You do a task often and colleagues ask how. Five steps, each with what to do and what to watch for.",
        10,
        [
            paragraph("In one sentence: what will the reader be able to do after this, and when do they need it?"),
            steps(
                "How to do it",
                [(f"Step {n}: start with a verb", "What to do, where, and what it should look like.") for n in range(1, 6)],
            ),
            callout("tip", "The mistake you see most often, and how to avoid it."),
            takeaways(["The one thing to remember", "Where to find help"]),
        ],
    ),
    (
        "Checklist / job aid",
        "People know the task but forget a step. A list to keep open while working.",
        5,
        [
            paragraph("When to use this checklist, and what is ready when every box is ticked."),
            checklist("Before you start", ["What must be in place first"]),
            checklist("While you work", ["Each check, short and in the order people do it"]),
            callout("warning", "The step that causes trouble when it is skipped."),
        ],
    ),
    (
        "Standard operating procedure",
        "A process that must be done the same way every time, for quality, safety or compliance.",
        20,
        [
            heading("Purpose"),
            paragraph("Why this procedure exists and what goes wrong without it."),
            heading("Scope and roles"),
            paragraph("Who does this, who approves, and when it applies (and when it does not)."),
            steps("Procedure", [("First step", "Exact instructions, with the system or form to use.")]),
            callout("important", "Records to keep, and who to tell when something deviates."),
            faq([("What if the usual approver is away?", "Name the deputy or the role.")]),
        ],
    ),
    (
        "Micro course with quiz",
        "One idea learners should understand and remember, checked with a short quiz. Ten minutes at most.",
        10,
        [
            paragraph("Why this matters for the reader's work, with a real example."),
            heading("The idea"),
            paragraph("Explain it in plain words. Add one image or a short video if it helps."),
            takeaways(["Three points at most"]),
            quiz(),
        ],
    ),
    (
        "Onboarding for your team",
        "Help a new colleague in your team find their feet: people, tools and the first weeks.",
        30,
        [
            paragraph("Welcome! What the team does and how the newcomer fits in."),
            checklist("Your first week", ["Accounts and tools to request", "People to meet", "Meetings to join"]),
            faq([("Who do I ask when I am stuck?", "Name a buddy and the team channel.")]),
            {"type": "quote", "value": {"quote": "A tip from a colleague who started last year.", "attribution": "", "role": ""}},
        ],
    ),
    (
        "Product or process update",
        "Something changed: a new release, a new form, a new rule. What changes and what to do now.",
        5,
        [
            callout("important", "The change in one sentence, and from when it applies."),
            heading("What changes"),
            paragraph("Before and after, side by side if possible."),
            heading("What you need to do"),
            checklist("Actions", ["Each action people must take"]),
            heading("Where to get help"),
            paragraph("The contact or channel for questions."),
        ],
    ),
]


def create_templates(apps, schema_editor):
    CourseTemplate = apps.get_model("learning", "CourseTemplate")
    for order, (name, when, minutes, body) in enumerate(TEMPLATES):
        blocks = [{**block, "id": str(uuid.uuid4())} for block in body]
        CourseTemplate.objects.get_or_create(
            name=name,
            defaults={"when_to_use": when, "estimated_minutes": minutes, "body": blocks, "sort_order": order},
        )


class Migration(migrations.Migration):
    dependencies = [("learning", "0002_course_section")]

    operations = [migrations.RunPython(create_templates, migrations.RunPython.noop)]

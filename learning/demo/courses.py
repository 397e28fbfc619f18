"""Demo courses: several experts, both languages, every template, a quiz, one waiting
for review and one past its review-by date. Safe to run again."""

import datetime

from django.utils import timezone
from wagtail.models import Workflow

from hub.authoring.workflows import WORKFLOW_NAME
from hub.demo.blocks import callout, checklist, p, steps
from hub.demo.pages import add_version, version_parent
from hub.demo.users import demo_authors

from ..courses.models import CourseCoAuthor, CourseIndexPage, CoursePage, CourseTemplate


def question(text, answers, kind="single"):
    return {
        "kind": kind,
        "question": text,
        "answers": [{"text": a, "correct": c, "explanation": e} for a, c, e in answers],
    }


COURSES = [
    {
        "slug": "pivot-tables-in-five-steps",
        "title": "Pivot tables in five steps",
        "summary": "Turn a long export into a clear summary in ten minutes.",
        "template": "How-to in five steps",
        "owner": "expert",
        "co_authors": ["lotte"],
        "language": "en",
        "minutes": 10,
        "topics": ["Excel", "Reporting"],
        "skills": ["pivot tables"],
        "body": [
            p("Monthly exports are long. A pivot table answers “how much per team, per month?” in seconds."),
            steps(
                "How to do it",
                [
                    ("Select your data", "Click any cell in the export; Excel finds the whole table."),
                    ("Insert the pivot table", "Insert → PivotTable → New worksheet."),
                    ("Drag the rows", "Drag “Team” to Rows."),
                    ("Drag the values", "Drag “Hours” to Values; check it says Sum."),
                    ("Add months", "Drag “Date” to Columns and group by month."),
                ],
            ),
            callout("tip", "Refresh the pivot table (Alt+F5) after pasting a new export."),
        ],
    },
    {
        "slug": "draaitabellen-voor-beginners",
        "title": "Draaitabellen voor beginners",
        "summary": "Maak van een lange export in tien minuten een helder overzicht.",
        "template": "Micro course with quiz",
        "owner": "lotte",
        "co_authors": ["expert"],
        "language": "nl",
        "minutes": 12,
        "topics": ["Excel"],
        "skills": ["pivot tables"],
        "body": [
            p(
                "Een draaitabel telt, somt en groepeert zonder formules. "
                "Zo zie je in één oogopslag de uren per team."
            ),
            {
                "type": "takeaways",
                "value": {"items": ["Begin met nette kolomkoppen", "Vernieuw na elke nieuwe export"]},
            },
            {
                "type": "quiz",
                "value": {
                    "title": "Test jezelf",
                    "pass_mark": 50,
                    "questions": [
                        question(
                            "Wat doe je na het plakken van een nieuwe export?",
                            [
                                ("De draaitabel vernieuwen", True, "Anders rekent hij met de oude gegevens."),
                                (
                                    "Niets, het gaat vanzelf",
                                    False,
                                    "Een draaitabel werkt niet automatisch bij.",
                                ),
                            ],
                        ),
                        question(
                            "Welke velden kun je in een draaitabel slepen?",
                            [
                                ("Rijen", True, ""),
                                ("Waarden", True, ""),
                                ("Wachtwoorden", False, "Die horen nergens in een spreadsheet."),
                            ],
                            kind="multiple",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "slug": "expense-claim-checklist",
        "title": "Expense claim checklist",
        "summary": "Everything finance needs to pay your claim the first time.",
        "template": "Checklist / job aid",
        "owner": "daan",
        "co_authors": [],
        "language": "en",
        "minutes": 5,
        "topics": ["Finance"],
        "skills": ["expense claims"],
        "body": [
            p(
                "Half of all returned claims miss one of these. "
                "Keep the list open while you fill in the form."
            ),
            checklist(
                "Before you submit",
                [
                    "Receipt photo is readable",
                    "Cost centre filled in",
                    "Reason explains the business purpose",
                ],
            ),
            callout("warning", "Claims older than three months are refused by the system."),
        ],
    },
    {
        "slug": "veilig-werken-in-het-magazijn",
        "title": "Veilig werken in het magazijn",
        "summary": "De vaste werkwijze voor heftrucks, looproutes en het melden van incidenten.",
        "template": "Standard operating procedure",
        "owner": "daan",
        "co_authors": ["lotte"],
        "language": "nl",
        "minutes": 20,
        "topics": ["Safety", "Warehouse"],
        "skills": ["incident reporting"],
        "body": [
            {"type": "heading", "value": {"text": "Doel", "level": "h2"}},
            p("Iedereen gaat elke dag veilig naar huis. Deze werkwijze geldt voor iedereen in het magazijn."),
            steps(
                "Werkwijze",
                [
                    ("Controleer je heftruck", "Remmen, claxon en vork voor elke dienst."),
                    ("Blijf op de looproutes", "Voetgangers lopen alleen op de groene paden."),
                    ("Meld elk incident", "Ook bijna-ongelukken, binnen 24 uur in het meldsysteem."),
                ],
            ),
            callout("important", "Twijfel je? Stop het werk en bel de ploegleider."),
        ],
    },
    {
        "slug": "welcome-to-customer-service",
        "title": "Welcome to customer service",
        "summary": "Your first week in the team: people, tools and how we answer customers.",
        "template": "Onboarding for your team",
        "owner": "expert",
        "co_authors": [],
        "language": "en",
        "minutes": 30,
        "topics": ["Onboarding", "Customer service"],
        "skills": ["customer conversations"],
        "body": [
            p("Welcome! We answer about 400 customer questions a day, by phone, chat and e-mail."),
            checklist("Your first week", ["Request access to the ticket system", "Shadow two phone shifts"]),
            {
                "type": "quote",
                "value": {
                    "quote": "Ask everything. Nobody expects you to know it all.",
                    "attribution": "Sanne",
                },
            },
        ],
    },
    {
        "slug": "new-travel-booking-tool",
        "title": "The new travel booking tool",
        "summary": "From 1 March all business travel is booked in the new tool. What changes for you.",
        "template": "Product or process update",
        "owner": "lotte",
        "co_authors": [],
        "language": "en",
        "minutes": 5,
        "topics": ["Travel", "Finance"],
        "skills": ["booking travel"],
        "body": [
            callout("important", "From 1 March, book all business travel in the new tool."),
            p("Approvals now happen in the tool itself; no more e-mail forms."),
            checklist(
                "What to do now", ["Sign in once to activate your profile", "Add your passport details"]
            ),
        ],
    },
    {
        "slug": "feedback-geven-in-vijf-stappen",
        "title": "Feedback geven in vijf stappen",
        "summary": "Zo geef je feedback die aankomt, ook als het lastig is.",
        "template": "How-to in five steps",
        "owner": "expert",
        "co_authors": ["daan"],
        "language": "nl",
        "minutes": 15,
        "topics": ["Leadership"],
        "skills": ["giving feedback"],
        "body": [
            steps(
                "Zo doe je het",
                [
                    ("Vraag of het uitkomt", "Feedback landt beter als de ander er klaar voor is."),
                    ("Beschrijf wat je zag", "Feiten, geen oordeel."),
                    ("Vertel het effect", "Wat deed het met jou of het team?"),
                    ("Vraag hoe de ander het ziet", "Luister echt."),
                    ("Spreek iets af", "Klein en concreet."),
                ],
            )
        ],
    },
    {
        "slug": "gdpr-basics-for-everyone",
        "title": "GDPR basics for everyone",
        "summary": "What personal data is, what you may share, and what to do after a mistake.",
        "template": "Micro course with quiz",
        "owner": "lotte",
        "co_authors": ["expert"],
        "language": "en",
        "minutes": 15,
        "topics": ["Privacy", "Compliance"],
        "skills": ["handling personal data"],
        "body": [
            p("Personal data is anything that tells you who someone is: a name, an e-mail address, a photo."),
            {
                "type": "quiz",
                "value": {
                    "title": "Check what you learned",
                    "pass_mark": 100,
                    "questions": [
                        question(
                            "A customer's e-mail address is personal data.",
                            [
                                ("True", True, "It identifies a person."),
                                ("False", False, "It identifies a person."),
                            ],
                            kind="true_false",
                        )
                    ],
                },
            },
        ],
    },
]

# One course waits for review; one is past its review-by date.
WAITING_FOR_REVIEW = {
    "slug": "writing-clear-e-mails",
    "title": "Writing clear e-mails",
    "summary": "Subject lines that get read and requests that get answered.",
    "template": "How-to in five steps",
    "owner": "expert",
    "co_authors": [],
    "language": "en",
    "minutes": 10,
    "topics": ["Writing"],
    "skills": ["business writing"],
    "body": [p("Put the question in the subject line. Keep one request per e-mail.")],
}
PAST_REVIEW_SLUG = "expense-claim-checklist"
# Dutch demo courses and the English courses they translate.
TRANSLATIONS = {"draaitabellen-voor-beginners": "pivot-tables-in-five-steps"}


def build_course(spec, users):
    """An unsaved course from a demo spec, with tags and co-authors attached."""
    template = CourseTemplate.objects.filter(name=spec["template"]).first()
    audience = "Everyone" if spec["language"] == "en" else "Iedereen"
    course = CoursePage(
        title=spec["title"],
        slug=spec["slug"],
        summary=spec["summary"],
        owner=users[spec["owner"]],
        estimated_minutes=spec["minutes"],
        body=spec["body"],
        audience=f"{audience} ({template.name})" if template else audience,
    )
    course.topics.add(*spec["topics"])
    course.skills.add(*spec["skills"])
    course.co_authors = [
        CourseCoAuthor(user=users[username], sort_order=order)
        for order, username in enumerate(spec["co_authors"])
    ]
    return course


def seed_courses(home):
    index = CourseIndexPage.objects.child_of(home).first()
    if index is None:
        return 0
    users = demo_authors()
    indexes = {spec["language"]: version_parent(index, spec["language"]) for spec in COURSES}
    existing = {
        course.slug: course
        for version in set(indexes.values())
        for course in CoursePage.objects.child_of(version)
    }
    created = 0
    for spec in COURSES:
        if spec["slug"] in existing:
            continue
        course = build_course(spec, users)
        add_version(indexes[spec["language"]], course, existing.get(TRANSLATIONS.get(spec["slug"], "")))
        existing[course.slug] = course
        course.save_revision(user=course.owner).publish(user=users["moderator"])
        created += 1

    past = CoursePage.objects.child_of(index).filter(slug=PAST_REVIEW_SLUG).first()
    if past is not None and past.review_by and past.review_by >= timezone.localdate():
        CoursePage.objects.filter(pk=past.pk).update(
            review_by=timezone.localdate() - datetime.timedelta(days=20)
        )
        created += 1

    if WAITING_FOR_REVIEW["slug"] not in existing:
        draft = build_course(WAITING_FOR_REVIEW, users)
        draft.live = False
        index.add_child(instance=draft)
        draft.save_revision(user=draft.owner)
        Workflow.objects.get(name=WORKFLOW_NAME).start(draft, draft.owner)
        created += 1
    return created

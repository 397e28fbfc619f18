"""The demo guidance pages in English and Dutch: getting started, good courses,
guidelines, sharing, review, reaching the learning team, FAQ and the template library.
Bodies are StreamField data, written with the helpers of blocks.py."""

from .blocks import callout, checklist, faq, h, library, p, steps

GETTING_STARTED = "getting-started-as-an-expert"
TEMPLATES = "course-templates"

PAGES = [
    {
        "slug": GETTING_STARTED,
        "title": "Getting started as an expert",
        "summary": "You know something colleagues keep asking about. Here is how to turn it into a course.",
        "section": "getting_started",
        "language": "en",
        "owner": "moderator",
        "co_authors": ["lotte"],
        "body": [
            p(
                "An expert here is anyone who knows a piece of the work well enough to explain it. "
                "You do not need a title or a teaching background; you need a task people struggle with."
            ),
            steps(
                "Your first course in four steps",
                [
                    ("Ask for the Expert role", "Ask the learning team; they add you, usually the same day."),
                    ("Pick one question", "The question colleagues ask you most often is your first course."),
                    ("Start from a template", "Open the course templates and choose the one that fits."),
                    ("Submit for review", "The learning team reads it, suggests changes and publishes it."),
                ],
            ),
            callout(
                "tip", "Short beats complete. A ten-minute course that people finish helps more than an hour."
            ),
        ],
    },
    {
        "slug": "aan-de-slag-als-expert",
        "title": "Aan de slag als expert",
        "summary": "Collega's vragen jou steeds hetzelfde? Zo maak je er een cursus van.",
        "section": "getting_started",
        "language": "nl",
        "owner": "lotte",
        "co_authors": [],
        "body": [
            p(
                "Expert ben je als je een deel van het werk goed genoeg kent om het uit te leggen. "
                "Je hebt geen titel of onderwijservaring nodig, alleen een taak waar collega's op vastlopen."
            ),
            steps(
                "Je eerste cursus in vier stappen",
                [
                    ("Vraag de rol Expert aan", "Het leerteam zet je erin, meestal dezelfde dag."),
                    ("Kies één vraag", "De vraag die je het vaakst krijgt, is je eerste cursus."),
                    ("Begin met een sjabloon", "Kies in de cursussjablonen het sjabloon dat past."),
                    (
                        "Dien in ter beoordeling",
                        "Het leerteam leest mee, stelt wijzigingen voor en publiceert.",
                    ),
                ],
            ),
            callout(
                "tip", "Kort wint van volledig. Tien minuten die mensen afmaken, helpen meer dan een uur."
            ),
        ],
    },
    {
        "slug": "how-to-make-a-good-course",
        "title": "How to make a good course",
        "summary": "Short, one goal, for a specific audience, with real examples.",
        "section": "making_courses",
        "language": "en",
        "owner": "moderator",
        "co_authors": ["expert"],
        "body": [
            checklist(
                "A good course",
                [
                    "Has one goal: what can the reader do afterwards?",
                    "Is written for a named audience, such as new starters in finance",
                    "Takes fifteen minutes or less",
                    "Shows a real example from our own work",
                    "Ends with what to do next and where to get help",
                ],
            ),
            h("Examples beat explanations"),
            p(
                "Show the filled-in form, the finished report, the e-mail that worked. "
                "Readers copy what they see; make sure it is worth copying."
            ),
            callout("warning", "Two goals? Write two courses. They are easier to find and to keep current."),
        ],
    },
    {
        "slug": "zo-maak-je-een-goede-cursus",
        "title": "Zo maak je een goede cursus",
        "summary": "Kort, één doel, voor een duidelijke doelgroep, met echte voorbeelden.",
        "section": "making_courses",
        "language": "nl",
        "owner": "lotte",
        "co_authors": ["daan"],
        "body": [
            checklist(
                "Een goede cursus",
                [
                    "Heeft één doel: wat kan de lezer daarna?",
                    "Is geschreven voor een duidelijke groep, zoals nieuwe collega's bij financiën",
                    "Duurt een kwartier of korter",
                    "Laat een echt voorbeeld uit ons eigen werk zien",
                    "Eindigt met wat je nu doet en waar je hulp vindt",
                ],
            ),
            callout(
                "warning",
                "Twee doelen? Schrijf twee cursussen. Die zijn makkelijker te vinden en bij te houden.",
            ),
        ],
    },
    {
        "slug": "company-guidelines",
        "title": "Company guidelines for courses",
        "summary": "Tone, accessibility, privacy, what never to share, and the topics that stay with L&D.",
        "section": "guidelines",
        "language": "en",
        "owner": "moderator",
        "co_authors": [],
        "body": [
            h("Tone"),
            p(
                "Write as you would explain it to a colleague at their desk: plain words, short sentences, "
                "you and we."
            ),
            h("Accessibility"),
            checklist(
                "Everyone can use it",
                [
                    "Every image has alternative text, or is marked decorative",
                    "Videos have a transcript or summary",
                    "Headings follow the structure; colour is never the only signal",
                ],
            ),
            h("Privacy and what must never be shared"),
            callout(
                "important",
                "Never put customer data, colleagues' personal data, passwords, salaries, contract "
                "terms or unreleased financial figures in a course, not even in a screenshot.",
            ),
            h("Topics that stay with L&D"),
            p(
                "Mandatory compliance training (anti-bribery, competition law, information security "
                "awareness, health and safety certification) is made and tracked by the learning team. "
                "Share your tips with them instead of writing your own version."
            ),
        ],
    },
    {
        "slug": "richtlijnen-van-het-bedrijf",
        "title": "Richtlijnen voor cursussen",
        "summary": "Toon, toegankelijkheid, privacy, wat je nooit deelt en wat bij L&D blijft.",
        "section": "guidelines",
        "language": "nl",
        "owner": "lotte",
        "co_authors": [],
        "body": [
            p(
                "Schrijf zoals je het een collega aan je bureau uitlegt: gewone woorden, korte zinnen, "
                "je en we."
            ),
            checklist(
                "Iedereen kan het gebruiken",
                [
                    "Elke afbeelding heeft een alternatieve tekst, of is gemarkeerd als decoratief",
                    "Video's hebben een uitgeschreven tekst of samenvatting",
                ],
            ),
            callout(
                "important",
                "Zet nooit klantgegevens, persoonsgegevens van collega's, wachtwoorden, salarissen of "
                "onaangekondigde cijfers in een cursus, ook niet in een schermafbeelding.",
            ),
            p(
                "Verplichte compliancetrainingen (zoals omkoping, mededingingsrecht en "
                "informatiebeveiliging) maakt en volgt het leerteam. Deel je tips met hen."
            ),
        ],
    },
    {
        "slug": "how-and-where-to-share",
        "title": "How and where to share what you know",
        "summary": "A course, a checklist, or a quick answer: choose the right format and place.",
        "section": "sharing",
        "language": "en",
        "owner": "expert",
        "co_authors": ["daan"],
        "body": [
            checklist(
                "Choose the format",
                [
                    "A course: people need to learn and practise something new",
                    "A checklist or job aid: people know the task but forget a step",
                    "A guidance page: a rule or a way of working everyone should know",
                    "Not sure? Run the wizard “Is training the answer?”",
                ],
            ),
            p(
                "Everything lives here in the hub, so search finds it. Link to it from your team's "
                "channel rather than copying it; copies go out of date."
            ),
        ],
    },
    {
        "slug": "delen-hoe-en-waar",
        "title": "Delen: hoe en waar",
        "summary": "Een cursus, een checklist of een snel antwoord: kies de juiste vorm en plek.",
        "section": "sharing",
        "language": "nl",
        "owner": "daan",
        "co_authors": [],
        "body": [
            checklist(
                "Kies de vorm",
                [
                    "Een cursus: mensen moeten iets nieuws leren en oefenen",
                    "Een checklist: mensen kennen de taak maar vergeten een stap",
                    "Twijfel je? Doe de wizard “Is training het antwoord?”",
                ],
            ),
            p(
                "Alles staat in de leeromgeving, zodat zoeken het vindt. "
                "Link ernaar in plaats van te kopiëren."
            ),
        ],
    },
    {
        "slug": "how-review-works",
        "title": "How review works and how long it takes",
        "summary": "Submit, get feedback within five working days, publish; then check it once a year.",
        "section": "sharing",
        "language": "en",
        "owner": "moderator",
        "co_authors": [],
        "body": [
            steps(
                "From draft to published",
                [
                    ("Submit for review", "In the editor, choose “Submit to L&D review” next to Save draft."),
                    ("A moderator reads it", "Within five working days, often sooner."),
                    (
                        "Approved or changes requested",
                        "You get an e-mail; requested changes come with a comment.",
                    ),
                    ("Published", "It appears in its section and in search, with your name on it."),
                ],
            ),
            callout(
                "tip",
                "Every page has a review-by date, a year after publishing by default. You get a "
                "reminder two weeks before; checking it takes one click.",
            ),
        ],
    },
    {
        "slug": "zo-werkt-de-beoordeling",
        "title": "Zo werkt de beoordeling",
        "summary": "Indienen, binnen vijf werkdagen feedback, publiceren; daarna één keer per jaar nakijken.",
        "section": "sharing",
        "language": "nl",
        "owner": "lotte",
        "co_authors": [],
        "body": [
            steps(
                "Van concept naar gepubliceerd",
                [
                    ("Dien in", "Kies in de editor “Ter beoordeling aan L&D” naast Concept opslaan."),
                    ("Een moderator leest mee", "Binnen vijf werkdagen, vaak sneller."),
                    ("Goedgekeurd of aanpassen", "Je krijgt een e-mail met eventuele opmerkingen."),
                ],
            ),
        ],
    },
    {
        "slug": "reaching-the-learning-team",
        "title": "How to reach the learning team",
        "summary": "Ask a question with the form, chat with us, or book a coaching session.",
        "section": "help",
        "language": "en",
        "owner": "moderator",
        "co_authors": [],
        "body": [
            p(
                "Use the form “Ask the learning team” for anything about learning: an idea for a "
                "course, help with your draft, or a need in your team. We answer within two working days."
            ),
            p("For quick questions, the team's chat channel is linked at the bottom of every page."),
        ],
    },
    {
        "slug": "het-leerteam-bereiken",
        "title": "Het leerteam bereiken",
        "summary": "Stel je vraag via het formulier, chat met ons of plan een coachgesprek.",
        "section": "help",
        "language": "nl",
        "owner": "lotte",
        "co_authors": [],
        "body": [
            p(
                "Gebruik het formulier “Vraag het leerteam” voor alles over leren: een idee, hulp bij "
                "je concept of een behoefte in je team. We antwoorden binnen twee werkdagen."
            ),
        ],
    },
    {
        "slug": "faq",
        "title": "Frequently asked questions",
        "summary": "Short answers to what experts and employees ask most.",
        "section": "help",
        "language": "en",
        "owner": "moderator",
        "co_authors": ["expert"],
        "body": [
            faq(
                "Frequently asked questions",
                [
                    (
                        "Do I get time to write a course?",
                        "Agree it with your manager; most courses take a few hours.",
                    ),
                    ("Can I write in Dutch?", "Yes. Choose the language on the page; both are welcome."),
                    ("Who may edit my course?", "You, the co-authors you add, and the learning team."),
                    (
                        "My course is out of date. Now what?",
                        "Edit it and submit again, or ask us to archive it.",
                    ),
                ],
            )
        ],
    },
    {
        "slug": "veelgestelde-vragen",
        "title": "Veelgestelde vragen",
        "summary": "Korte antwoorden op wat experts en collega's het vaakst vragen.",
        "section": "help",
        "language": "nl",
        "owner": "lotte",
        "co_authors": [],
        "body": [
            faq(
                "Veelgestelde vragen",
                [
                    ("Krijg ik tijd om een cursus te schrijven?", "Spreek het af met je leidinggevende."),
                    ("Mag ik in het Engels schrijven?", "Ja. Kies de taal op de pagina; beide zijn welkom."),
                    ("Wie mag mijn cursus bewerken?", "Jij, je co-auteurs en het leerteam."),
                ],
            )
        ],
    },
    {
        "slug": TEMPLATES,
        "title": "Course templates",
        "summary": "Start from a proven structure: pick the template that fits what you want to share.",
        "section": "making_courses",
        "language": "en",
        "owner": "moderator",
        "co_authors": [],
        "body": [
            p("Each template gives you a structure with hints. Replace the hints with your own words."),
            library("Course templates", "When to use each one, and a button to start your draft from it."),
        ],
    },
    {
        "slug": "cursussjablonen",
        "title": "Cursussjablonen",
        "summary": "Begin met een beproefde opbouw: kies het sjabloon dat past bij wat je wilt delen.",
        "section": "making_courses",
        "language": "nl",
        "owner": "lotte",
        "co_authors": [],
        "body": [
            library("Cursussjablonen", "Wanneer je welk sjabloon gebruikt, en een knop om te beginnen.")
        ],
    },
]


# Dutch demo pages and the English pages they translate.
TRANSLATIONS = {
    "aan-de-slag-als-expert": GETTING_STARTED,
    "zo-maak-je-een-goede-cursus": "how-to-make-a-good-course",
    "richtlijnen-van-het-bedrijf": "company-guidelines",
    "delen-hoe-en-waar": "how-and-where-to-share",
    "zo-werkt-de-beoordeling": "how-review-works",
    "het-leerteam-bereiken": "reaching-the-learning-team",
    "veelgestelde-vragen": "faq",
    "cursussjablonen": TEMPLATES,
}

"""The hub's own demo content: team contact, home page and a few information pages."""

from hub.content.models import InfoPage
from hub.home.models import HomeFeaturedItem
from hub.navigation.models import HubSettings

from .pages import add_version, get_or_create_child, version_parent

ABOUT_EN = [
    {
        "type": "paragraph",
        "value": (
            "<p>The learning hub is where colleagues share what they know: short courses, "
            "checklists and how-tos written by the people who do the work. The learning team "
            "coaches authors, reviews every course before it is published and keeps the "
            "catalogue current.</p>"
        ),
    },
    {
        "type": "callout",
        "value": {"kind": "tip", "text": "<p>Know something others keep asking you? That is a course.</p>"},
    },
]
ABOUT_NL = [
    {
        "type": "paragraph",
        "value": (
            "<p>De leeromgeving is de plek waar collega's delen wat ze weten: korte cursussen, "
            "checklists en handleidingen, geschreven door de mensen die het werk doen. Het "
            "leerteam coacht auteurs, beoordeelt elke cursus voor publicatie en houdt het "
            "aanbod actueel.</p>"
        ),
    },
    {
        "type": "callout",
        "value": {"kind": "tip", "text": "<p>Krijg je steeds dezelfde vraag? Maak er een cursus van.</p>"},
    },
]


def seed_hub(home):
    created = 0
    settings = HubSettings.for_site(home.get_site())
    if not settings.learning_team_email:
        settings.learning_team_name = "Learning & Development"
        settings.learning_team_email = "learning-team@example.com"
        settings.learning_team_chat_url = "https://chat.example.com/channels/learning-hub"
        settings.save()
        created += 1

    about, made = get_or_create_child(home, InfoPage, "about", title="About the learning hub", body=ABOUT_EN)
    created += made
    home_nl = version_parent(home, "nl")
    over = InfoPage.objects.child_of(home_nl).filter(slug="over-de-leeromgeving").first()
    if over is None:
        over = add_version(
            home_nl, InfoPage(slug="over-de-leeromgeving", title="Over de leeromgeving", body=ABOUT_NL), about
        )
        over.save_revision().publish()
        created += 1

    # Each home features its own language's "About" page and starts there.
    for version, page, blurb in [
        (home, about, "What the hub is for and how courses get here."),
        (home_nl, over, "Waar de leeromgeving voor is en hoe cursussen hier komen."),
    ]:
        if not version.featured_items.exists():
            HomeFeaturedItem.objects.create(home=version, page=page, blurb=blurb, sort_order=0)
            created += 1
        if not version.start_here_page_id:
            version.start_here_page = page
            version.save_revision().publish()
            created += 1
    return created

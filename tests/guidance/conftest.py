import pytest

from guidance.ask import AskFormPage
from guidance.pages import GuidanceIndexPage
from hub.navigation.models import HubSettings
from tests.factories import GuidancePageFactory
from tests.factories.hub import in_default_language


@pytest.fixture
def guidance_index(db):
    """/guidance/, made by the guidance app's data migration."""
    return in_default_language(GuidanceIndexPage, slug="guidance")


@pytest.fixture
def ask_page(guidance_index):
    """/guidance/ask/, made by the same migration, writing to the team's settings address."""
    settings = HubSettings.for_site(guidance_index.get_site())
    settings.learning_team_email = "learning-team@example.com"
    settings.save()
    return AskFormPage.objects.get(slug="ask", locale__language_code="en")


@pytest.fixture
def draft_guidance_of(db):
    """``draft_guidance_of(user, title=...)``: a draft guidance page owned by ``user``, as
    the admin would create it."""

    def make(user, **kwargs):
        return GuidancePageFactory(draft=True, owner=user, **kwargs)

    return make

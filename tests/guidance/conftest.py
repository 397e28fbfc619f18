import pytest

from guidance.ask import AskFormPage
from guidance.pages import GuidanceIndexPage, GuidancePage
from hub.navigation.models import HubSettings
from tests.guidance.factories import GuidancePageFactory


@pytest.fixture
def guidance_index(db):
    """/guidance/, made by the guidance app's data migration."""
    return GuidanceIndexPage.objects.get(slug="guidance")


@pytest.fixture
def ask_page(guidance_index):
    """/guidance/ask/, made by the same migration, writing to the team's settings address."""
    settings = HubSettings.for_site(guidance_index.get_site())
    settings.learning_team_email = "learning-team@example.com"
    settings.save()
    return AskFormPage.objects.get(slug="ask")


@pytest.fixture
def make_guidance(guidance_index):
    def make(**kwargs):
        return GuidancePageFactory(parent=guidance_index, **kwargs)

    return make


@pytest.fixture
def draft_guidance_of(guidance_index):
    """A draft guidance page owned by ``user``, as the admin would create it."""

    def make(user, **kwargs):
        page = GuidancePage(
            title=kwargs.pop("title", "A draft"), summary="Draft", owner=user, live=False, **kwargs
        )
        guidance_index.add_child(instance=page)
        page.save_revision(user=user)
        return page

    return make

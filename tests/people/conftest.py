import io

import pytest
from PIL import Image as PILImage

from hub import hooks
from hub.contributions.sources import Contribution, ContributionSource, Figures
from people.models import ExpertIndexPage
from tests.factories.hub import in_default_language


@pytest.fixture
def expert_index(db):
    """/experts/, made by the people app's data migration."""
    return in_default_language(ExpertIndexPage, slug="experts")


@pytest.fixture
def contribution_source(register_hook):
    """Register a test source: ``contribution_source({user_id: Figures}, {user_id: [Contribution]})``.
    Counts how often it was asked, to prove callers ask once per page."""
    calls = []

    def register(figures=None, items=None, key="test-source"):
        figures, items = figures or {}, items or {}

        def figures_of(user_ids):
            calls.append(list(user_ids))
            return {user_id: figures[user_id] for user_id in user_ids if user_id in figures}

        register_hook(
            hooks.CONTRIBUTIONS,
            ContributionSource(key=key, items=lambda user: items.get(user.pk, []), figures=figures_of),
        )
        return calls

    return register


def png_bytes(size=(40, 40)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (10, 90, 70)).save(buffer, "PNG")
    return buffer.getvalue()


__all__ = ["Contribution", "Figures", "png_bytes"]

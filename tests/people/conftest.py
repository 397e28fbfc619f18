import io

import pytest
from PIL import Image as PILImage

from hub import hooks
from hub.contributions.sources import Contribution, ContributionSource, Figures
from people.models import ExpertIndexPage, ExpertProfilePage, SpokenLanguage


@pytest.fixture
def expert_index(db):
    """/experts/, made by the people app's data migration."""
    return ExpertIndexPage.objects.get(slug="experts")


@pytest.fixture
def make_profile(expert_index):
    """A published profile for ``user``, as the form would make it."""

    def make(user, expertise=(), languages=(), **fields):
        fields.setdefault("job_title", "Specialist")
        profile = ExpertProfilePage(
            title=user.get_full_name() or user.username, slug=user.username, user=user, owner=user, **fields
        )
        if expertise:
            profile.expertise.add(*expertise)
        profile.spoken_languages = [SpokenLanguage(code=code) for code in languages]
        expert_index.add_child(instance=profile)
        profile.save_revision(user=user).publish(user=user, skip_permission_checks=True)
        return ExpertProfilePage.objects.get(pk=profile.pk)

    return make


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

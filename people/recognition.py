"""What a person's contributions add up to: figures from every app's contributions
(hook ``hub.hooks.CONTRIBUTIONS``) plus the thanks they received, and the badges both
earn. A fixed number of queries for any number of people (one call per registered
source, one for thanks)."""

from dataclasses import dataclass, field

from hub.contributions.sources import Figures, figures_for

from .badges import badges_for
from .kudos.models import Kudos


@dataclass
class Recognition:
    figures: Figures
    thanks: int = 0
    badges: list = field(default_factory=list)

    @property
    def latest(self):
        return self.figures.latest


def thanks_counts(user_ids):
    return Kudos.objects.visible().filter(recipient_id__in=user_ids).count_by_recipient()


def thanks_received(user_ids, start, end):
    """Visible thanks received in ``[start, end)``, for the weekly digest (hook
    ``hub.hooks.WEEKLY_RECOGNITION``)."""
    return (
        Kudos.objects.visible()
        .filter(recipient_id__in=user_ids, created_at__gte=start, created_at__lt=end)
        .count_by_recipient()
    )


def recognition_for(user_ids, figures=None):
    """``{user_id: Recognition}``; pass ``figures`` when already fetched for these ids."""
    user_ids = [user_id for user_id in user_ids if user_id is not None]
    if not user_ids:
        return {}
    figures = figures if figures is not None else figures_for(user_ids)
    thanks = thanks_counts(user_ids)
    result = {}
    for user_id in user_ids:
        person_figures = figures.get(user_id) or Figures()
        count = thanks.get(user_id, 0)
        result[user_id] = Recognition(person_figures, count, badges_for(person_figures, count))
    return result

"""What happened for a person in a period: learners their courses reached, thanks they
received. The weekly digest shows these figures to each expert.

Hub knows no learners and no thanks (DESIGN.md), so the apps that do register a
:class:`RecognitionSource` for the ``hub.hooks.WEEKLY_RECOGNITION`` hook. Unlike the
all-time ``Figures`` of :mod:`hub.contributions.sources`, these count only events
inside ``[start, end)``.
"""

from collections.abc import Callable
from dataclasses import dataclass

from hub import hooks


@dataclass(frozen=True)
class RecognitionSource:
    """One figure per person for a period.

    ``counts(user_ids, start, end)`` -> ``{user_id: int}`` for events at or after
    ``start`` and before ``end`` (aware datetimes). It leaves out people with nothing
    and keeps to a fixed number of queries however many ids it gets.
    """

    key: str
    label: str  # what the figure counts, e.g. "Learners who completed your courses"
    counts: Callable
    order: int = 50


@dataclass(frozen=True)
class RecognitionFigure:
    key: str
    label: str
    value: int


def weekly_figures(user_ids, start, end):
    """``{user_id: [RecognitionFigure]}`` for every id, one per source in order (zeros
    included, so every e-mail lists the same figures)."""
    user_ids = list(user_ids)
    found = {user_id: [] for user_id in user_ids}
    if not user_ids:
        return found
    for source in hooks.collect(hooks.WEEKLY_RECOGNITION):
        counts = source.counts(user_ids, start, end)
        for user_id in user_ids:
            found[user_id].append(RecognitionFigure(source.key, source.label, counts.get(user_id, 0)))
    return found

"""This week's figures of course authors, for the weekly digest (hook
``hub.hooks.WEEKLY_RECOGNITION``): learners who completed their courses and "this
helped me" marks on them.

A course counts for its owner and each co-author as they are now. Two queries per
figure whatever the number of people: one through owners, one through co-authors.
"""

from collections import defaultdict

from .feedback.models import HelpfulMark
from .records.models import Enrolment


def _count_per_author(queryset, user_ids, counted):
    """``{author_id: number of different counted values}`` over rows of ``queryset``
    (enrolments or marks, both with ``course`` and ``user``) whose course is owned or
    co-authored by one of ``user_ids``."""
    found = defaultdict(set)
    for author_field in ("course__owner_id", "course__co_authors__user_id"):
        rows = queryset.filter(**{f"{author_field}__in": user_ids}).values_list(
            author_field, "user_id", counted
        )
        for author_id, learner_id, value in rows:
            # Finishing or liking your own course reaches nobody.
            if author_id != learner_id:
                found[author_id].add(value)
    return {author_id: len(values) for author_id, values in found.items()}


def learners_reached(user_ids, start, end):
    """Different learners who completed one of the person's courses in the period."""
    completions = Enrolment.objects.filter(completed_at__gte=start, completed_at__lt=end)
    return _count_per_author(completions, user_ids, "user_id")


def helpful_marks(user_ids, start, end):
    """ "This helped me" marks given in the period on the person's courses."""
    marks = HelpfulMark.objects.filter(created_at__gte=start, created_at__lt=end)
    return _count_per_author(marks, user_ids, "pk")

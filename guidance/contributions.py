"""What people contributed to guidance, for profiles and badges (hook ``hub.hooks.CONTRIBUTIONS``).

Counts live guidance pages a person owns or co-authors, each page once per person.
``counts["guidance_published"]`` is that number; ``counts["pages_overdue"]`` those past review-by.
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from hub.contributions.sources import Contribution, Figures

from .pages import GuidanceCoAuthor, GuidancePage


def _live_pages():
    return GuidancePage.objects.live().public()


def items(user):
    owned = list(_live_pages().filter(owner=user).order_by("-first_published_at"))
    owned_ids = {page.pk for page in owned}
    co_authored = [
        page
        for page in _live_pages().filter(co_authors__user=user).distinct().order_by("-first_published_at")
        if page.pk not in owned_ids
    ]
    return [
        Contribution(
            kind="guidance",
            kind_label=pgettext_lazy("one guidance page", "Guidance"),
            title=page.title,
            url=page.url,
            role=role,
            date=page.first_published_at,
        )
        for pages, role in ((owned, _("Author")), (co_authored, _("Co-author")))
        for page in pages
    ]


def figures(user_ids):
    """Two queries for any number of people: pages they own, pages they co-author."""
    user_ids = list(user_ids)
    pages_of = {user_id: {} for user_id in user_ids}
    owned = (
        _live_pages()
        .filter(owner_id__in=user_ids)
        .values_list("owner_id", "pk", "first_published_at", "review_by")
    )
    co_authored = GuidanceCoAuthor.objects.filter(user_id__in=user_ids, page__in=_live_pages()).values_list(
        "user_id", "page_id", "page__first_published_at", "page__review_by"
    )
    for user_id, page_id, published, review_by in [*owned, *co_authored]:
        pages_of[user_id][page_id] = (published, review_by)
    today = timezone.localdate()
    result = {}
    for user_id, pages in pages_of.items():
        if not pages:
            continue  # nothing to add: sources report only people who contributed
        dates = [published for published, _ in pages.values() if published is not None]
        overdue = sum(1 for _, review_by in pages.values() if review_by is not None and review_by < today)
        result[user_id] = Figures(
            contributions=len(pages),
            latest=max(dates, default=None),
            since=min(dates, default=None),
            counts={"guidance_published": len(pages), "pages_overdue": overdue},
        )
    return result

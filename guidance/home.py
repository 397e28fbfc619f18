"""What the hub shows of guidance outside its own pages (registered in
guidance/wagtail_hooks.py): the guidance section in the navigation, the most wanted
open learning requests on the home page, and experts' claimed and answered requests on
their profiles."""

from django.db.models import Count, Max, Min, Q
from django.utils.translation import gettext_lazy as _

from hub.content.languages import reader_version
from hub.contributions.sources import Contribution, Figures

from .pages import GuidanceIndexPage
from .requests.models import LearningRequest

HOME_REQUESTS = 5


def guidance_index(request):
    """The live guidance section, looked up once per request."""
    if not hasattr(request, "_guidance_index"):
        request._guidance_index = reader_version(GuidanceIndexPage.objects.live())
    return request._guidance_index


def guidance_index_url(request):
    index = guidance_index(request)
    return index.get_url(request) if index else None


def top_open_requests(request):
    top = LearningRequest.objects.open().with_counts().select_related("claimed_by").most_wanted()
    return {"learning_requests": list(top[:HOME_REQUESTS])}


def contribution_items(user):
    """Requests ``user`` claimed: answered ones (done) and those they are working on."""
    items = []
    claimed = LearningRequest.objects.filter(claimed_by=user).exclude(status=LearningRequest.Status.DECLINED)
    for learning_request in claimed.order_by("-claimed_at", "-pk"):
        answered = learning_request.status == LearningRequest.Status.DONE
        items.append(
            Contribution(
                kind="request",
                kind_label=_("Learning request"),
                title=learning_request.title,
                url=learning_request.get_absolute_url(),
                role=_("Answered") if answered else _("Claimed"),
                date=learning_request.closed_at if answered else learning_request.claimed_at,
            )
        )
    return items


def contribution_figures(user_ids):
    """One aggregate query for any number of people. ``requests_claimed`` counts every
    request someone holds (answered ones included, declined ones not);
    ``requests_answered`` the done ones, which are also their contributions."""
    done = Q(status=LearningRequest.Status.DONE)
    rows = (
        LearningRequest.objects.filter(claimed_by__in=list(user_ids))
        .exclude(status=LearningRequest.Status.DECLINED)
        .values("claimed_by")
        .annotate(
            claimed=Count("pk"),
            answered=Count("pk", filter=done),
            latest=Max("closed_at", filter=done),
            since=Min("closed_at", filter=done),
        )
        .order_by()
    )
    return {
        row["claimed_by"]: Figures(
            contributions=row["answered"],
            latest=row["latest"],
            since=row["since"],
            counts={"requests_claimed": row["claimed"], "requests_answered": row["answered"]},
        )
        for row in rows
    }

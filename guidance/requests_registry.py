"""How learning requests plug into the hub: a section in the main navigation, the most
wanted open requests on the home page, experts' claimed and answered requests on their
profiles, and demo content. Called from ``GuidanceConfig.ready()``."""

from django.db.models import Count, Max, Min, Q
from django.utils.translation import gettext_lazy as _

HOME_REQUESTS = 5


def top_open_requests(request):
    from .models import LearningRequest

    top = LearningRequest.objects.open().with_counts().select_related("claimed_by").most_wanted()
    return {"learning_requests": list(top[:HOME_REQUESTS])}


def contribution_items(user):
    """Requests ``user`` claimed: answered ones (done) and those they are working on."""
    from hub.registry import Contribution

    from .models import LearningRequest

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
    from hub.registry import Figures

    from .models import LearningRequest

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


def register_requests():
    from hub.registry import (
        ContributionSource,
        DemoSeeder,
        HomePanel,
        Section,
        contributions,
        demo_seeders,
        home_panels,
        sections,
    )

    from .demo_requests import seed_requests

    sections.register(
        Section(
            key="requests",
            label=_("Learning requests"),
            description=_("Missing a course? Ask for it, or vote for what colleagues asked."),
            url_name="requests:index",
            order=40,
        )
    )
    home_panels.register(
        HomePanel(
            key="top_requests",
            template="guidance/requests/home_panel.html",
            get_context=top_open_requests,
            order=60,
            stylesheets=("css/requests.css",),
        )
    )
    contributions.register(
        ContributionSource(key="requests", items=contribution_items, figures=contribution_figures, order=40)
    )
    demo_seeders.register(DemoSeeder(key="requests", seed=seed_requests, order=40))

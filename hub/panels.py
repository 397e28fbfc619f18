"""Admin home panels for moderators: what waits for review, what is past its date."""

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState

from .review import authored_page_models
from .roles import MODERATOR

PANEL_ROWS = 10


def is_moderator(user):
    return user.is_superuser or user.groups.filter(name=MODERATOR).exists()


class WaitingForReviewPanel(Component):
    name = "hub_waiting_for_review"
    template_name = "hub/admin/panel_waiting_for_review.html"
    order = 90

    def get_context_data(self, parent_context):
        states = list(
            WorkflowState.objects.active()
            .filter(base_content_type=ContentType.objects.get_for_model(Page))
            .select_related("requested_by")
            .order_by("created_at")[:PANEL_ROWS]
        )
        pages = Page.objects.in_bulk([int(state.object_id) for state in states])
        rows = [{"state": state, "page": pages.get(int(state.object_id))} for state in states]
        return {"rows": [row for row in rows if row["page"] is not None]}


class PastReviewDatePanel(Component):
    name = "hub_past_review_date"
    template_name = "hub/admin/panel_past_review_date.html"
    order = 95

    def get_context_data(self, parent_context):
        today = timezone.localdate()
        pages = []
        for model in authored_page_models():
            pages += list(
                model.objects.live()
                .filter(review_by__lt=today)
                .select_related("owner")
                .order_by("review_by")[:PANEL_ROWS]
            )
        pages.sort(key=lambda page: page.review_by)
        return {"pages": pages[:PANEL_ROWS], "today": today}

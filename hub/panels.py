"""Admin home panels: the L&D queue's counts for moderators, and each expert's own
items (pages they own that are flagged or overdue, requests they hold)."""

from wagtail.admin.ui.components import Component

from .roles import MODERATOR

PANEL_ROWS = 10


def is_moderator(user):
    return user.is_superuser or user.groups.filter(name=MODERATOR).exists()


class QueuePanel(Component):
    """Moderators: how many items of each kind wait in the L&D queue."""

    name = "hub_queue"
    template_name = "hub/admin/panel_queue.html"
    order = 90

    def get_context_data(self, parent_context):
        from .queue import queue

        counts = queue.counts()
        return {"counts": counts, "total": sum(count for _source, count in counts)}


class MyQueuePanel(Component):
    """Everyone else with admin access (experts): their own slice of the queue."""

    name = "hub_my_queue"
    template_name = "hub/admin/panel_my_queue.html"
    order = 90

    def get_context_data(self, parent_context):
        from .queue import queue

        items = queue.items(parent_context["request"].user)
        return {"items": items[:PANEL_ROWS], "total": len(items)}

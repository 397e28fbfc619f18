"""Admin home panels: the L&D queue's counts for moderators, and each expert's own
items (pages they own that are flagged or overdue, requests they hold)."""

from wagtail.admin.ui.components import Component

from .items import queue_counts, queue_items

PANEL_ROWS = 10


class QueuePanel(Component):
    """Moderators: how many items of each kind wait in the L&D queue."""

    name = "hub_queue"
    template_name = "hub/queue/panel.html"
    order = 90

    def get_context_data(self, parent_context):
        counts = queue_counts()
        return {"counts": counts, "total": sum(count for _source, count in counts)}


class MyQueuePanel(Component):
    """Everyone else with admin access (experts): their own slice of the queue."""

    name = "hub_my_queue"
    template_name = "hub/queue/my_panel.html"
    order = 90

    def get_context_data(self, parent_context):
        items = queue_items(parent_context["request"].user)
        return {"items": items[:PANEL_ROWS], "total": len(items)}

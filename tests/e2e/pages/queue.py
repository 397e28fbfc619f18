"""Page objects for the L&D queue in the admin: its filters, its rows and their actions,
and the form that assigns a learning request to an expert."""

import re

from playwright.sync_api import Page

from .base import AdminPage


class QueuePage(AdminPage):
    path = "/admin/hub/queue/"

    def __init__(self, page: Page):
        super().__init__(page)
        self.heading = page.get_by_role("heading", name="L&D queue")
        self.filters = page.get_by_role("form", name="Filter the queue")
        self.apply = self.filters.get_by_role("button", name="Apply filters")
        self.clear = self.filters.get_by_role("link", name="Clear filters")
        # The table scrolls inside a region named by its caption, which counts the rows
        # ("3 items wait ..."); the region is found by its class, the caption by its tag.
        self.table_region = page.locator(".ld-queue-table")
        self.table = self.table_region.get_by_role("table")
        self.caption = self.table.locator("caption")
        # Data rows have cells; the header row has column headers only.
        self.rows = self.table.get_by_role("row").filter(has=page.get_by_role("cell"))
        # "Mark handled" opens a <details> per row (moderators only); a <summary> has no
        # role Playwright knows.
        self.mark_handled_toggles = self.table.locator("summary").filter(has_text="Mark handled")

    def row(self, text):
        return self.rows.filter(has_text=text)

    def item(self, key):
        """A row by its item's key, "<source>:<ref>" (e.g. "searches:payroll"), for
        items whose title other rows' titles may contain."""
        return self.table.locator(f'[data-queue-item="{key}"]')

    def filter_by(self, kinds):
        """Keep only items of these kinds (their labels, e.g. "Flagged outdated")."""
        for kind in kinds:
            self.filters.get_by_role("checkbox", name=kind).check()
        with self.page.expect_navigation():
            self.apply.click()
        return self

    def clear_filters(self):
        with self.page.expect_navigation():
            self.clear.click()
        return self

    def act(self, row, action):
        """Follow a row's link or press its button, e.g. ``act(row, "Still correct")``.
        Each action's name ends with the item's title, for screen readers."""
        action = re.compile(rf"^{re.escape(action)}")
        link = row.get_by_role("link", name=action)
        button = row.get_by_role("button", name=action)
        with self.page.expect_navigation():
            link.or_(button).click()

    def assign(self, text):
        self.act(self.row(text), "Assign to an expert")
        return AssignPage(self.page)

    def mark_handled(self, row, note):
        row.locator("summary").click()
        row.get_by_label("What was done?").fill(note)
        with self.page.expect_navigation():
            row.get_by_role("button", name="Mark handled", exact=True).click()
        return self


class AssignPage(AdminPage):
    """Assigning a learning request to an expert, reached from its row in the queue."""

    def __init__(self, page: Page):
        super().__init__(page)
        self.expert = page.get_by_label("Expert")

    def heading_for(self, request_title):
        return self.page.get_by_role("heading", name=re.compile(f"^Assign “{re.escape(request_title)}"))

    def assign_to(self, expert):
        self.expert.select_option(label=expert)
        with self.page.expect_navigation():
            self.main.get_by_role("button", name="Assign", exact=True).click()
        return QueuePage(self.page)

"""Page object for the L&D insights in the admin: a chart per trend, each with its
figures in a table and a CSV download, over a period one chooses."""

from pathlib import Path

from playwright.sync_api import Page

from .base import AdminPage


class InsightsPage(AdminPage):
    path = "/admin/insights/"

    def __init__(self, page: Page):
        super().__init__(page)
        self.period = page.get_by_label("Period")
        self.show = page.get_by_role("button", name="Show")

    def heading_of(self, trend):
        return self.page.get_by_role("heading", name=trend)

    def chart(self, name):
        """A chart drawn on the server: an image named after what it shows."""
        return self.page.get_by_role("img", name=name)

    def rows(self, trend):
        """The rows of a trend's table: the headings, then a row per month."""
        return self.page.get_by_role("table", name=f"{trend} per month").get_by_role("row")

    def show_months(self, months):
        self.period.select_option(str(months))
        with self.page.expect_navigation():
            self.show.click()
        return self

    def download(self, trend):
        """Download a trend's figures as CSV; returns the lines of the file."""
        with self.page.expect_download() as download:
            self.page.get_by_role("link", name=f"Download “{trend}” as CSV").click()
        return Path(download.value.path()).read_text(encoding="utf-8").splitlines()

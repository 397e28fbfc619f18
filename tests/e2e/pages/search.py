"""Page object for /search/: the query box, the type filter and facets, the results and
their pages, and what it offers when nothing is found. (The header's search box with
its suggestions is on every page: pages/base.py.)"""

import re
from urllib.parse import urlencode

from playwright.sync_api import Page

from .base import HubPage


def _counted(label):
    """A filter link's name: its label, then how many results it keeps."""
    return re.compile(rf"^{re.escape(label)} \d+$")


class SearchPage(HubPage):
    path = "/search/"

    def __init__(self, page: Page):
        super().__init__(page)
        self.query = page.get_by_label("What are you looking for?")
        self.filters = page.get_by_role("complementary", name="Filter results")
        self.status = self.main.get_by_role("status")
        # The results are an ordered list without a name of its own.
        self.results = page.locator("ol.result-list")
        self.highlights = self.results.locator("mark")
        self.pages = page.get_by_role("navigation", name="Pages")
        self.current_page = self.pages.locator("[aria-current=page]")
        self.new_search = page.get_by_role("link", name="Start a new search")
        self.topics = page.get_by_role("region", name="Or try a popular topic")
        self.topic_links = self.topics.get_by_role("link")

    def open_for(self, query):
        self.page.goto(f"{self.path}?{urlencode({'q': query})}")
        return self

    def search(self, query):
        """Search again from the box on the page."""
        self.query.fill(query)
        with self.page.expect_navigation():
            self.query.press("Enter")
        return self

    def results_for(self, query):
        """The line that counts the results, e.g. "3 results for “expense”"."""
        return self.status.filter(has_text=re.compile(rf"\d+ results? for “{re.escape(query)}”"))

    def nothing_found_for(self, query):
        return self.status.get_by_text(f"Nothing found for “{query}”.")

    def result(self, title):
        return self.results.get_by_role("link", name=title)

    def filter(self, label):
        """A type (e.g. "Courses") or facet option (e.g. "Dutch") in the filters."""
        return self.filters.get_by_role("link", name=_counted(label))

    def filter_by(self, label):
        with self.page.expect_navigation():
            self.filter(label).click()
        return self

    def clear_facet(self, facet):
        """Follow "Any <facet>", which drops the facet's choice, e.g. ``clear_facet("language")``."""
        with self.page.expect_navigation():
            self.filters.get_by_role("link", name=f"Any {facet}", exact=True).click()
        return self

    def next_page(self):
        with self.page.expect_navigation():
            self.pages.get_by_role("link", name="Next").click()
        return self

    def previous_page(self):
        with self.page.expect_navigation():
            self.pages.get_by_role("link", name="Previous").click()
        return self

    def search_topic(self, index=0):
        """Follow a suggested topic; returns its name."""
        topic = self.topic_links.nth(index)
        name = topic.inner_text()
        with self.page.expect_navigation():
            topic.click()
        return name

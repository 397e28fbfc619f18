"""Page objects for /guidance/: the section listing, a guidance page and the wizard."""

import re

from playwright.sync_api import Page, expect

from .base import HubPage
from .requests import RequestForm


class GuidanceIndex(HubPage):
    path = "/guidance/"

    def __init__(self, page: Page):
        super().__init__(page)
        self.heading = page.get_by_role("heading", name="Guidance", level=1)
        self.wizard_link = page.get_by_role("link", name="Is training the answer?")

    def expect_loaded(self):
        expect(self.heading).to_be_visible()
        return self

    def section(self, name):
        return self.page.get_by_role("region", name=name)

    def open_guidance(self, title):
        self.page.get_by_role("link", name=title, exact=True).click()
        expect(self.page.get_by_role("heading", level=1)).to_have_text(title)


class Wizard(HubPage):
    path = "/guidance/wizard/"

    def __init__(self, page: Page):
        super().__init__(page)
        self.question = page.get_by_role("heading", level=1)
        self.back = page.get_by_role("link", name="Back to the previous question")
        self.restart = page.get_by_role("link", name="Start again")
        self.request_link = page.get_by_role("link", name="Request this learning")

    def expect_question(self, text):
        expect(self.question).to_have_text(text)
        return self

    def answer(self, label):
        self.page.get_by_role("link", name=label, exact=True).click()

    def expect_outcome(self, title):
        expect(self.page.get_by_text("Our suggestion")).to_be_visible()
        expect(self.question).to_have_text(title)
        expect(self.page).to_have_url(re.compile(r"/guidance/wizard/\?path=[\d.]+$"))
        return self

    def request_learning(self):
        """From an outcome that needs new learning: the request form, filled in with the answers."""
        with self.page.expect_navigation():
            self.request_link.click()
        return RequestForm(self.page)

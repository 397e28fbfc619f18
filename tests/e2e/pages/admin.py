"""Page objects for the Wagtail admin: its home with the hub's panels, starting a course
from a template, the page editor, adding a translation, and the learning reports."""

import re

from playwright.sync_api import Page

from .base import AdminPage
from .queue import QueuePage


class Panel:
    """A panel on the admin home: a region named by its heading."""

    def __init__(self, page: Page, heading):
        self.heading = page.get_by_role("heading", name=heading)
        self.region = page.get_by_role("region", name=heading)

    def text(self, words):
        return self.region.get_by_text(words)

    def link(self, name):
        return self.region.get_by_role("link", name=name)


class AdminHome(AdminPage):
    path = "/admin/"

    def __init__(self, page: Page):
        super().__init__(page)
        self.queue = Panel(page, "L&D queue")
        self.waiting_for_you = Panel(page, "Waiting for you")
        self.learning_figures = Panel(page, "Learning this month")
        self.figures = self.learning_figures.region.get_by_role("definition")
        self.completions_chart = self.learning_figures.region.get_by_role(
            "img", name=re.compile("Completions over the last 12 months")
        )

    def open_queue(self):
        with self.page.expect_navigation():
            self.queue.link("Open the L&D queue").click()
        return QueuePage(self.page)

    def open_reports(self):
        with self.page.expect_navigation():
            self.learning_figures.link("All learning reports").click()
        return LearningByMonthReport(self.page)


class TemplateChooser(AdminPage):
    """ "New course from template": each template with a button that makes a draft of it."""

    path = "/admin/courses/new/"

    def start_from(self, template):
        with self.page.expect_navigation():
            self.main.get_by_role("button", name=f"Start from “{template}”").click()
        return PageEditor(self.page)


class PageEditor(AdminPage):
    """Wagtail's page editor. Its fields are found by the ids Wagtail gives them (from
    the model's field names); the actions other than the default one sit in a menu."""

    def __init__(self, page: Page):
        super().__init__(page)
        self.title = page.locator("#id_title")
        self.summary = page.locator("#id_summary")
        self.more_actions = page.get_by_role("button", name="More actions")

    def submit_for_review(self, workflow="L&D review"):
        self.more_actions.click()
        with self.page.expect_navigation():
            self.page.get_by_role("button", name=f"Submit to {workflow}").click()

    def add_translation(self):
        """ "Add translation" from the header's actions menu (a dropdown toggled by a
        button named "Actions")."""
        self.page.get_by_role("button", name="Actions", exact=True).click()
        with self.page.expect_navigation():
            self.page.get_by_role("link", name="Add translation").click()
        return AddTranslationPage(self.page)

    def approve(self):
        """Approve the workflow's task without a comment; approving the last one publishes."""
        self.more_actions.click()
        with self.page.expect_navigation():
            self.page.get_by_role("button", name="Approve and Publish", exact=True).click()


class AddTranslationPage(AdminPage):
    """The languages a page has no version in yet, one to choose, and "Make the draft"."""

    def __init__(self, page: Page):
        super().__init__(page)
        self.heading = page.get_by_role("heading", name=re.compile(r"^Add a translation of "))

    def make_draft(self, language):
        self.main.get_by_role("radio", name=language).check()
        with self.page.expect_navigation():
            self.main.get_by_role("button", name="Make the draft").click()
        return PageEditor(self.page)


class LearningByMonthReport(AdminPage):
    path = "/admin/learning/reports/by-month/"

    def __init__(self, page: Page):
        super().__init__(page)
        self.heading = page.get_by_role("heading", name="Learning by month")
        self.table = self.main.get_by_role("table")

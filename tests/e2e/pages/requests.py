"""Page objects for /requests/: the form that files a learning request, with what is
similar appearing as one types, and a request's own page (claim, triage, answer)."""

from playwright.sync_api import Page

from .base import HubPage
from .courses import CourseDetailPage


class RequestForm(HubPage):
    path = "/requests/new/"

    def __init__(self, page: Page):
        super().__init__(page)
        self.title = page.get_by_label("Title")
        self.description = page.get_by_label("What you need")
        self.audience = page.get_by_label("Who it is for")
        self.send = page.get_by_role("button", name="Send request")
        # What is similar to the text typed so far, replaced as one types, and the
        # visually hidden live region that announces it: neither has a name.
        self.similar = page.locator("#similar-items")
        self.similar_status = page.locator("#similar-status")

    def similar_item(self, title):
        return self.similar.get_by_role("link", name=title)

    def fill(self, title=None, description=None, audience=None, urgency=None):
        """Fill in the fields given; the others keep what they have."""
        for field, value in ((self.title, title), (self.description, description), (self.audience, audience)):
            if value is not None:
                field.fill(value)
        if urgency:
            self.page.get_by_label(urgency).check()
        return self

    def submit(self):
        with self.page.expect_navigation():
            self.send.click()
        return RequestPage(self.page)


class RequestPage(HubPage):
    def __init__(self, page: Page):
        super().__init__(page)
        self.claim_button = page.get_by_role("button", name="Claim: I will answer this")
        self.release_button = page.get_by_role("button", name="Release my claim")
        # "Answered by: <the page>", once a moderator has marked the request done.
        self.answer = self.main.get_by_text("Answered by:")
        self.history = page.get_by_role("region", name="History")
        self.new_status = page.get_by_label("New status")
        self.answered_by = page.get_by_label("Answered by")
        self.change_status_button = page.get_by_role("button", name="Change status")

    def history_entry(self, text):
        return self.history.get_by_text(text)

    def answer_link(self, title):
        return self.answer.get_by_role("link", name=title)

    def claim(self):
        with self.page.expect_navigation():
            self.claim_button.click()
        return self

    def change_status(self, status, answered_by=None):
        """Triage, as a moderator: a new status and, for "Done", the page that answers it."""
        self.new_status.select_option(label=status)
        if answered_by:
            self.answered_by.select_option(label=answered_by)
        with self.page.expect_navigation():
            self.change_status_button.click()
        return self

    def open_answer(self, title):
        with self.page.expect_navigation():
            self.answer_link(title).click()
        return CourseDetailPage(self.page)

"""Page objects for the learner's own pages: My learning and a certificate. (A quiz
result is a page of its course: pages/courses.py.)"""

import re

from playwright.sync_api import Page

from .base import HubPage
from .courses import CourseDetailPage


class MyLearningPage(HubPage):
    path = "/my-learning/"

    def __init__(self, page: Page):
        super().__init__(page)
        self.completed = page.get_by_role("region", name="Completed")

    def completed_course(self, title):
        return self.completed.get_by_role("link", name=title, exact=True)

    def certificate_link(self, title):
        return self.completed.get_by_role("link", name=re.compile(f"^Certificate.*{re.escape(title)}"))

    def open_certificate(self, title):
        with self.page.expect_navigation():
            self.certificate_link(title).click()
        return CertificatePage(self.page)

    def open_course(self, title):
        with self.page.expect_navigation():
            self.completed_course(title).click()
        return CourseDetailPage(self.page)


class CertificatePage(HubPage):
    def __init__(self, page: Page):
        super().__init__(page)
        self.certificate = page.get_by_role("article", name="Certificate of completion")
        self.heading = self.certificate.get_by_role("heading", name="Certificate of completion")
        # The learner's name: a paragraph of its own, without a role.
        self.holder = self.certificate.locator(".certificate__name")

"""Page objects for the expert directory, profiles and the profile form."""

from playwright.sync_api import Page, expect

from .base import HubPage


class ProfileFormPage(HubPage):
    path = "/experts/me/"

    def __init__(self, page: Page):
        super().__init__(page)
        self.name = page.get_by_role("textbox", name="Name", exact=True)
        self.job_title = page.get_by_label("Job title")
        self.department = page.get_by_label("Department")
        self.expertise = page.get_by_label("Expertise", exact=True)
        self.ask_me_about = page.get_by_label("Ask me about")
        self.bio = page.get_by_label("Short bio")
        self.submit = page.get_by_role("button", name="Create my profile")

    def language(self, name):
        return self.page.get_by_role("checkbox", name=name)


class DirectoryPage(HubPage):
    path = "/experts/"

    def __init__(self, page: Page):
        super().__init__(page)
        self.expertise = page.get_by_label("Expertise", exact=True)
        self.find = page.get_by_role("button", name="Find")
        self.status = page.get_by_role("status").filter(has_text="expert")

    def filter_by_expertise(self, name):
        self.expertise.select_option(label=name)
        with self.page.expect_navigation():
            self.find.click()
        return self

    def card(self, name):
        return self.page.get_by_role("link", name=name, exact=True)


class ProfilePage(HubPage):
    def __init__(self, page: Page):
        super().__init__(page)
        self.message = page.get_by_label("Your message")

    def thank(self, name, text):
        self.message.fill(text)
        with self.page.expect_navigation():
            self.page.get_by_role("button", name=f"Thank {name}").click()

    def expect_named(self, name):
        expect(self.heading).to_have_text(name)
        return self

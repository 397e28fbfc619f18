"""Page objects: what the tests may find and do on the hub's pages, in one place, so
a template change means one edit here rather than one in every test.

Parts that change with the language (the switcher) are found by id or class; the
tests run in English, so everything else is found by its role and accessible name,
as a screen reader user would find it.
"""

import re

from playwright.sync_api import Page, expect


class HubPage:
    """What every page built on base.html has: skip link, header, language switcher."""

    path = "/"

    def __init__(self, page: Page):
        self.page = page
        self.html = page.locator("html")
        self.skip_link = page.locator("a.skip-link")
        self.main = page.locator("main#main")
        self.language_select = page.locator("#language-select")
        self.language_button = page.locator("form.language-switcher button[type=submit]")
        self.main_nav = page.get_by_role("navigation", name="Main")
        self.admin_link = self.main_nav.get_by_role("link", name="Admin", exact=True)
        self.sign_out_button = self.main_nav.get_by_role("button", name=re.compile(r"^Sign out "))

    def open(self):
        self.page.goto(self.path)
        return self

    def choose_language(self, name):
        """Pick a language by its own name (e.g. "Nederlands") and submit the switcher."""
        self.language_select.select_option(label=name)
        with self.page.expect_navigation():
            self.language_button.click()


class SignInPage(HubPage):
    path = "/accounts/login/"

    def __init__(self, page: Page):
        super().__init__(page)
        self.heading = page.get_by_role("heading", name="Sign in", level=1)
        self.username = page.get_by_label("Username")
        self.password = page.get_by_label("Password")
        self.submit = page.locator("main").get_by_role("button", name="Sign in")
        self.errors = page.locator(".form-errors")
        self.forgotten_password = page.get_by_role("link", name="Forgotten your password?")

    def expect_loaded(self):
        expect(self.page).to_have_url(re.compile(r"/accounts/login/"))
        expect(self.heading).to_be_visible()
        return self

    def attempt(self, username, password):
        """Fill in and send the form; the page that answers may be this one again."""
        self.username.fill(username)
        self.password.fill(password)
        with self.page.expect_navigation():
            self.submit.click()

    def sign_in(self, username, password):
        self.attempt(username, password)
        return HomePage(self.page)


class HomePage(HubPage):
    path = "/"

    def __init__(self, page: Page):
        super().__init__(page)
        self.welcome = page.get_by_role("heading", level=1)

    def expect_loaded(self):
        expect(self.page).to_have_url(re.compile(r"^https?://[^/]+/$"))
        expect(self.welcome).to_have_text(re.compile(r"^Welcome, "))
        return self

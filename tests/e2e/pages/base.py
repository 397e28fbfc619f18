"""What every page has, on the site (base.html) and in the Wagtail admin, and signing in."""

import re

from playwright.sync_api import Page, expect

from ..demo import PASSWORD


class BasePage:
    """A page of the hub: where it lives, and the messages a form leaves after it."""

    path = "/"

    def __init__(self, page: Page):
        self.page = page
        # Django's messages, in base.html and in the admin: a status region without a name.
        self.messages = page.locator(".messages")

    def open(self, path=None):
        """Go to this page; ``path`` for pages without one fixed address (a course, a request)."""
        self.page.goto(path or self.path)
        return self

    @classmethod
    def open_as(cls, page: Page, username, path=None):
        """Ask for this page (or ``path``) signed out, sign in as ``username`` on the
        sign-in page the hub sends you to, and land back on it."""
        page.goto(path or cls.path)
        SignInPage(page).expect_loaded().sign_in(username, PASSWORD)
        return cls(page)

    def message(self, text):
        return self.messages.get_by_text(text)

    def text(self, words):
        """Words shown anywhere on the page, for content that has no part of its own."""
        return self.page.get_by_text(words)


class HeaderSearch:
    """The search box in the header. search.js makes it an ARIA combobox with a listbox
    of suggestions; without JavaScript it is a plain search box in a form."""

    def __init__(self, page: Page):
        self.page = page
        self.box = page.get_by_role("combobox", name="Search the hub")
        self.plain_box = page.get_by_role("searchbox", name="Search the hub")
        self.suggestions = page.get_by_role("listbox", name="Suggestions")
        # A visually hidden live region with no name of its own.
        self.status = page.locator("#site-search-status")

    def suggestion(self, name):
        return self.suggestions.get_by_role("option", name=name)

    def active_suggestion(self):
        """The option the box's aria-activedescendant points at."""
        return self.page.locator(f"#{self.box.get_attribute('aria-activedescendant')}")

    def search(self, query):
        """Type ``query`` and press Enter: the results page, or the chosen suggestion."""
        self._send(self.box, query)

    def search_without_javascript(self, query):
        self._send(self.plain_box, query)

    def _send(self, box, query):
        box.fill(query)
        with self.page.expect_navigation():
            box.press("Enter")


class HubPage(BasePage):
    """What every page built on base.html has: skip link, header, language switcher,
    main navigation and the search box."""

    def __init__(self, page: Page):
        super().__init__(page)
        self.html = page.locator("html")
        self.skip_link = page.locator("a.skip-link")
        self.main = page.locator("main#main")
        self.heading = page.get_by_role("heading", level=1)
        self.language_select = page.locator("#language-select")
        self.language_button = page.locator("form.language-switcher button[type=submit]")
        self.main_nav = page.get_by_role("navigation", name="Main")
        self.admin_link = self.main_nav.get_by_role("link", name="Admin", exact=True)
        self.my_learning_link = self.main_nav.get_by_role("link", name="My learning")
        self.sign_out_button = self.main_nav.get_by_role("button", name=re.compile(r"^Sign out "))
        self.site_search = HeaderSearch(page)

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
        self.company_sign_in = page.get_by_role("link", name=re.compile(r"^Sign in with "))

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
        self.welcome = self.heading

    def expect_loaded(self):
        expect(self.page).to_have_url(re.compile(r"^https?://[^/]+/$"))
        expect(self.welcome).to_have_text(re.compile(r"^Welcome, "))
        return self


class AdminPage(BasePage):
    """A page of the Wagtail admin."""

    path = "/admin/"

    def __init__(self, page: Page):
        super().__init__(page)
        self.main = page.get_by_role("main")

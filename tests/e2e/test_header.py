"""The parts of the header every page shares: the skip link and the language switcher."""

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from .checks import assert_accessible, focus_ring_problem
from .demo import PASSWORD
from .pages import HubPage, SignInPage


def sign_in(page, username="employee"):
    return SignInPage(page).open().sign_in(username, PASSWORD).expect_loaded()


@pytest.mark.parametrize(
    ("username", "path"),
    [("employee", "/"), (None, "/accounts/password_reset/")],
    ids=["signed-in-home", "signed-out-password-reset"],
)
def test_first_tab_reaches_the_skip_link(page_and_problems, username, path):
    """On the sign-in page focus starts in the username field instead (see
    test_the_sign_in_pages_are_accessible), hence the password reset page for
    someone signed out."""
    page, problems = page_and_problems
    if username:
        sign_in(page, username)
    page.goto(path)
    hub_page = HubPage(page)
    # Kept above the top edge until it has focus.
    expect(hub_page.skip_link).not_to_be_in_viewport()

    page.keyboard.press("Tab")

    expect(hub_page.skip_link).to_be_focused()
    expect(hub_page.skip_link).to_have_text("Skip to main content")
    expect(hub_page.skip_link).to_be_in_viewport()

    page.keyboard.press("Enter")

    # Focus moves into <main>, so the next Tab starts after the header.
    expect(hub_page.main).to_be_focused()
    problems.assert_none(page)


def test_keyboard_focus_shows_in_the_header(page_and_problems):
    """Tab through the header and the main navigation: each stop has a focus ring
    that stands out against the dark green (axe cannot see focus styles)."""
    page, problems = page_and_problems
    home = sign_in(page)
    header = page.locator("header.site-header")
    page.keyboard.press("Tab")
    expect(home.skip_link).to_be_focused()

    problems_found, stops = [], 0
    while stops < 30:
        page.keyboard.press("Tab")
        if not header.evaluate("(header) => header.contains(document.activeElement)"):
            break
        stops += 1
        if problem := focus_ring_problem(page):
            problems_found.append(problem)

    assert stops >= 5, f"only {stops} focusable elements in the header"
    assert not problems_found, "Focus rings that do not stand out:\n" + "\n".join(problems_found)
    problems.assert_none(page)


def test_switching_to_dutch_sticks(page_and_problems):
    page, problems = page_and_problems
    home = sign_in(page)
    expect(home.html).to_have_attribute("lang", "en")

    home.choose_language("Nederlands")

    # Dutch text depends on compiled catalogues; the lang attribute and the switcher
    # do not.
    expect(home.html).to_have_attribute("lang", "nl")
    expect(home.language_select).to_have_value("nl")
    expect(home.language_select.locator("option:checked")).to_have_text("Nederlands")
    # The switcher sends people back to the page they were on: the home page, in its
    # Dutch version (docs/languages.md).
    assert urlsplit(page.url).path == "/nl/"
    assert_accessible(page)

    # The choice is kept (in a cookie) for the next page load, and on other pages.
    page.reload()
    expect(home.html).to_have_attribute("lang", "nl")
    expect(home.language_select).to_have_value("nl")
    page.goto("/contact/")
    expect(home.html).to_have_attribute("lang", "nl")
    expect(home.language_select).to_have_value("nl")
    assert_accessible(page)
    problems.assert_none(page)

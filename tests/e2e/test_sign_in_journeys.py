"""Signing in as each demo user, in a real browser: the redirect to the sign-in page,
the form, the home page each role gets, and on every page an accessibility scan and a
check for CSP violations and script errors."""

import re

import pytest
from playwright.sync_api import expect

from .checks import assert_accessible, assert_no_horizontal_scroll
from .demo import PASSWORD, first_name
from .pages import SignInPage

# Experts, moderators and administrators may open the Wagtail admin; employees not.
ADMIN_LINK = {"employee": False, "expert": True, "moderator": True, "admin": True}


def sign_in_from_home(page, username):
    """Open "/", get sent to the sign-in page, sign in and land back on "/"."""
    page.goto("/")
    sign_in_page = SignInPage(page).expect_loaded()
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next=/$"))
    return sign_in_page.sign_in(username, PASSWORD).expect_loaded()


@pytest.mark.parametrize("username", list(ADMIN_LINK))
def test_each_demo_user_signs_in_and_lands_on_the_home_page(page_and_problems, screenshots, username):
    page, problems = page_and_problems

    home = sign_in_from_home(page, username)

    expect(home.welcome).to_have_text(f"Welcome, {first_name(username)}")
    expect(home.sign_out_button).to_have_text(f"Sign out {first_name(username)}")
    if ADMIN_LINK[username]:
        expect(home.admin_link).to_be_visible()
        expect(home.admin_link).to_have_attribute("href", "/admin/")
    else:
        expect(home.admin_link).to_have_count(0)
    assert_accessible(page)
    problems.assert_none(page)
    page.screenshot(path=screenshots / f"{username}.png", full_page=True)


def test_the_sign_in_pages_are_accessible(page_and_problems, screenshots):
    """The sign-in page, its error state and the password reset page it links to."""
    page, problems = page_and_problems
    sign_in_page = SignInPage(page).open().expect_loaded()
    # Django's sign-in form autofocuses the username field: keyboard users start
    # there, past the header, rather than on the skip link.
    expect(sign_in_page.username).to_be_focused()
    assert_accessible(page)

    sign_in_page.attempt("employee", "not-the-password")

    sign_in_page.expect_loaded()
    expect(sign_in_page.errors).to_be_visible()
    expect(sign_in_page.errors).to_have_attribute("role", "alert")
    assert_accessible(page)
    page.screenshot(path=screenshots / "sign-in.png", full_page=True)

    sign_in_page.forgotten_password.click()
    expect(page).to_have_url(re.compile(r"/accounts/password_reset/$"))
    assert_accessible(page)
    problems.assert_none(page)


def test_employee_on_a_phone(make_context, screenshots):
    context, problems = make_context(phone=True)
    page = context.new_page()

    page.goto("/")
    SignInPage(page).expect_loaded()
    assert_no_horizontal_scroll(page)
    assert_accessible(page)
    home = SignInPage(page).sign_in("employee", PASSWORD).expect_loaded()

    expect(home.welcome).to_have_text(f"Welcome, {first_name('employee')}")
    assert_no_horizontal_scroll(page)
    assert_accessible(page)
    problems.assert_none(page)
    page.screenshot(path=screenshots / "employee-phone.png", full_page=True)


def test_employee_finds_the_main_pages(page_and_problems):
    """The pages one click from home: each loads, is accessible and breaks no CSP rule."""
    page, problems = page_and_problems
    home = sign_in_from_home(page, "employee")

    # Through the header and footer, as people move around: each page one click on.
    steps = [
        (home.main_nav.get_by_role("link", name="Courses"), "Courses"),
        (
            page.locator("footer").get_by_role("link", name="Accessibility statement"),
            "Accessibility statement",
        ),
        (home.main_nav.get_by_role("link", name="Contact the learning team"), "Contact the learning team"),
        (home.main_nav.get_by_role("link", name="Home"), f"Welcome, {first_name('employee')}"),
        (page.get_by_role("link", name="About the learning hub"), "About the learning hub"),
    ]
    for link, heading in steps:
        link.click()
        expect(page.get_by_role("heading", level=1)).to_have_text(heading)
        assert_accessible(page)

    # search.js makes the header box an ARIA combobox (a searchbox without JavaScript).
    page.get_by_role("combobox", name="Search the hub").fill("learning")
    page.get_by_role("search").get_by_role("button", name="Search").click()
    expect(page).to_have_url(re.compile(r"/search/\?q=learning"))
    expect(page.get_by_role("status")).to_contain_text("for “learning”")
    assert_accessible(page)
    problems.assert_none(page)

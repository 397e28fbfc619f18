"""Searching in a real browser: suggestions in the header box by keyboard, then the
results page with its type filter."""

import re

import pytest
from playwright.sync_api import expect

from hub.demo.seeders import demo_seeders
from hub.home.models import HomePage

from .checks import assert_accessible
from .demo import PASSWORD
from .pages import SignInPage


@pytest.fixture(autouse=True)
def demo_content(hub_site):
    # What ``seed_demo`` adds after the hub's own content: the demo courses, indexed.
    home = HomePage.objects.get(depth=2)
    for seeder in demo_seeders():
        seeder.seed(home)


def signed_in_page(make_context, username="employee"):
    context, problems = make_context()
    page = context.new_page()
    page.goto("/")
    sign_in_page = SignInPage(page).expect_loaded()
    sign_in_page.username.fill(username)
    sign_in_page.password.fill(PASSWORD)
    with page.expect_navigation():
        sign_in_page.submit.click()
    return page, problems


def test_employee_picks_a_suggestion_with_the_keyboard(make_context):
    page, problems = signed_in_page(make_context)
    box = page.get_by_role("combobox", name="Search the hub")
    box.press_sequentially("pivot", delay=30)

    listbox = page.get_by_role("listbox", name="Suggestions")
    expect(listbox).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    option = listbox.get_by_role("option", name=re.compile("Pivot tables in five steps"))
    expect(option).to_be_visible()
    expect(page.locator("#site-search-status")).to_contain_text("suggestion")

    # Escape closes the list and keeps what was typed.
    box.press("Escape")
    expect(listbox).to_be_hidden()
    expect(box).to_have_value("pivot")

    box.press("ArrowDown")
    expect(box).to_have_attribute("aria-activedescendant", "site-search-option-0")
    expect(page.locator("#site-search-option-0")).to_have_attribute("aria-selected", "true")
    with page.expect_navigation():
        box.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Pivot tables in five steps")
    problems.assert_none(page)


def test_employee_searches_and_filters_by_type(make_context):
    page, problems = signed_in_page(make_context)
    box = page.get_by_role("combobox", name="Search the hub")
    box.fill("expense")
    with page.expect_navigation():
        box.press("Enter")

    expect(page).to_have_url(re.compile(r"/search/\?q=expense"))
    expect(page.get_by_role("status").filter(has_text="for “expense”")).to_be_visible()
    results = page.locator("ol.result-list")
    expect(results.get_by_role("link", name="Expense claim checklist")).to_be_visible()
    expect(results.locator("mark").first).to_be_visible()
    assert_accessible(page)

    filters = page.get_by_role("complementary", name="Filter results")
    with page.expect_navigation():
        filters.get_by_role("link", name=re.compile(r"^Courses \d+$")).click()
    expect(page).to_have_url(re.compile(r"type=courses"))
    expect(filters.get_by_role("link", name=re.compile(r"^Courses \d+$"))).to_have_attribute(
        "aria-current", "true"
    )
    expect(results.get_by_role("link", name="Expense claim checklist")).to_be_visible()

    # Nothing found: suggestions of what to do next.
    page.goto("/search/?q=zqxjvw+quantum")
    expect(page.get_by_text("Nothing found for “zqxjvw quantum”.")).to_be_visible()
    expect(page.get_by_role("link", name="Start a new search")).to_be_visible()
    topics = page.get_by_role("region", name="Or try a popular topic")
    expect(topics.get_by_role("link")).not_to_have_count(0)
    assert_accessible(page)

    # A suggested topic is a search that finds something.
    topic = topics.get_by_role("link").first
    name = topic.inner_text()
    with page.expect_navigation():
        topic.click()
    expect(page.get_by_role("status")).to_contain_text(re.compile(rf"\d+ results? for “{re.escape(name)}”"))
    problems.assert_none(page)


def test_without_javascript_the_header_box_is_a_plain_form(browser, hub_site):
    context = browser.new_context(base_url=hub_site.url, locale="en-GB", java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto("/")
        sign_in_page = SignInPage(page).expect_loaded()
        sign_in_page.username.fill("employee")
        sign_in_page.password.fill(PASSWORD)
        with page.expect_navigation():
            sign_in_page.submit.click()
        box = page.get_by_role("searchbox", name="Search the hub")
        box.fill("pivot")
        with page.expect_navigation():
            box.press("Enter")
        expect(
            page.locator("ol.result-list").get_by_role("link", name="Pivot tables in five steps")
        ).to_be_visible()
    finally:
        context.close()

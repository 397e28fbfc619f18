"""Searching in a real browser: suggestions in the header box by keyboard, then the
results page with its type filter, facets and pages."""

import re

import pytest
from playwright.sync_api import expect

from hub.demo.seeders import demo_seeders
from hub.home.models import HomePage
from learning.models import CourseIndexPage
from tests.factories import CourseFactory
from tests.factories.hub import in_default_language

from .checks import assert_accessible
from .pages import HubPage, SearchPage


@pytest.fixture(autouse=True)
def demo_content(hub_site):
    # What ``seed_demo`` adds after the hub's own content: the demo courses, indexed.
    home = HomePage.objects.get(depth=2, locale__language_code="en")
    for seeder in demo_seeders():
        seeder.seed(home)


def signed_in(make_context, username="employee"):
    context, problems = make_context()
    return HubPage.open_as(context.new_page(), username), problems


def test_employee_picks_a_suggestion_with_the_keyboard(make_context):
    home, problems = signed_in(make_context)
    search = home.site_search
    search.box.press_sequentially("pivot", delay=30)

    expect(search.suggestions).to_be_visible()
    expect(search.box).to_have_attribute("aria-expanded", "true")
    expect(search.suggestion(re.compile("Pivot tables in five steps"))).to_be_visible()
    expect(search.status).to_contain_text("suggestion")

    # Escape closes the list and keeps what was typed.
    search.box.press("Escape")
    expect(search.suggestions).to_be_hidden()
    expect(search.box).to_have_value("pivot")

    search.box.press("ArrowDown")
    expect(search.box).to_have_attribute("aria-activedescendant", "site-search-option-0")
    expect(search.active_suggestion()).to_have_attribute("aria-selected", "true")
    with home.page.expect_navigation():
        search.box.press("Enter")
    expect(home.heading).to_have_text("Pivot tables in five steps")
    problems.assert_none(home.page)


def test_employee_searches_and_filters_by_type(make_context):
    home, problems = signed_in(make_context)
    page = home.page
    home.site_search.search("expense")

    results = SearchPage(page)
    expect(page).to_have_url(re.compile(r"/search/\?q=expense"))
    expect(results.results_for("expense")).to_be_visible()
    expect(results.result("Expense claim checklist")).to_be_visible()
    expect(results.highlights.first).to_be_visible()
    assert_accessible(page)

    results.filter_by("Courses")
    expect(page).to_have_url(re.compile(r"type=courses"))
    expect(results.filter("Courses")).to_have_attribute("aria-current", "true")
    expect(results.result("Expense claim checklist")).to_be_visible()

    # Nothing found: suggestions of what to do next.
    results.open_for("zqxjvw quantum")
    expect(results.nothing_found_for("zqxjvw quantum")).to_be_visible()
    expect(results.new_search).to_be_visible()
    expect(results.topic_links).not_to_have_count(0)
    assert_accessible(page)

    # A suggested topic is a search that finds something.
    topic = results.search_topic()
    expect(results.results_for(topic)).to_be_visible()
    problems.assert_none(page)


def test_employee_narrows_and_pages_through_results(make_context):
    courses = in_default_language(CourseIndexPage, slug="courses")
    for number in range(1, 23):
        CourseFactory(parent=courses, title=f"Budget planning, part {number}", topics=["Budgeting"])
    CourseFactory(
        parent=courses, title="Budget plannen voor teams", content_language="nl", topics=["Budgeting"]
    )
    context, problems = make_context()
    results = SearchPage.open_as(context.new_page(), "employee").search("budget")
    page = results.page

    # 23 results: twenty on the first page, three on the second.
    expect(results.results_for("budget")).to_have_text("23 results for “budget”")
    expect(results.current_page).to_have_text("Page 1 of 2")
    results.next_page()
    expect(page).to_have_url(re.compile(r"page=2"))
    expect(results.current_page).to_have_text("Page 2 of 2")
    expect(results.results).to_have_attribute("start", "21")
    assert_accessible(page)
    results.previous_page()
    expect(results.current_page).to_have_text("Page 1 of 2")

    # A facet keeps only the Dutch course, goes back to the first page and can be undone.
    results.next_page().filter_by("Dutch")
    expect(page).to_have_url(re.compile(r"language=nl"))
    expect(page).not_to_have_url(re.compile(r"page="))
    expect(results.filter("Dutch")).to_have_attribute("aria-current", "true")
    expect(results.results_for("budget")).to_have_text("1 result for “budget”")
    expect(results.result("Budget plannen voor teams")).to_be_visible()
    expect(results.pages).to_have_count(0)
    assert_accessible(page)
    results.clear_facet("language")
    expect(results.results_for("budget")).to_have_text("23 results for “budget”")
    problems.assert_none(page)


def test_without_javascript_the_header_box_is_a_plain_form(browser, hub_site):
    context = browser.new_context(base_url=hub_site.url, locale="en-GB", java_script_enabled=False)
    try:
        home = HubPage.open_as(context.new_page(), "employee")
        home.site_search.search_without_javascript("pivot")
        expect(SearchPage(home.page).result("Pivot tables in five steps")).to_be_visible()
    finally:
        context.close()

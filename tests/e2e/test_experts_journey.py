"""Experts in a real browser: the demo expert creates their profile from "My profile",
adds expertise and finds the course they wrote on it; an employee finds them by
expertise on /experts/ and thanks them."""

import re

import pytest
from playwright.sync_api import expect

from hub.demo.seeders import demo_seeders
from hub.home.models import HomePage
from people.models import ExpertProfilePage, Kudos

from .checks import assert_accessible, assert_no_horizontal_scroll
from .demo import PASSWORD
from .pages import DirectoryPage, ProfileFormPage, ProfilePage, SignInPage

NAME = "Sanne de Vries"


def sign_in(context, username):
    page = context.new_page()
    SignInPage(page).open().sign_in(username, PASSWORD).expect_loaded()
    return page


@pytest.fixture
def demo_courses(hub_site):
    """Only the demo courses: the demo expert owns "Pivot tables in five steps" but has
    no profile yet (the people seeder would make one)."""
    home = HomePage.objects.get(depth=2, locale__language_code="en")
    next(seeder for seeder in demo_seeders() if seeder.key == "courses").seed(home)
    return hub_site


def test_expert_creates_profile_and_an_employee_finds_and_thanks_them(make_context, demo_courses):
    # The expert follows "My profile" and gets a form with their name filled in.
    expert_context, expert_problems = make_context()
    expert = sign_in(expert_context, "expert")
    expert.get_by_role("navigation", name="Main").get_by_role("link", name="My profile").click()
    form = ProfileFormPage(expert)
    expect(form.heading).to_have_text("Create your profile")
    expect(form.name).to_have_value(NAME)
    assert_accessible(expert)

    form.job_title.fill("Team lead customer service")
    form.department.fill("Customer service")
    form.expertise.fill("Excel, Pivot tables")
    form.ask_me_about.fill("Turning long exports into clear answers")
    form.language("Dutch").check()
    form.language("English").check()
    with expert.expect_navigation():
        form.submit.click()

    profile = ProfilePage(expert).expect_named(NAME)
    expect(expert.get_by_text("Your profile is saved and published.")).to_be_visible()
    expect(expert.get_by_role("link", name="Pivot tables", exact=True)).to_be_visible()
    # What they shared is on it, without anyone adding it.
    expect(expert.get_by_role("link", name="Pivot tables in five steps")).to_be_visible()
    assert ExpertProfilePage.objects.get(user__username="expert").live
    assert_accessible(expert)
    expert_problems.assert_none(expert)

    # An employee, on a phone, finds her by expertise and thanks her.
    employee_context, problems = make_context(phone=True)
    employee = sign_in(employee_context, "employee")
    directory = DirectoryPage(employee).open()
    directory.filter_by_expertise("Excel")
    expect(employee).to_have_url(re.compile(r"/experts/\?.*expertise=excel"))
    expect(directory.status).to_have_text("1 expert")
    assert_accessible(employee)
    assert_no_horizontal_scroll(employee)
    with employee.expect_navigation():
        directory.card(NAME).click()

    profile = ProfilePage(employee).expect_named(NAME)
    profile.thank(NAME, "Your pivot table tips saved my month-end.")
    expect(employee.get_by_text(f"Thank you! {NAME} will get your message.")).to_be_visible()
    expect(employee.get_by_text("Your pivot table tips saved my month-end.")).to_be_visible()
    assert Kudos.objects.filter(recipient__username="expert", sender__username="employee").count() == 1
    assert_accessible(employee)
    problems.assert_none(employee)

"""A learning request from start to finish in a real browser: an employee runs "is
training the answer?", ends at "a short course by an expert" and requests it, seeing a
matching course while typing; the demo expert claims it; a
moderator marks it done with the course that answers it; the employee gets an e-mail."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from guidance.models import LearningRequest
from hub.demo.seeders import demo_seeders
from hub.home.models import HomePage

from .checks import assert_accessible, assert_no_horizontal_scroll
from .demo import PASSWORD
from .guidance_pages import Wizard
from .pages import SignInPage

TITLE = "Pivot tables for our budget figures"
COURSE = "Pivot tables in five steps"


@pytest.fixture
def demo_content(hub_site):
    home = HomePage.objects.get(depth=2)
    for seeder in demo_seeders():
        seeder.seed(home)
    mail.outbox.clear()
    return hub_site


def sign_in(context, username, path="/"):
    page = context.new_page()
    page.goto(path)
    sign_in_page = SignInPage(page).expect_loaded()
    sign_in_page.username.fill(username)
    sign_in_page.password.fill(PASSWORD)
    with page.expect_navigation():
        sign_in_page.submit.click()
    return page


def test_employee_requests_expert_claims_moderator_answers(make_context, demo_content, screenshots):
    # The employee asks "is training the answer?" and ends at a short course by an
    # expert, which nobody has written yet: they request it.
    employee_context, employee_problems = make_context()
    employee = sign_in(employee_context, "employee", Wizard.path)
    wizard = Wizard(employee).expect_question("Do people know how to do the task?")
    wizard.answer("No, it is new to them or they never learned it")
    wizard.answer("Yes, someone in my team or nearby")
    wizard.answer("No")
    wizard.expect_outcome("A short course by an expert")
    employee.get_by_role("link", name="Request this learning").click()
    expect(employee).to_have_url(re.compile(r"/requests/new/\?description="))
    expect(employee.get_by_label("What you need")).to_have_value(
        re.compile("Yes, someone in my team or nearby")
    )

    # While typing, a matching course appears and the live region says so.
    employee.get_by_label("Title").press_sequentially("Pivot tables", delay=20)
    similar = employee.locator("#similar-items")
    expect(similar.get_by_role("link", name=COURSE)).to_be_visible()
    expect(employee.locator("#similar-status")).to_contain_text("matching course")
    assert_accessible(employee)
    employee.screenshot(path=screenshots / "request-new-similar.png", full_page=True)

    employee.get_by_label("Title").fill(TITLE)
    employee.get_by_label("What you need").fill(
        "Finance sends us a long export; we need totals per cost centre."
    )
    employee.get_by_label("Who it is for").fill("Budget holders")
    employee.get_by_label("Urgent: within weeks").check()
    with employee.expect_navigation():
        employee.get_by_role("button", name="Send request").click()
    expect(employee.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(employee.get_by_text("your request is filed")).to_be_visible()
    assert_accessible(employee)
    employee_problems.assert_none(employee)
    learning_request = LearningRequest.objects.get(title=TITLE)
    assert learning_request.requester.username == "employee"
    request_path = f"/requests/{learning_request.pk}/"

    # The demo expert claims it.
    expert_context, _ = make_context()
    expert = sign_in(expert_context, "expert", request_path)
    with expert.expect_navigation():
        expert.get_by_role("button", name="Claim: I will answer this").click()
    expect(expert.get_by_text("You have claimed this request.")).to_be_visible()
    expect(expert.get_by_role("button", name="Release my claim")).to_be_visible()
    learning_request.refresh_from_db()
    assert learning_request.claimed_by.username == "expert"

    # A moderator marks it done with the course that answers it.
    moderator_context, moderator_problems = make_context()
    moderator = sign_in(moderator_context, "moderator", request_path)
    moderator.get_by_label("New status").select_option(label="Done")
    moderator.get_by_label("Answered by").select_option(label=COURSE)
    with moderator.expect_navigation():
        moderator.get_by_role("button", name="Change status").click()
    expect(moderator.get_by_text("The request is now “Done”.")).to_be_visible()
    expect(moderator.get_by_role("link", name=COURSE).first).to_be_visible()
    expect(moderator.get_by_text("New → Done, by Mark Bakker")).to_be_visible()
    assert_accessible(moderator)
    moderator.screenshot(path=screenshots / "request-done.png", full_page=True)
    moderator_problems.assert_none(moderator)

    # The requester hears about it, with a link to the course.
    to_employee = [message for message in mail.outbox if message.to == ["employee@example.com"]]
    assert len(to_employee) == 1
    assert to_employee[0].subject == f"Answered: “{TITLE}”"
    assert "/courses/pivot-tables-in-five-steps/" in to_employee[0].body

    # The expert's claim shows as answered; the employee sees the answer on the page.
    employee.goto(request_path)
    expect(employee.get_by_text("Answered by:")).to_be_visible()
    employee.get_by_role("link", name=COURSE).first.click()
    expect(employee.get_by_role("heading", level=1)).to_have_text(COURSE)


def test_request_pages_on_a_phone(make_context, demo_content, screenshots):
    context, problems = make_context(phone=True)
    page = sign_in(context, "employee", "/requests/")
    assert_no_horizontal_scroll(page)
    page.screenshot(path=screenshots / "requests-phone.png", full_page=True)
    page.goto("/requests/new/")
    assert_no_horizontal_scroll(page)
    assert_accessible(page)
    done = LearningRequest.objects.get(status="done")
    page.goto(done.get_absolute_url())
    assert_no_horizontal_scroll(page)
    assert_accessible(page)
    problems.assert_none(page)

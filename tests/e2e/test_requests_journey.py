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
from .pages import HubPage, RequestPage, Wizard

TITLE = "Pivot tables for our budget figures"
COURSE = "Pivot tables in five steps"


@pytest.fixture
def demo_content(hub_site):
    home = HomePage.objects.get(depth=2, locale__language_code="en")
    for seeder in demo_seeders():
        seeder.seed(home)
    mail.outbox.clear()
    return hub_site


def test_employee_requests_expert_claims_moderator_answers(make_context, demo_content, screenshots):
    # The employee asks "is training the answer?" and ends at a short course by an
    # expert, which nobody has written yet: they request it.
    employee_context, employee_problems = make_context()
    wizard = Wizard.open_as(employee_context.new_page(), "employee")
    employee = wizard.page
    wizard.expect_question("Do people know how to do the task?")
    wizard.answer("No, it is new to them or they never learned it")
    wizard.answer("Yes, someone in my team or nearby")
    wizard.answer("No")
    wizard.expect_outcome("A short course by an expert")
    form = wizard.request_learning()
    expect(employee).to_have_url(re.compile(r"/requests/new/\?description="))
    expect(form.description).to_have_value(re.compile("Yes, someone in my team or nearby"))

    # While typing, a matching course appears and the live region says so.
    form.title.press_sequentially("Pivot tables", delay=20)
    expect(form.similar_item(COURSE)).to_be_visible()
    expect(form.similar_status).to_contain_text("matching course")
    assert_accessible(employee)
    employee.screenshot(path=screenshots / "request-new-similar.png", full_page=True)

    form.fill(
        title=TITLE,
        description="Finance sends us a long export; we need totals per cost centre.",
        audience="Budget holders",
        urgency="Urgent: within weeks",
    )
    request_page = form.submit()
    expect(request_page.heading).to_have_text(TITLE)
    expect(request_page.message("your request is filed")).to_be_visible()
    assert_accessible(employee)
    employee_problems.assert_none(employee)
    learning_request = LearningRequest.objects.get(title=TITLE)
    assert learning_request.requester.username == "employee"
    request_path = f"/requests/{learning_request.pk}/"

    # The demo expert claims it.
    expert_context, _ = make_context()
    expert_page = RequestPage.open_as(expert_context.new_page(), "expert", request_path).claim()
    expect(expert_page.message("You have claimed this request.")).to_be_visible()
    expect(expert_page.release_button).to_be_visible()
    learning_request.refresh_from_db()
    assert learning_request.claimed_by.username == "expert"

    # A moderator marks it done with the course that answers it.
    moderator_context, moderator_problems = make_context()
    moderator_page = RequestPage.open_as(moderator_context.new_page(), "moderator", request_path)
    moderator_page.change_status("Done", answered_by=COURSE)
    moderator = moderator_page.page
    expect(moderator_page.message("The request is now “Done”.")).to_be_visible()
    expect(moderator_page.answer_link(COURSE)).to_be_visible()
    expect(moderator_page.history_entry("New → Done, by Mark Bakker")).to_be_visible()
    assert_accessible(moderator)
    moderator.screenshot(path=screenshots / "request-done.png", full_page=True)
    moderator_problems.assert_none(moderator)

    # The requester hears about it, with a link to the course.
    to_employee = [message for message in mail.outbox if message.to == ["employee@example.com"]]
    assert len(to_employee) == 1
    assert to_employee[0].subject == f"Answered: “{TITLE}”"
    assert "/courses/pivot-tables-in-five-steps/" in to_employee[0].body

    # The expert's claim shows as answered; the employee sees the answer on the page.
    request_page = RequestPage(employee).open(request_path)
    expect(request_page.answer).to_be_visible()
    course = request_page.open_answer(COURSE)
    expect(course.heading).to_have_text(COURSE)


def test_request_pages_on_a_phone(make_context, demo_content, screenshots):
    context, problems = make_context(phone=True)
    page = HubPage.open_as(context.new_page(), "employee", "/requests/").page
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

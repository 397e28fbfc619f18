"""The course lifecycle in a real browser: an expert starts from a template, fills it
in and submits it; a moderator approves it in the admin; an employee finds it."""

import re

from playwright.sync_api import expect

from learning.models import CoursePage

from .checks import assert_accessible
from .demo import PASSWORD
from .pages import SignInPage

TITLE = "Closing the month in five steps"


def sign_in(context, username, path="/"):
    page = context.new_page()
    page.goto(path)
    sign_in_page = SignInPage(page).expect_loaded()
    sign_in_page.username.fill(username)
    sign_in_page.password.fill(PASSWORD)
    with page.expect_navigation():
        sign_in_page.submit.click()
    return page


def test_expert_writes_moderator_approves_employee_finds(make_context):
    # The expert starts from a template and lands in the editor of their own draft.
    expert_context, _ = make_context()
    expert = sign_in(expert_context, "expert", "/admin/courses/new/")
    expert.get_by_role("button", name="Start from “How-to in five steps”").click()
    expect(expert).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    expect(expert.locator("#id_title")).to_have_value("New course: How-to in five steps")

    expert.locator("#id_title").fill(TITLE)
    expert.locator("#id_summary").fill("Close the books on time, every month.")
    # "Submit to L&D review" sits in the menu next to "Save draft".
    expert.locator("footer .w-dropdown__toggle").click()
    expert.locator('button[name="action-submit"]').click()
    expect(expert.get_by_text(f"Page '{TITLE}' has been submitted for moderation.")).to_be_visible()

    course = CoursePage.objects.get(title=TITLE)
    assert course.owner.username == "expert"
    assert not course.live

    # The moderator approves it from the editor; approving publishes.
    moderator_context, _ = make_context()
    moderator = sign_in(moderator_context, "moderator", f"/admin/pages/{course.pk}/edit/")
    moderator.locator("footer .w-dropdown__toggle").click()
    with moderator.expect_navigation():
        moderator.locator(
            'button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])'
        ).click()
    course.refresh_from_db()
    assert course.live

    # An employee finds it on /courses/ and opens it.
    employee_context, problems = make_context()
    employee = sign_in(employee_context, "employee", "/courses/")
    card = employee.get_by_role("link", name=TITLE)
    expect(card).to_be_visible()
    card.click()
    expect(employee.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(employee.get_by_text("Shared by")).to_be_visible()
    assert_accessible(employee)
    problems.assert_none(employee)

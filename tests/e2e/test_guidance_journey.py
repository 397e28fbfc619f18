"""An employee finds their way in /guidance/: reads a page, runs "Is training the
answer?" (stepping back once) to "a short course by an expert", and reaches the
template library, which tells them how to become an expert."""

import pytest
from playwright.sync_api import expect

from guidance.models import WizardOutcome, WizardOutcomeCount
from hub.demo.seeders import demo_seeders
from hub.home.models import HomePage

from .checks import assert_accessible, assert_no_horizontal_scroll
from .demo import PASSWORD
from .pages import GuidanceIndex, SignInPage, Wizard


@pytest.fixture
def demo_guidance(hub_site):
    home = HomePage.objects.get(depth=2, locale__language_code="en")
    for seeder in demo_seeders():
        seeder.seed(home)


def test_employee_reads_guidance_and_runs_the_wizard(page_and_problems, demo_guidance):
    page, problems = page_and_problems
    home = SignInPage(page).open().sign_in("employee", PASSWORD).expect_loaded()

    home.main_nav.get_by_role("link", name="Guidance").click()
    index = GuidanceIndex(page).expect_loaded()
    expect(index.section("Company guidelines")).to_be_visible()
    assert_accessible(page)

    index.open_guidance("How to make a good course")
    expect(page.get_by_text("Shared by")).to_be_visible()
    expect(page.get_by_role("heading", name="A good course", exact=True)).to_be_visible()
    assert_accessible(page)

    page.go_back()
    index.wizard_link.click()
    wizard = Wizard(page).expect_question("Do people know how to do the task?")
    assert_accessible(page)
    wizard.answer("Yes, they know how, but it still goes wrong")
    wizard.expect_question("Why does it go wrong, do you think?")
    # Not what they meant: one step back, then the other branch.
    wizard.back.click()
    wizard.expect_question("Do people know how to do the task?")
    wizard.answer("No, it is new to them or they never learned it")
    wizard.expect_question("Is there a colleague who knows it well and could explain it?")
    wizard.answer("Yes, someone in my team or nearby")
    wizard.expect_question("Is it a compliance, legal or safety topic that everyone must complete?")
    assert_accessible(page)
    wizard.answer("No")
    wizard.expect_outcome("A short course by an expert")
    expect(page.get_by_role("listitem").filter(has_text="Yes, someone in my team or nearby")).to_be_visible()
    assert_accessible(page)
    outcome = WizardOutcome.objects.get(locale__language_code="en", kind="short_course")
    assert WizardOutcomeCount.objects.get(outcome=outcome).count == 1

    page.get_by_role("link", name="Go to Course templates").click()
    library = page.get_by_role("region", name="Course templates")
    expect(library.get_by_role("heading", name="How-to in five steps")).to_be_visible()
    expect(library.get_by_role("button", name="Start from this template")).to_have_count(0)
    expect(library.get_by_role("link", name="How to become an expert")).to_be_visible()
    assert_accessible(page)
    problems.assert_none(page)


def test_wizard_on_a_phone_by_keyboard(make_context, demo_guidance):
    context, problems = make_context(phone=True)
    page = context.new_page()
    SignInPage(page).open().sign_in("employee", PASSWORD).expect_loaded()

    wizard = Wizard(page).open().expect_question("Do people know how to do the task?")
    assert_no_horizontal_scroll(page)
    page.get_by_role("link", name="I am not sure what the problem is").focus()
    page.keyboard.press("Enter")
    wizard.expect_outcome("Ask the learning team")
    page.get_by_role("link", name="Ask the learning team").click()
    expect(page.get_by_label("Subject")).to_have_value("Is training the answer?")
    expect(page.get_by_label("Your question")).to_have_value(
        "My answers:\nDo people know how to do the task? I am not sure what the problem is"
    )
    assert_no_horizontal_scroll(page)
    assert_accessible(page)
    problems.assert_none(page)

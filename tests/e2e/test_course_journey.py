"""The course lifecycle in a real browser: an expert starts from a template, fills it
in and submits it; a moderator approves it in the admin; an employee finds it. Then an
employee narrows the course listing with its filters and works through a course: marks
it done, says it helped and reports it as outdated."""

import re

from playwright.sync_api import expect

from hub.authoring.models import ContentFlag
from learning.models import CoursePage, Enrolment, HelpfulMark

from .checks import assert_accessible
from .pages import CourseListing, PageEditor, TemplateChooser

TITLE = "Closing the month in five steps"
CHECKLIST = "Expense claim checklist"


def test_expert_writes_moderator_approves_employee_finds(make_context):
    # The expert starts from a template and lands in the editor of their own draft.
    expert_context, _ = make_context()
    chooser = TemplateChooser.open_as(expert_context.new_page(), "expert")
    editor = chooser.start_from("How-to in five steps")
    expect(editor.page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    expect(editor.title).to_have_value("New course: How-to in five steps")

    editor.title.fill(TITLE)
    editor.summary.fill("Close the books on time, every month.")
    editor.submit_for_review()
    expect(editor.message(f"Page '{TITLE}' has been submitted for moderation.")).to_be_visible()

    course = CoursePage.objects.get(title=TITLE)
    assert course.owner.username == "expert"
    assert not course.live

    # The moderator approves it from the editor; approving publishes.
    moderator_context, _ = make_context()
    PageEditor.open_as(moderator_context.new_page(), "moderator", f"/admin/pages/{course.pk}/edit/").approve()
    course.refresh_from_db()
    assert course.live

    # An employee finds it on /courses/ and opens it.
    employee_context, problems = make_context()
    listing = CourseListing.open_as(employee_context.new_page(), "employee")
    expect(listing.card(TITLE)).to_be_visible()
    course_page = listing.open_course(TITLE)
    expect(course_page.heading).to_have_text(TITLE)
    expect(course_page.credits).to_be_visible()
    assert_accessible(course_page.page)
    problems.assert_none(course_page.page)


def test_employee_filters_courses_and_works_through_one(make_context, demo_content):
    context, problems = make_context()
    listing = CourseListing.open_as(context.new_page(), "employee")
    page = listing.page

    # A topic narrows the listing; its chip says so and takes it away again.
    listing.filter_by("Topic", "Finance")
    expect(page).to_have_url(re.compile(r"topic=finance"))
    expect(listing.chip("Topic: Finance")).to_be_visible()
    expect(listing.card(CHECKLIST)).to_be_visible()
    expect(listing.card("Pivot tables in five steps")).to_have_count(0)
    assert_accessible(page)
    listing.remove_filter("Topic: Finance")
    expect(listing.chips).to_have_count(0)
    expect(listing.card("Pivot tables in five steps")).to_be_visible()

    # A course without a quiz and with one section: marking it done completes it.
    course = listing.open_course(CHECKLIST)
    course.mark_done("Introduction")
    expect(course.done_mark("Introduction")).to_be_visible()
    expect(course.message("Well done: you completed this course.")).to_be_visible()
    expect(course.certificate_link).to_be_visible()

    course.say_it_helped()
    expect(course.text("You marked that this helped you.")).to_be_visible()
    expect(course.undo_helped).to_be_visible()

    course.report_outdated("The form moved to the new finance portal.")
    expect(course.message("Thank you. The author has been asked to check this course.")).to_be_visible()
    expect(course.report_toggle).to_have_count(0)
    assert_accessible(page)
    problems.assert_none(page)

    assert Enrolment.objects.get(user__username="employee", course__title=CHECKLIST).completed_at is not None
    assert HelpfulMark.objects.filter(user__username="employee", course__title=CHECKLIST).exists()
    flag = ContentFlag.objects.open().get(page__title=CHECKLIST)
    assert flag.reason == "The form moved to the new finance portal."

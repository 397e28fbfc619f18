"""A course in two languages, in a real browser (issue #24): an expert adds a Dutch
translation of their English course from the editor, submits it, a moderator approves
it; a Dutch reader finds the Dutch version in the list, an English reader the English
one with "Also in Dutch"; the original is published again, and the translation says it
may be out of date and waits in its owner's L&D queue."""

import re

from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from learning.models import CoursePage

from .checks import assert_accessible
from .pages import CourseDetailPage, CourseListing, HubPage, PageEditor, QueuePage

ENGLISH = "Budgets in five steps"
DUTCH = "Begroten in vijf stappen"


def test_expert_translates_moderator_approves_readers_find_their_language(make_context, make_course):
    expert = get_user_model().objects.get(username="expert")
    english = make_course(title=ENGLISH, slug="budgets-in-five-steps", owner=expert)

    # The expert adds a Dutch translation from the editor's header and translates the title.
    expert_context, _ = make_context()
    editor = PageEditor.open_as(expert_context.new_page(), "expert", f"/admin/pages/{english.pk}/edit/")
    adding = editor.add_translation()
    expect(adding.heading).to_be_visible()
    assert_accessible(adding.page)
    editor = adding.make_draft("Dutch")
    expect(editor.message(f"A Dutch draft of “{ENGLISH}” is ready for you to translate.")).to_be_visible()
    editor.title.fill(DUTCH)
    editor.submit_for_review(workflow="Beoordeling door L&D")  # the Dutch section's workflow
    dutch = CoursePage.objects.get(locale__language_code="nl", translation_key=english.translation_key)
    assert (dutch.owner, dutch.live) == (expert, False)

    # A moderator approves it; approving publishes.
    moderator_context, _ = make_context()
    PageEditor.open_as(moderator_context.new_page(), "moderator", f"/admin/pages/{dutch.pk}/edit/").approve()
    dutch.refresh_from_db()
    assert dutch.live and dutch.title == DUTCH

    # A reader who chose Dutch sees the Dutch card only, and the course links the English one.
    dutch_context, dutch_problems = make_context()
    home = HubPage.open_as(dutch_context.new_page(), "employee")
    home.choose_language("Nederlands")
    listing = CourseListing(home.page).open("/nl/courses/")
    expect(listing.card(DUTCH)).to_be_visible()
    expect(listing.card(ENGLISH)).to_have_count(0)
    course = listing.open_course(DUTCH)
    expect(course.heading).to_have_text(DUTCH)
    expect(course.page.get_by_role("link", name="Ook in het Engels")).to_be_visible()

    # An English reader sees the English card only, and the course links the Dutch one.
    english_context, english_problems = make_context()
    listing = CourseListing.open_as(english_context.new_page(), "employee")
    expect(listing.card(ENGLISH)).to_be_visible()
    expect(listing.card(DUTCH)).to_have_count(0)
    course = listing.open_course(ENGLISH)
    expect(course.page.get_by_role("link", name="Also in Dutch")).to_be_visible()
    english_problems.assert_none(course.page)

    # The original is published again: the Dutch version says it may be out of date...
    english.refresh_from_db()
    english.save_revision(user=expert).publish()
    course = CourseDetailPage(dutch_context.pages[0]).open(dutch.url)
    notice = course.page.get_by_role("note").filter(has_text="na deze vertaling: ze kan verouderd zijn")
    expect(notice).to_be_visible()
    expect(notice.get_by_role("link", name="Lees het origineel")).to_have_attribute("href", english.url)
    assert_accessible(course.page)
    dutch_problems.assert_none(course.page)

    # ... and waits in the L&D queue of its owner, who confirms it is still correct.
    queue = QueuePage(editor.page).open()
    row = queue.row(DUTCH)
    expect(row).to_contain_text("Translation may be out of date")
    expect(row).to_contain_text(f"The original “{ENGLISH}” was updated on")
    queue.act(row, "Still correct")
    expect(queue.page).to_have_url(re.compile(r"/admin/hub/queue/"))
    expect(queue.row(DUTCH)).to_have_count(0)

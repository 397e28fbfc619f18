"""The learner's loop in a real browser: an employee finds a course, fails its quiz,
retakes it, passes, sees it in My learning and rates it."""

import re

from playwright.sync_api import expect

from learning.models import ActiveTime, CourseRating, Enrolment, QuizAttempt

from .checks import assert_accessible
from .test_course_journey import sign_in

COURSE = "GDPR basics for everyone"
QUESTION = "A customer's e-mail address is personal data."


def answer_quiz(page, answer):
    quiz = page.get_by_role("group", name=QUESTION)
    quiz.get_by_label(answer).check()
    with page.expect_navigation():
        page.get_by_role("button", name="Check my answers").click()


def test_employee_fails_retakes_passes_and_rates(demo_content, make_context):
    context, problems = make_context()
    page = sign_in(context, "employee", "/courses/")

    # Finds the best rated courses and opens one.
    page.get_by_label("Sort by").select_option(label="Best rated")
    page.get_by_role("button", name="Apply").click()
    expect(page).to_have_url(re.compile(r"sort=rating"))
    page.get_by_role("link", name=COURSE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(COURSE)
    assert_accessible(page)
    # Reading for a few seconds: the page reports the active time when it is left.
    page.mouse.move(200, 300)
    page.wait_for_timeout(3000)

    # A wrong answer: the server grades it and explains.
    answer_quiz(page, "False")
    expect(page).to_have_url(re.compile(r"/attempts/\d+/$"))
    expect(page.get_by_text("0 of 1 right (0%).")).to_be_visible()
    expect(page.get_by_text("It identifies a person.").first).to_be_visible()
    assert_accessible(page)

    # Retake and pass: the course is completed.
    page.get_by_role("link", name="Try the quiz again").click()
    answer_quiz(page, "True")
    expect(page.get_by_text("1 of 1 right (100%).")).to_be_visible()
    expect(page.get_by_text("Well done: you completed this course.")).to_be_visible()
    attempts = QuizAttempt.objects.filter(
        enrolment__user__username="employee", enrolment__course__title=COURSE
    )
    assert [attempt.passed for attempt in attempts.order_by("pk")] == [False, True]

    # My learning lists it as completed, with a certificate.
    page.get_by_role("link", name="My learning").first.click()
    completed = page.get_by_role("region", name="Completed")
    expect(completed.get_by_role("link", name=COURSE, exact=True)).to_be_visible()
    expect(completed.get_by_role("link", name=re.compile(f"^Certificate.*{COURSE}"))).to_be_visible()
    assert_accessible(page)
    completed.get_by_role("link", name=re.compile(f"^Certificate.*{COURSE}")).click()
    expect(page.get_by_role("heading", name="Certificate of completion")).to_be_visible()
    expect(page.get_by_text("Eva Jansen")).to_be_visible()

    # Back on the course, they rate it.
    page.go_back()
    completed = page.get_by_role("region", name="Completed")
    completed.get_by_role("link", name=COURSE, exact=True).click()
    page.get_by_role("group", name="Your rating (1 to 5 stars)").get_by_label("5").check()
    page.get_by_label("Comment (optional)").fill("Clear, and the quiz explained my mistake.")
    page.get_by_role("button", name="Send my rating").click()
    expect(page.get_by_text("Thank you for rating this course.")).to_be_visible()
    expect(page.locator(".comments").get_by_text("Clear, and the quiz explained my mistake.")).to_be_visible()
    assert CourseRating.objects.get(user__username="employee", course__title=COURSE).stars == 5
    assert Enrolment.objects.get(user__username="employee", course__title=COURSE).completed_at is not None
    assert_accessible(page)
    problems.assert_none(page)
    time = ActiveTime.objects.filter(enrolment__user__username="employee", enrolment__course__title=COURSE)
    assert sum(row.seconds for row in time) >= 2

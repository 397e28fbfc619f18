"""The learner's loop in a real browser: an employee finds a course, fails its quiz,
retakes it, passes, sees it in My learning and rates it."""

import re

from playwright.sync_api import expect

from learning.models import ActiveTime, CourseRating, Enrolment, QuizAttempt

from .checks import assert_accessible
from .pages import CourseListing, MyLearningPage

COURSE = "GDPR basics for everyone"
QUESTION = "A customer's e-mail address is personal data."


def test_employee_fails_retakes_passes_and_rates(demo_content, make_context):
    mine = QuizAttempt.objects.filter(enrolment__user__username="employee", enrolment__course__title=COURSE)
    # The demo may have given the employee an earlier attempt here: count from now on.
    before = list(mine.values_list("pk", flat=True))
    context, problems = make_context()
    listing = CourseListing.open_as(context.new_page(), "employee")
    page = listing.page

    # Finds the best rated courses and opens one.
    listing.sort_by("Best rated")
    expect(page).to_have_url(re.compile(r"sort=rating"))
    course = listing.open_course(COURSE)
    expect(course.heading).to_have_text(COURSE)
    assert_accessible(page)
    # Reading for a few seconds: the page reports the active time when it is left.
    course.read_for(3000)

    # A wrong answer: the server grades it and explains.
    result = course.answer_quiz({QUESTION: "False"})
    expect(page).to_have_url(re.compile(r"/attempts/\d+/$"))
    expect(result.outcome("0 of 1 right (0%).")).to_be_visible()
    expect(result.explanation("It identifies a person.")).to_be_visible()
    assert_accessible(page)

    # Retake and pass: the course is completed.
    result = result.retake().answer_quiz({QUESTION: "True"})
    expect(result.outcome("1 of 1 right (100%).")).to_be_visible()
    expect(result.message("Well done: you completed this course.")).to_be_visible()
    attempts = mine.exclude(pk__in=before)
    assert [attempt.passed for attempt in attempts.order_by("pk")] == [False, True]

    # My learning lists it as completed, with a certificate.
    result.my_learning_link.click()
    my_learning = MyLearningPage(page)
    expect(my_learning.completed_course(COURSE)).to_be_visible()
    expect(my_learning.certificate_link(COURSE)).to_be_visible()
    assert_accessible(page)
    certificate = my_learning.open_certificate(COURSE)
    expect(certificate.heading).to_be_visible()
    expect(certificate.holder).to_have_text("Eva Jansen")

    # Back on the course, they rate it.
    page.go_back()
    course = my_learning.open_course(COURSE)
    course.rate(5, "Clear, and the quiz explained my mistake.")
    expect(course.message("Thank you for rating this course.")).to_be_visible()
    expect(course.colleague_comment("Clear, and the quiz explained my mistake.")).to_be_visible()
    assert CourseRating.objects.get(user__username="employee", course__title=COURSE).stars == 5
    assert Enrolment.objects.get(user__username="employee", course__title=COURSE).completed_at is not None
    assert_accessible(page)
    problems.assert_none(page)
    time = ActiveTime.objects.filter(enrolment__user__username="employee", enrolment__course__title=COURSE)
    assert sum(row.seconds for row in time) >= 2

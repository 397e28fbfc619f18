"""Demo learner records: completions over the past months, quiz attempts (a fail and
a retake), active time, ratings with comments, "this helped me" and an open flag, so
/my-learning/, course cards and L&D's reports show real figures. Safe to run again:
it does nothing once the demo learners have records."""

import datetime
import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.http import QueryDict
from django.utils import timezone

from hub.accounts.models import UserDetails
from hub.authoring.models import ContentFlag
from hub.content.languages import one_per_item

from ..courses.models import CoursePage
from ..feedback.models import CourseRating, HelpfulMark
from ..records.grading import PREFIX, grade, questions_of
from ..records.models import ActiveTime, Enrolment, QuizAttempt

# username, first name, last name, department
LEARNERS = [
    ("noor", "Noor", "de Boer", "Finance"),
    ("sem", "Sem", "Visser", "Sales"),
    ("fleur", "Fleur", "Meijer", "Customer service"),
    ("jesse", "Jesse", "de Groot", "Sales"),
    ("mila", "Mila", "Bos", "IT"),
]
COMMENTS = [
    (5, "Short and to the point. I used the checklist the same afternoon."),
    (4, "Helpful examples; one screenshot is a bit small."),
    (5, "Precies wat ik nodig had voor mijn eerste week."),
    (3, "Good start, I would like a second part on the advanced options."),
]


def ensure_learners():
    User = get_user_model()
    learners = []
    for username, first, last, department in LEARNERS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"first_name": first, "last_name": last, "email": f"{username}@example.com"},
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
        UserDetails.objects.get_or_create(user=user, defaults={"department": department})
        learners.append(user)
    employee = User.objects.filter(username="employee").first()
    if employee is not None:
        UserDetails.objects.get_or_create(user=employee, defaults={"department": "Customer service"})
    return learners, employee


def answers_for(quiz_block, right=True):
    """Form data answering every question right, or every question wrong."""
    data = QueryDict(mutable=True)
    for question_id, _question, answers in questions_of(quiz_block.value):
        chosen = [answer_id for answer_id, answer in answers if answer["correct"] == right]
        data.setlist(f"{PREFIX}{question_id}", chosen[:1] if not right else chosen)
    return data


def attempt(enrolment, course, quiz_block, right, when):
    graded = grade(quiz_block.value, answers_for(quiz_block, right))
    created = QuizAttempt.objects.create(
        enrolment=enrolment,
        quiz_id=str(quiz_block.id),
        token=uuid.uuid4(),
        correct=graded.correct,
        total=graded.total,
        pass_mark=graded.pass_mark,
        passed=graded.passed,
        questions=graded.questions,
    )
    QuizAttempt.objects.filter(pk=created.pk).update(submitted_at=when)


def complete(user, course, when, minutes_active):
    enrolment = Enrolment.objects.start(user, course)
    enrolment.sections_done = course.section_ids()
    enrolment.save(update_fields=["sections_done"])
    for block in (course.quiz(quiz_id) for quiz_id in course.quiz_ids()):
        attempt(enrolment, course, block, right=True, when=when)
    enrolment.complete(course)
    Enrolment.objects.filter(pk=enrolment.pk).update(
        started_at=when - datetime.timedelta(days=2), completed_at=when
    )
    ActiveTime.objects.create(
        enrolment=enrolment, section_id=course.section_ids()[0], day=when.date(), seconds=minutes_active * 60
    )
    return enrolment


def seed_learner_records(home):
    learners, employee = ensure_learners()
    if Enrolment.objects.filter(user__in=learners).exists():
        return 0
    # One version of each course: a course and its translation share the learner's record.
    courses = list(one_per_item(CoursePage.objects.live(), settings.LANGUAGE_CODE).order_by("pk"))
    if not courses:
        return 0
    now = timezone.now()
    created = 0
    # Each learner completes a different run of courses, spread over the past months.
    for n, learner in enumerate(learners):
        for k, course in enumerate(courses[n : n + 3]):
            when = now - datetime.timedelta(days=12 + 31 * ((n + k) % 6))
            complete(learner, course, when, minutes_active=course.estimated_minutes + n)
            created += 1
            stars, comment = COMMENTS[(n + k) % len(COMMENTS)]
            CourseRating.objects.get_or_create(
                course=course, user=learner, defaults={"stars": stars, "comment": comment if k == 0 else ""}
            )
            if k == 0:
                HelpfulMark.objects.get_or_create(course=course, user=learner)

    # The demo employee: one course done, one quiz failed once and in progress.
    if employee is not None and not Enrolment.objects.filter(user=employee).exists():
        complete(employee, courses[0], now - datetime.timedelta(days=3), minutes_active=12)
        with_quiz = next((course for course in courses[1:] if course.has_quiz()), None)
        if with_quiz is not None:
            enrolment = Enrolment.objects.create(
                user=employee, course=with_quiz, course_title=with_quiz.title
            )
            enrolment.sections_done = with_quiz.section_ids()[:1]
            enrolment.save(update_fields=["sections_done"])
            attempt(enrolment, with_quiz, with_quiz.quiz(with_quiz.quiz_ids()[0]), right=False, when=now)
        created += 2

    flagged = courses[-1]
    ContentFlag.objects.get_or_create(
        page=flagged,
        reported_by=learners[0],
        resolved_at=None,
        defaults={"reason": "The screenshots show last year's expense form."},
    )
    return created

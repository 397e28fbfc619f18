"""What a learner does on a course: the course page's routes and the time ping call
these. Each starts the learner's enrolment on the first thing they do there; the rules
(when a course is completed, how much time counts) are the models'.

``course`` is a ``CoursePage``; this package never imports it, because the course page
imports this."""

from django.db import IntegrityError, transaction

from .models import ActiveTime, Enrolment, QuizAttempt


def mark_section_done(user, course, section_id):
    """Record a section of ``course`` as done. True when that completed the course."""
    return Enrolment.objects.start(user, course).mark_done(section_id, course)


def record_quiz_attempt(user, course, quiz_id, token, graded):
    """``(attempt, completed)``: the graded attempt (``grading.Graded``), stored, and
    whether it completed the course. The same form sent twice (its one-time ``token``)
    finds the first attempt and changes nothing."""
    enrolment = Enrolment.objects.start(user, course)
    try:
        with transaction.atomic():
            attempt = QuizAttempt.objects.create(
                enrolment=enrolment,
                quiz_id=quiz_id,
                token=token,
                correct=graded.correct,
                total=graded.total,
                pass_mark=graded.pass_mark,
                passed=graded.passed,
                questions=graded.questions,
            )
    except IntegrityError:
        return QuizAttempt.objects.get(enrolment=enrolment, token=token), False
    return attempt, enrolment.record_attempt(course)


def record_active_time(user, course, section_id, seconds):
    """Credit visible time on a section (``ActiveTime.record``); returns the seconds credited."""
    return ActiveTime.record(Enrolment.objects.start(user, course), section_id, seconds)

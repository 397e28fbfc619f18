"""The course page as a learner sees it: the sections with what they did, quizzes as
forms, their feedback and everyone's figures, in a fixed number of queries however many
learners the course has. ``CoursePage.get_context`` shows it; its routes show it again
with a form's errors."""

import uuid

from django.db.models import Avg, Count, Q

from hub.authoring.models import ContentFlag

from ..feedback.forms import FlagForm, RatingForm
from ..feedback.models import CourseRating, HelpfulMark
from ..feedback.services import own_rating
from ..records.grading import questions_of
from ..records.models import Enrolment
from .sections import split_sections

COMMENTS_SHOWN = 10


def learner_context(course, user, quiz_errors=None, rating_form=None, flag_form=None):
    """Everything the course page shows ``user``. ``quiz_errors`` (by quiz id), a bound
    ``rating_form`` or ``flag_form`` come back from a post with the learner's input kept."""
    enrolment = Enrolment.objects.of_course(course).filter(user=user).first() if course.pk else None
    done = set(enrolment.sections_done) if enrolment else set()
    attempts = {}
    if enrolment:
        for attempt in enrolment.attempts.all():
            # Newest first: keep the latest attempt per quiz, and whether any passed.
            state = attempts.setdefault(attempt.quiz_id, {"latest": attempt, "passed": False})
            state["passed"] = state["passed"] or attempt.passed
    quiz_errors = quiz_errors or {}
    sections = []
    for section in split_sections(course.body):
        items = []
        for block in section.blocks:
            quiz = None
            if block.block_type == "quiz":
                quiz = quiz_form(course, block, attempts.get(str(block.id)), quiz_errors.get(str(block.id)))
            items.append({"block": block, "quiz": quiz})
        sections.append(
            {"id": section.id, "title": section.title, "items": items, "done": section.id in done}
        )
    rating = own_rating(course, user) if course.pk else None
    return {
        "enrolment": enrolment,
        "sections": sections,
        "progress": enrolment.progress(course.section_ids()) if enrolment else 0,
        "rating_form": rating_form or RatingForm(instance=rating),
        "own_rating": rating,
        "flag_form": flag_form or FlagForm(),
        "helped": course.pk
        and HelpfulMark.objects.filter(course_key=course.translation_key, user=user).exists(),
        "flagged_by_me": course.pk
        and ContentFlag.objects.open().filter(page_id=course.pk, reported_by=user).exists(),
        "stats": course_stats(course),
        "comments": CourseRating.objects.filter(course_key=course.translation_key, hidden=False)
        .exclude(comment="")
        .select_related("user")[:COMMENTS_SHOWN]
        if course.pk
        else [],
    }


def course_stats(course):
    """Average rating, ratings, completions and "this helped me" marks of ``course``,
    in all its languages."""
    if not course.pk:
        return {}
    key = course.translation_key
    ratings = CourseRating.objects.filter(course_key=key).aggregate(average=Avg("stars"), count=Count("pk"))
    enrolments = Enrolment.objects.filter(course_key=key).aggregate(
        completions=Count("pk", filter=Q(completed_at__isnull=False))
    )
    return {
        "average": round(ratings["average"], 1) if ratings["average"] is not None else None,
        "ratings": ratings["count"],
        "completions": enrolments["completions"],
        "helped": HelpfulMark.objects.filter(course_key=key).count(),
    }


def quiz_form(course, block, attempt_state, error):
    """The quiz as a form: ids and texts, never which answers are right."""
    selected = error["selected"] if error else {}
    questions = []
    for question_id, question, answers in questions_of(block.value):
        chosen = set(selected.get(question_id, []))
        questions.append(
            {
                "id": question_id,
                "text": question["question"],
                "multiple": question["kind"] == "multiple",
                "missing": bool(error) and question_id in error["missing"],
                "answers": [
                    {"id": answer_id, "text": answer["text"], "checked": answer_id in chosen}
                    for answer_id, answer in answers
                ],
            }
        )
    return {
        "id": str(block.id),
        "title": block.value["title"],
        "pass_mark": block.value["pass_mark"],
        "questions": questions,
        "token": uuid.uuid4(),
        "error": bool(error),
        "action": course.url + course.reverse_subpage("quiz", args=[block.id]) if course.pk else "",
        "latest": attempt_state["latest"] if attempt_state else None,
        "passed": attempt_state["passed"] if attempt_state else False,
    }

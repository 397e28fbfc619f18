"""What a learner does on a course page: mark sections done, take quizzes, rate, flag.

These run as sub-routes of the course page (``CoursePage`` is routable), so Wagtail's
serve view has already checked that the page is live and that this user may see it.
Every action is a POST that redirects back (post/redirect/get); a form with errors is
shown again on the course page with the learner's input kept, with status 400.
"""

import uuid

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.db.models import Avg, Count, Q
from django.http import Http404, HttpResponseBadRequest, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from hub.authoring.flags import flag_page
from hub.authoring.models import ContentFlag

from ..forms import FlagForm, RatingForm
from ..grading import QuizTampered, grade, questions_of
from ..models import CourseRating, Enrolment, HelpfulMark, QuizAttempt
from ..sections import split_sections

COMMENTS_SHOWN = 10


def post_only(view):
    def wrapped(request, course, *args, **kwargs):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        return view(request, course, *args, **kwargs)

    return wrapped


def course_context(request, course, quiz_errors=None, rating_form=None, flag_form=None):
    """Everything the course page shows a learner, in a fixed number of queries."""
    user = request.user
    enrolment = Enrolment.objects.filter(user=user, course=course).first() if course.pk else None
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
    own_rating = CourseRating.objects.filter(course=course, user=user).first() if course.pk else None
    stats = course_stats(course)
    return {
        "enrolment": enrolment,
        "sections": sections,
        "progress": enrolment.progress(course.section_ids()) if enrolment else 0,
        "rating_form": rating_form or RatingForm(instance=own_rating),
        "own_rating": own_rating,
        "flag_form": flag_form or FlagForm(),
        "helped": course.pk and HelpfulMark.objects.filter(course=course, user=user).exists(),
        "flagged_by_me": course.pk
        and ContentFlag.objects.open().filter(page_id=course.pk, reported_by=user).exists(),
        "stats": stats,
        "comments": CourseRating.objects.filter(course=course, hidden=False)
        .exclude(comment="")
        .select_related("user")[:COMMENTS_SHOWN]
        if course.pk
        else [],
    }


def course_stats(course):
    if not course.pk:
        return {}
    ratings = CourseRating.objects.filter(course=course).aggregate(average=Avg("stars"), count=Count("pk"))
    enrolments = Enrolment.objects.filter(course=course).aggregate(
        completions=Count("pk", filter=Q(completed_at__isnull=False))
    )
    return {
        "average": round(ratings["average"], 1) if ratings["average"] is not None else None,
        "ratings": ratings["count"],
        "completions": enrolments["completions"],
        "helped": HelpfulMark.objects.filter(course=course).count(),
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


def render_course(request, course, status=200, **forms):
    response = course.render(request, **forms)
    response.status_code = status
    return response


@post_only
def mark_done(request, course):
    section_id = request.POST.get("section", "")
    if section_id not in course.section_ids():
        return HttpResponseBadRequest(_("That section is not part of this course."))
    enrolment = Enrolment.objects.start(request.user, course)
    was_completed = enrolment.is_completed
    enrolment.mark_done(section_id, course)
    if enrolment.is_completed and not was_completed:
        messages.success(request, _("Well done: you completed this course."))
    return redirect(f"{course.url}#section-{section_id}")


@post_only
def submit_quiz(request, course, quiz_id):
    quiz = course.quiz(quiz_id)
    if quiz is None:
        raise Http404
    try:
        graded = grade(quiz.value, request.POST)
        token = uuid.UUID(request.POST.get("token", ""))
    except (QuizTampered, ValueError):
        return HttpResponseBadRequest(
            _("This quiz answer does not match the course. Reload the page and try again.")
        )
    if graded.missing:
        messages.error(request, _("Answer every question, then send your answers again."))
        errors = {quiz_id: {"selected": graded.selected, "missing": graded.missing}}
        return render_course(request, course, status=400, quiz_errors=errors)
    enrolment = Enrolment.objects.start(request.user, course)
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
        # The same form sent twice: show the result of the first.
        attempt = QuizAttempt.objects.get(enrolment=enrolment, token=token)
    else:
        was_completed = enrolment.is_completed
        enrolment.record_attempt(course)
        if enrolment.is_completed and not was_completed:
            messages.success(request, _("Well done: you completed this course."))
    return redirect(course.url + course.reverse_subpage("attempt", args=[attempt.pk]))


def attempt_result(request, course, attempt_id):
    attempt = get_object_or_404(
        QuizAttempt, pk=attempt_id, enrolment__user=request.user, enrolment__course=course
    )
    return TemplateResponse(
        request,
        "learning/quiz_result.html",
        {"page": course, "attempt": attempt, "enrolment": attempt.enrolment},
    )


@post_only
def rate(request, course):
    own = CourseRating.objects.filter(course=course, user=request.user).first()
    form = RatingForm(request.POST, instance=own or CourseRating(course=course, user=request.user))
    if not form.is_valid():
        return render_course(request, course, status=400, rating_form=form)
    try:
        with transaction.atomic():
            form.save()
    except IntegrityError:
        # Sent twice at once from two tabs: the other one saved it; update that.
        CourseRating.objects.filter(course=course, user=request.user).update(**form.cleaned_data)
    messages.success(request, _("Thank you for rating this course."))
    return redirect(f"{course.url}#feedback")


@post_only
def toggle_helped(request, course):
    mark = HelpfulMark.objects.filter(course=course, user=request.user)
    if request.POST.get("helped") == "yes":
        HelpfulMark.objects.get_or_create(course=course, user=request.user)
    else:
        mark.delete()
    return redirect(f"{course.url}#feedback")


@post_only
def flag(request, course):
    form = FlagForm(request.POST)
    if not form.is_valid():
        return render_course(request, course, status=400, flag_form=form)
    if flag_page(course, request.user, form.cleaned_data["reason"]) is None:
        messages.info(request, _("You already reported this course; the author has been asked to check it."))
    else:
        messages.success(request, _("Thank you. The author has been asked to check this course."))
    return redirect(f"{course.url}#feedback")

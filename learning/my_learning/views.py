"""/my-learning/: a learner's own record. Every query here is filtered by the signed-in
user; nobody sees anyone else's record."""

import csv

from django.http import Http404, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hub.content.visibility import may_view
from hub.ops.exports import safe_cell

from ..courses.models import CoursePage
from ..home import course_index_url
from ..records.figures import learning_time
from ..records.models import Enrolment
from ..records.services import record_active_time
from .forms import TimePingForm


def index(request):
    enrolments = Enrolment.objects.filter(user=request.user).select_related("course")
    in_progress = [e for e in enrolments if not e.is_completed and e.course is not None and e.course.live]
    for enrolment in in_progress:
        enrolment.percent = enrolment.progress(enrolment.course.section_ids())
    completed = sorted((e for e in enrolments if e.is_completed), key=lambda e: e.completed_at, reverse=True)
    today = timezone.localdate()
    return TemplateResponse(
        request,
        "learning/my_learning.html",
        {
            "in_progress": in_progress,
            "completed": completed,
            "this_month": learning_time(request.user, today.replace(day=1)),
            "this_year": learning_time(request.user, today.replace(month=1, day=1)),
            "courses_url": course_index_url(request),
        },
    )


def certificate(request, enrolment_id):
    enrolment = get_object_or_404(
        Enrolment.objects.select_related("user", "course"),
        pk=enrolment_id,
        user=request.user,
        completed_at__isnull=False,
    )
    return TemplateResponse(request, "learning/certificate.html", {"enrolment": enrolment})


CSV_HEADINGS = [
    "course",
    "started",
    "completed",
    "estimated_minutes_credited",
    "active_minutes_measured",
    "quiz_attempts",
    "best_quiz_score_percent",
]


def export(request):
    """The learner's own record as CSV, for their development plan (CPD)."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="my-learning.csv"'
    writer = csv.writer(response)
    writer.writerow(CSV_HEADINGS)
    enrolments = Enrolment.objects.filter(user=request.user).prefetch_related("attempts", "active_times")
    for enrolment in enrolments.order_by("started_at", "pk"):
        attempts = list(enrolment.attempts.all())
        seconds = sum(row.seconds for row in enrolment.active_times.all())
        writer.writerow(
            [
                safe_cell(enrolment.course_title),
                timezone.localtime(enrolment.started_at).date().isoformat(),
                timezone.localtime(enrolment.completed_at).date().isoformat()
                if enrolment.completed_at
                else "",
                enrolment.credited_minutes or 0,
                round(seconds / 60),
                len(attempts),
                max((attempt.score for attempt in attempts), default=""),
            ]
        )
    return response


@require_POST
def record_time(request):
    """The course page reports visible time in pings (static/js/learning.js)."""
    form = TimePingForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest(_("Invalid learning time report."))
    course = CoursePage.objects.live().filter(pk=form.cleaned_data["course"]).first()
    if not may_view(request, course):
        raise Http404
    if form.cleaned_data["section"] not in course.section_ids():
        return HttpResponseBadRequest(_("That section is not part of this course."))
    credited = record_active_time(
        request.user, course, form.cleaned_data["section"], form.cleaned_data["seconds"]
    )
    return JsonResponse({"credited": credited})

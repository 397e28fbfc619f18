"""How the L&D figures are counted, in a fixed number of queries however much data.

Two kinds of learning time, never mixed:

- *estimated*: the course's estimated minutes, credited once when a learner completes
  it (``Enrolment.credited_minutes``);
- *measured*: the seconds a course page was in front of the learner
  (``ActiveTime.seconds``, capped per section per day).

Reports show aggregates only; the one exception is the contributors report, which
names experts (the people credited on courses), never learners.

A course and its translations are one course: the per-course reports have one row per
course (in the reader's language when it has that version) with the figures of all
its versions, which share a ``translation_key`` (the records' ``course_key``).
"""

from django.contrib.auth import get_user_model
from django.db.models import (
    Avg,
    Count,
    DateField,
    FloatField,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce, TruncMonth
from django.utils import timezone

from hub.authoring.models import ContentFlag
from hub.content.languages import one_per_item
from hub.insights.base import month_starts

from ..courses.models import CourseCoAuthor, CoursePage
from ..feedback.models import CourseRating
from ..records.models import ActiveTime, Enrolment


class SubqueryCount(Subquery):
    """The number of rows a correlated subquery returns, as a column. Counting a
    ``.values(field).distinct()`` subquery counts distinct values, which a JOIN and
    ``Count(distinct=True)`` cannot do per row without multiplying other aggregates."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) _count)"

    def __init__(self, queryset, **kwargs):
        super().__init__(queryset.order_by(), output_field=IntegerField(), **kwargs)


def _per_course(queryset, field, aggregate, course_field="course_key"):
    """A correlated ``aggregate`` of ``queryset`` for the outer course in all its
    languages, 0 when none."""
    grouped = (
        queryset.filter(**{course_field: OuterRef("translation_key")})
        .order_by()
        .values(course_field)
        .annotate(value=aggregate)
        .values("value")
    )
    return Subquery(grouped, output_field=field)


def hours_from_minutes(minutes):
    return round((minutes or 0) / 60, 1)


def hours_from_seconds(seconds):
    return round((seconds or 0) / 3600, 1)


# -- by month -----------------------------------------------------------------------------
def by_month(months=12, today=None):
    """One row per month (oldest first), months without activity included as zeros."""
    starts = month_starts(months, today)
    completed = (
        Enrolment.objects.completed()
        .filter(completed_at__date__gte=starts[0])
        .annotate(month=TruncMonth("completed_at", output_field=DateField()))
        .order_by()
        .values("month")
        .annotate(completions=Count("pk"), minutes=Sum("credited_minutes"))
    )
    measured = (
        ActiveTime.objects.filter(day__gte=starts[0], seconds__gt=0)
        .annotate(month=TruncMonth("day", output_field=DateField()))
        .order_by()
        .values("month")
        .annotate(seconds=Sum("seconds"), learners=Count("enrolment__user", distinct=True))
    )
    completed = {row["month"]: row for row in completed}
    measured = {row["month"]: row for row in measured}
    rows = []
    for month in starts:
        done, active = completed.get(month, {}), measured.get(month, {})
        rows.append(
            {
                "month": month,
                "completions": done.get("completions", 0),
                "estimated_hours": hours_from_minutes(done.get("minutes")),
                "active_learners": active.get("learners", 0),
                "measured_hours": hours_from_seconds(active.get("seconds")),
            }
        )
    return rows


# -- by department or region ------------------------------------------------------------
PERSON_DETAILS = ("department", "region")


def by_person_detail(detail):
    """One row per value of ``detail`` ("department" or "region", from each learner's
    details, which company sign-in fills in); people without one are counted under "not
    set" (``""``), which comes last."""
    if detail not in PERSON_DETAILS:
        raise ValueError(f"No report by {detail!r}")
    completed = (
        Enrolment.objects.completed()
        .annotate(group=Coalesce(f"user__details__{detail}", Value("")))
        .order_by()
        .values("group")
        .annotate(
            completions=Count("pk"),
            learners=Count("user", distinct=True),
            minutes=Sum("credited_minutes"),
        )
    )
    measured = (
        ActiveTime.objects.filter(seconds__gt=0)
        .annotate(group=Coalesce(f"enrolment__user__details__{detail}", Value("")))
        .order_by()
        .values("group")
        .annotate(seconds=Sum("seconds"), learners=Count("enrolment__user", distinct=True))
    )
    completed = {row["group"]: row for row in completed}
    measured = {row["group"]: row for row in measured}
    groups = sorted(set(completed) | set(measured), key=lambda name: (name == "", name.casefold()))
    rows = []
    for group in groups:
        done, active = completed.get(group, {}), measured.get(group, {})
        rows.append(
            {
                detail: group,
                "completions": done.get("completions", 0),
                "learners_completed": done.get("learners", 0),
                "estimated_hours": hours_from_minutes(done.get("minutes")),
                "active_learners": active.get("learners", 0),
                "measured_hours": hours_from_seconds(active.get("seconds")),
            }
        )
    return rows


# -- by course ----------------------------------------------------------------------------
def courses_with_figures():
    """Every course (published or not) with its learners, completions, both kinds of
    learning time and its rating, as annotations, so the listing can sort and page."""
    completed = Enrolment.objects.completed()
    return one_per_item(CoursePage.objects.all()).annotate(
        learners_started=SubqueryCount(
            Enrolment.objects.filter(course_key=OuterRef("translation_key")).values("pk")
        ),
        completions=Coalesce(_per_course(completed, IntegerField(), Count("pk")), 0),
        estimated_minutes_total=Coalesce(_per_course(completed, IntegerField(), Sum("credited_minutes")), 0),
        measured_seconds=Coalesce(
            _per_course(
                ActiveTime.objects.all(), IntegerField(), Sum("seconds"), course_field="enrolment__course_key"
            ),
            0,
        ),
    )


def courses_with_ratings():
    """Courses that have at least one rating, with their average and counts."""
    average = _per_course(CourseRating.objects.all(), FloatField(), Avg("stars"))
    its_ratings = CourseRating.objects.filter(course_key=OuterRef("translation_key"))
    return (
        one_per_item(CoursePage.objects.all())
        .annotate(
            rating_count=SubqueryCount(its_ratings.values("pk")),
            comment_count=SubqueryCount(its_ratings.exclude(comment="").values("pk")),
            hidden_comment_count=SubqueryCount(
                its_ratings.filter(hidden=True).exclude(comment="").values("pk")
            ),
            average_rating=average,
        )
        .filter(rating_count__gt=0)
    )


def flagged_courses():
    """Courses with open "outdated or wrong" flags, the longest-waiting first."""
    open_flags = ContentFlag.objects.open().filter(page_id=OuterRef("pk"))
    return (
        CoursePage.objects.annotate(
            open_flags=SubqueryCount(open_flags.values("pk")),
            oldest_open_flag=Subquery(open_flags.order_by("created_at").values("created_at")[:1]),
        )
        .filter(open_flags__gt=0)
        .select_related("owner")
    )


# -- contributors -------------------------------------------------------------------------
def contributors():
    """Experts credited on courses (owner or co-author), with how many published courses
    they are credited on and how many distinct learners completed any course of theirs."""
    co_authored = CourseCoAuthor.objects.filter(user_id=OuterRef(OuterRef("pk"))).values("page_id")
    authored = Q(owner_id=OuterRef("pk")) | Q(pk__in=co_authored)
    their_completions = Enrolment.objects.completed().filter(
        Q(course__owner_id=OuterRef("pk")) | Q(course_id__in=co_authored)
    )
    return (
        get_user_model()
        .objects.annotate(
            published_courses=SubqueryCount(CoursePage.objects.live().filter(authored).values("pk")),
            all_courses=SubqueryCount(CoursePage.objects.filter(authored).values("pk")),
            learners_reached=SubqueryCount(their_completions.values("user_id").distinct()),
        )
        .filter(all_courses__gt=0)
    )


# -- this month, for the admin home -------------------------------------------------------
def this_month(today=None):
    today = today or timezone.localdate()
    start = today.replace(day=1)
    completions = Enrolment.objects.completed().filter(completed_at__date__gte=start).count()
    active = ActiveTime.objects.filter(day__gte=start, seconds__gt=0).aggregate(
        seconds=Sum("seconds"), learners=Count("enrolment__user", distinct=True)
    )
    average = CourseRating.objects.filter(updated_at__date__gte=start).aggregate(average=Avg("stars"))[
        "average"
    ]
    open_flags = ContentFlag.objects.open().filter(page_id__in=CoursePage.objects.values("pk")).count()
    return {
        "month": start,
        "completions": completions,
        "active_learners": active["learners"],
        "measured_hours": hours_from_seconds(active["seconds"]),
        "average_rating": round(average, 1) if average is not None else None,
        "open_flags": open_flags,
    }

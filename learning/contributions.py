"""Courses as contributions, for expert profiles (hook ``hub.hooks.CONTRIBUTIONS``).

Counts documented for badge rules: ``courses_published`` (live courses owned or
co-authored) and ``pages_overdue`` (those past their review-by date).

A course and its translations are one contribution: the original's authors are
credited on the translations too, and count the course once.
"""

from collections import defaultdict

from django.db.models import Count, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hub.content.languages import one_per_item
from hub.contributions.sources import Contribution, Figures

from .courses.models import CourseCoAuthor, CoursePage
from .feedback.models import CourseRating
from .records.models import Enrolment


def courses_of(user):
    """The person's live courses, one version of each (the reader's language first)."""
    credited = CoursePage.objects.live().public().filter(Q(owner=user) | Q(co_authors__user=user)).distinct()
    return one_per_item(credited).order_by("-first_published_at")


def items(user):
    return [
        Contribution(
            kind="course",
            kind_label=_("Course"),
            title=course.title,
            url=course.url,
            role=_("Author") if course.owner_id == user.pk else _("Co-author"),
            date=course.first_published_at,
        )
        for course in courses_of(user)
    ]


def dates(courses, *fields):
    """The first of ``fields`` that is set, per course; pages created by code may have none."""
    for course in courses:
        found = next((course[name] for name in fields if course[name] is not None), None)
        if found is not None:
            yield found


def figures(user_ids):
    """Five queries whatever the number of people."""
    live = CoursePage.objects.live().public()
    courses = {
        course["pk"]: course
        for course in live.filter(Q(owner_id__in=user_ids) | Q(co_authors__user_id__in=user_ids))
        .values("pk", "translation_key", "owner_id", "first_published_at", "last_published_at", "review_by")
        .distinct()
    }
    credited = defaultdict(set)
    for course in courses.values():
        if course["owner_id"] in user_ids:
            credited[course["owner_id"]].add(course["pk"])
    for user_id, page_id in CourseCoAuthor.objects.filter(
        user_id__in=user_ids, page_id__in=courses
    ).values_list("user_id", "page_id"):
        credited[user_id].add(page_id)

    learners = defaultdict(set)
    for course_id, learner_id in (
        Enrolment.objects.completed().filter(course_id__in=courses).values_list("course_id", "user_id")
    ):
        learners[course_id].add(learner_id)
    ratings = {
        row["course_id"]: row
        for row in CourseRating.objects.filter(course_id__in=courses)
        .values("course_id")
        .annotate(count=Count("pk"), total=Sum("stars"))
    }

    today = timezone.localdate()
    result = {}
    for user_id, course_ids in credited.items():
        mine = [courses[pk] for pk in course_ids]
        published = len({course["translation_key"] for course in mine})
        reached = set().union(*(learners[pk] for pk in course_ids))
        result[user_id] = Figures(
            contributions=published,
            latest=max(dates(mine, "last_published_at", "first_published_at"), default=None),
            since=min(dates(mine, "first_published_at"), default=None),
            learners_reached=len(reached),
            ratings_count=sum(ratings.get(pk, {}).get("count", 0) for pk in course_ids),
            ratings_total=sum(ratings.get(pk, {}).get("total", 0) for pk in course_ids),
            counts={
                "courses_published": published,
                "pages_overdue": sum(1 for c in mine if c["review_by"] and c["review_by"] < today),
            },
        )
    return result

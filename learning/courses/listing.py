"""Filtering and sorting of the course listing (/courses/), with django-filter, and
the figures course cards show."""

from typing import NamedTuple

import django_filters
from django import forms
from django.db.models import Avg, Count, F, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import Rendition

from hub.content.choices import LANGUAGE_CHOICES, REGION_CHOICES
from hub.content.filters import Filters, chips_for, validated_filterset
from hub.content.languages import one_per_item
from hub.content.models import Skill, Topic

from ..feedback.models import CourseRating
from ..records.models import Enrolment

LENGTH_CHOICES = [
    ("short", _("Up to 15 minutes")),
    ("medium", _("15 to 60 minutes")),
    ("long", _("Over an hour")),
]
LENGTH_FILTERS = {
    "short": Q(estimated_minutes__lte=15),
    "medium": Q(estimated_minutes__gt=15, estimated_minutes__lte=60),
    "long": Q(estimated_minutes__gt=60),
}
CARD_IMAGE = "fill-480x270|format-webp"
SORT_CHOICES = [
    ("newest", _("Newest first")),
    ("rating", _("Best rated")),
    ("completions", _("Most completed")),
    ("title", _("Title A–Z")),
]
SORT_ORDER = {
    "newest": ["-first_published_at", "-pk"],
    # Unrated courses last; among equals, the one more people rated first.
    "rating": [F("average_rating").desc(nulls_last=True), "-rating_count", "-pk"],
    "completions": ["-completion_count", "-first_published_at", "-pk"],
    "title": ["title", "pk"],
}


def with_feedback_figures(courses):
    """Average rating, number of ratings and completions per course in all its
    languages, as subqueries so the figures stay right whatever else the query joins,
    and cost no extra query."""
    ratings = (
        CourseRating.objects.filter(course_key=OuterRef("translation_key")).order_by().values("course_key")
    )
    completions = (
        Enrolment.objects.filter(course_key=OuterRef("translation_key"), completed_at__isnull=False)
        .order_by()
        .values("course_key")
    )
    return courses.annotate(
        average_rating=Subquery(ratings.annotate(value=Avg("stars")).values("value")[:1]),
        rating_count=Coalesce(Subquery(ratings.annotate(value=Count("pk")).values("value")[:1]), 0),
        completion_count=Coalesce(Subquery(completions.annotate(value=Count("pk")).values("value")[:1]), 0),
    )


class TagFilter(NamedTuple):
    """The topic or skill page of the listing (/courses/topic/excel/)."""

    kind: str  # "topic" or "skill"
    object: Topic | Skill | None


def listed_tags(model, courses):
    """The topics (or skills) on any of ``courses``, by name."""
    return model.objects.filter(course_items__content_object__in=courses).distinct().order_by("name")


class CourseFilterSet(django_filters.FilterSet):
    topic = django_filters.ModelChoiceFilter(
        label=_("Topic"),
        field_name="topics",
        to_field_name="slug",
        queryset=Topic.objects.none(),  # set per listing, see __init__
        empty_label=_("All topics"),
    )
    skill = django_filters.ModelChoiceFilter(
        label=_("Skill"),
        field_name="skills",
        to_field_name="slug",
        queryset=Skill.objects.none(),  # set per listing, see __init__
        empty_label=_("All skills"),
    )
    length = django_filters.ChoiceFilter(
        label=_("Length"), choices=LENGTH_CHOICES, method="filter_length", empty_label=_("Any length")
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"),
        field_name="content_language",
        choices=LANGUAGE_CHOICES,
        empty_label=_("Any language"),
    )
    region = django_filters.ChoiceFilter(
        label=_("Region"), choices=REGION_CHOICES, empty_label=_("Any region")
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"), choices=SORT_CHOICES, method="sort_by", empty_label=None
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only topics and skills of the listed courses: a draft's or a restricted
        # course's tags are neither offered nor accepted.
        for name, model in (("topic", Topic), ("skill", Skill)):
            self.filters[name].queryset = listed_tags(model, self.queryset)

    def filter_length(self, queryset, name, value):
        return queryset.filter(LENGTH_FILTERS[value])

    def sort_by(self, queryset, name, value):
        return queryset.order_by(*SORT_ORDER[value])


class CourseListing:
    """The course cards for one request: filters from the query string (a value that is
    not one of the choices is dropped and named, never an error; hub/content/filters.py),
    optionally within a topic or skill, with everything the cards show fetched in a fixed
    number of queries."""

    def __init__(self, courses, params, tag=None):
        self.tag = tag
        self.params = params
        self.filterset, self.dropped = validated_filterset(
            CourseFilterSet, params, with_feedback_figures(courses), defaults={"sort": "newest"}
        )

    @property
    def form(self) -> forms.Form:
        return self.filterset.form

    @cached_property
    def filters(self):
        """The filters in use as removable chips (the sort order is not one), and those dropped."""
        chips = chips_for(self.form, self.params, skip=("sort",), dropped=self.dropped)
        return Filters(chips=chips, dropped=self.dropped)

    def queryset(self):
        courses = self.filterset.qs
        if self.tag is not None:
            courses = courses.filter(**{f"{self.tag.kind}s": self.tag.object})
        # One card per course: the version in the reader's language among those that
        # pass the filters (so "language: Dutch" still finds a translation).
        return (
            one_per_item(courses)
            .distinct()
            .select_related("owner", "hero_image")
            .prefetch_related(
                "topics",
                Prefetch("hero_image__renditions", queryset=Rendition.objects.filter(filter_spec=CARD_IMAGE)),
            )
        )

"""The expert directory at /experts/: search, filters, the "most recent contribution"
order and the cards of one page, in a fixed number of queries however many experts
there are.

Filters follow the hub's one rule (hub/content/filters.py): a value that is not one
of the choices (an expertise nobody has, a department nobody is in) is dropped and
named above the list, which shows everyone else as if it had not been given.
"""

import datetime
from dataclasses import dataclass

import django_filters
from django import forms
from django.core.paginator import Page
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from hub.content.choices import REGION_CHOICES
from hub.content.filters import Filters, chips_for, validated_filterset
from hub.content.models import Topic
from hub.content.pagination import paginate
from hub.contributions.sources import figures_for

from .cards import cards
from .choices import SPOKEN_LANGUAGE_CHOICES

EXPERTS_PER_PAGE = 12
OLDEST = datetime.datetime.min.replace(tzinfo=datetime.UTC)


class ExpertFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Name or expertise"), method="search", max_length=100)
    expertise = django_filters.ChoiceFilter(
        label=_("Expertise"), field_name="expertise__slug", empty_label=_("Any expertise")
    )
    department = django_filters.ChoiceFilter(
        label=_("Department"), field_name="department", empty_label=_("Any department")
    )
    region = django_filters.ChoiceFilter(
        label=_("Region"), choices=REGION_CHOICES, empty_label=_("Any region")
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"),
        field_name="spoken_languages__code",
        choices=SPOKEN_LANGUAGE_CHOICES,
        empty_label=_("Any language"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only choices that find someone: the expertise and departments in use.
        listed = self.queryset
        self.filters["expertise"].extra["choices"] = list(
            Topic.objects.filter(expert_items__content_object__in=listed)
            .distinct()
            .order_by("name")
            .values_list("slug", "name")
        )
        departments = (
            listed.exclude(department="").order_by("department").values_list("department", flat=True)
        )
        self.filters["department"].extra["choices"] = [(name, name) for name in dict.fromkeys(departments)]

    def search(self, queryset, name, value):
        words = value.split()
        for word in words:
            queryset = queryset.filter(
                Q(title__icontains=word) | Q(expertise__name__icontains=word) | Q(job_title__icontains=word)
            )
        return queryset


@dataclass
class Directory:
    form: forms.Form  # the filters, as chosen (dropped values left out)
    filters: Filters  # chips of the filters in use, and those dropped
    experts: Page  # one page of cards


def expert_directory(profiles, params):
    """One page of ``profiles`` (the listed profiles of the directory) as ``params``
    (the query string) filter them: newest contribution first, then newest member.

    The order comes from every app's contributions, so it is computed here: one query
    for the ids of every match, one ``figures_for`` call for all of them, then the
    cards of the page only."""
    filterset, dropped = validated_filterset(ExpertFilterSet, params, profiles)
    rows = list(filterset.qs.distinct().values_list("pk", "user_id", "user__date_joined"))
    figures = figures_for([user_id for _, user_id, _ in rows])
    rows.sort(
        key=lambda row: (figures[row[1]].latest or OLDEST, row[2] or OLDEST, row[0]),
        reverse=True,
    )
    experts = paginate([pk for pk, _, _ in rows], params.get("page"), EXPERTS_PER_PAGE)
    experts.object_list = cards(profiles, experts.object_list, figures)
    return Directory(
        filterset.form, Filters(chips_for(filterset.form, params, dropped=dropped), dropped), experts
    )

"""The expert directory: search, filters, the "most recent contribution" order and the
cards of one page, in a fixed number of queries however many experts there are."""

import datetime

import django_filters
from django import forms
from django.db.models import Prefetch, Q
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import Rendition

from hub.content.choices import REGION_CHOICES
from hub.content.models import Topic
from hub.content.pagination import paginate
from hub.contributions.sources import figures_for

from .models import SPOKEN_LANGUAGE_CHOICES, ExpertProfilePage
from .recognition import recognition_for

EXPERTS_PER_PAGE = 12
CARD_PHOTO = "fill-160x160|format-webp"
PROFILE_PHOTO = "fill-320x320|format-webp"
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


class ExpertDirectory:
    """The directory for one request. A value that is not one of the choices (an
    unknown expertise, a department nobody is in) finds nobody and is named in the
    empty state, rather than being silently dropped or raising an error."""

    def __init__(self, profiles, params):
        self.params = params
        self.filterset = ExpertFilterSet(params, queryset=profiles)
        self.unknown = []
        if not self.filterset.is_valid():
            form = self.filterset.form
            for name in form.errors:
                self.unknown.append({"label": form.fields[name].label, "value": params.get(name, "")})

    @property
    def form(self) -> forms.Form:
        return self.filterset.form

    def ordered_rows(self):
        """(pk, user_id) of every match, newest contribution first, then newest member.

        The order comes from every app's contributions, so it is computed here: one
        query for the ids, one ``figures_for`` call for all of them."""
        if self.unknown:
            return [], {}
        rows = list(self.filterset.qs.distinct().values_list("pk", "user_id", "user__date_joined"))
        figures = figures_for([user_id for _, user_id, _ in rows])
        rows.sort(
            key=lambda row: (figures[row[1]].latest or OLDEST, row[2] or OLDEST, row[0]),
            reverse=True,
        )
        return [(pk, user_id) for pk, user_id, _ in rows], figures

    def page(self, page_number):
        rows, figures = self.ordered_rows()
        page = paginate(rows, page_number, EXPERTS_PER_PAGE)
        page.object_list = cards([pk for pk, _ in page.object_list], figures)
        return page

    @property
    def active_filters(self):
        """A removable chip for each filter in use."""
        if self.unknown or not self.filterset.is_valid():
            return []
        chips = []
        for name, value in self.filterset.form.cleaned_data.items():
            if value in (None, ""):
                continue
            field = self.filterset.form.fields[name]
            shown = dict(getattr(field, "choices", ())).get(value, value)
            remaining = self.params.copy()
            remaining.pop(name, None)
            remaining.pop("page", None)
            chips.append(
                {"label": field.label, "value": str(shown), "remove_url": f"?{remaining.urlencode()}"}
            )
        return chips


def card_queryset():
    return ExpertProfilePage.objects.select_related("user", "photo").prefetch_related(
        "expertise",
        "spoken_languages",
        Prefetch("photo__renditions", queryset=Rendition.objects.filter(filter_spec=CARD_PHOTO)),
    )


def cards(profile_pks, figures=None):
    """Profiles in the given order with their recognition attached as ``.recognition``."""
    found = card_queryset().in_bulk(profile_pks)
    profiles = [found[pk] for pk in profile_pks if pk in found]
    recognition = recognition_for([p.user_id for p in profiles], figures)
    for profile in profiles:
        profile.recognition = recognition.get(profile.user_id)
    return profiles

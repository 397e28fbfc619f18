"""The filters of a search: a small immutable value, read from the query string, and
the hub's one rule for values that are not among the choices (hub/content/filters.py):
such a value is dropped, named on the page, and the search runs without it."""

from dataclasses import dataclass, replace

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from hub.content.choices import LANGUAGE_CHOICES, REGION_CHOICES
from hub.content.filters import DroppedFilter
from hub.content.models import Topic

SORT_CHOICES = [("relevance", _("Most relevant")), ("newest", _("Newest"))]
FACETS = ("topic", "language", "region")
LABELS = {"type": _("Type"), "topic": _("Topic"), "language": _("Language"), "region": _("Region")}
FACET_CHOICES = {"language": LANGUAGE_CHOICES, "region": REGION_CHOICES}


@dataclass(frozen=True)
class SearchFilters:
    """What a search is narrowed to (a type's key, a topic's slug, a language, a region)
    and how it is sorted. Empty means "any"."""

    type: str = ""
    topic: str = ""
    language: str = ""
    region: str = ""
    sort: str = "relevance"

    @classmethod
    def from_params(cls, params):
        """From a query string such as ``request.GET``, as given: ``checked`` tells
        which values are known. Cut to lengths no real value reaches."""
        return cls(
            type=params.get("type", "")[:50],
            topic=params.get("topic", "")[:100],
            language=params.get("language", "")[:16],
            region=params.get("region", "")[:16],
            sort=params.get("sort", "relevance")[:16],
        )

    @property
    def facets(self):
        """``{name: value}`` of the facet filters in use (topic, language, region)."""
        return {name: getattr(self, name) for name in FACETS if getattr(self, name)}

    @property
    def narrowed(self):
        """Whether a type or a facet is chosen."""
        return bool(self.type or self.facets)


@dataclass(frozen=True)
class ChosenFilter:
    """A filter in use, as the page names it: "Language: Dutch"."""

    name: str
    label: str
    value: str
    value_label: str


@dataclass(frozen=True)
class CheckedFilters:
    filters: SearchFilters  # the known values only
    chosen: tuple  # ChosenFilter for each filter in use
    dropped: tuple  # hub.content.filters.DroppedFilter for each unknown value
    topic_id: int | None  # the chosen topic's primary key


def checked(filters, types):
    """``filters`` with every unknown value dropped: a type that is not installed, a
    language or region that is not a choice, a topic no search type is tagged with
    (one query, only when a topic is given). An unknown sort is "relevance"."""
    chosen, dropped, unknown = [], [], {}
    topic = _topic(filters.topic, types) if filters.topic else None
    for name in ("type", *FACETS):
        value = getattr(filters, name)
        if not value:
            continue
        if name == "type":
            value_label = next((t.label for t in types if t.key == value), None)
        elif name == "topic":
            value_label = topic[1] if topic else None
        else:
            value_label = dict(FACET_CHOICES[name]).get(value)
        if value_label is None:
            dropped.append(DroppedFilter(name, str(LABELS[name]), value))
            unknown[name] = ""
        else:
            chosen.append(ChosenFilter(name, str(LABELS[name]), value, str(value_label)))
    if filters.sort not in dict(SORT_CHOICES):
        unknown["sort"] = "relevance"
    return CheckedFilters(
        replace(filters, **unknown) if unknown else filters,
        tuple(chosen),
        tuple(dropped),
        topic[0] if topic else None,
    )


def _topic(slug, types):
    """``(pk, name)`` of the topic with this slug that some search type is tagged with."""
    used = Q()
    for search_type in types:
        if "topic" in search_type.facets:
            used |= Q(pk__in=search_type.topics_model.objects.values("tag_id"))
    if not used:
        return None
    return Topic.objects.filter(used, slug=slug).values_list("pk", "name").first()

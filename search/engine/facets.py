"""Topic, language and region counts over a search's results, for the facet filters.

Counted over the types listed (the chosen one, or all) that have the facet and results:
language and region over all their results, topics over the first TOPIC_FACET_SAMPLE
results of each type."""

from django.db.models import Count

from .filters import FACET_CHOICES, LABELS
from .results import Facet
from .scope import FACET_FIELDS

TOPIC_FACET_SAMPLE = 1000
TOPIC_FACET_SIZE = 12


def facets(scope, ranking, counts):
    """The facets to show: one per facet with options or in use, topic first."""
    filters = scope.filters
    faceted = [
        t
        for t in scope.types
        if (not filters.type or t.key == filters.type) and t.facets and counts[t.key] and scope.applies(t)
    ]
    found = []
    topic_options = _topic_options(ranking, faceted)
    if topic_options or filters.topic:
        found.append(Facet("topic", str(LABELS["topic"]), tuple(topic_options), filters.topic))
    for name in ("language", "region"):
        totals = {}
        for search_type in faceted:
            if name in search_type.facets:
                for value, count in ranking.facet_counts(search_type, FACET_FIELDS[name]).items():
                    totals[value] = totals.get(value, 0) + count
        options = tuple(
            (value, label, totals[value]) for value, label in FACET_CHOICES[name] if totals.get(value)
        )
        if options or getattr(filters, name):
            found.append(Facet(name, str(LABELS[name]), options, getattr(filters, name)))
    return tuple(found)


def _topic_options(ranking, faceted):
    """``(slug, name, count)`` of the most frequent topics among the first
    TOPIC_FACET_SAMPLE results of each type with topics."""
    counts = {}
    for search_type in faceted:
        if "topic" not in search_type.facets:
            continue
        rows = (
            search_type.topics_model.objects.filter(
                content_object_id__in=ranking.first_ids(search_type, TOPIC_FACET_SAMPLE)
            )
            .values("tag__slug", "tag__name")
            .annotate(count=Count("pk"))
        )
        for row in rows:
            slug, name = row["tag__slug"], row["tag__name"]
            counts[slug] = (name, counts.get(slug, (name, 0))[1] + row["count"])
    ranked = sorted(counts.items(), key=lambda item: (-item[1][1], item[1][0].lower()))
    return [(slug, name, count) for slug, (name, count) in ranked[:TOPIC_FACET_SIZE]]

"""The links of the results page: the type filter, the facet options and the chips of
the filters in use, each the current search with one filter changed, from its first
page (``hub.content.filters.url_with`` / ``url_without``). A value the search dropped
(``SearchResults.dropped``) is left out of every link, so it is named only once."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from hub.content.filters import FilterChip, Filters, url_with, url_without

# The query-string names a search reads besides q and page (engine.SearchFilters).
FILTER_PARAMS = ("type", "topic", "language", "region", "sort")


@dataclass(frozen=True)
class Link:
    label: str
    url: str
    count: int
    current: bool


@dataclass(frozen=True)
class FacetLinks:
    name: str
    label: str
    selected: str
    clear_url: str  # the search without this facet
    options: tuple  # Link for each option


def known_params(params, filters):
    """``params`` without the values the search did not use (``filters``: as applied)."""
    known = params.copy()
    for name in FILTER_PARAMS:
        if name in known and known.get(name) != getattr(filters, name):
            known.pop(name)
    return known


def type_links(params, results):
    """ "All results" and one link per type, with its count."""
    chosen = results.filters.type
    return [
        Link(_("All results"), url_without(params, "type"), results.all_count, not chosen),
        *(
            Link(str(t.label), url_with(params, "type", t.key), count, chosen == t.key)
            for t, count in results.type_counts
        ),
    ]


def facet_links(params, facets):
    return [
        FacetLinks(
            facet.name,
            facet.label,
            facet.selected,
            url_without(params, facet.name),
            tuple(
                Link(str(label), url_with(params, facet.name, value), count, value == facet.selected)
                for value, label, count in facet.options
            ),
        )
        for facet in facets
    ]


def filter_chips(params, results):
    """The filters in use as removable chips, and the values dropped."""
    return Filters(
        chips=[
            FilterChip(chosen.label, chosen.value_label, url_without(params, chosen.name))
            for chosen in results.chosen
        ],
        dropped=list(results.dropped),
    )

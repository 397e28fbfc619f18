"""The links of the results page: the type filter, the facet options and the chips of
the filters in use, each the current search with one filter changed, from its first
page (``hub.content.filters.url_with`` / ``url_without``). A value the search dropped
(``SearchResults.dropped``) is left out of every link, so it is named only once."""

from dataclasses import dataclass

from django.utils.functional import cached_property
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


class ResultLinks:
    """The links of one results page, each list built when the template first shows
    it: a search that found nothing shows no type or facet links and builds none."""

    def __init__(self, params, results):
        self.results = results
        self._params = params

    @cached_property
    def params(self):
        return known_params(self._params, self.results.filters)

    @cached_property
    def types(self):
        """The "All results" link and one link per type, with its count."""
        chosen = self.results.filters.type
        return [
            Link(_("All results"), url_without(self.params, "type"), self.results.all_count, not chosen),
            *(
                Link(str(t.label), url_with(self.params, "type", t.key), count, chosen == t.key)
                for t, count in self.results.type_counts
            ),
        ]

    @cached_property
    def facets(self):
        return [
            FacetLinks(
                facet.name,
                facet.label,
                facet.selected,
                url_without(self.params, facet.name),
                tuple(
                    Link(str(label), url_with(self.params, facet.name, value), count, value == facet.selected)
                    for value, label, count in facet.options
                ),
            )
            for facet in self.results.facets
        ]

    @cached_property
    def filters(self):
        """The filters in use as removable chips, and the values dropped."""
        return Filters(
            chips=[
                FilterChip(chosen.label, chosen.value_label, url_without(self.params, chosen.name))
                for chosen in self.results.chosen
            ],
            dropped=list(self.results.dropped),
        )

"""What one search returns: everything the results page shows, computed in the call."""

from dataclasses import dataclass, field

from .filters import SearchFilters


@dataclass(frozen=True)
class Suggestion:
    """One title suggested as the user types."""

    search_type: object  # hub.content.search.SearchType
    object: object

    @property
    def title(self):
        return self.object.title

    @property
    def url(self):
        return self.object.url


@dataclass(frozen=True)
class Hit(Suggestion):
    """One result on the page, with its title and snippet highlighted (safe HTML) and,
    for a page, its versions in other languages ("Also in")."""

    highlighted_title: str
    snippet: str
    other_versions: tuple = ()


@dataclass(frozen=True)
class Facet:
    """One facet (topic, language, region): ``options`` are ``(value, label, count)``."""

    name: str
    label: str
    options: tuple
    selected: str


@dataclass(frozen=True)
class SearchResults:
    query: str  # what was searched for: clean_query() of what was typed
    query_was_cut: bool
    filters: SearchFilters = SearchFilters()  # as applied: unknown values dropped
    chosen: tuple = ()  # engine.filters.ChosenFilter for each filter in use
    dropped: tuple = ()  # hub.content.filters.DroppedFilter for each unknown value
    types: tuple = ()  # every installed search type, in order
    counts: dict = field(default_factory=dict)  # {type key: results the user may see}
    page: object = None  # django.core.paginator.Page of hits, the one actually shown
    hits: tuple = ()  # Hit for each result on ``page``
    facets: tuple = ()
    promotions: tuple = ()  # SearchPromotion pinned for the query (page 1 only)
    popular_topics: tuple = ()  # topic names to try when nothing was found

    @property
    def total(self):
        """Results of the chosen type, or of all types."""
        if self.filters.type:
            return self.counts[self.filters.type]
        return self.all_count

    @property
    def all_count(self):
        return sum(self.counts.values())

    @property
    def type_counts(self):
        return [(search_type, self.counts[search_type.key]) for search_type in self.types]

    @property
    def page_number(self):
        return self.page.number if self.page else 1

    @property
    def found(self):
        """What the query found, for the query log: a promoted result counts too."""
        return self.total + len(self.promotions)

    @property
    def show_filters(self):
        """Filters that would all say 0 are noise on a page that found nothing; once a
        filter is chosen they stay, to undo it."""
        return bool(self.all_count or self.filters.narrowed)

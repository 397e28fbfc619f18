"""The hub's search, as two stateless calls:

- ``search(request, query, filters, page) -> SearchResults``: everything the results
  page shows (engine/run.py);
- ``suggestions(request, query, limit) -> [Suggestion]``: titles for the header's
  box (engine/autocomplete.py).

Both raise one of ``SERVER_ERRORS`` when a search server cannot answer.

``request`` decides what its user may see (groups, passwords given in the session);
``filters`` is a ``SearchFilters``. Nothing is kept between calls but the caches of
promoted queries and popular topics. docs/search.md describes the modules."""

from .autocomplete import suggestions
from .availability import SERVER_ERRORS
from .filters import SORT_CHOICES, SearchFilters
from .results import Facet, Hit, SearchResults, Suggestion
from .run import RESULTS_PER_PAGE, search
from .text import MAX_QUERY_LENGTH, clean_query

__all__ = [
    "MAX_QUERY_LENGTH",
    "RESULTS_PER_PAGE",
    "SERVER_ERRORS",
    "SORT_CHOICES",
    "Facet",
    "Hit",
    "SearchFilters",
    "SearchResults",
    "Suggestion",
    "clean_query",
    "search",
    "suggestions",
]

"""Which queries have promoted results, kept in the cache.

Every search looked for promotions, a query joining pages, though moderators pin
results for a handful of queries. The set of promoted query strings is small, so it is
cached and each search looks up its own query there first; only a promoted query reads
its promotions. The set is forgotten when a promotion is saved or deleted: at once with
a cache shared by all workers (Redis in production), within PROMOTIONS_CACHE_SECONDS on
the other workers with the in-process default cache.
"""

from django.core.cache import cache
from wagtail.contrib.search_promotions.models import SearchPromotion

PROMOTIONS_CACHE_SECONDS = 60
CACHE_KEY = "search:promoted-queries"


def promoted_queries():
    """The normalised query strings that have at least one promotion."""
    found = cache.get(CACHE_KEY)
    if found is None:
        found = frozenset(SearchPromotion.objects.values_list("query__query_string", flat=True).distinct())
        cache.set(CACHE_KEY, found, PROMOTIONS_CACHE_SECONDS)
    return found


def forget_promoted_queries(**kwargs):
    cache.delete(CACHE_KEY)

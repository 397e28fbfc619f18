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
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

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


def promoted_results(query, access):
    """Results moderators pinned for this exact query (normalised as Wagtail does),
    minus pages the user may not see (``access``: search.access.Access). A query nobody
    pinned anything for costs no query."""
    query_string = normalise_query_string(query)
    if query_string not in promoted_queries():
        return []
    promotions = list(
        SearchPromotion.objects.filter(query__query_string=query_string)
        .select_related("page")
        .order_by("sort_order")
    )
    page_ids = [p.page_id for p in promotions if p.page_id]
    visible = set()
    if page_ids:
        visible = set(access.pages(Page.objects.filter(pk__in=page_ids)).values_list("pk", flat=True))
    return [p for p in promotions if (p.page_id in visible if p.page_id else p.external_link_url)]

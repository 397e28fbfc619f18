"""Where to go after a search that found nothing: the hub's most used topics.

Topics are the hub's own words for what its courses and experts cover, so someone who
searched in other words can carry on from there. Each suggestion is a search for the
topic's name, which finds what is tagged with it (topic names are indexed).

The list reads the same for everyone: it counts only published pages that anyone may
open, so a restricted page's topics never show. It is cached under the chrome version
(hub/navigation/menus.py), which publishing, unpublishing, moving, deleting or restricting a
page changes, so a search that found nothing costs no query for it. As with the
header's menu, a shared cache (Redis) follows such a change at once; workers that each
keep their own follow within NAVIGATION_CACHE_SECONDS.
"""

from django.core.cache import cache
from django.db.models import Count

from hub.navigation.menus import NAVIGATION_CACHE_SECONDS, chrome_version

from .types import installed_types

POPULAR_TOPICS = 8


def popular_topics(request, limit=POPULAR_TOPICS):
    """The names of the topics on the most published, unrestricted pages of the search
    types that have topics, most used first."""
    key = f"search:popular-topics:{chrome_version(request)}:{limit}"
    topics = cache.get(key)
    if topics is None:
        topics = _count_topics(limit)
        cache.set(key, topics, NAVIGATION_CACHE_SECONDS)
    return topics


def _count_topics(limit):
    """One query per search type with topics (courses, expert profiles)."""
    counts = {}
    for search_type in installed_types():
        if not (search_type.topics_relation and search_type.is_page):
            continue
        rows = (
            search_type.topics_model.objects.filter(
                content_object__in=search_type.model.objects.live().public()
            )
            .values_list("tag__name")
            .annotate(pages=Count("pk"))
            .order_by()
        )
        for name, pages in rows:
            counts[name] = counts.get(name, 0) + pages
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0].lower()))
    return [name for name, _pages in ranked[:limit]]

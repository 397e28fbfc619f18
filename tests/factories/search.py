"""Factories for search: the query log."""

import factory
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search.models import QueryLog


class QueryLogFactory(factory.django.DjangoModelFactory):
    """One query's searches on one day (today unless ``day`` is given), by default one
    search that found nothing."""

    class Meta:
        model = QueryLog

    day = factory.LazyFunction(timezone.localdate)
    query = factory.Sequence(lambda n: f"query {n}")
    searches = 1
    hits = 0


class SearchPromotionFactory(factory.django.DjangoModelFactory):
    """A result moderators pin for ``query`` (a query string, e.g. "expenses")."""

    class Meta:
        model = SearchPromotion

    query = factory.LazyAttribute(lambda promotion: Query.get(promotion.query_string))
    sort_order = 0

    class Params:
        query_string = "expenses"

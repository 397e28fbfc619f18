"""Factories for search: the query log."""

import factory
from django.utils import timezone

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

"""Where one search looks: the installed search types, what the user may see
(search/access.py), the facet filters and the sort order, as each type's queryset.

Built inside one call to ``search()`` or ``suggestions()`` and dropped with it. The
user's access is read only when a type can have results, and a topic's tagged objects
only when a type is searched with the topic filter."""

from django.utils.functional import cached_property

from ..access import Access
from .text import query_terms

FACET_FIELDS = {"language": "content_language", "region": "region"}


class Scope:
    def __init__(self, request, query, types, filters, topic_id=None):
        self.request = request
        self.types = types
        self.filters = filters
        self.facets = filters.facets  # {name: value} of the facet filters in use
        self.topic_id = topic_id
        self.terms = query_terms(query)
        self.search_text = " ".join(self.terms)
        self._topic_object_ids = {}

    @cached_property
    def access(self):
        # Built only when a type can have results (or a promotion needs checking):
        # a search that matches nothing in the index never needs the user's access.
        return Access(self.request)

    def applies(self, search_type):
        """A type takes part when it supports every facet filter in use."""
        return all(name in search_type.facets for name in self.facets)

    @cached_property
    def chosen(self):
        """The types whose results are listed: the chosen one, or all that apply."""
        if self.filters.type:
            return [t for t in self.types if t.key == self.filters.type]
        return [t for t in self.types if self.applies(t)]

    @staticmethod
    def date_field(search_type):
        return "first_published_at" if search_type.is_page else "created_at"

    def queryset(self, search_type, model=None):
        """The type's objects this user may see, with the facet filters and sort order.
        ``model``: a base model to query instead (the plain Page, see index_ranking)."""
        model = model or search_type.model
        if search_type.is_page:
            queryset = self.access.pages(model.objects.all())
        else:
            queryset = self.access.documents(model.objects.all())
        for name, value in self.facets.items():
            if name == "topic":
                # The topic's objects as a list of ids: a filter every backend can apply.
                queryset = queryset.filter(pk__in=self.topic_object_ids(search_type))
            else:
                queryset = queryset.filter(**{FACET_FIELDS[name]: value})
        if self.filters.sort == "newest":
            queryset = queryset.order_by(f"-{self.date_field(search_type)}")
        return queryset

    def topic_object_ids(self, search_type):
        if search_type.key not in self._topic_object_ids:
            self._topic_object_ids[search_type.key] = list(
                search_type.topics_model.objects.filter(tag_id=self.topic_id).values_list(
                    "content_object_id", flat=True
                )
            )
        return self._topic_object_ids[search_type.key]

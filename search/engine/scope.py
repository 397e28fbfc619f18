"""Where one search looks: the installed search types, what the user may see
(search/access.py), the facet filters and the sort order, as each type's queryset.

Built inside one call to ``search()`` or ``suggestions()`` and dropped with it. The
user's access is read only when a type can have results, and a topic's tagged objects
only when a type is searched with the topic filter.

One result per item (``one_per_item``, the results page): a page in another language
is left out when its version in the reader's language matches too and the user may see
it; a page whose reader's version does not match (a Dutch word searched in English) is
still found. The index ranking keeps one per item among the rows it reads anyway
(``one_version_each``); the backend's querysets leave the others out
(``shadowed_versions``)."""

from django.db.models import Exists, OuterRef
from django.utils.functional import cached_property
from wagtail.models import Page
from wagtail.search.utils import get_descendants_content_types_pks

from hub.content.languages import reader_language

from ..access import Access
from .text import query_terms

FACET_FIELDS = {"language": "content_language", "region": "region"}


class Scope:
    def __init__(self, request, query, types, filters, topic_id=None, one_per_item=False):
        self.request = request
        self.one_per_item = one_per_item
        self.types = types
        self.filters = filters
        self.facets = filters.facets  # {name: value} of the facet filters in use
        self.topic_id = topic_id
        self.terms = query_terms(query)
        self.search_text = " ".join(self.terms)
        self._topic_object_ids = {}
        self._shadowed = {}
        # Set when the index ranking ranks this search (engine/index_ranking.py): it
        # keeps one version per item itself, so the querysets need not.
        self.ranked_on_index = False

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
        queryset = self._filtered(search_type, model or search_type.model)
        if self.one_per_item and search_type.is_page and not self.ranked_on_index:
            shadowed = self.shadowed_versions(search_type)
            if shadowed:
                queryset = queryset.exclude(id__in=shadowed)
        if self.filters.sort == "newest":
            queryset = queryset.order_by(f"-{self.date_field(search_type)}")
        return queryset

    def _filtered(self, search_type, model):
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
        return queryset

    @cached_property
    def translated(self):
        """The live versions of every item that has more than one live version:
        ``{id: (translation_key, language, content type id)}``, in one query."""
        others = Page.objects.filter(translation_key=OuterRef("translation_key"), live=True).exclude(
            pk=OuterRef("pk")
        )
        rows = (
            Page.objects.filter(live=True)
            .filter(Exists(others))
            .values_list("id", "translation_key", "locale__language_code", "content_type_id")
        )
        return {pk: (key, language, content_type) for pk, key, language, content_type in rows}

    def shadowed_versions(self, search_type):
        """Ids of the type's pages in other languages whose version in the reader's
        language the user may see, passes the filters and matches the words. Nothing
        translated: no query of its own; else one search among the type's translated
        pages in the reader's language."""
        if search_type.key not in self._shadowed:
            language = reader_language()
            content_types = set(get_descendants_content_types_pks(search_type.model))
            ids = [
                pk
                for pk, (_key, version_language, content_type) in self.translated.items()
                if version_language == language and content_type in content_types
            ]
            keys = set()
            if ids:
                # Ids as a plain list: a search backend filters on values, not subqueries.
                matching = self._filtered(search_type, search_type.model).filter(id__in=ids)
                keys = {
                    page.translation_key for page in matching.defer_streamfields().search(self.search_text)
                }
            self._shadowed[search_type.key] = [
                pk
                for pk, (key, version_language, _content_type) in self.translated.items()
                if key in keys and version_language != language
            ]
        return self._shadowed[search_type.key]

    @staticmethod
    def one_version_each(rows):
        """``rows`` (id, translation key, language, ...), best first, less the versions
        in other languages of an item whose version in the reader's language is among
        them: the index ranking's rows, already visible, filtered and matching."""
        language = reader_language()
        in_reader_language = {row[1] for row in rows if row[2] == language}
        return [row for row in rows if row[2] == language or row[1] not in in_reader_language]

    def topic_object_ids(self, search_type):
        if search_type.key not in self._topic_object_ids:
            self._topic_object_ids[search_type.key] = list(
                search_type.topics_model.objects.filter(tag_id=self.topic_id).values_list(
                    "content_object_id", flat=True
                )
            )
        return self._topic_object_ids[search_type.key]

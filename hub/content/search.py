"""A kind of result the hub's search finds (hook ``hub.hooks.SEARCH_TYPES``).

Each app registers one ``SearchType`` per kind of result it owns (courses, guidance,
expert profiles, information pages, documents) in its ``wagtail_hooks.py``; the search
app reads them all, so it imports none of those apps. Everything in search (the query,
permissions, facets, snippets, autocomplete, the type filter) works from these
descriptions.
"""

from dataclasses import dataclass

from django.apps import apps
from wagtail.fields import StreamField
from wagtail.models import Page


@dataclass(frozen=True)
class SearchType:
    key: str  # in URLs: ?type=courses
    model_label: str  # "app_label.ModelName"
    label: str  # the filter's name, plural ("Courses")
    label_singular: str  # on a result ("Course")
    icon: str = "doc-full"
    # Fields whose text makes the highlighted snippet, in order of preference.
    snippet_fields: tuple = ("search_description",)
    # Which facets apply to this type: "topic", "language", "region".
    facets: tuple = ()
    # For the topic facet: the related name of the type's topic through-model.
    topics_relation: str = ""
    # Position in the type filter and in autocomplete suggestions.
    order: int = 50

    @property
    def model(self):
        return apps.get_model(self.model_label)

    @property
    def topics_model(self):
        """The through-model that tags this type's objects with topics
        (``topics_relation``): ``content_object`` and ``tag``."""
        return getattr(self.model, self.topics_relation).rel.related_model

    @property
    def is_page(self):
        return issubclass(self.model, Page)

    def is_installed(self):
        try:
            apps.get_model(self.model_label)
        except LookupError:
            return False
        return True

    def snippet_text(self, obj):
        """The plain text a snippet is cut from: the first non-empty snippet field.
        StreamFields give their blocks' searchable content, so what search never
        indexes (quiz answers) never shows in a snippet either."""
        for name in self.snippet_fields:
            value = getattr(obj, name, "")
            if not value:
                continue
            model_field = _model_field(type(obj), name)
            if isinstance(model_field, StreamField):
                return " ".join(str(part) for part in model_field.stream_block.get_searchable_content(value))
            return str(value)
        return ""


def _model_field(model, name):
    try:
        return model._meta.get_field(name)
    except Exception:  # noqa: BLE001 - a property or method, not a field
        return None

"""What the hub's search finds: one ``SearchType`` per kind of result.

Adding a kind of result (guidance, expert profiles, ...) is one entry in ``SEARCH_TYPES``.
An entry whose model is not installed is left out, so search works with whichever apps
the hub has. Everything else (the query, permissions, facets, snippets, autocomplete,
the type filter) reads this list.
"""

from dataclasses import dataclass

from django.apps import apps
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
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


SEARCH_TYPES = [
    SearchType(
        key="courses",
        model_label="learning.CoursePage",
        label=_("Courses"),
        label_singular=_("Course"),
        icon="book",
        snippet_fields=("summary", "body"),
        facets=("topic", "language", "region"),
        topics_relation="topic_items",
        order=10,
    ),
    SearchType(
        key="guidance",
        model_label="guidance.GuidancePage",
        label=_("Guidance"),
        label_singular=pgettext_lazy("one guidance page", "Guidance"),
        icon="help",
        snippet_fields=("summary", "body"),
        facets=("language", "region"),
        order=20,
    ),
    SearchType(
        key="experts",
        model_label="people.ExpertProfilePage",
        label=_("Experts"),
        label_singular=_("Expert"),
        icon="user",
        snippet_fields=("job_title", "ask_me_about", "bio"),
        facets=("topic", "region"),
        topics_relation="expertise_items",
        order=30,
    ),
    SearchType(
        key="pages",
        model_label="hub.InfoPage",
        label=_("Information pages"),
        label_singular=_("Information page"),
        icon="doc-full",
        snippet_fields=("search_description", "body"),
        order=40,
    ),
    SearchType(
        key="documents",
        model_label="wagtaildocs.Document",
        label=_("Documents"),
        label_singular=_("Document"),
        icon="doc-full-inverse",
        snippet_fields=(),
        order=50,
    ),
]


def installed_types():
    return sorted((t for t in SEARCH_TYPES if t.is_installed()), key=lambda t: t.order)


def get_type(key):
    return next((t for t in installed_types() if t.key == key), None)


def type_for_model(model):
    for search_type in installed_types():
        if issubclass(model, search_type.model):
            return search_type
    return None

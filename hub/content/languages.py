"""Content in several languages, as lists and pages show it.

A course or guidance page and its translations are one item (Wagtail links them with a
shared ``translation_key``; each version has its own ``locale``). Lists show each item
once: the version in the reader's language when it is live, otherwise the original
(the oldest version), labelled "Not yet in <language>" by the card.
"""

from django.conf import settings
from django.db.models import Case, Exists, OuterRef, Q, Value, When
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page


def reader_language():
    """The content language that matches the interface's (``nl`` for ``nl-be``)."""
    try:
        return get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return settings.LANGUAGE_CODE


def one_per_item(queryset, language=None):
    """``queryset`` with one version of each item: the one in ``language`` (the
    reader's) when ``queryset`` holds it, otherwise the oldest one it holds. The choice
    is made in the database, so it costs no query of its own."""
    language = language or reader_language()
    versions = queryset.order_by().filter(translation_key=OuterRef("translation_key"))
    return queryset.filter(
        Q(locale__language_code=language)
        | (
            ~Exists(versions.filter(locale__language_code=language))
            & ~Exists(versions.filter(pk__lt=OuterRef("pk")))
        )
    )


def reader_version(queryset):
    """The first page of ``queryset`` in the reader's language, else the first in the
    tree (the default language's): the sections, in one query."""
    first_choice = Case(When(locale__language_code=reader_language(), then=Value(0)), default=Value(1))
    return queryset.order_by(first_choice, "path").first()


def below_any_version(model, parent):
    """Live ``model`` pages directly below ``parent`` or below any of its translations:
    a section's pages in every language (``/courses/`` and ``/nl/courses/``)."""
    parents = Page.objects.filter(translation_key=parent.translation_key).values_list("path", "depth")
    below = Q(pk__in=[])
    for path, depth in parents:
        below |= Q(path__startswith=path, depth=depth + 1)
    return model.objects.filter(below)


def other_versions(page):
    """The page's live translations a reader may open, in the languages' order, each
    with its ``locale`` loaded: the "Also in" links."""
    return _in_language_order(page.get_translations().live().public().select_related("locale"))


def other_versions_of(pages, visible=None):
    """``{page id: other_versions(page)}`` for many pages, in one query. ``visible``:
    a function that keeps the pages the reader may see (by default the public ones,
    which costs a query of its own)."""
    pages = list(pages)
    if not pages:
        return {}
    versions = Page.objects.filter(translation_key__in={page.translation_key for page in pages}).exclude(
        pk__in=[page.pk for page in pages]
    )
    versions = (visible(versions) if visible else versions.live().public()).select_related("locale")
    by_key = {}
    for version in _in_language_order(versions):
        by_key.setdefault(version.translation_key, []).append(version)
    return {
        page.pk: [
            version for version in by_key.get(page.translation_key, []) if version.locale_id != page.locale_id
        ]
        for page in pages
    }


def _in_language_order(versions):
    order = {code: index for index, (code, _name) in enumerate(settings.WAGTAIL_CONTENT_LANGUAGES)}
    return sorted(versions, key=lambda version: order.get(version.locale.language_code, len(order)))

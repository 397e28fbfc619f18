"""Helpers for demo content that is safe to create again: find a page by slug under a
parent, create it only when missing."""

from wagtail.models import Locale


def get_or_create_child(parent, page_class, slug, **fields):
    """Return ``(page, created)``; an existing page is left exactly as it is."""
    existing = parent.get_children().filter(slug=slug).specific().first()
    if existing is not None:
        return existing, False
    page = page_class(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def version_parent(parent, language):
    """Where a demo page in ``language`` goes: the translation of ``parent`` in that
    language's tree (made by the migrations), else ``parent`` itself."""
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None or parent.locale_id == locale.pk:
        return parent
    return parent.get_translation_or_none(locale) or parent


def add_version(parent, page, translation_of=None):
    """Add ``page`` below ``parent``, as the translation of ``translation_of`` (a page
    in another language) when that has none in this language yet."""
    if (
        translation_of is not None
        and not translation_of.get_translations().filter(locale_id=parent.locale_id).exists()
    ):
        page.translation_key = translation_of.translation_key
    page.locale_id = parent.locale_id
    parent.add_child(instance=page)
    return page

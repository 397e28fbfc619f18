"""Adding a translation of a course or guidance page: a draft in another language's
tree with the same structure (StreamField blocks with their ids, so quiz answers and
progress line up; topics, skills, image), owned by the person who made it, that goes
through the same L&D review as any draft. Wagtail's own copy-for-translation does the
copying (the engine of its simple_translation app, docs/languages.md).

Linking: a page written separately in another language becomes the translation of
another page (it takes that page's ``translation_key``). Apps that keep records per item
hear of it through ``translations_linked``."""

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.dispatch import Signal
from django.utils.translation import gettext as _
from wagtail.actions.copy_for_translation import CopyPageForTranslationAction
from wagtail.log_actions import log
from wagtail.models import Locale, Page

# Sent with ``old_key`` and ``new_key`` after pages with ``old_key`` joined the item
# ``new_key``: records kept per item (learning's enrolments, ratings) follow them.
translations_linked = Signal()
LINK_ACTION = "hub.link_translation"


class TranslationNotPossible(Exception):
    """Why this person cannot add this translation, in words for them."""


def missing_locales(page):
    """The languages ``page`` has no version in yet."""
    taken = page.get_translations(inclusive=True).values_list("locale_id", flat=True)
    return Locale.objects.exclude(pk__in=taken).order_by("language_code")


def add_translation(page, locale, user):
    """A draft of ``page`` in ``locale``, owned by ``user``; the original's authors
    stay credited as co-authors. Raises :class:`TranslationNotPossible`."""
    if page.get_translations().filter(locale=locale).exists():
        raise TranslationNotPossible(_("This page already has a version in that language."))
    parent = page.get_parent().get_translation_or_none(locale)
    if parent is None:
        raise TranslationNotPossible(
            _("Its section has no version in that language yet. Ask the learning team to add it.")
        )
    if not parent.permissions_for_user(user).can_add_subpage():
        raise TranslationNotPossible(_("You may not add pages to that language's section."))
    with transaction.atomic():
        translation = CopyPageForTranslationAction(page=page, locale=locale, user=user).execute(
            skip_permission_checks=True
        )
        co_author = type(page).co_authors.rel.related_model
        originals = [person for person in page.credited_users if person is not None and person.pk != user.pk]
        translation.owner = user
        translation.co_authors = [
            co_author(user=person, sort_order=order) for order, person in enumerate(originals)
        ]
        translation.save()
        translation.save_revision(user=user, log_action=True)
    return translation


def link_candidates(page):
    """Pages of the same kind, in a language ``page`` has no version in, that have no
    translations of their own: what may be linked as its translation."""
    others = Page.objects.filter(translation_key=OuterRef("translation_key")).exclude(pk=OuterRef("pk"))
    return (
        page.specific_class.objects.filter(locale__in=missing_locales(page))
        .exclude(Exists(others))
        .select_related("locale")
        .order_by("locale__language_code", "title", "pk")
    )


def link_translation(page, other, user):
    """Make ``other`` (one of ``link_candidates(page)``) the translation of ``page``.
    Raises :class:`TranslationNotPossible`."""
    if not link_candidates(page).filter(pk=other.pk).exists():
        raise TranslationNotPossible(
            _("Choose a page of the same kind, in a language this page is not in yet, without translations.")
        )
    if not other.permissions_for_user(user).can_edit():
        raise TranslationNotPossible(
            _("You may not edit “%(title)s”, so you cannot link it.") % {"title": other.title}
        )
    old_key, new_key = other.translation_key, page.translation_key
    with transaction.atomic():
        # The row only: Wagtail keeps a page's translation_key when it publishes a revision.
        Page.objects.filter(pk=other.pk).update(translation_key=new_key)
        log(instance=other, action=LINK_ACTION, user=user, data={"original": page.pk})
        translations_linked.send(sender=type(page), old_key=old_key, new_key=new_key)

"""Adding a translation of a course or guidance page: a draft in another language's
tree with the same structure (StreamField blocks with their ids, so quiz answers and
progress line up; topics, skills, image), owned by the person who made it, that goes
through the same L&D review as any draft. Wagtail's own copy-for-translation does the
copying (the engine of its simple_translation app, docs/languages.md)."""

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.actions.copy_for_translation import CopyPageForTranslationAction
from wagtail.models import Locale


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

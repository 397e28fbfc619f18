"""Which languages the hub speaks: the interface (Django's catalogues in ``locale/``) and
the content (Wagtail's locales), from the environment.

- The interface is translated into English and Dutch. Those are the languages the
  language switch offers.
- Content may be written in more: ``WAGTAIL_CONTENT_LANGUAGES=en,nl,de`` adds German
  pages, in their own tree under ``/de/``, with no code change (docs/languages.md).
  Django needs every content language in ``LANGUAGES`` too, so the extra ones are added
  there; a reader who chooses German content reads the interface in English.
"""

from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

DEFAULT_LANGUAGE = "en"
INTERFACE_LANGUAGES = [("en", _("English")), ("nl", _("Dutch"))]


def content_languages(codes):
    """``[(code, name)]`` for ``codes`` (e.g. ``["en", "nl", "de"]``): the default
    language first, each known to Django, none twice."""
    codes = [code.strip().lower() for code in codes if code.strip()]
    if DEFAULT_LANGUAGE not in codes:
        codes.insert(0, DEFAULT_LANGUAGE)
    interface = dict(INTERFACE_LANGUAGES)
    languages = []
    for code in dict.fromkeys(codes):
        if code not in interface and code not in LANG_INFO:
            raise ImproperlyConfigured(
                f"WAGTAIL_CONTENT_LANGUAGES names {code!r}, which is not a language code Django knows "
                "(for example en, nl, de, fr)."
            )
        languages.append((code, interface[code] if code in interface else LANG_INFO[code]["name"]))
    languages.sort(key=lambda language: language[0] != DEFAULT_LANGUAGE)
    return languages


def all_languages(content):
    """Django's ``LANGUAGES``: the interface languages, then any other content language."""
    interface_codes = {code for code, _name in INTERFACE_LANGUAGES}
    return INTERFACE_LANGUAGES + [language for language in content if language[0] not in interface_codes]

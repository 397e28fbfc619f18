"""Choices every kind of content shares: the language it is written in and the region it
applies to (courses, guidance, expert profiles, search facets)."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _


def language_choices():
    """The content languages (``WAGTAIL_CONTENT_LANGUAGES``), default first."""
    return list(settings.WAGTAIL_CONTENT_LANGUAGES)


LANGUAGE_CHOICES = language_choices()
REGION_CHOICES = [
    ("global", _("All regions")),
    ("benelux", _("Benelux")),
    ("emea", _("Europe, Middle East and Africa")),
    ("americas", _("Americas")),
    ("apac", _("Asia-Pacific")),
]

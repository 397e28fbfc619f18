"""Choices every kind of content shares: the language it is written in and the region it
applies to (courses, guidance, expert profiles, search facets)."""

from django.utils.translation import gettext_lazy as _

LANGUAGE_CHOICES = [("en", _("English")), ("nl", _("Dutch"))]
REGION_CHOICES = [
    ("global", _("All regions")),
    ("benelux", _("Benelux")),
    ("emea", _("Europe, Middle East and Africa")),
    ("americas", _("Americas")),
    ("apac", _("Asia-Pacific")),
]

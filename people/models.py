"""Every model of the people app, for Django (which loads ``people.models``) and for
code outside the app. Each lives with its feature: the directory and profile pages,
their expertise and languages and the spotlight setting in people/profiles/models.py,
thanks in people/kudos/models.py. Modules inside the app import from there, never
from here."""

from .kudos.models import Kudos
from .profiles.models import ExpertIndexPage, ExpertProfilePage, ExpertTopic, PeopleSettings, SpokenLanguage

__all__ = ["ExpertIndexPage", "ExpertProfilePage", "ExpertTopic", "Kudos", "PeopleSettings", "SpokenLanguage"]

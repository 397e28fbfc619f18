from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearningConfig(AppConfig):
    name = "learning"
    verbose_name = _("Learning")

    def ready(self):
        # Receivers connect when their module is imported (as in people/apps.py).
        from . import signals  # noqa: F401

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidanceConfig(AppConfig):
    name = "guidance"
    verbose_name = _("Guidance")

    def ready(self):
        # Receivers connect when their module is imported, and they import models: this
        # is the first moment they can be (Django's documented place for it).
        from . import signals  # noqa: F401

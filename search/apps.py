from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        # Receivers connect when their module is imported, and they import models: this
        # is the first moment they can be (Django's documented place for it).
        from . import signals

        signals.connect(self)

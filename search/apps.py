from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from hub.registry import Section, sections

        from . import insights, signals
        from .queue import register_queue_source

        signals.connect(self)
        insights.register()
        register_queue_source()

        sections.register(
            Section(
                key="search",
                label=_("Search"),
                description=_("Find courses, guidance and experts in one search."),
                url_name="search",
                order=60,
            )
        )

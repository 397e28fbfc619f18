from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from hub.registry import Section, sections

        from . import insights, signals

        signals.connect(self)
        insights.register()

        sections.register(
            Section(
                key="search",
                label=_("Search"),
                description=_("Find courses, guidance and experts in one search."),
                url_name="search",
                order=60,
            )
        )

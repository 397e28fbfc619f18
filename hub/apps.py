from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HubConfig(AppConfig):
    name = "hub"
    verbose_name = _("Learning hub")

    def ready(self):
        from . import signals  # noqa: F401  (connects the receivers)
        from .content_insights import register as register_insights
        from .queue_sources import register_sources
        from .registry import Section, sections

        register_insights()

        sections.register(
            Section(
                key="contact",
                label=_("Contact the learning team"),
                description=_("Questions, ideas or help with sharing what you know."),
                url_name="contact",
                order=100,
            )
        )
        register_sources()

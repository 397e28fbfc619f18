from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeopleConfig(AppConfig):
    name = "people"
    verbose_name = _("Experts")

    def ready(self):
        from hub.registry import (
            AccountLink,
            DemoSeeder,
            HomePanel,
            Section,
            account_links,
            demo_seeders,
            expert_finder,
            home_panels,
            profile_links,
            sections,
        )

        from . import signals  # noqa: F401  (connects the account handlers)
        from .demo import seed_experts
        from .home import expert_index_url, experts_for_topics, home_experts, my_profile_url, profile_urls

        sections.register(
            Section(
                key="experts",
                label=_("Experts"),
                description=_("Find the colleague who knows, and thank the people who share."),
                get_url=expert_index_url,
                order=30,
            )
        )
        home_panels.register(
            HomePanel(
                key="experts",
                template="people/includes/home_experts.html",
                get_context=home_experts,
                order=60,
            )
        )
        account_links.register(
            AccountLink(key="my_profile", label=_("My profile"), get_url=my_profile_url, order=20)
        )
        profile_links.register(profile_urls)
        from hub.recognition import RecognitionSource, recognition

        from .recognition import thanks_received

        recognition.register(
            RecognitionSource(key="thanks", label=_("Thanks received"), counts=thanks_received, order=30)
        )
        expert_finder.register(experts_for_topics)
        # After courses (order 10), so the demo experts have something to show.
        demo_seeders.register(DemoSeeder(key="experts", seed=seed_experts, order=40))

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def guidance_index(request):
    """The live guidance section, looked up once per request."""
    from .models import GuidanceIndexPage

    if not hasattr(request, "_guidance_index"):
        request._guidance_index = GuidanceIndexPage.objects.live().first()
    return request._guidance_index


def guidance_index_url(request):
    index = guidance_index(request)
    return index.get_url(request) if index else None


class GuidanceConfig(AppConfig):
    name = "guidance"
    verbose_name = _("Guidance")

    def ready(self):
        from hub.registry import DemoSeeder, Section, contributions, demo_seeders, sections

        from . import insights
        from .contributions import source
        from .demo import seed_guidance
        from .queue import register_queue_source
        from .requests_registry import register_requests

        sections.register(
            Section(
                key="guidance",
                label=_("Guidance"),
                description=_("How to share what you know, the company's guidelines, and help choosing."),
                get_url=guidance_index_url,
                order=20,
            )
        )
        # After the courses (order 10): guidance links to course templates.
        demo_seeders.register(DemoSeeder(key="guidance", seed=seed_guidance, order=20))
        contributions.register(source)
        register_requests()
        insights.register()
        register_queue_source()

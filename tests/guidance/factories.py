import factory
import wagtail_factories

from guidance.pages import GuidancePage


class GuidancePageFactory(wagtail_factories.PageFactory):
    """A published guidance page."""

    class Meta:
        model = GuidancePage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Guidance {n}")
    slug = factory.Sequence(lambda n: f"guidance-{n}")
    summary = "How we do things."
    section = "getting_started"
    content_language = "en"
    body = factory.LazyFunction(lambda: [{"type": "paragraph", "value": "<p>Body text.</p>"}])

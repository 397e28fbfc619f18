"""/guidance/ and its pages: how to share what you know, written by L&D and experts."""

from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from hub.authoring.models import AuthoredPage, CoAuthorBase
from hub.blocks import LIMITED_RICH_TEXT
from hub.content.languages import below_any_version, one_per_item

from .ask import AskFormPage
from .blocks import GuidanceBodyBlock
from .wizard.screen import wizard_screen


class GuidanceSection(models.TextChoices):
    """The headings /guidance/ groups its pages under, in this order.

    A field rather than child index pages: pages keep short, stable URLs when L&D
    regroup them, and experts need the "add" right on one section page only."""

    GETTING_STARTED = "getting_started", _("Getting started")
    MAKING_COURSES = "making_courses", _("Making good courses")
    GUIDELINES = "guidelines", _("Company guidelines")
    SHARING = "sharing", _("Sharing and review")
    HELP = "help", _("Help and questions")


class GuidanceCoAuthor(CoAuthorBase):
    page = ParentalKey("guidance.GuidancePage", related_name="co_authors", on_delete=models.CASCADE)


class GuidanceIndexPage(RoutablePageMixin, Page):
    """/guidance/: the guidance pages grouped by section, the wizard and the ask form."""

    intro = RichTextField(_("introduction"), features=LIMITED_RICH_TEXT, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["hub.HomePage"]
    subpage_types = ["guidance.GuidancePage", "guidance.AskFormPage"]
    max_count_per_parent = 1
    follows_reader_language = True

    class Meta:
        verbose_name = _("guidance index")
        verbose_name_plural = _("guidance indexes")

    def guidance_pages(self):
        return (
            one_per_item(below_any_version(GuidancePage, self).live().public())
            .only("id", "title", "url_path", "path", "depth", "summary", "section", "content_language")
            .order_by("path")
        )

    def sections(self):
        """``[(label, [page, ...]), ...]`` in the sections' order; empty sections left out.
        One query however many pages there are."""
        by_section = {}
        for page in self.guidance_pages():
            by_section.setdefault(page.section, []).append(page)
        return [(label, by_section[key]) for key, label in GuidanceSection.choices if key in by_section]

    def ask_page(self):
        return AskFormPage.objects.child_of(self).live().first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.sections()
        context["ask_page"] = self.ask_page()
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("wizard/", name="wizard")
    def wizard(self, request):
        """The wizard "Is training the answer?", one question per screen (guidance/wizard/)."""
        wizard_url = self.get_url(request) + self.reverse_subpage("wizard")
        context, status = wizard_screen(request, wizard_url, ask_page=self.ask_page)
        return TemplateResponse(request, "guidance/wizard.html", {"page": self, **context}, status=status)


class GuidancePage(AuthoredPage):
    summary = models.TextField(
        _("summary"), max_length=300, help_text=_("One or two sentences for the listing.")
    )
    section = models.CharField(
        _("section"), max_length=32, choices=GuidanceSection.choices, default=GuidanceSection.GETTING_STARTED
    )
    body = StreamField(GuidanceBodyBlock(), verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("section"), FieldPanel("region")])],
            heading=_("About this page"),
        ),
        FieldPanel("body"),
        AuthoredPage.authors_panel,
    ]
    settings_panels = Page.settings_panels + AuthoredPage.review_panels

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=1.5),
        index.SearchField("body"),
        index.SearchField("author_names"),
        index.FilterField("content_language"),
        index.FilterField("region"),
        index.FilterField("section"),
    ]

    parent_page_types = ["guidance.GuidanceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guidance page")
        verbose_name_plural = _("guidance pages")

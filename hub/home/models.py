"""The hub's front door: the home page and the items moderators feature on it."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from hub.blocks import LIMITED_RICH_TEXT
from hub.content.languages import reader_language


class HomePage(Page):
    """The hub's front door: intro, a "start here" call to action, curated items and
    one card per section of the site."""

    intro = RichTextField(_("introduction"), features=LIMITED_RICH_TEXT, blank=True)
    start_here_text = models.CharField(
        _("'start here' button text"), max_length=80, blank=True, default=_("Start here")
    )
    start_here_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("'start here' page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where a newcomer should begin, e.g. the getting-started guidance."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("start_here_text"), PageChooserPanel("start_here_page")],
            heading=_("Start here"),
        ),
        InlinePanel("featured_items", label=_("Featured items"), max_num=6),
    ]

    parent_page_types = ["wagtailcore.Page"]
    # One home, with a translation per language (docs/languages.md).
    max_count = 1
    follows_reader_language = True

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_items"] = self.featured_items_for_display()
        return context

    def featured_items_for_display(self):
        """Curated items whose page is live and not behind a view restriction (lists
        leave restricted pages out), in the editor's order; each page in the reader's
        language when it has that version, and each item once."""
        visible = Page.objects.live().public()
        items = list(
            self.featured_items.filter(page__in=visible).select_related("page").order_by("sort_order")
        )
        versions = {
            page.translation_key: page
            for page in visible.filter(
                translation_key__in=[item.page.translation_key for item in items],
                locale__language_code=reader_language(),
            )
        }
        shown, seen = [], set()
        for item in items:
            item.page = versions.get(item.page.translation_key, item.page)
            if item.page.translation_key not in seen:
                seen.add(item.page.translation_key)
                shown.append(item)
        return shown

    def start_here(self):
        """The "start here" page in the reader's language when it has that version."""
        return self.start_here_page.localized if self.start_here_page_id else None


class HomeFeaturedItem(Orderable):
    home = ParentalKey(HomePage, related_name="featured_items", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )
    blurb = models.CharField(_("short description"), max_length=200, blank=True)

    panels = [PageChooserPanel("page"), FieldPanel("blurb")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured item")
        verbose_name_plural = _("featured items")

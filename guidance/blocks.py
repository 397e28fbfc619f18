"""Guidance blocks: the shared content blocks, a FAQ and the course template library."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from hub.blocks import AccordionBlock, BaseContentBlock
from hub.content.languages import one_per_item, reader_version
from learning.models import CourseIndexPage, CourseTemplate


class FAQBlock(AccordionBlock):
    """The hub's accordion with a FAQ's default title: questions people ask, each answer
    folded away until opened (no script needed). Same fields and stored value as the
    accordion; only the title's default, its entry in the block picker and its template
    differ."""

    title = blocks.CharBlock(
        label=_("Title"), max_length=120, default=_("Frequently asked questions"), required=False
    )

    class Meta:
        icon = "help"
        template = "guidance/blocks/faq.html"
        label = _("FAQ")
        preview_value = {
            "title": "Frequently asked questions",
            "items": [{"question": "How long does a review take?", "answer": "<p>About a week.</p>"}],
        }


class TemplateLibraryBlock(blocks.StructBlock):
    """L&D's course templates with when to use each, in the page's language (else the
    one L&D wrote them in). Experts get a "Start from this template" button; everyone
    else learns how to become an expert."""

    title = blocks.CharBlock(label=_("Title"), max_length=120, default=_("Course templates"))
    intro = blocks.TextBlock(label=_("Introduction"), required=False, max_length=500)
    become_expert_page = blocks.PageChooserBlock(
        label=_("How to become an expert"),
        required=False,
        help_text=_(
            "Shown to readers who cannot write courses yet. Empty: the learning team's contact page."
        ),
    )

    class Meta:
        icon = "form"
        template = "guidance/blocks/template_library.html"
        label = _("Course template library")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        request = (parent_context or {}).get("request")
        user = getattr(request, "user", None)
        index = reader_version(CourseIndexPage.objects.all())
        page = (parent_context or {}).get("page")
        language = page.locale.language_code if getattr(page, "locale_id", None) else None
        templates = one_per_item(CourseTemplate.objects.all(), language).order_by("sort_order", "name")
        context["templates"] = list(templates)
        # The same rule as the admin view the button posts to: "add" in the course section.
        context["can_start"] = bool(
            user is not None
            and user.is_authenticated
            and index is not None
            and index.permissions_for_user(user).can_add_subpage()
        )
        return context


class GuidanceBodyBlock(BaseContentBlock):
    faq = FAQBlock()
    template_library = TemplateLibraryBlock()

"""StreamField blocks shared by every content type (home, information, courses, guidance).

Apps extend ``BaseContentBlock`` with their own blocks rather than redefining these.
Each block has a template, an icon and a preview value for the editor's block picker.
"""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

# Rich text in content blocks stays simple: headings come from the heading block.
LIMITED_RICH_TEXT = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        label = _("Heading")
        preview_value = {"text": _("What you will learn"), "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", LIMITED_RICH_TEXT)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph.html"
        label = _("Text")
        preview_value = "<p>Short paragraphs and plain words help every reader.</p>"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    decorative = blocks.BooleanBlock(
        label=_("Decorative only"),
        required=False,
        help_text=_("Tick only if the image adds no information; screen readers then skip it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        label = _("Image")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("decorative") and not (value.get("alt_text") or "").strip():
            raise blocks.StructBlockValidationError(
                block_errors={
                    "alt_text": ErrorList(
                        [ValidationError(_("Add alternative text, or mark the image as decorative."))]
                    )
                }
            )
        return value


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("tip", _("Tip")), ("warning", _("Warning")), ("important", _("Important"))],
        default="tip",
    )
    text = ParagraphBlock(label=_("Text"))

    class Meta:
        icon = "help"
        template = "blocks/callout.html"
        label = _("Callout")
        preview_value = {"kind": "tip", "text": "<p>Keep each course to one clear goal.</p>"}


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"), required=False, help_text=_("Defaults to the document's title.")
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document.html"
        label = _("Document download")


class LinkBlock(blocks.StructBlock):
    """A link to a page of the hub or to another address, never both."""

    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Address"), required=False)
    text = blocks.CharBlock(label=_("Link text"), required=False, max_length=120)

    class Meta:
        icon = "link"
        template = "blocks/link.html"
        label = _("Link")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ErrorList([ValidationError(_("Choose a page or enter an address, not both."))])
                }
            )
        return value


class VideoBlock(blocks.StructBlock):
    """A video from a known provider is embedded; any other address (an intranet video
    platform, say) or a provider that cannot be reached shows as a plain link.

    A page that embeds a video marks its request, and only that page's Content-Security-
    Policy then allows frames from the approved video hosts (``HUB_VIDEO_HOSTS``,
    hub.ops.middleware.HubCSPMiddleware); elsewhere frames stay limited to the hub."""

    url = blocks.URLBlock(label=_("Video address"))
    title = blocks.CharBlock(label=_("Title"), max_length=160)
    transcript = blocks.TextBlock(label=_("Transcript or summary"), required=False)

    class Meta:
        icon = "media"
        template = "blocks/video.html"
        label = _("Video")

    def get_context(self, value, parent_context=None):
        from wagtail.embeds import embeds
        from wagtail.embeds.exceptions import EmbedException

        context = super().get_context(value, parent_context)
        try:
            context["embed"] = embeds.get_embed(value["url"])
        except EmbedException:
            context["embed"] = None
        request = context.get("request")
        if context["embed"] is not None and request is not None:
            request.embeds_video = True
        return context


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item"), max_length=250), label=_("Items"), min_num=1)

    class Meta:
        icon = "tasks"
        template = "blocks/checklist.html"
        label = _("Checklist")
        preview_value = {
            "title": "Before you start",
            "items": ["Book a room", "Send the agenda", "Test the beamer"],
        }


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=160)
    text = ParagraphBlock(label=_("Explanation"), required=False)
    image = ImageChooserBlock(label=_("Image"), required=False)
    alt_text = blocks.CharBlock(label=_("Alternative text"), required=False, max_length=250)

    class Meta:
        icon = "arrow-right"
        label = _("Step")

    def clean(self, value):
        value = super().clean(value)
        if value.get("image") and not (value.get("alt_text") or "").strip():
            raise blocks.StructBlockValidationError(
                block_errors={"alt_text": ErrorList([ValidationError(_("Describe the image of this step."))])}
            )
        return value


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        template = "blocks/steps.html"
        label = _("Step-by-step procedure")


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = ParagraphBlock(label=_("Answer"))


class AccordionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/accordion.html"
        label = _("Accordion / FAQ")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote or story"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=120)
    role = blocks.CharBlock(label=_("Their role"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        label = _("Quote or story")
        preview_value = {
            "quote": "The checklist saved us an hour on every audit.",
            "attribution": "A colleague",
        }


class KeyTakeawaysBlock(blocks.StructBlock):
    items = blocks.ListBlock(
        blocks.CharBlock(label=_("Takeaway"), max_length=250), label=_("Takeaways"), min_num=1
    )

    class Meta:
        icon = "pick"
        template = "blocks/takeaways.html"
        label = _("Key takeaways")
        preview_value = {"items": ["One goal per course", "Show an example", "Ask for feedback"]}


class BaseContentBlock(blocks.StreamBlock):
    """The blocks every content page offers; page types extend it (courses add a quiz)."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    callout = CalloutBlock()
    checklist = ChecklistBlock()
    steps = StepsBlock()
    accordion = AccordionBlock()
    quote = QuoteBlock()
    takeaways = KeyTakeawaysBlock()
    video = VideoBlock()
    document = DocumentBlock()
    link = LinkBlock()

    class Meta:
        template = "blocks/stream.html"

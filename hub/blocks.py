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


class BaseContentBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    callout = CalloutBlock()
    document = DocumentBlock()
    link = LinkBlock()

    class Meta:
        template = "blocks/stream.html"

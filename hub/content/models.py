"""What every kind of content shares: plain information pages and the topic and skill
tags that courses, guidance and expert profiles are tagged with."""

from django.utils.translation import gettext_lazy as _
from taggit.models import TagBase
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from hub.blocks import BaseContentBlock


class InfoPage(Page):
    """A plain page of text: the accessibility statement, privacy notes, about the hub."""

    body = StreamField(BaseContentBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = _("information page")
        verbose_name_plural = _("information pages")


class Topic(TagBase):
    """What content is about (e.g. "Excel", "Onboarding"); shared by courses and guidance."""

    free_tagging = True

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class Skill(TagBase):
    """What a learner can do afterwards (e.g. "pivot tables", "giving feedback")."""

    free_tagging = True

    class Meta:
        verbose_name = _("skill")
        verbose_name_plural = _("skills")

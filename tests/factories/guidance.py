"""Factories for guidance: guidance pages and their blocks (guidance/blocks.py), learning
requests and votes."""

import factory
import wagtail_factories

from guidance.blocks import FAQBlock, GuidanceBodyBlock, TemplateLibraryBlock
from guidance.pages import GuidanceIndexPage, GuidancePage
from guidance.requests.models import LearningRequest, RequestVote
from hub.blocks import AccordionItemBlock

from .hub import (
    AuthoredPageFactory,
    BaseContentBlockFactory,
    ParagraphBlockFactory,
    StreamFieldFactory,
    UserFactory,
    in_default_language,
)


class AccordionItemBlockFactory(wagtail_factories.StructBlockFactory):
    class Meta:
        model = AccordionItemBlock

    question = factory.Sequence(lambda n: f"Question {n}?")
    answer = factory.SubFactory(ParagraphBlockFactory)


class FAQBlockFactory(wagtail_factories.StructBlockFactory):
    """``items__0__question="How long?"``: one question per index."""

    class Meta:
        model = FAQBlock

    title = "Frequently asked questions"
    items = wagtail_factories.ListBlockFactory(AccordionItemBlockFactory)


class TemplateLibraryBlockFactory(wagtail_factories.StructBlockFactory):
    class Meta:
        model = TemplateLibraryBlock

    title = "Course templates"
    intro = ""
    become_expert_page = None


class GuidanceBodyBlockFactory(BaseContentBlockFactory):
    class Meta:
        model = GuidanceBodyBlock

    faq = factory.SubFactory(FAQBlockFactory)
    template_library = factory.SubFactory(TemplateLibraryBlockFactory)


class GuidancePageFactory(AuthoredPageFactory):
    """A guidance page in /guidance/, published (``draft=True``: its owner's draft)."""

    class Meta:
        model = GuidancePage

    parent = factory.LazyFunction(lambda: in_default_language(GuidanceIndexPage, slug="guidance"))
    title = factory.Sequence(lambda n: f"Guidance {n}")
    slug = factory.Sequence(lambda n: f"guidance-{n}")
    summary = "How we do things."
    section = "getting_started"
    body = StreamFieldFactory(GuidanceBodyBlockFactory, default=["paragraph"])


class LearningRequestFactory(factory.django.DjangoModelFactory):
    """A new learning request by an employee."""

    class Meta:
        model = LearningRequest

    requester = factory.SubFactory(UserFactory, role="employee")
    title = "Pivot tables for monthly reports"
    description = "I summarise an hours export by hand every month."
    audience = "Team assistants"


class RequestVoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RequestVote

    request = factory.SubFactory(LearningRequestFactory)
    user = factory.SubFactory(UserFactory)

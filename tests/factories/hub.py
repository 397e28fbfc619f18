"""Factories for the hub: people and their roles and details, information pages, the
home page's featured items, flags, digests and topics; the page factory every app's
pages are made with, and the content blocks every page shares (hub/blocks.py)."""

import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction, Locale, PageViewRestriction
from wagtail_factories.blocks import BlockFactory

from hub.accounts.models import UserDetails
from hub.accounts.roles import ADMINISTRATOR, EXPERT, MODERATOR
from hub.authoring.models import ContentFlag
from hub.blocks import (
    BaseContentBlock,
    CalloutBlock,
    ChecklistBlock,
    HeadingBlock,
    ParagraphBlock,
    StepBlock,
    StepsBlock,
)
from hub.content.models import InfoPage, Topic
from hub.digest.models import DigestDelivery
from hub.home.models import HomeFeaturedItem, HomePage

ROLE_GROUPS = {
    "employee": (),
    "expert": (EXPERT,),
    "moderator": (EXPERT, MODERATOR),
    "admin": (ADMINISTRATOR,),
}


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.com")
    password = factory.django.Password("correct-horse-battery")

    @factory.post_generation
    def role(user, create, extracted, **kwargs):
        """``UserFactory(role="moderator")`` puts the user in that role's groups."""
        if not create or not extracted:
            return
        user.groups.add(*Group.objects.filter(name__in=ROLE_GROUPS[extracted]))
        if extracted == "admin":
            user.is_superuser = user.is_staff = True
            user.save(update_fields=["is_superuser", "is_staff"])


class UserDetailsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = UserDetails

    user = factory.SubFactory(UserFactory)


class TopicFactory(factory.django.DjangoModelFactory):
    """A topic tag; its slug is made from the name, as the editor's tag field does."""

    class Meta:
        model = Topic
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Topic {n}")


# -- blocks every page shares ----------------------------------------------------------------
class StreamFieldFactory(wagtail_factories.StreamFieldFactory):
    """wagtail-factories' StreamField factory, with the blocks a page gets when the test
    names none: ``body__0__heading__text="Intro"`` or ``body=[...]`` replace them."""

    def __init__(self, block_types, default=(), **kwargs):
        super().__init__(block_types, **kwargs)
        self.default = {str(index): name for index, name in enumerate(default)}

    def evaluate(self, instance, step, extra):
        return super().evaluate(instance, step, extra or self.default)


class ParagraphBlockFactory(BlockFactory):
    """``ParagraphBlockFactory(value="<p>...</p>")``: rich text as the editor stores it."""

    class Meta:
        model = ParagraphBlock

    value = "<p>Body text.</p>"

    @classmethod
    def _construct_block(cls, block_class, *args, value):
        return block_class().normalize(value)


class HeadingBlockFactory(wagtail_factories.StructBlockFactory):
    class Meta:
        model = HeadingBlock

    text = factory.Sequence(lambda n: f"Section {n}")
    level = "h2"


class CalloutBlockFactory(wagtail_factories.StructBlockFactory):
    class Meta:
        model = CalloutBlock

    kind = "tip"
    text = factory.SubFactory(ParagraphBlockFactory, value="<p>Keep each course to one clear goal.</p>")


class ChecklistBlockFactory(wagtail_factories.StructBlockFactory):
    """``items__0="Book a room"``: one item per index."""

    class Meta:
        model = ChecklistBlock

    title = "Before you start"
    items = wagtail_factories.ListBlockFactory(wagtail_factories.CharBlockFactory)


class StepBlockFactory(wagtail_factories.StructBlockFactory):
    class Meta:
        model = StepBlock

    title = factory.Sequence(lambda n: f"Step {n}")
    text = factory.SubFactory(ParagraphBlockFactory, value="")
    image = None
    alt_text = ""


class StepsBlockFactory(wagtail_factories.StructBlockFactory):
    class Meta:
        model = StepsBlock

    title = "Step by step"
    steps = wagtail_factories.ListBlockFactory(StepBlockFactory)


class BaseContentBlockFactory(wagtail_factories.StreamBlockFactory):
    """The blocks of every content page; courses and guidance add their own."""

    class Meta:
        model = BaseContentBlock

    heading = factory.SubFactory(HeadingBlockFactory)
    paragraph = factory.SubFactory(ParagraphBlockFactory)
    callout = factory.SubFactory(CalloutBlockFactory)
    checklist = factory.SubFactory(ChecklistBlockFactory)
    steps = factory.SubFactory(StepsBlockFactory)


# -- pages ---------------------------------------------------------------------------------
def in_default_language(model, **lookup):
    """The one ``model`` page of the default language's tree matching ``lookup``."""
    return model.objects.get(locale__language_code="en", **lookup)


def in_language_tree(page, language):
    """``page``'s version in ``language``'s tree (made by the migrations for Dutch)."""
    if page.locale.language_code == language:
        return page
    return page.get_translation(Locale.objects.get(language_code=language))


class PageFactory(wagtail_factories.PageFactory):
    """A page as the admin makes it: added as a draft, saved as a revision by its owner
    and published from that revision, so ``first_published_at``, the page history and the
    search index are right. ``draft=True`` (or ``live=False``) stops at the draft.

    Subclasses set ``parent`` and may override ``_unsaved`` (what the editor's form holds
    before the first save: tags, inline rows) and ``_publish``."""

    class Meta:
        abstract = True

    class Params:
        draft = factory.Trait(live=False)

    live = True

    @classmethod
    def _create(cls, model_class, *args, parent, live, **fields):
        page = cls._unsaved(model_class, **fields)
        page.live = False
        parent.add_child(instance=page)
        revision = page.save_revision(user=page.owner)
        if not live:
            return page
        cls._publish(revision)
        return model_class.objects.get(pk=page.pk)

    @classmethod
    def _unsaved(cls, model_class, **fields):
        return model_class(**fields)

    @classmethod
    def _publish(cls, revision):
        revision.publish()


class InfoPageFactory(PageFactory):
    """A published information page under the home page."""

    class Meta:
        model = InfoPage

    parent = factory.LazyFunction(lambda: HomePage.objects.get(depth=2, locale__language_code="en"))
    title = factory.Sequence(lambda n: f"Information {n}")
    body = StreamFieldFactory(BaseContentBlockFactory)


class AuthoredPageFactory(PageFactory):
    """Courses and guidance (hub.authoring.models.AuthoredPage): ``owner=user`` and
    ``co_authors=[user, ...]``, credited in that order as the editor's inline panel
    saves them."""

    class Meta:
        abstract = True

    owner = None
    co_authors = ()
    content_language = "en"
    region = "global"
    translation_of = None

    @classmethod
    def _create(cls, model_class, *args, parent, content_language, translation_of, **fields):
        """``content_language="nl"`` puts the page in the Dutch tree (its language is its
        locale); ``translation_of=page`` links it as that page's translation."""
        parent = in_language_tree(parent, content_language)
        if translation_of is not None:
            fields["translation_key"] = translation_of.translation_key
        return super()._create(model_class, *args, parent=parent, **fields)

    @classmethod
    def _unsaved(cls, model_class, *, co_authors, **fields):
        page = super()._unsaved(model_class, **fields)
        co_author = model_class.co_authors.rel.related_model
        page.co_authors = [co_author(user=user, sort_order=order) for order, user in enumerate(co_authors)]
        return page


# -- what happens to pages -------------------------------------------------------------------
class HomeFeaturedItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = HomeFeaturedItem

    home = factory.LazyFunction(lambda: HomePage.objects.get(depth=2, locale__language_code="en"))
    page = factory.SubFactory(InfoPageFactory)
    sort_order = factory.Sequence(int)


class ContentFlagFactory(factory.django.DjangoModelFactory):
    """A reader's flag, open unless ``resolved_at`` is given; ``created_at=...`` back-dates
    it (the field is set on saving)."""

    class Meta:
        model = ContentFlag
        skip_postgeneration_save = True

    # Flags are mostly on courses; named by path, as hub's factories import no app's.
    page = factory.SubFactory("tests.factories.learning.CourseFactory")
    reported_by = factory.SubFactory(UserFactory)
    reason = "The screenshots show an old version."

    @factory.post_generation
    def created_at(flag, create, extracted, **kwargs):
        if create and extracted:
            ContentFlag.objects.filter(pk=flag.pk).update(created_at=extracted)
            flag.created_at = extracted


class DigestDeliveryFactory(factory.django.DjangoModelFactory):
    """This week's digest for someone, claimed now and not sent yet."""

    class Meta:
        model = DigestDelivery

    user = factory.SubFactory(UserFactory, role="expert")
    week = factory.LazyFunction(
        lambda: timezone.localdate() - datetime.timedelta(days=timezone.localdate().weekday())
    )
    claimed_at = factory.LazyFunction(timezone.now)


class ViewRestrictionFactory(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(restriction, create, extracted, **kwargs):
        """``groups=[MODERATOR]``: the roles' groups that may see what is restricted."""
        if create and extracted:
            restriction.groups.set(Group.objects.filter(name__in=extracted))


class PageViewRestrictionFactory(ViewRestrictionFactory):
    """A view restriction on ``page`` and everything below it: to ``groups`` by default
    (``groups=[MODERATOR]``), or ``restriction_type="login"`` / ``"password"``."""

    class Meta:
        model = PageViewRestriction

    restriction_type = PageViewRestriction.GROUPS


class CollectionViewRestrictionFactory(ViewRestrictionFactory):
    """A view restriction on a collection of documents, to ``groups`` by default."""

    class Meta:
        model = CollectionViewRestriction

    restriction_type = CollectionViewRestriction.GROUPS


class DocumentFactory(factory.django.DjangoModelFactory):
    """A small text document (indexed on save), in the root collection unless given one."""

    class Meta:
        model = Document

    title = factory.Sequence(lambda n: f"Document {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.django.FileField(filename="note.txt", data=b"text")

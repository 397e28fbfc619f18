"""Expert profiles, the directory at /experts/, kudos and the spotlight setting.

People never imports learning, guidance or search: what someone contributed comes
from ``hub.registry.contributions`` (see people/recognition.py).
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from hub.blocks import LIMITED_RICH_TEXT
from hub.content.choices import REGION_CHOICES
from hub.content.models import Topic

# Languages people commonly speak at work; names come from Django's own catalogue,
# so they are translated without new strings.
SPOKEN_LANGUAGE_CODES = ["en", "nl", "de", "fr", "es", "it", "pt", "pl", "tr", "ar", "zh-hans", "hi"]
SPOKEN_LANGUAGE_CHOICES = [
    (code, get_language_info(code)["name_translated"]) for code in SPOKEN_LANGUAGE_CODES
]

BIO_MAX_LENGTH = 1000
KUDOS_MAX_LENGTH = 500
KUDOS_PER_HOUR = 5

http_url = URLValidator(schemes=["https", "http"])


class ExpertIndexPage(RoutablePageMixin, Page):
    """/experts/: the directory, and /experts/me/ where experts create and edit their
    own profile (views in people/views.py)."""

    intro = RichTextField(_("introduction"), features=LIMITED_RICH_TEXT, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["hub.HomePage"]
    subpage_types = ["people.ExpertProfilePage"]
    max_count = 1

    class Meta:
        verbose_name = _("expert directory")
        verbose_name_plural = _("expert directories")

    def profiles(self):
        return listed_profiles().child_of(self)

    @path("")
    def directory(self, request):
        from .views import directory

        return directory(request, self)

    @path("me/", name="my_profile")
    def my_profile(self, request):
        from .views import edit_my_profile

        return edit_my_profile(request, self)


class ExpertTopic(ItemBase):
    """Expertise uses the hub's shared Topic tags, the same ones courses and guidance
    are tagged with, so ``?expertise=excel`` and the course topic "Excel" are one thing."""

    tag = models.ForeignKey(Topic, related_name="expert_items", on_delete=models.CASCADE)
    content_object = ParentalKey(
        "people.ExpertProfilePage", related_name="expertise_items", on_delete=models.CASCADE
    )


class SpokenLanguage(Orderable):
    profile = ParentalKey(
        "people.ExpertProfilePage", related_name="spoken_languages", on_delete=models.CASCADE
    )
    code = models.CharField(_("language"), max_length=8, choices=SPOKEN_LANGUAGE_CHOICES)

    panels = [FieldPanel("code")]

    class Meta(Orderable.Meta):
        verbose_name = _("language spoken")
        verbose_name_plural = _("languages spoken")
        constraints = [models.UniqueConstraint(fields=["profile", "code"], name="people_language_once")]


class ExpertProfilePage(RoutablePageMixin, Page):
    """One expert's page, one per account. Everything on it is what the expert entered,
    plus figures computed from their contributions (people/recognition.py)."""

    # SET_NULL, not CASCADE: deleting an account must not delete a page row behind
    # treebeard's back. A profile without an active account is hidden (``is_listed``).
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="expert_profile",
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    photo_alt_text = models.CharField(
        _("photo description"),
        max_length=200,
        blank=True,
        help_text=_("For people who cannot see the photo, e.g. “Sanne smiling in front of a whiteboard”."),
    )
    job_title = models.CharField(_("job title"), max_length=120)
    department = models.CharField(_("department"), max_length=120, blank=True)
    region = models.CharField(_("region"), max_length=16, choices=REGION_CHOICES, default="global")
    bio = RichTextField(_("short bio"), features=LIMITED_RICH_TEXT, blank=True)
    expertise = ClusterTaggableManager(
        through=ExpertTopic,
        blank=True,
        verbose_name=_("expertise"),
        related_name="experts",
        help_text=_("What you know well, e.g. Excel, onboarding, warehouse safety."),
    )
    ask_me_about = models.CharField(_("ask me about"), max_length=300, blank=True)
    show_email = models.BooleanField(_("show my e-mail address"), default=False)
    chat_url = models.URLField(_("chat link"), blank=True, validators=[http_url])

    content_panels = [
        FieldPanel("title", heading=_("Name")),
        FieldPanel("user"),
        MultiFieldPanel(
            [FieldPanel("photo"), FieldPanel("photo_alt_text")],
            heading=_("Photo"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("job_title"), FieldPanel("department"), FieldPanel("region")])],
            heading=_("Role"),
        ),
        FieldPanel("bio"),
        FieldPanel("expertise"),
        FieldPanel("ask_me_about"),
        InlinePanel("spoken_languages", label=_("Languages spoken")),
        MultiFieldPanel([FieldPanel("show_email"), FieldPanel("chat_url")], heading=_("Contact")),
    ]
    promote_panels = [FieldPanel("slug")]

    search_fields = Page.search_fields + [
        index.SearchField("job_title"),
        index.SearchField("department"),
        index.SearchField("ask_me_about"),
        index.SearchField("bio"),
        index.AutocompleteField("title"),
        index.RelatedFields(
            "expertise", [index.SearchField("name", boost=2), index.AutocompleteField("name")]
        ),
        index.FilterField("region"),
    ]

    parent_page_types = ["people.ExpertIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("expert profile")
        verbose_name_plural = _("expert profiles")

    def clean(self):
        super().clean()
        if self.photo_id and not self.photo_alt_text.strip():
            raise ValidationError({"photo_alt_text": _("Describe the photo for people who cannot see it.")})

    # -- who sees it -------------------------------------------------------------------
    @property
    def is_listed(self):
        return self.live and self.user is not None and self.user.is_active

    @property
    def member_since(self):
        return self.user.date_joined if self.user else None

    @property
    def contact_email(self):
        return self.user.email if self.show_email and self.user else ""

    @cached_property
    def language_names(self):
        return [language.get_code_display() for language in self.spoken_languages.all()]

    def serve(self, request, *args, **kwargs):
        # A deactivated or deleted account's profile is hidden; moderators still see it.
        if not self.is_listed and not self.permissions_for_user(request.user).can_edit():
            raise Http404
        return super().serve(request, *args, **kwargs)

    @path("")
    def profile(self, request):
        from .views import profile

        return profile(request, self)

    @path("thank/", name="thank")
    def thank(self, request):
        from .views import thank

        return thank(request, self)


class KudosQuerySet(models.QuerySet):
    def visible(self):
        return self.filter(hidden=False)

    def sent_recently_by(self, user, now=None):
        since = (now or timezone.now()) - datetime.timedelta(hours=1)
        return self.filter(sender=user, created_at__gte=since)


class Kudos(models.Model):
    """One "thank you" from an employee to an expert, in general or for one page."""

    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="kudos_sent",
    )
    # Thanks belong to the person, not to a page: they go when the account goes.
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("thanked expert"),
        on_delete=models.CASCADE,
        related_name="kudos_received",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("for page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A course or guidance page the thanks is for, if any."),
    )
    message = models.TextField(_("message"), max_length=KUDOS_MAX_LENGTH)
    hidden = models.BooleanField(
        _("hidden"), default=False, help_text=_("Hidden thanks are not shown or counted.")
    )
    created_at = models.DateTimeField(_("sent on"), default=timezone.now, db_index=True)

    objects = KudosQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("thanks")
        verbose_name_plural = _("thanks")
        indexes = [models.Index(fields=["recipient", "hidden"], name="people_kudos_recipient")]

    def __str__(self):
        return self.message[:60]

    def clean(self):
        if self.sender_id is not None and self.sender_id == self.recipient_id:
            raise ValidationError(_("You cannot thank yourself."))


@register_setting(icon="user")
class PeopleSettings(BaseSiteSetting):
    """Chosen by moderators (Settings → Experts). Lives in people, not in hub's settings,
    so the spotlight travels with the app."""

    spotlight = models.ForeignKey(
        ExpertProfilePage,
        verbose_name=_("expert in the spotlight"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on the home page. Empty: the most recent contributor."),
    )
    spotlight_note = models.CharField(
        _("why them"), max_length=200, blank=True, help_text=_("One line shown with the spotlight.")
    )

    panels = [FieldPanel("spotlight"), FieldPanel("spotlight_note")]

    class Meta:
        verbose_name = _("experts")
        verbose_name_plural = _("experts")


def listed_profiles():
    """Profiles that may be named and linked anywhere (directory, home page, credit
    lines): live, open to every signed-in user, as restricted pages are listed nowhere
    else, and of an account that is still active."""
    return ExpertProfilePage.objects.live().public().filter(user__is_active=True)

"""The expert directory at /experts/ and the profiles under it, with the expertise and
languages on a profile and the spotlight setting.

The pages' routes only read the request and answer: the rules live in modules that
never import this one (directory.py, editing.py, showing.py here, people/kudos/ for
thanks), and the e-mail to a thanked expert leaves through a signal. People never
imports learning, guidance or search: what someone contributed comes from the
``hub.hooks.CONTRIBUTIONS`` hook (see people/recognition.py).
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from hub.accounts.permissions import shares_expertise
from hub.blocks import LIMITED_RICH_TEXT
from hub.content.choices import REGION_CHOICES
from hub.content.languages import below_any_version, one_per_item
from hub.content.models import Topic
from hub.content.routes import post_only
from people.kudos.forms import KudosForm
from people.kudos.thanks import ThanksRefused, send_thanks

from .choices import SPOKEN_LANGUAGE_CHOICES, http_url
from .directory import expert_directory
from .editing import save_own_profile
from .forms import ProfileForm
from .showing import profile_context


class ExpertIndexPage(RoutablePageMixin, Page):
    """/experts/: the directory, and /experts/me/ where experts create and edit their
    own profile."""

    intro = RichTextField(_("introduction"), features=LIMITED_RICH_TEXT, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["hub.HomePage"]
    subpage_types = ["people.ExpertProfilePage"]
    max_count_per_parent = 1
    follows_reader_language = True

    class Meta:
        verbose_name = _("expert directory")
        verbose_name_plural = _("expert directories")

    def profiles(self):
        return one_per_item(below_any_version(ExpertProfilePage, self).listed())

    @property
    def my_profile_url(self):
        return self.url + self.reverse_subpage("my_profile")

    def new_profile(self, user):
        """An unsaved profile of ``user`` for this directory, at a free address made
        from their name."""
        base = slugify(user.get_full_name()) or slugify(user.get_username()) or "expert"
        taken = set(self.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
        slug, number = base, 2
        while slug in taken:
            slug, number = f"{base}-{number}", number + 1
        return ExpertProfilePage(user=user, owner=user, slug=slug)

    @path("")
    def directory(self, request):
        listing = expert_directory(self.profiles(), request.GET)
        context = {
            "listing": listing,
            "experts": listing.experts,
            "my_profile_url": self.my_profile_url if shares_expertise(request.user) else None,
        }
        return self.render(request, context_overrides=context)

    @path("me/", name="my_profile")
    def my_profile(self, request):
        user = request.user
        profile = ExpertProfilePage.objects.filter(user=user).first()
        if profile is None and not shares_expertise(user):
            return TemplateResponse(request, "people/no_profile.html", {"page": self}, status=403)
        editing = profile.get_latest_revision_as_object() if profile else None
        if request.method != "POST":
            form = ProfileForm(initial=ProfileForm.initial_for(editing, user), profile=editing)
            return self._profile_form(request, form, profile)
        form = ProfileForm(request.POST, request.FILES, profile=editing)
        if not form.is_valid():
            return self._profile_form(request, form, profile, status=400)
        profile = save_own_profile(self, user, editing, form)
        if not profile.live:
            messages.warning(
                request,
                gettext(
                    "Your changes are saved. A moderator took your profile offline; "
                    "ask them to publish it again."
                ),
            )
            return redirect(self.my_profile_url)
        messages.success(request, gettext("Your profile is saved and published."))
        return redirect(profile.url)

    def _profile_form(self, request, form, profile, status=200):
        context = {"page": self, "form": form, "profile": profile, "creating": profile is None}
        return TemplateResponse(request, "people/profile_form.html", context, status=status)


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


class ExpertProfileQuerySet(PageQuerySet):
    def listed(self):
        """Profiles that may be named and linked anywhere (directory, home page, credit
        lines): live, open to every signed-in user, as restricted pages are listed
        nowhere else, and of an account that is still active."""
        return self.live().public().filter(user__is_active=True)


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

    objects = PageManager.from_queryset(ExpertProfileQuerySet)()

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

    def set_languages(self, codes):
        self.spoken_languages = [
            SpokenLanguage(code=code, sort_order=order) for order, code in enumerate(codes)
        ]

    def serve(self, request, *args, **kwargs):
        # A deactivated or deleted account's profile is hidden; moderators still see it.
        if not self.is_listed and not self.permissions_for_user(request.user).can_edit():
            raise Http404
        return super().serve(request, *args, **kwargs)

    @path("")
    def profile(self, request):
        return self._show(request, profile_context(self, request.user, thanks_for=request.GET.get("for")))

    @path("thank/", name="thank")
    @post_only
    def thank(self, request):
        # Thanks go to a listed profile only (moderators still open the others).
        if not self.is_listed:
            messages.error(request, gettext("This colleague can no longer receive thanks."))
            return redirect(self.get_parent().url)
        form = KudosForm(request.POST)
        try:
            send_thanks(request.user, self.user, form)
        except ThanksRefused as refused:
            context = profile_context(self, request.user, kudos_form=form)
            return self._show(request, context, status=429 if refused.too_many else 400)
        messages.success(
            request, gettext("Thank you! %(name)s will get your message.") % {"name": self.title}
        )
        return redirect(self.url + "#thanks")

    def _show(self, request, context, status=200):
        response = self.render(request, context_overrides=context)
        response.status_code = status
        return response


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

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import TagBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from .blocks import LIMITED_RICH_TEXT, BaseContentBlock


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
    max_count = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_items"] = self.featured_items_for_display()
        return context

    def featured_items_for_display(self):
        """Curated items whose page is live and not behind a view restriction (lists
        leave restricted pages out), in the editor's order."""
        return list(
            self.featured_items.filter(page__in=Page.objects.live().public())
            .select_related("page")
            .order_by("sort_order")
        )


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


class InfoPage(Page):
    """A plain page of text: the accessibility statement, privacy notes, about the hub."""

    body = StreamField(BaseContentBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = _("information page")
        verbose_name_plural = _("information pages")


@register_setting(icon="mail")
class HubSettings(BaseSiteSetting):
    learning_team_name = models.CharField(
        _("learning team name"), max_length=120, default=_("Learning & Development")
    )
    learning_team_email = models.EmailField(_("learning team e-mail"), blank=True)
    learning_team_chat_url = models.URLField(
        _("learning team chat link"), blank=True, help_text=_("Optional, e.g. a Teams channel.")
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("learning_team_name"),
                FieldPanel("learning_team_email"),
                FieldPanel("learning_team_chat_url"),
            ],
            heading=_("Learning team contact"),
        ),
        PageChooserPanel("accessibility_page"),
    ]

    class Meta:
        verbose_name = _("hub settings")
        verbose_name_plural = _("hub settings")
        # Hub-wide rights that belong to no single model live here.
        permissions = [
            ("assign_content_owner", _("Can change who owns a course or guidance page")),
            ("view_insights", _("Can see the L&D insights")),
        ]


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


class ReviewReminder(models.Model):
    """One reminder sent about one review-by date, so each is sent once per period."""

    class Kind(models.TextChoices):
        DUE_SOON = "due_soon", _("Review due soon")
        OVERDUE = "overdue", _("Review overdue")

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    review_by = models.DateField()
    recipients = models.TextField(help_text="E-mail addresses, one per line.")
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("review reminder")
        verbose_name_plural = _("review reminders")
        constraints = [
            models.UniqueConstraint(fields=["page", "kind", "review_by"], name="one_reminder_per_period"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: page {self.page_id}, {self.review_by}"


class ContentFlagQuerySet(models.QuerySet):
    def open(self):
        return self.filter(resolved_at__isnull=True)


class ContentFlag(models.Model):
    """A reader's report that a course or guidance page is outdated or wrong.

    While a flag is open the page counts as due for review, as if its review-by date
    had passed; the owner verifying the page ("Still correct") or editing and
    republishing it closes its flags."""

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="content_flags"
    )
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reported by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.TextField(_("what is outdated or wrong"), max_length=1000)
    created_at = models.DateTimeField(_("reported at"), auto_now_add=True)
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("resolved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = ContentFlagQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("outdated flag")
        verbose_name_plural = _("outdated flags")
        indexes = [models.Index(fields=["page", "resolved_at"])]
        constraints = [
            # One open flag per reader per page: a second click adds nothing.
            models.UniqueConstraint(
                fields=["page", "reported_by"],
                condition=models.Q(resolved_at__isnull=True),
                name="one_open_flag_per_reader",
            )
        ]

    def __str__(self):
        return f"{self.page}: {self.reason[:60]}"

    @property
    def is_open(self):
        return self.resolved_at is None


class UserDetails(models.Model):
    """What the hub knows about a person beyond their account: their department, for
    L&D's reports, and their own choice of e-mails. Filled by administrators or an
    HR/SSO sync; learners never see each other's. Many people have no row: defaults
    apply then."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="details")
    department = models.CharField(_("department"), max_length=100, blank=True)
    weekly_digest = models.BooleanField(
        _("weekly digest"),
        default=True,
        help_text=_(
            "Experts and L&D moderators get a weekly e-mail with what waits for them and "
            "what their work achieved. Untick to stop it."
        ),
    )

    class Meta:
        verbose_name = _("person's details")
        verbose_name_plural = _("people's details")

    def __str__(self):
        return f"{self.user}: {self.department}"


class HandledQueueItem(models.Model):
    """A moderator's note that an item of the L&D queue (hub/queue.py) is dealt with.

    Items are identified by their source and reference, not by a foreign key: they
    come from many apps and some (a failed search) are not rows at all. A mark hides
    the item until something new happens to it."""

    source = models.CharField(_("kind"), max_length=50)
    ref = models.CharField(_("item"), max_length=255)
    note = models.TextField(_("note"), max_length=1000, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    handled_at = models.DateTimeField(_("handled at"), default=timezone.now)

    class Meta:
        verbose_name = _("handled queue item")
        verbose_name_plural = _("handled queue items")
        indexes = [models.Index(fields=["source", "ref"])]

    def __str__(self):
        return f"{self.source}:{self.ref}"

    @classmethod
    def mark(cls, item, user, note=""):
        """Mark ``item`` (a :class:`hub.queue.QueueItem`) handled by ``user``."""
        return cls.objects.create(source=item.source, ref=item.ref, handled_by=user, note=note.strip())


class DigestDelivery(models.Model):
    """The weekly digest of one week to one person (hub/digest.py).

    The row is claimed before the e-mail is sent: the unique constraint lets only one
    run or worker send it; a failed send deletes the claim so the next run retries.
    ``sent_at`` stays empty while a send is under way."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("recipient"), on_delete=models.CASCADE, related_name="+"
    )
    week = models.DateField(_("week"), help_text="The Monday of the week the digest reports on.")
    claimed_at = models.DateTimeField(_("claimed at"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("weekly digest sent")
        verbose_name_plural = _("weekly digests sent")
        constraints = [
            models.UniqueConstraint(fields=["user", "week"], name="one_digest_per_person_per_week")
        ]

    def __str__(self):
        return f"{self.user_id}: {self.week}"

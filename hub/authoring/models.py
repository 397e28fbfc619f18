"""What courses and guidance share: an owner and ordered co-authors who may edit, a
review-by date that keeps content current, readers' "outdated" flags, translations
that fall behind their original, and the permission rule behind them.

``AuthoredPage`` is abstract; ``learning`` and ``guidance`` make concrete pages from it.
"""

import datetime

from django.apps import apps
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.log_actions import log
from wagtail.models import Orderable, Page, PagePermissionTester

from hub.content.choices import REGION_CHOICES, language_choices

DUE_SOON_DAYS = 14
# The page history's record of a "Still correct" check (registered in wagtail_hooks).
VERIFY_ACTION = "hub.verify"


def review_period_months():
    return getattr(settings, "HUB_REVIEW_PERIOD_MONTHS", 12)


def add_months(day, months):
    """``day`` moved ``months`` ahead, clamped to the end of shorter months."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last_day in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last_day))
        except ValueError:
            continue
    raise ValueError(day)


class CoAuthorBase(Orderable):
    """A co-author, credited in order and allowed to edit. Subclasses add the ParentalKey."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("co-author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"is_active": True},
    )

    panels = [FieldPanel("user")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("co-author")
        verbose_name_plural = _("co-authors")


class AuthoredPermissionTester(PagePermissionTester):
    """Wagtail lets an owner with "add" permission edit their page; co-authors with
    "add" permission in the same section may edit it too. Nothing else changes:
    publishing, moving and deleting stay with the roles that have those rights."""

    def can_edit(self):
        if super().can_edit():
            return True
        return self.user.is_active and "add" in self.permissions and self.page.is_co_author(self.user)


def authored_page_models():
    """Every concrete page model built on ``AuthoredPage`` (courses, guidance), found
    without importing the apps that define them."""
    return [
        model for model in apps.get_models() if issubclass(model, AuthoredPage) and not model._meta.abstract
    ]


class ReviewState(models.TextChoices):
    CURRENT = "current", _("Current")
    DUE_SOON = "due_soon", _("Review due soon")
    OVERDUE = "overdue", _("May be out of date")


class AuthoredPage(Page):
    """Base of courses and guidance: owner (Wagtail's page owner), co-authors, review-by,
    the language it is written in and the region it applies to."""

    # The language is the page's locale, the language tree it is in (docs/languages.md);
    # kept here too for the listing's and search's language filter.
    content_language = models.CharField(
        _("language"), max_length=8, choices=language_choices, default="en", editable=False
    )
    region = models.CharField(_("region"), max_length=16, choices=REGION_CHOICES, default="global")

    review_by = models.DateField(
        _("review by"),
        null=True,
        blank=True,
        help_text=_("Leave empty to set it on publishing, a review period from then."),
    )
    review_period_months = models.PositiveSmallIntegerField(
        _("review period (months)"),
        null=True,
        blank=True,
        help_text=_("How long content stays current after a check. Empty: the hub's default."),
    )
    last_verified_at = models.DateTimeField(_("last verified"), null=True, blank=True, editable=False)
    last_verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last verified by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    review_panels = [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("review_by"), FieldPanel("review_period_months")])],
            heading=_("Keeping it current"),
        ),
        # Moderators hand content over when its owner moves on; owners cannot give it away.
        FieldPanel("owner", permission="hub.assign_content_owner"),
    ]
    authors_panel = InlinePanel("co_authors", label=_("Co-authors"), heading=_("Co-authors"))

    class Meta:
        abstract = True

    def full_clean(self, *args, **kwargs):
        super().full_clean(*args, **kwargs)
        self.content_language = self.locale.language_code

    # -- ownership -------------------------------------------------------------------------
    def permissions_for_user(self, user):
        return AuthoredPermissionTester(user, self)

    def is_co_author(self, user):
        # In the editor ``self`` is the latest revision, so co-authors added in a draft
        # count at once; elsewhere it is the saved page.
        return any(co_author.user_id == user.pk for co_author in self.co_authors.all())

    @cached_property
    def credited_users(self):
        """Owner first, then co-authors in their order, each once. ``None`` stands for an
        account that was deleted, so the credit line still says someone wrote it."""
        people = [self.owner] + [c.user for c in self.co_authors.select_related("user")]
        seen, credited = set(), []
        for person in people:
            key = person.pk if person is not None else None
            if key is None or key not in seen:
                seen.add(key)
                credited.append(person)
        return credited

    def author_names(self):
        """Owner's and co-authors' full names, for search (``index.SearchField("author_names")``)."""
        return " ".join(person.get_full_name() for person in self.credited_users if person is not None)

    # -- keeping content current ---------------------------------------------------------------
    @property
    def period_months(self):
        return self.review_period_months or review_period_months()

    def next_review_date(self, today=None):
        return add_months(today or timezone.localdate(), self.period_months)

    def review_state(self, today=None):
        today = today or timezone.localdate()
        if self.review_by is None or self.review_by > today + datetime.timedelta(days=DUE_SOON_DAYS):
            return ReviewState.CURRENT
        if self.review_by < today:
            return ReviewState.OVERDUE
        return ReviewState.DUE_SOON

    @cached_property
    def is_flagged(self):
        """A reader reported it outdated or wrong and nobody has checked it since."""
        return ContentFlag.objects.open().filter(page_id=self.pk).exists()

    @property
    def may_be_out_of_date(self):
        return self.is_flagged or self.review_state() == ReviewState.OVERDUE

    @cached_property
    def behind_original(self):
        """The :class:`TranslationBehind` of this translation, or ``None``."""
        return TranslationBehind.objects.filter(page_id=self.pk).select_related("original").first()

    def is_original(self):
        """The first version made of this item; the others are its translations."""
        return not Page.objects.filter(translation_key=self.translation_key, pk__lt=self.pk).exists()

    def verify(self, user):
        """The owner confirms the content is still correct: the review-by date moves on.

        Written to the page row and, when the page has no unsaved draft, to its latest
        revision too, so a later publish of that revision keeps the new date. The page's
        history records the check with the date it was due, which the insights use to
        tell reviews done on time from late ones (docs/insights.md)."""
        now = timezone.now()
        today = timezone.localdate(now)
        due = self.review_by
        self.review_by = self.next_review_date(today)
        self.last_verified_at = now
        self.last_verified_by = user
        self.save(update_fields=["review_by", "last_verified_at", "last_verified_by"])
        log(
            instance=self,
            action=VERIFY_ACTION,
            user=user,
            data={
                "due": due.isoformat() if due else None,
                "on_time": due is None or today <= due,
                "next_review": self.review_by.isoformat(),
            },
        )
        ContentFlag.objects.filter(page_id=self.pk).resolve(user)
        TranslationBehind.objects.filter(page_id=self.pk).delete()
        if not self.has_unpublished_changes and self.latest_revision_id:
            revision = self.latest_revision
            revision.content.update(
                review_by=self.review_by.isoformat(),
                last_verified_at=now.isoformat(),
                last_verified_by=user.pk,
            )
            revision.save(update_fields=["content"])

    def save(self, *args, **kwargs):
        if self.locale_id is not None:
            self.content_language = self.locale.language_code
        # Publishing saves the page with live=True: that is when the clock starts.
        if self.live and self.review_by is None:
            self.review_by = self.next_review_date()
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = [*kwargs["update_fields"], "review_by"]
        return super().save(*args, **kwargs)


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

    def resolve(self, user):
        """Close these flags: their page was checked or republished. Returns how many
        were still open."""
        return self.open().update(resolved_at=timezone.now(), resolved_by=user)


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


class TranslationBehindQuerySet(models.QuerySet):
    def mark(self, original):
        """``original`` was published: each of its translations may now be behind it."""
        now = timezone.now()
        for translation in original.get_translations().only("pk"):
            self.update_or_create(
                page=translation, defaults={"original": original, "original_published_at": now}
            )


class TranslationBehind(models.Model):
    """A translation whose original was published again after it: it may be out of
    date until it is published again or its owner confirms it ("Still correct").
    Readers see a notice; the owner finds it in the L&D queue."""

    page = models.OneToOneField(
        "wagtailcore.Page", verbose_name=_("translation"), on_delete=models.CASCADE, related_name="+"
    )
    original = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("original"), on_delete=models.CASCADE, related_name="+"
    )
    original_published_at = models.DateTimeField(_("original published"))

    objects = TranslationBehindQuerySet.as_manager()

    class Meta:
        verbose_name = _("translation that may be out of date")
        verbose_name_plural = _("translations that may be out of date")

    def __str__(self):
        return f"{self.page_id} behind {self.original_id}"

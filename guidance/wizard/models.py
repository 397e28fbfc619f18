""" "Is training the answer?": a small tree of questions L&D keep in the admin.

Each answer leads to another question or to an outcome (walk.py follows a path through
the tree); how often each outcome is reached is counted per month, anonymously.

Each language has its own tree (Wagtail's ``TranslatableMixin`` on questions and
outcomes; answers belong to their question): the reader starts at the first question
in their language.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin

from hub.blocks import LIMITED_RICH_TEXT


class WizardOutcome(TranslatableMixin, models.Model):
    class Kind(models.TextChoices):
        NO_TRAINING = "no_training", _("No training needed")
        JOB_AID = "job_aid", _("A checklist or job aid")
        SHORT_COURSE = "short_course", _("A short course by an expert")
        ASK_TEAM = "ask_team", _("Ask the learning team")
        REQUEST = "request", _("Request it")

    title = models.CharField(_("title"), max_length=160)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    text = RichTextField(_("text"), features=LIMITED_RICH_TEXT)
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page to read next"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional, e.g. the template library for a short course or a checklist."),
    )

    panels = [FieldPanel("title"), FieldPanel("kind"), FieldPanel("text"), FieldPanel("link_page")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["pk"]
        verbose_name = _("wizard outcome")
        verbose_name_plural = _("wizard outcomes")

    def __str__(self):
        return self.title

    def record(self, today=None):
        """Count that someone reached this outcome, in this month's counter. No user is
        stored; the update is one statement, so simultaneous walks never lose a count."""
        month = (today or timezone.localdate()).replace(day=1)
        counter, created = WizardOutcomeCount.objects.get_or_create(
            outcome=self, month=month, defaults={"count": 1}
        )
        if not created:
            WizardOutcomeCount.objects.filter(pk=counter.pk).update(count=F("count") + 1)


class WizardOutcomeCount(models.Model):
    """How many walks ended at an outcome in one month: a number, nothing personal."""

    outcome = models.ForeignKey(WizardOutcome, on_delete=models.CASCADE, related_name="counts")
    month = models.DateField(_("month"))
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        ordering = ["-month"]
        verbose_name = _("wizard outcome count")
        verbose_name_plural = _("wizard outcome counts")
        constraints = [
            models.UniqueConstraint(fields=["outcome", "month"], name="one_count_per_outcome_month")
        ]

    def __str__(self):
        return f"{self.outcome_id} {self.month:%Y-%m}: {self.count}"

    @staticmethod
    def annotate(queryset, today=None):
        """``queryset`` of outcomes with ``this_month``, ``last_month`` and ``all_time``."""
        this_month = (today or timezone.localdate()).replace(day=1)
        last_month = (this_month - datetime.timedelta(days=1)).replace(day=1)
        return queryset.annotate(
            this_month=Sum("counts__count", filter=Q(counts__month=this_month), default=0),
            last_month=Sum("counts__count", filter=Q(counts__month=last_month), default=0),
            all_time=Sum("counts__count", default=0),
        )


class WizardQuestion(TranslatableMixin, ClusterableModel):
    text = models.CharField(_("question"), max_length=200)
    help_text = models.TextField(_("explanation"), max_length=500, blank=True)
    is_start = models.BooleanField(
        _("first question"),
        default=False,
        help_text=_("The wizard starts here. Exactly one question in each language is first."),
    )

    panels = [FieldPanel("text"), FieldPanel("help_text"), FieldPanel("is_start"), InlinePanel("answers")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["pk"]
        verbose_name = _("wizard question")
        verbose_name_plural = _("wizard questions")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "is_start"],
                condition=Q(is_start=True),
                name="one_first_question_per_language",
            )
        ]

    def __str__(self):
        return self.text

    def clean(self):
        super().clean()
        others = WizardQuestion.objects.filter(is_start=True, locale_id=self.locale_id).exclude(pk=self.pk)
        if self.is_start and others.exists():
            raise ValidationError(
                {"is_start": _("Another question in this language is already the first one.")}
            )


class WizardAnswer(Orderable):
    question = ParentalKey(WizardQuestion, on_delete=models.CASCADE, related_name="answers")
    label = models.CharField(_("answer"), max_length=160)
    next_question = models.ForeignKey(
        WizardQuestion,
        verbose_name=_("next question"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    outcome = models.ForeignKey(
        WizardOutcome,
        verbose_name=_("outcome"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("label"), FieldPanel("next_question"), FieldPanel("outcome")]

    class Meta(Orderable.Meta):
        verbose_name = _("answer")
        verbose_name_plural = _("answers")

    def __str__(self):
        return self.label

    def clean(self):
        super().clean()
        if bool(self.next_question_id) == bool(self.outcome_id):
            raise ValidationError(_("Choose the next question or an outcome, not both."))
        if self.next_question_id and self.next_question_id == self.question_id:
            raise ValidationError({"next_question": _("An answer cannot lead back to its own question.")})

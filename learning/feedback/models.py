"""What learners say about a course: a rating with an optional comment, and "this
helped me". Flags ("outdated or wrong") are hub's, shared with guidance.

Both belong to the course in any language (``course_key``, its ``translation_key``):
one rating and one mark per learner, whichever version they read; ``course`` is that
version."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

COMMENT_MAX_LENGTH = 2000


class CourseKeyed(models.Model):
    """A learner's feedback on a course in any of its languages."""

    course_key = models.UUIDField(_("course in any language"), editable=False, db_index=True)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.course_key is None:
            self.course_key = self.course.translation_key
        super().save(*args, **kwargs)


class CourseRating(CourseKeyed):
    course = models.ForeignKey(
        "learning.CoursePage", verbose_name=_("course"), on_delete=models.CASCADE, related_name="ratings"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="+"
    )
    stars = models.PositiveSmallIntegerField(
        _("rating"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    comment = models.TextField(_("comment"), max_length=COMMENT_MAX_LENGTH, blank=True)
    hidden = models.BooleanField(
        _("comment hidden"), default=False, help_text=_("Hide an abusive comment; the rating still counts.")
    )
    created_at = models.DateTimeField(_("rated"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("rating")
        verbose_name_plural = _("ratings")
        ordering = ["-updated_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["course_key", "user"], name="one_rating_per_learner_in_any_language"
            ),
            models.CheckConstraint(condition=models.Q(stars__gte=1, stars__lte=5), name="stars_1_to_5"),
        ]

    def __str__(self):
        return f"{self.course_id}: {self.stars}/5"


class HelpfulMark(CourseKeyed):
    course = models.ForeignKey("learning.CoursePage", on_delete=models.CASCADE, related_name="helpful_marks")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("“this helped me”")
        verbose_name_plural = _("“this helped me” marks")
        constraints = [
            models.UniqueConstraint(
                fields=["course_key", "user"], name="one_helpful_mark_per_learner_in_any_language"
            )
        ]

    def __str__(self):
        return f"{self.user_id} found {self.course_id} helpful"

"""A learner's record: which courses they started and finished, their quiz attempts
and the time they spent.

Records outlive the course: when a course is deleted its enrolments keep the title and
credited authors they were completed with, so a learner's development record (CPD)
and certificates stay whole.

A course and its translations are one course to a learner: an enrolment belongs to the
course's ``translation_key`` (``course_key``), so a learner who starts in English and
goes on in Dutch has one record, and a completion in one language counts in the other.
``course`` is the version they started in, which credits its authors.
"""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import F, Max, Sum
from django.db.models.functions import Least
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Learning time is what the course page reports while its tab is visible, in pings of
# at most PING_SECONDS, credited no faster than real time passes, and capped per
# section per day so a tab left open all day does not count as a day of learning.
PING_SECONDS = 60
SECTION_DAY_CAP_SECONDS = 30 * 60


class EnrolmentQuerySet(models.QuerySet):
    def completed(self):
        return self.filter(completed_at__isnull=False)

    def in_progress(self):
        return self.filter(completed_at__isnull=True, course__isnull=False)

    def start(self, user, course):
        """The learner's enrolment in ``course``, made on the first thing they do there."""
        enrolment, _created = self.get_or_create(
            user=user,
            course_key=course.translation_key,
            defaults={"course": course, "course_title": course.title},
        )
        return enrolment

    def of_course(self, course):
        """Enrolments in ``course`` in any of its languages."""
        return self.filter(course_key=course.translation_key)


class Enrolment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    course = models.ForeignKey(
        "learning.CoursePage",
        verbose_name=_("course"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="enrolments",
    )
    course_key = models.UUIDField(_("course in any language"), editable=False, db_index=True)
    course_title = models.CharField(_("course title"), max_length=255)
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    last_active_at = models.DateTimeField(_("last active"), auto_now=True)
    sections_done = models.JSONField(_("sections done"), default=list, blank=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True, db_index=True)
    credited_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes credited"), null=True, blank=True
    )
    credited_authors = models.JSONField(_("credited authors"), default=list, blank=True)

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["-last_active_at", "-pk"]
        # Everyone's records in aggregate: the L&D reports (learning/reports/).
        permissions = [("view_learning_reports", _("Can see the learning reports"))]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course_key"], name="one_enrolment_per_course_in_any_language"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.course_title}"

    def save(self, *args, **kwargs):
        if self.course_key is None and self.course is not None:
            self.course_key = self.course.translation_key
        super().save(*args, **kwargs)

    @property
    def is_completed(self):
        return self.completed_at is not None

    def progress(self, section_ids):
        """Share of ``section_ids`` (the course's sections as published now) done, 0–100."""
        if not section_ids:
            return 0
        done = len(set(self.sections_done) & set(section_ids))
        return round(100 * done / len(section_ids))

    def mark_done(self, section_id, course):
        """Record a section as done; a course without a quiz is completed by its last
        section. True when this completed the course."""
        if section_id not in self.sections_done:
            self.sections_done = [*self.sections_done, section_id]
            self.save(update_fields=["sections_done", "last_active_at"])
        if not course.has_quiz() and set(course.section_ids()) <= set(self.sections_done):
            return self.complete(course)
        return False

    def record_attempt(self, course):
        """After a graded attempt: a course with quizzes is completed when every quiz
        has a passing attempt. True when this completed the course."""
        passed = set(self.attempts.filter(passed=True).values_list("quiz_id", flat=True))
        if set(course.quiz_ids()) <= passed:
            return self.complete(course)
        self.save(update_fields=["last_active_at"])
        return False

    def complete(self, course):
        """Complete the enrolment with the course as it is now; False when it already was."""
        if self.completed_at is not None:
            return False
        self.completed_at = timezone.now()
        self.credited_minutes = course.estimated_minutes
        self.course_title = course.title
        self.credited_authors = course.credited_names()
        self.save(
            update_fields=[
                "completed_at",
                "credited_minutes",
                "course_title",
                "credited_authors",
                "last_active_at",
            ]
        )
        return True

    def take_over(self, other):
        """Make this the learner's one enrolment in a course that ``other`` (theirs, in
        a course joined with this one) was in: its sections, attempts and time move
        here, the earlier completion counts, and ``other`` is deleted."""
        self.sections_done = [
            *self.sections_done,
            *(s for s in other.sections_done if s not in self.sections_done),
        ]
        if other.completed_at and (self.completed_at is None or other.completed_at < self.completed_at):
            self.completed_at, self.credited_minutes = other.completed_at, other.credited_minutes
            self.course_title, self.credited_authors = other.course_title, other.credited_authors
        other.attempts.update(enrolment=self)
        for row in other.active_times.all():
            mine, _created = ActiveTime.objects.get_or_create(
                enrolment=self, section_id=row.section_id, day=row.day
            )
            ActiveTime.objects.filter(pk=mine.pk).update(seconds=F("seconds") + row.seconds)
        other.delete()
        self.save()

    def measured_minutes(self):
        seconds = self.active_times.aggregate(total=Sum("seconds"))["total"] or 0
        return round(seconds / 60)


class QuizAttempt(models.Model):
    """One graded submission of a quiz, with what was asked, answered and explained as
    published at that moment: later edits to the quiz leave it as it was."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="attempts")
    quiz_id = models.CharField(max_length=64)
    # The one-time token of the form that was sent: a double submit finds the first attempt.
    token = models.UUIDField()
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)
    correct = models.PositiveSmallIntegerField(_("correct answers"))
    total = models.PositiveSmallIntegerField(_("questions"))
    pass_mark = models.PositiveSmallIntegerField(_("pass mark (%)"))
    passed = models.BooleanField(_("passed"))
    questions = models.JSONField(_("questions and answers"))

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["-submitted_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["enrolment", "token"], name="one_attempt_per_form")]

    def __str__(self):
        return f"{self.enrolment}: {self.correct}/{self.total}"

    @property
    def score(self):
        return round(100 * self.correct / self.total) if self.total else 0


class ActiveTime(models.Model):
    """Seconds a learner had a section of a course in front of them, per day."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="active_times")
    section_id = models.CharField(max_length=64)
    day = models.DateField(db_index=True)
    seconds = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("active learning time")
        verbose_name_plural = _("active learning time")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "section_id", "day"], name="one_time_row_per_section_day"
            )
        ]

    def __str__(self):
        return f"{self.enrolment}: {self.section_id} on {self.day}: {self.seconds}s"

    @classmethod
    def record(cls, enrolment, section_id, seconds, now=None):
        """Credit up to ``seconds`` of visible time to a section; returns what was credited.

        Never more than PING_SECONDS a ping, never more than the time since this
        learner's previous ping (so parallel tabs or forged pings do not multiply
        time), never more than SECTION_DAY_CAP_SECONDS per section per day."""
        now = now or timezone.now()
        day = timezone.localdate(now)
        last_ping = cls.objects.filter(enrolment__user_id=enrolment.user_id, day=day).aggregate(
            last=Max("updated_at")
        )["last"]
        allowed = PING_SECONDS
        if last_ping is not None:
            allowed = min(allowed, max(0, int((now - last_ping) / datetime.timedelta(seconds=1))))
        credit = max(0, min(int(seconds), allowed))
        row, _ = cls.objects.get_or_create(enrolment=enrolment, section_id=section_id, day=day)
        if credit:
            cls.objects.filter(pk=row.pk).update(
                seconds=Least(F("seconds") + credit, SECTION_DAY_CAP_SECONDS), updated_at=now
            )
        return credit

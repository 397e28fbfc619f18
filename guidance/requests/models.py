"""Learning requests: an employee describes a knowledge gap, colleagues vote and comment,
an expert claims it, L&D moderators triage it until a course or guidance page answers it.

The rules live here (who may do what, which changes are allowed, what gets recorded);
views only call these methods and show what they raise. Who hears of a change is not
decided here: the model sends a signal once it has saved the change, and the receivers
in guidance/requests/signals.py enqueue the e-mails.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import Count, Exists, OuterRef, Q
from django.dispatch import Signal
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

TRIAGE_PERMISSION = "guidance.triage_learningrequest"
CLAIM_PERMISSION = "guidance.claim_learningrequest"

TITLE_MAX = 150
DESCRIPTION_MAX = 2000
AUDIENCE_MAX = 200
COMMENT_MAX = 2000
REASON_MAX = 1000
SEARCH_QUERY_MAX = 255

# Sent with ``learning_request`` and ``assigned_by`` once a moderator's assignment is saved.
request_assigned = Signal()
# Sent with ``learning_request`` and ``change`` (its RequestStatusChange) for every status
# change, inside the transaction that records it.
status_changed = Signal()


class RequestError(Exception):
    """A request cannot do what was asked in its current state (e.g. claiming a closed
    request). The message is meant for the person who asked."""


class LearningRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=LearningRequest.OPEN_STATUSES)

    def with_counts(self, user=None):
        """Votes and comments counted, and whether ``user`` voted, in the same query."""
        queryset = self.annotate(
            vote_total=Count("votes", distinct=True),
            comment_total=Count("comments", filter=Q(comments__hidden_at__isnull=True), distinct=True),
        )
        if user is not None and user.is_authenticated:
            queryset = queryset.annotate(
                voted=Exists(RequestVote.objects.filter(request=OuterRef("pk"), user=user))
            )
        return queryset

    def for_listing(self, user=None):
        return self.with_counts(user).select_related("requester", "claimed_by", "answered_by")

    def most_wanted(self):
        return self.order_by("-vote_total", "-created_at", "-pk")


class LearningRequest(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("New")
        ACCEPTED = "accepted", _("Accepted")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Done")
        DECLINED = "declined", _("Declined")

    class Urgency(models.TextChoices):
        LOW = "low", _("Nice to have")
        NORMAL = "normal", _("Within a few months")
        HIGH = "high", _("Urgent: within weeks")

    OPEN_STATUSES = [Status.NEW, Status.ACCEPTED, Status.IN_PROGRESS]

    title = models.CharField(
        _("title"), max_length=TITLE_MAX, help_text=_("In a few words: what do you want to learn?")
    )
    description = models.TextField(
        _("what you need"),
        max_length=DESCRIPTION_MAX,
        help_text=_("What do you need to be able to do, and what have you tried or found so far?"),
    )
    audience = models.CharField(
        _("who it is for"),
        max_length=AUDIENCE_MAX,
        help_text=_("For example: new colleagues in customer service, all team leads."),
    )
    urgency = models.CharField(_("urgency"), max_length=16, choices=Urgency, default=Urgency.NORMAL)
    status = models.CharField(_("status"), max_length=16, choices=Status, default=Status.NEW, db_index=True)
    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="learning_requests",
    )
    claimed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("claimed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="claimed_learning_requests",
    )
    claimed_at = models.DateTimeField(_("claimed at"), null=True, blank=True)
    answered_by = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("answered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decision_reason = models.TextField(_("reason"), max_length=REASON_MAX, blank=True)
    # A request filed from a search that found nothing keeps that search (normalised
    # as the search log stores it), so the L&D queue knows the gap has a request.
    search_query = models.CharField(
        _("search that found nothing"), max_length=SEARCH_QUERY_MAX, blank=True, db_index=True
    )
    created_at = models.DateTimeField(_("requested at"), default=timezone.now, db_index=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)

    objects = LearningRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("learning request")
        verbose_name_plural = _("learning requests")
        permissions = [
            ("triage_learningrequest", "Can triage learning requests"),
            ("claim_learningrequest", "Can claim learning requests"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("requests:detail", args=[self.pk])

    # -- state ---------------------------------------------------------------------------
    @property
    def is_open(self):
        return self.status in self.OPEN_STATUSES

    # -- who may do what -------------------------------------------------------------------
    @staticmethod
    def may_triage(user):
        return user.is_active and user.has_perm(TRIAGE_PERMISSION)

    @staticmethod
    def may_claim_any(user):
        return user.is_active and user.has_perm(CLAIM_PERMISSION)

    def can_claim(self, user):
        return self.is_open and self.claimed_by_id is None and self.may_claim_any(user)

    def can_unclaim(self, user):
        # A closed request keeps its claimant: on a done one that is the expert's credit.
        return (
            self.is_open
            and self.claimed_by_id is not None
            and (user.pk == self.claimed_by_id or self.may_triage(user))
        )

    # -- actions ----------------------------------------------------------------------------
    def claim(self, user):
        """``user`` (an expert) takes the request on. Only one person holds it; the
        conditional update makes two experts clicking at once end with one claimant."""
        if not self.may_claim_any(user):
            raise PermissionDenied
        now = timezone.now()
        updated = LearningRequest.objects.filter(
            pk=self.pk, claimed_by__isnull=True, status__in=self.OPEN_STATUSES
        ).update(claimed_by=user, claimed_at=now)
        self.refresh_from_db(fields=["claimed_by", "claimed_at", "status"])
        if not updated:
            if not self.is_open:
                raise RequestError(_("This request is closed, so it cannot be claimed."))
            if self.claimed_by_id == user.pk:
                raise RequestError(_("You have already claimed this request."))
            raise RequestError(_("Someone else has already claimed this request."))

    def unclaim(self, user):
        """The claimant lets go, or a moderator takes the request away from them."""
        if self.claimed_by_id is None:
            raise RequestError(_("Nobody has claimed this request."))
        if not self.is_open and (user.pk == self.claimed_by_id or self.may_triage(user)):
            raise RequestError(_("This request is closed: its claim stays on record."))
        if not self.can_unclaim(user):
            raise PermissionDenied
        LearningRequest.objects.filter(pk=self.pk).update(claimed_by=None, claimed_at=None)
        self.claimed_by, self.claimed_at = None, None

    def assign(self, expert, by):
        """A moderator gives the open request to ``expert`` (someone who may claim
        requests), in place of whoever held it. The expert is told by e-mail
        (``request_assigned``)."""
        if not self.may_triage(by):
            raise PermissionDenied
        if not self.is_open:
            raise RequestError(_("This request is closed, so it cannot be assigned."))
        if not self.may_claim_any(expert):
            raise RequestError(_("This person cannot take on learning requests."))
        if self.claimed_by_id == expert.pk:
            raise RequestError(_("This request is already assigned to this person."))
        self.claimed_by, self.claimed_at = expert, timezone.now()
        self.save(update_fields=["claimed_by", "claimed_at"])
        request_assigned.send(sender=LearningRequest, learning_request=self, assigned_by=by)

    def vote(self, user):
        """One vote per person; voting twice (a double click, two tabs) changes nothing."""
        if not self.is_open:
            raise RequestError(_("Only open requests can get votes."))
        try:
            with transaction.atomic():
                RequestVote.objects.create(request=self, user=user)
        except IntegrityError:
            # The unique constraint caught a second vote racing the first: already counted.
            return False
        return True

    def withdraw_vote(self, user):
        return RequestVote.objects.filter(request=self, user=user).delete()[0] > 0

    def add_comment(self, user, body):
        return RequestComment.objects.create(request=self, author=user, body=body)

    def change_status(self, user, status, reason="", answered_by=None):
        """A moderator moves the request on. Done needs the live page that answers it;
        declined needs a reason. The change is recorded and people are told by e-mail
        (``status_changed``)."""
        if not self.may_triage(user):
            raise PermissionDenied
        errors = {}
        if status not in self.Status.values:
            errors["status"] = _("Choose one of the statuses.")
        elif status == self.status:
            errors["status"] = _("The request already has this status.")
        if status == self.Status.DONE:
            if answered_by is None:
                errors["answered_by"] = _("Choose the course or guidance page that answers the request.")
            elif not answered_by.live:
                errors["answered_by"] = _("Choose a published page.")
        if status == self.Status.DECLINED and not reason.strip():
            errors["reason"] = _("Say why the request is declined; the requester will read it.")
        if errors:
            raise ValidationError(errors)

        previous = self.status
        self.status = status
        self.answered_by = answered_by if status == self.Status.DONE else None
        self.decision_reason = reason.strip() if status == self.Status.DECLINED else ""
        self.closed_at = None if self.is_open else timezone.now()
        with transaction.atomic():
            self.save(update_fields=["status", "answered_by", "decision_reason", "closed_at"])
            change = RequestStatusChange.objects.create(
                request=self,
                changed_by=user,
                from_status=previous,
                to_status=status,
                reason=reason.strip(),
                answered_by=self.answered_by,
            )
            status_changed.send(sender=LearningRequest, learning_request=self, change=change)
        return change

    # -- who to tell ------------------------------------------------------------------------
    def people_to_notify(self, status):
        """The requester, and for a done request every voter too; each once, only
        active accounts with an e-mail address."""
        condition = Q(pk=self.requester_id)
        if status == self.Status.DONE:
            condition |= Q(learning_request_votes__request=self)
        return list(
            get_user_model()
            .objects.filter(condition, is_active=True)
            .exclude(email="")
            .distinct()
            .order_by("pk")
        )


class RequestVote(models.Model):
    request = models.ForeignKey(LearningRequest, on_delete=models.CASCADE, related_name="votes")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="learning_request_votes"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [models.UniqueConstraint(fields=["request", "user"], name="one_vote_per_request")]

    def __str__(self):
        return f"{self.user} → {self.request}"


class RequestCommentQuerySet(models.QuerySet):
    def shown(self):
        return self.filter(hidden_at__isnull=True)


class RequestComment(models.Model):
    request = models.ForeignKey(LearningRequest, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField(_("comment"), max_length=COMMENT_MAX)
    created_at = models.DateTimeField(default=timezone.now)
    # A removed comment is hidden, not deleted: who removed what stays on record.
    hidden_at = models.DateTimeField(_("removed at"), null=True, blank=True, editable=False)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("removed by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = RequestCommentQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")

    def __str__(self):
        return f"{self.author}: {self.body[:40]}"

    def may_remove(self, user):
        """Its author, or a moderator (junk, or something that should not be there)."""
        return user.is_active and (user.pk == self.author_id or LearningRequest.may_triage(user))

    def remove(self, user):
        if not self.may_remove(user):
            raise PermissionDenied
        if self.hidden_at is None:
            self.hidden_at = timezone.now()
            self.hidden_by = user
            self.save(update_fields=["hidden_at", "hidden_by"])


class RequestStatusChange(models.Model):
    """The request's history: who moved it from which status to which, when and why."""

    request = models.ForeignKey(LearningRequest, on_delete=models.CASCADE, related_name="status_changes")
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    from_status = models.CharField(max_length=16, choices=LearningRequest.Status)
    to_status = models.CharField(max_length=16, choices=LearningRequest.Status)
    reason = models.TextField(blank=True)
    answered_by = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")

    def __str__(self):
        return f"{self.request}: {self.from_status} → {self.to_status}"

"""Who hears of what happens to a learning request. The model sends a signal once it
has saved a change; these receivers enqueue the e-mail tasks (notifications.py) after
the transaction commits, so nobody is told of a change that was rolled back."""

from functools import partial

from django.db import transaction
from django.dispatch import receiver

from .models import LearningRequest, request_assigned, status_changed
from .notifications import send_assignment_email, send_status_change_emails


@receiver(request_assigned, sender=LearningRequest, dispatch_uid="guidance_assignment_tells_expert")
def assignment_tells_expert(sender, learning_request, assigned_by, **kwargs):
    transaction.on_commit(partial(send_assignment_email.enqueue, learning_request.pk, assigned_by.pk))


@receiver(status_changed, sender=LearningRequest, dispatch_uid="guidance_closing_tells_requester")
def closing_tells_requester(sender, learning_request, change, **kwargs):
    """Done or declined: the requester hears (and, when done, the voters). Opening
    statuses send nothing."""
    if not learning_request.is_open:
        transaction.on_commit(partial(send_status_change_emails.enqueue, change.pk))

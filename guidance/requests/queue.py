"""Learning requests in the L&D queue (hub/queue/).

Moderators see every open request that still needs them: new ones (not yet triaged)
and open ones nobody has claimed. An assigned request that is still new stays, with
its expert shown, until a moderator accepts or declines it. A person's slice is the
open requests they claimed or were assigned.

Requests have no topic tags, so the topics used to suggest experts are the hub's
topic names that occur in the request's title or description.
"""

import re

from django.db.models import Q
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from hub.content.models import Topic
from hub.queue.items import QueueAction, QueueItem, QueueSource

from .models import LearningRequest

NEW_REQUESTS = "requests"


def topics_in(texts):
    """``{text: (topic names found in it)}`` for the hub's topics, in one query (none
    when there is no text to look in)."""
    if not texts:
        return {}
    names = sorted(Topic.objects.values_list("name", flat=True), key=len, reverse=True)
    if not names:
        return dict.fromkeys(texts, ())
    pattern = re.compile(r"\b(" + "|".join(re.escape(name) for name in names) + r")\b", re.IGNORECASE)
    spelled = {name.casefold(): name for name in names}
    found = {}
    for text in texts:
        matches = dict.fromkeys(spelled[match.casefold()] for match in pattern.findall(text))
        found[text] = tuple(matches)
    return found


def request_items(user=None):
    """Two queries: the requests, and the topic names to match."""
    requests = LearningRequest.objects.open().select_related("claimed_by", "requester")
    if user is None:
        requests = requests.filter(Q(status=LearningRequest.Status.NEW) | Q(claimed_by__isnull=True))
    else:
        requests = requests.filter(claimed_by=user)
    requests = list(requests)
    topics = topics_in([f"{r.title} {r.description}" for r in requests])
    items = []
    for learning_request in requests:
        actions = [QueueAction(_("Open"), learning_request.get_absolute_url())]
        if user is None:
            actions.append(
                QueueAction(
                    _("Assign to an expert"), reverse("guidance_assign_request", args=[learning_request.pk])
                )
            )
        items.append(
            QueueItem(
                source=NEW_REQUESTS,
                ref=str(learning_request.pk),
                title=learning_request.title,
                since=learning_request.created_at,
                url=learning_request.get_absolute_url(),
                owner=learning_request.claimed_by,
                detail=_("%(status)s · for %(audience)s · %(description)s")
                % {
                    "status": learning_request.get_status_display(),
                    "audience": learning_request.audience,
                    "description": Truncator(learning_request.description).chars(120),
                },
                topics=topics[f"{learning_request.title} {learning_request.description}"],
                actions=tuple(actions),
            )
        )
    return items


# Registered in guidance/wagtail_hooks.py.
REQUESTS_SOURCE = QueueSource(
    key=NEW_REQUESTS,
    label=gettext_lazy("New learning requests"),
    items=request_items,
    order=10,
    description=gettext_lazy("New requests to triage, and open ones no expert has claimed."),
)

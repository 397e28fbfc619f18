"""The L&D queue in the Wagtail admin (hub/queue/items.py gathers the items).

Moderators see everything, with filters by kind, age and owner; everyone else with
admin access (experts) sees only their own slice, whatever the query string says.
Marking an item handled is the moderators' (hub owns those marks); the other actions
are links or forms to the views of the app that owns the data.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from hub.accounts.permissions import is_moderator
from hub.contributions.experts import suggest_experts
from hub.navigation.redirects import redirect_back

from .items import QueueFilter, queue_items, sources
from .models import HandledQueueItem
from .sources import person_name

NOTE_MAX = 1000
AGE_CHOICES = [
    ("", gettext_lazy("Any age")),
    ("7", gettext_lazy("Waiting 7 days or more")),
    ("30", gettext_lazy("Waiting 30 days or more")),
    ("90", gettext_lazy("Waiting 90 days or more")),
]
ME, NOBODY = "me", "none"


class OwnerField(forms.ChoiceField):
    """Any person's id is valid (they may own nothing today); other text is not."""

    def valid_value(self, value):
        # ASCII digits only ("²".isdigit() is true, int("²") fails), and few enough
        # to be an id: a longer number would overflow the lookup.
        return value in ("", ME, NOBODY) or (value.isascii() and value.isdigit() and len(value) <= 9)


class QueueFilterForm(forms.Form):
    kind = forms.MultipleChoiceField(
        label=gettext_lazy("Kind"), required=False, widget=forms.CheckboxSelectMultiple
    )
    age = forms.ChoiceField(label=gettext_lazy("Age"), required=False, choices=AGE_CHOICES)
    owner = OwnerField(label=gettext_lazy("Owner"), required=False)

    def __init__(self, *args, owners=(), with_owner=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [(source.key, source.label) for source in sources()]
        if with_owner:
            self.fields["owner"].choices = [
                ("", _("Anyone")),
                (ME, _("Me")),
                (NOBODY, _("Nobody")),
            ] + [(str(user.pk), person_name(user)) for user in owners]
        else:
            del self.fields["owner"]

    def queue_filter(self):
        return QueueFilter(
            kinds=tuple(self.cleaned_data["kind"]),
            min_age_days=int(self.cleaned_data["age"]) if self.cleaned_data["age"] else None,
        )


def owner_filter(value, user):
    if value == ME:
        return QueueFilter(owner=user.pk)
    if value == NOBODY:
        return QueueFilter(unowned=True)
    if value:
        return QueueFilter(owner=int(value))
    return QueueFilter()


def queue_rows(items, now, suggest=True):
    """What the table shows of each item; expert suggestions only for those who assign."""
    wanted = {item.key: item.topics for item in items if item.topics} if suggest else {}
    suggestions = suggest_experts(wanted)
    labels = {source.key: source.label for source in sources()}
    return [
        {
            "item": item,
            "kind": labels.get(item.source, item.source),
            "days": (now - item.since).days,
            "owner_name": person_name(item.owner) if item.owner is not None else "",
            "post_actions": [action for action in item.actions if action.method == "post"],
            "link_actions": [action for action in item.actions if action.method != "post"],
            "suggestions": suggestions.get(item.key, []),
        }
        for item in items
    ]


def queue_view(request):
    user = request.user
    moderator = is_moderator(user)
    scope = None if moderator else user
    probe = QueueFilterForm(request.GET, with_owner=moderator)
    if not probe.is_valid():
        return render_queue(request, probe, [], moderator, status=400)
    # Filter by kind and age first; the owners of what is left fill the owner choices.
    items = queue_items(scope, probe.queue_filter())
    owners = {item.owner.pk: item.owner for item in items if item.owner is not None}
    form = QueueFilterForm(
        request.GET,
        owners=sorted(owners.values(), key=lambda person: person_name(person).casefold()),
        with_owner=moderator,
    )
    form.is_valid()
    if moderator:
        by_owner = owner_filter(form.cleaned_data.get("owner", ""), user)
        now = timezone.now()
        items = [item for item in items if by_owner.keeps(item, now)]
    return render_queue(request, form, items, moderator)


def render_queue(request, form, items, moderator, status=200):
    now = timezone.now()
    context = {
        "form": form,
        "rows": queue_rows(items, now, suggest=moderator),
        "moderator": moderator,
        "filtered": bool(request.GET),
        "note_max": NOTE_MAX,
        "page_title": _("L&D queue"),
        "page_subtitle": "" if moderator else _("Your items"),
        "header_icon": "tasks",
    }
    return TemplateResponse(request, "hub/queue/queue.html", context, status=status)


class HandleForm(forms.Form):
    source = forms.CharField(max_length=50)
    ref = forms.CharField(max_length=255)
    note = forms.CharField(
        label=gettext_lazy("Note"),
        max_length=NOTE_MAX,
        error_messages={
            "required": gettext_lazy("Say what was done, so the team knows why it left the queue.")
        },
    )


@require_POST
def handle(request):
    """Mark a queue item handled with a note. Moderators only."""
    if not is_moderator(request.user):
        raise PermissionDenied
    form = HandleForm(request.POST)
    if not form.is_valid():
        errors = [error for field_errors in form.errors.values() for error in field_errors]
        return queue_error(request, " ".join(str(error) for error in errors), status=400)
    source, ref = form.cleaned_data["source"], form.cleaned_data["ref"]
    found = [item for item in queue_items(None, QueueFilter(kinds=(source,))) if item.ref == ref]
    if not found:
        return queue_error(
            request, _("This item is no longer in the queue; someone may have dealt with it."), 404
        )
    HandledQueueItem.mark(found[0], request.user, note=form.cleaned_data["note"])
    messages.success(request, _("“%(title)s” is marked as handled.") % {"title": found[0].title})
    return back(request)


def back(request):
    """Back to the queue as it was filtered."""
    return redirect_back(request, "hub_queue")


def queue_error(request, message, status):
    return TemplateResponse(
        request,
        "hub/queue/error.html",
        {"message": message, "page_title": _("L&D queue"), "header_icon": "warning"},
        status=status,
    )

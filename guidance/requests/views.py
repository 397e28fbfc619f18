"""/requests/: file a knowledge gap, vote, comment, claim and triage.

Thin views: the rules are on ``LearningRequest``; these check the method, find the
request (404 when it does not exist), call the model and show what it says. Every
action is a POST with a CSRF token; a forged one by someone without the right gets a
403 page that says why, and changes nothing.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from hub.content.pagination import paginate
from hub.content.visibility import may_view
from hub.navigation.redirects import redirect_back

from .forms import CommentForm, LearningRequestForm, TriageForm
from .models import (
    DESCRIPTION_MAX,
    SEARCH_QUERY_MAX,
    TITLE_MAX,
    LearningRequest,
    RequestComment,
    RequestError,
)
from .similar import similar_items

PER_PAGE = 20
# What the tabs above the listing show, and in which order.
LISTINGS = {
    "open": (LearningRequest.OPEN_STATUSES, ("-vote_total", "-created_at", "-pk")),
    "done": ([LearningRequest.Status.DONE], ("-closed_at", "-pk")),
    "declined": ([LearningRequest.Status.DECLINED], ("-closed_at", "-pk")),
}
SIMILAR_INPUT_MAX = 600


def index(request):
    show = request.GET.get("show")
    if show not in LISTINGS:
        show = "open"
    statuses, ordering = LISTINGS[show]
    requests = (
        LearningRequest.objects.for_listing(request.user).filter(status__in=statuses).order_by(*ordering)
    )
    tabs = [
        {"key": "open", "label": _("Open"), "current": show == "open"},
        {"key": "done", "label": _("Answered"), "current": show == "done"},
        {"key": "declined", "label": _("Declined"), "current": show == "declined"},
    ]
    return render(
        request,
        "guidance/requests/index.html",
        {
            "learning_requests": paginate(requests, request.GET.get("page"), PER_PAGE),
            "show": show,
            "tabs": tabs,
        },
    )


@require_http_methods(["GET", "POST"])
def new(request):
    if request.method == "POST":
        form = LearningRequestForm(request.POST)
        checking = "check" in request.POST
        if not checking and form.is_valid():
            learning_request = form.save(commit=False)
            learning_request.requester = request.user
            learning_request.save()
            messages.success(
                request, _("Thank you: your request is filed. Colleagues can now vote for it and comment.")
            )
            return redirect(learning_request)
        status = 200 if checking else 400
        text = f"{request.POST.get('title', '')} {request.POST.get('description', '')}"
    else:
        # The wizard and the zero-result search page send people here with their words.
        initial = {
            "title": request.GET.get("title", "")[:TITLE_MAX],
            "description": request.GET.get("description", "")[:DESCRIPTION_MAX],
            "search_query": request.GET.get("query", "")[:SEARCH_QUERY_MAX],
        }
        form = LearningRequestForm(initial=initial)
        status = 200
        text = f"{initial['title']} {initial['description']}"
    return render(
        request,
        "guidance/requests/new.html",
        {"form": form, **similar_items(text[:SIMILAR_INPUT_MAX])},
        status=status,
    )


@require_GET
def similar(request):
    """The "similar requests and courses" fragment the form shows while someone types."""
    text = f"{request.GET.get('title', '')[:TITLE_MAX]} {request.GET.get('description', '')}"
    return render(request, "guidance/requests/includes/similar.html", similar_items(text[:SIMILAR_INPUT_MAX]))


def detail(request, pk):
    return render_detail(request, _get(request, pk))


def render_detail(request, learning_request, comment_form=None, triage_form=None, status=200):
    user = request.user
    may_triage = LearningRequest.may_triage(user)
    if may_triage and triage_form is None:
        triage_form = TriageForm(learning_request=learning_request)
    comments = list(learning_request.comments.shown().select_related("author"))
    for shown in comments:
        shown.removable = shown.may_remove(user)
    history = list(learning_request.status_changes.select_related("changed_by", "answered_by"))
    # The page that answered is named only to those who may open it: checked once per
    # page, however often the request was closed with it.
    answers = {
        page.pk: page for page in [learning_request.answered_by, *(c.answered_by for c in history)] if page
    }
    shown = {pk: page for pk, page in answers.items() if may_view(request, page)}
    for change in history:
        change.shown_answer = shown.get(change.answered_by_id)
    context = {
        "learning_request": learning_request,
        "answer": shown.get(learning_request.answered_by_id)
        if learning_request.status == LearningRequest.Status.DONE
        else None,
        "comments": comments,
        "history": history,
        "comment_form": comment_form or CommentForm(),
        "triage_form": triage_form,
        "may_triage": may_triage,
        "can_claim": learning_request.can_claim(user),
        "can_unclaim": learning_request.can_unclaim(user),
        "is_claimant": learning_request.claimed_by_id == user.pk,
        # The title alone: a long description matches too much to be "related".
        **similar_items(learning_request.title, exclude_pk=learning_request.pk),
    }
    return render(request, "guidance/requests/detail.html", context, status=status)


def _get(request, pk):
    return get_object_or_404(LearningRequest.objects.for_listing(request.user), pk=pk)


def _back(request, learning_request):
    """Back to where the button was (the listing or the request)."""
    return redirect_back(request, learning_request)


def forbidden(request, message):
    return render(request, "guidance/requests/forbidden.html", {"message": message}, status=403)


@require_POST
def vote(request, pk):
    learning_request = get_object_or_404(LearningRequest, pk=pk)
    try:
        if learning_request.vote(request.user):
            messages.success(request, _("Thank you: your vote counts."))
        else:
            messages.info(request, _("You had already voted for this request."))
    except RequestError as error:
        messages.error(request, str(error))
    return _back(request, learning_request)


@require_POST
def withdraw_vote(request, pk):
    learning_request = get_object_or_404(LearningRequest, pk=pk)
    if learning_request.withdraw_vote(request.user):
        messages.success(request, _("Your vote is withdrawn."))
    else:
        messages.info(request, _("You had not voted for this request."))
    return _back(request, learning_request)


@require_POST
def comment(request, pk):
    learning_request = _get(request, pk)
    form = CommentForm(request.POST)
    if not form.is_valid():
        return render_detail(request, learning_request, comment_form=form, status=400)
    learning_request.add_comment(request.user, form.cleaned_data["body"])
    messages.success(request, _("Your comment is added."))
    return redirect(f"{learning_request.get_absolute_url()}#comments")


@require_POST
def remove_comment(request, pk, comment_pk):
    # One query: the request's counts (``_get``) are not needed to remove a comment.
    comment = get_object_or_404(RequestComment.objects.shown(), pk=comment_pk, request_id=pk)
    try:
        comment.remove(request.user)
    except PermissionDenied:
        return forbidden(request, _("Only its author or an L&D moderator can remove a comment."))
    messages.success(request, _("The comment is removed."))
    return redirect(reverse("requests:detail", args=[pk]) + "#comments")


@require_POST
def claim(request, pk):
    learning_request = get_object_or_404(LearningRequest, pk=pk)
    try:
        learning_request.claim(request.user)
    except PermissionDenied:
        return forbidden(request, _("Only experts can claim learning requests."))
    except RequestError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request, _("You have claimed this request. The requester and voters can see you are on it.")
        )
    return redirect(learning_request)


@require_POST
def unclaim(request, pk):
    learning_request = get_object_or_404(LearningRequest, pk=pk)
    try:
        learning_request.unclaim(request.user)
    except PermissionDenied:
        return forbidden(
            request, _("Only the expert who claimed this request or a moderator can release it.")
        )
    except RequestError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The request is free again for another expert to claim."))
    return redirect(learning_request)


@require_POST
def triage(request, pk):
    learning_request = _get(request, pk)
    if not LearningRequest.may_triage(request.user):
        return forbidden(request, _("Only L&D moderators can change the status of a request."))
    form = TriageForm(request.POST, learning_request=learning_request)
    if form.is_valid():
        try:
            learning_request.change_status(
                request.user,
                form.cleaned_data["status"],
                reason=form.cleaned_data["reason"],
                answered_by=form.cleaned_data["answered_by"],
            )
        except ValidationError as error:
            for field, field_errors in error.message_dict.items():
                for message in field_errors:
                    form.add_error(field, message)
        else:
            messages.success(
                request,
                _("The request is now “%(status)s”.") % {"status": learning_request.get_status_display()},
            )
            return redirect(learning_request)
    return render_detail(request, learning_request, triage_form=form, status=400)

"""Admin views: "New guidance page" opens the editor for a draft in /guidance/;
"Assign to an expert" from the L&D queue."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from hub.authoring.menus import section_for_new_page
from hub.contributions.experts import suggest_experts

from ..forms.requests import AssignForm
from ..models import GuidanceIndexPage, LearningRequest
from ..models.requests import RequestError
from ..queue import topics_in


def new_guidance_page(request):
    index = section_for_new_page(GuidanceIndexPage, request.user)
    return redirect("wagtailadmin_pages:add", "guidance", "guidancepage", index.pk)


@require_http_methods(["GET", "POST"])
def assign_request(request, pk):
    """A moderator assigns a learning request to an expert (from the L&D queue):
    experts whose expertise matches the request come first in the list."""
    learning_request = get_object_or_404(LearningRequest.objects.select_related("claimed_by"), pk=pk)
    if not LearningRequest.may_triage(request.user):
        raise PermissionDenied
    text = f"{learning_request.title} {learning_request.description}"
    topics = topics_in([text])[text]
    suggestions = suggest_experts({"request": topics}, limit=5)["request"]
    form = AssignForm(request.POST or None, suggestions=suggestions)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                learning_request.assign(form.cleaned_data["expert"], request.user)
            except RequestError as error:
                form.add_error("expert", str(error))
            else:
                expert = form.cleaned_data["expert"]
                messages.success(
                    request,
                    _("“%(title)s” is assigned to %(name)s, who will hear of it by e-mail.")
                    % {
                        "title": learning_request.title,
                        "name": expert.get_full_name() or expert.get_username(),
                    },
                )
                return redirect("hub_queue")
        status = 400
    return TemplateResponse(
        request,
        "guidance/admin/assign_request.html",
        {
            "learning_request": learning_request,
            "form": form,
            "suggestions": suggestions,
            "topics": topics,
            "header_icon": "user",
        },
        status=status,
    )

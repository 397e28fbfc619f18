"""/guidance/wizard/: "Is training the answer?", one question per screen.

Every step is a GET link carrying the answers so far (``?path=3.8``), so it works
without JavaScript, can be bookmarked, and the browser's back button steps back.
"""

from urllib.parse import urlencode

from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from ..models.wizard import WizardOutcome, WizardPathError, walk

# Paths this browser already counted, so a reload or a step back and forth is not
# counted twice. Only the paths are kept, never who walked them.
SESSION_KEY = "guidance_wizard_counted"
SESSION_REMEMBERS = 50
TEMPLATE = "guidance/wizard.html"


def wizard(request, index):
    base_url = index.get_url(request) + index.reverse_subpage("wizard")
    context = {"page": index, "wizard_url": base_url}
    try:
        step = walk(request.GET.get("path"))
    except WizardPathError:
        # An old bookmark after L&D changed the questions, or a hand-made address.
        context["invalid_path"] = True
        return TemplateResponse(request, TEMPLATE, context, status=404)

    context["step"] = step
    if step is None:
        return TemplateResponse(request, TEMPLATE, context)

    context["step_number"] = len(step.chosen) + 1
    context["back_url"] = f"{base_url}?path={step.back_path}" if step.back_path else base_url
    if step.question is not None:
        context["choices"] = [
            {"label": answer.label, "url": f"{base_url}?{urlencode({'path': step.path_with(answer)})}"}
            for answer in step.answers
        ]
    else:
        count_once(request, step)
        context.update(outcome_links(request, index, step))
    return TemplateResponse(request, TEMPLATE, context)


def count_once(request, step):
    counted = request.session.get(SESSION_KEY, [])
    if step.path in counted:
        return
    step.outcome.record()
    request.session[SESSION_KEY] = [*counted, step.path][-SESSION_REMEMBERS:]


def outcome_links(request, index, step):
    """Where each kind of outcome sends people next, prefilled with the answers given."""
    outcome = step.outcome
    answers = step.summary()
    links = {"answers_summary": answers}
    if outcome.link_page_id and outcome.link_page.live:
        links["read_next"] = outcome.link_page
    if outcome.kind == WizardOutcome.Kind.ASK_TEAM:
        ask_page = index.ask_page()
        if ask_page is not None:
            query = urlencode(
                {"subject": _("Is training the answer?"), "message": _("My answers:") + "\n" + answers}
            )
            links["ask_url"] = f"{ask_page.get_url(request)}?{query}"
    elif outcome.kind in (WizardOutcome.Kind.REQUEST, WizardOutcome.Kind.SHORT_COURSE):
        # A short course needs an expert to write it: besides the template library, the
        # learner can ask for one. The request form lives at URL name "requests:new".
        links["request_query"] = urlencode({"description": _("My answers:") + "\n" + answers})
    return links

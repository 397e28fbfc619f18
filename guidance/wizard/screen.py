"""What one screen of "Is training the answer?" shows: the question and a link per
answer, or the outcome reached with where to go next.

Every step is a GET link carrying the answers so far (``?path=3.8``), so it works
without JavaScript, can be bookmarked, and the browser's back button steps back. The
route that answers (``GuidanceIndexPage.wizard``) passes in where it is served and
how to find the ask form; nothing here knows the page models.
"""

from urllib.parse import urlencode

from django.utils.translation import gettext as _

from .models import WizardOutcome
from .walk import WizardPathError, walk

# Paths this browser already counted, so a reload or a step back and forth is not
# counted twice. Only the paths are kept, never who walked them.
SESSION_KEY = "guidance_wizard_counted"
SESSION_REMEMBERS = 50


def wizard_screen(request, wizard_url, ask_page):
    """``(context, status)`` for the path in ``request``'s query string. ``wizard_url``
    is the wizard's address; ``ask_page()`` returns the live ask form (or ``None``) and
    is called only when an outcome sends people there."""
    context = {"wizard_url": wizard_url}
    try:
        step = walk(request.GET.get("path"))
    except WizardPathError:
        # An old bookmark after L&D changed the questions, or a hand-made address.
        return {**context, "invalid_path": True}, 404

    context["step"] = step
    if step is None:
        return context, 200

    context["step_number"] = len(step.chosen) + 1
    context["back_url"] = f"{wizard_url}?path={step.back_path}" if step.back_path else wizard_url
    if step.question is not None:
        context["choices"] = [
            {"label": answer.label, "url": f"{wizard_url}?{urlencode({'path': step.path_with(answer)})}"}
            for answer in step.answers
        ]
    else:
        count_once(request, step)
        context.update(outcome_links(request, step, ask_page))
    return context, 200


def count_once(request, step):
    counted = request.session.get(SESSION_KEY, [])
    if step.path in counted:
        return
    step.outcome.record()
    request.session[SESSION_KEY] = [*counted, step.path][-SESSION_REMEMBERS:]


def outcome_links(request, step, ask_page):
    """Where each kind of outcome sends people next, prefilled with the answers given."""
    outcome = step.outcome
    answers = step.summary()
    links = {"answers_summary": answers}
    if outcome.link_page_id and outcome.link_page.live:
        links["read_next"] = outcome.link_page
    if outcome.kind == WizardOutcome.Kind.ASK_TEAM:
        page = ask_page()
        if page is not None:
            query = urlencode(
                {"subject": _("Is training the answer?"), "message": _("My answers:") + "\n" + answers}
            )
            links["ask_url"] = f"{page.get_url(request)}?{query}"
    elif outcome.kind in (WizardOutcome.Kind.REQUEST, WizardOutcome.Kind.SHORT_COURSE):
        # A short course needs an expert to write it: besides the template library, the
        # learner can ask for one. The request form lives at URL name "requests:new".
        links["request_query"] = urlencode({"description": _("My answers:") + "\n" + answers})
    return links

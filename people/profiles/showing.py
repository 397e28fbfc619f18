"""What an expert's profile shows a colleague: figures and badges, contributions from
every app, the thanks received and, for anyone who may thank the expert, the form."""

from hub.contributions.sources import items_for
from people.kudos.forms import KudosForm
from people.kudos.thanks import visible_thanks
from people.recognition import recognition_for


def profile_context(page, viewer, kudos_form=None, thanks_for=None):
    """The template context of ``page`` for ``viewer``. ``kudos_form`` is a refused
    attempt to show again with its reason; otherwise a colleague gets a new form, for
    the page ``thanks_for`` names (a page id from ``?for=``) if any."""
    user = page.user
    can_thank = page.is_listed and viewer.pk != user.pk
    if kudos_form is None and can_thank:
        kudos_form = KudosForm(initial={"page": thanks_for or None})
    return {
        "recognition": recognition_for([user.pk]).get(user.pk) if user else None,
        "contributions": items_for(user) if user else [],
        "kudos_list": visible_thanks(user) if user else [],
        # A refused attempt (e.g. thanking oneself) shows its form with the reason.
        "kudos_form": kudos_form if can_thank or (kudos_form is not None and kudos_form.is_bound) else None,
        "kudos_for": kudos_form.thanked_page() if kudos_form is not None else None,
        "is_own_profile": user is not None and viewer.pk == user.pk,
        "can_moderate": page.permissions_for_user(viewer).can_edit(),
    }

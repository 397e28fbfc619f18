"""Thin views behind the routable directory and profile pages. Every action works on
the signed-in person's own data, checked here on the server."""

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _

from hub.accounts.permissions import shares_expertise
from hub.contributions.sources import items_for

from .directory import PROFILE_PHOTO, ExpertDirectory
from .forms import KudosForm, ProfileForm
from .models import KUDOS_PER_HOUR, ExpertProfilePage, Kudos
from .notifications import notify_expert_of_kudos
from .recognition import recognition_for

KUDOS_SHOWN = 20


def own_profile(user):
    if not user.is_authenticated:
        return None
    return ExpertProfilePage.objects.filter(user=user).first()


# -- directory ---------------------------------------------------------------------------
def directory(request, index):
    listing = ExpertDirectory(index.profiles(), request.GET)
    experts = listing.page(request.GET.get("page"))
    return index.render(
        request,
        context_overrides={
            "listing": listing,
            "experts": experts,
            "my_profile_url": index.url + index.reverse_subpage("my_profile")
            if shares_expertise(request.user)
            else None,
        },
    )


# -- one's own profile ---------------------------------------------------------------------
def edit_my_profile(request, index):
    user = request.user
    profile = own_profile(user)
    if profile is None and not shares_expertise(user):
        return TemplateResponse(request, "people/no_profile.html", {"page": index}, status=403)
    editing = profile.get_latest_revision_as_object() if profile else None

    if request.method == "POST":
        form = ProfileForm(request.POST, request.FILES, profile=editing)
        if form.is_valid():
            profile = save_own_profile(index, user, editing, form)
            if profile.live:
                messages.success(request, _("Your profile is saved and published."))
            else:
                messages.warning(
                    request,
                    _(
                        "Your changes are saved. A moderator took your profile offline; "
                        "ask them to publish it again."
                    ),
                )
            return redirect(profile.url if profile.live else index.url + index.reverse_subpage("my_profile"))
        status = 400
    else:
        form = ProfileForm(initial=ProfileForm.initial_for(editing, user), profile=editing)
        status = 200
    return TemplateResponse(
        request,
        "people/profile_form.html",
        {"page": index, "form": form, "profile": profile, "creating": profile is None},
        status=status,
    )


def unique_slug(index, user):
    base = slugify(user.get_full_name()) or slugify(user.get_username()) or "expert"
    taken = set(index.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def save_own_profile(index, user, profile, form):
    """Create or update ``user``'s profile and publish it straight away: profiles are
    not in the review workflow. A profile a moderator unpublished stays a draft."""
    if profile is None:
        profile = ExpertProfilePage(user=user, owner=user, slug=unique_slug(index, user))
        form.apply_to(profile, user)
        index.add_child(instance=profile)
    else:
        form.apply_to(profile, user)
    taken_offline = profile.first_published_at is not None and not profile.live
    revision = profile.save_revision(user=user, log_action=True)
    if taken_offline:
        return profile
    # This view is the permission check: it only ever touches the signed-in person's
    # own page. Wagtail's tester is left as it is on purpose, so experts get no
    # publish right in the admin (where bulk actions could bring back a profile a
    # moderator took offline).
    revision.publish(user=user, skip_permission_checks=True)
    profile.refresh_from_db()
    return profile


# -- a profile and its thanks ---------------------------------------------------------------
def profile(request, page, kudos_form=None, status=200):
    user = page.user
    recognition = recognition_for([page.user_id]).get(page.user_id) if user else None
    viewer = request.user
    can_thank = user is not None and user.is_active and viewer.pk != user.pk
    if kudos_form is None and can_thank:
        kudos_form = KudosForm(initial={"page": request.GET.get("for") or None})
    kudos = (
        Kudos.objects.visible().filter(recipient=user).select_related("sender", "page")[:KUDOS_SHOWN]
        if user
        else []
    )
    context = {
        "recognition": recognition,
        "contributions": items_for(user) if user else [],
        "kudos_list": kudos,
        # A refused attempt (e.g. thanking oneself) shows its form with the reason.
        "kudos_form": kudos_form if can_thank or (kudos_form is not None and kudos_form.is_bound) else None,
        "kudos_for": _kudos_page(kudos_form),
        "is_own_profile": user is not None and viewer.pk == user.pk,
        "can_moderate": page.permissions_for_user(viewer).can_edit(),
        "photo_spec": PROFILE_PHOTO,
    }
    response = page.render(request, context_overrides=context)
    response.status_code = status
    return response


def _kudos_page(form):
    """The page the thanks is for, when the link that opened the form named a live one."""
    if form is None:
        return None
    field = form["page"]
    value = field.value()
    if not value:
        return None
    try:
        return form.fields["page"].clean(value)
    except Exception:  # an id that is not a live page: thank in general instead
        return None


def thank(request, page):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    sender, recipient = request.user, page.user
    form = KudosForm(request.POST)
    if recipient is None or not recipient.is_active or not page.live:
        messages.error(request, _("This colleague can no longer receive thanks."))
        return redirect(page.get_parent().url)
    if sender.pk == recipient.pk:
        form.is_valid()
        form.add_error(None, _("You cannot thank yourself, but it is good to see you proud of your work."))
        return profile(request, page, form, status=400)
    if Kudos.objects.sent_recently_by(sender).count() >= KUDOS_PER_HOUR:
        form.is_valid()
        form.add_error(
            None,
            _(
                "You have sent %(count)s thanks in the last hour. "
                "Please try again later; your message is kept below."
            )
            % {"count": KUDOS_PER_HOUR},
        )
        return profile(request, page, form, status=429)
    if not form.is_valid():
        return profile(request, page, form, status=400)
    kudos = Kudos.objects.create(
        sender=sender,
        recipient=recipient,
        page=form.cleaned_data["page"],
        message=form.cleaned_data["message"],
    )
    transaction.on_commit(lambda: notify_expert_of_kudos(kudos, page))
    messages.success(request, _("Thank you! %(name)s will get your message.") % {"name": page.title})
    return redirect(page.url + "#thanks")

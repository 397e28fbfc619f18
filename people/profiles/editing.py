"""An expert's own profile at /experts/me/: made on the first save and published
straight away, as profiles are not in the review workflow."""

from django.db import transaction


@transaction.atomic
def save_own_profile(index, user, profile, form):
    """Create or update ``user``'s profile from the valid ``form`` and publish it. A
    profile a moderator took offline stays a draft: only they bring it back."""
    if profile is None:
        profile = index.new_profile(user)
        form.apply_to(profile, user)
        index.add_child(instance=profile)
    else:
        form.apply_to(profile, user)
    taken_offline = profile.first_published_at is not None and not profile.live
    revision = profile.save_revision(user=user, log_action=True)
    if taken_offline:
        return profile
    # /experts/me/ is the permission check: it only ever touches the signed-in
    # person's own page. Wagtail's tester is left as it is on purpose, so experts get
    # no publish right in the admin (where bulk actions could bring back a profile a
    # moderator took offline).
    revision.publish(user=user, skip_permission_checks=True)
    profile.refresh_from_db()
    return profile

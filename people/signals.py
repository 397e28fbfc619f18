"""The people app's receivers.

A closed account's profile goes offline, so it leaves search and every listing too.

Deactivating or deleting an account unpublishes the profile (a moderator can still
open it in the admin, and publish it again if the account comes back). The directory,
home panels and profile links also check ``user.is_active`` themselves, for accounts
closed by a bulk update that sends no signal (the shared home panels within
hub.home.panels.HOME_PANELS_CACHE_SECONDS).

A new spotlight shows on the home page at once: saving the setting starts a new
chrome version, as hub's own settings do.

A thanked expert gets an e-mail, queued once the thanks is committed."""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver

from hub.navigation.menus import forget_sections

from .kudos.notifications import send_kudos_email
from .kudos.thanks import kudos_sent
from .profiles.models import ExpertProfilePage, PeopleSettings


def unpublish_profile_of(user):
    for profile in ExpertProfilePage.objects.live().filter(user=user):
        profile.unpublish(log_action=True)


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="people_account_deactivated")
def account_saved(sender, instance, **kwargs):
    if not instance.is_active:
        unpublish_profile_of(instance)


@receiver(pre_delete, sender=settings.AUTH_USER_MODEL, dispatch_uid="people_account_deleted")
def account_deleted(sender, instance, **kwargs):
    unpublish_profile_of(instance)


@receiver(post_save, sender=PeopleSettings, dispatch_uid="people_spotlight_changed")
def spotlight_changed(sender, instance, created, **kwargs):
    # A row made on first read (BaseSiteSetting.for_site) holds only the defaults:
    # nothing shown changes, so the cached chrome may stay.
    if not created:
        forget_sections()


@receiver(kudos_sent, dispatch_uid="people_thanks_tell_the_expert")
def thanks_tell_the_expert(sender, kudos, **kwargs):
    # After the commit: a worker must find the thanks, and a thanks rolled back with
    # its request must not be announced.
    transaction.on_commit(lambda: send_kudos_email.enqueue(kudos.pk))

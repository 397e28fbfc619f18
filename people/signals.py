"""A closed account's profile goes offline, so it leaves search and every listing too.

Deactivating or deleting an account unpublishes the profile (a moderator can still
open it in the admin, and publish it again if the account comes back). The directory,
home panels and profile links also check ``user.is_active`` themselves, for accounts
closed by a bulk update that sends no signal."""

from django.conf import settings
from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver

from .models import ExpertProfilePage


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

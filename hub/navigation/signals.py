"""What makes the cached page chrome (hub/navigation/menus.py) out of date."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from .menus import forget_account_menu, forget_sections

# A section that is a page (the course index...) may have changed its URL or gone.
page_published.connect(forget_sections, dispatch_uid="hub_navigation_published")
page_unpublished.connect(forget_sections, dispatch_uid="hub_navigation_unpublished")
post_page_move.connect(forget_sections, dispatch_uid="hub_navigation_moved")
post_delete.connect(forget_sections, sender=Page, dispatch_uid="hub_navigation_deleted")
# Who may see a page changed: what is cached for everyone (such as search's popular
# topics) must stop showing a page that is now restricted.
post_save.connect(forget_sections, sender=PageViewRestriction, dispatch_uid="hub_navigation_restricted")
post_delete.connect(forget_sections, sender=PageViewRestriction, dispatch_uid="hub_navigation_unrestricted")
# The footer shows the learning team's details from the hub settings.
post_save.connect(forget_sections, sender="hub.HubSettings", dispatch_uid="hub_navigation_settings")


# A person's groups and permissions decide their header's admin link: only their own
# cached menu is forgotten, so that new accounts (single sign-on makes one at each
# first login) leave everyone else's cached chrome alone.
@receiver(m2m_changed, sender=get_user_model().groups.through, dispatch_uid="hub_account_groups")
@receiver(
    m2m_changed, sender=get_user_model().user_permissions.through, dispatch_uid="hub_account_permissions"
)
def account_access_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if not action.startswith("post_"):
        return
    if not reverse:
        forget_account_menu(instance.pk)
    elif pk_set:
        for user_pk in pk_set:
            forget_account_menu(user_pk)
    else:
        # group.user_set.clear(): the people who were in it are no longer known.
        forget_sections()


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="hub_account_flags")
def account_flags_changed(sender, instance, created, update_fields=None, **kwargs):
    """Being made a superuser or staff changes the admin link; a login only stamps
    last_login."""
    if not created and update_fields != frozenset({"last_login"}):
        forget_account_menu(instance.pk)


# A group's permissions are everyone's in it.
m2m_changed.connect(forget_sections, sender=Group.permissions.through, dispatch_uid="hub_group_permissions")

"""Admin shortcut: "New guidance page" opens the editor for a draft in /guidance/."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect

from ..models import GuidanceIndexPage


def new_guidance_page(request):
    index = GuidanceIndexPage.objects.first()
    if index is None or not index.permissions_for_user(request.user).can_add_subpage():
        raise PermissionDenied
    return redirect("wagtailadmin_pages:add", "guidance", "guidancepage", index.pk)

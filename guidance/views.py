"""Admin view: "New guidance page" opens the editor for a draft in /guidance/."""

from django.shortcuts import redirect

from hub.authoring.menus import section_for_new_page

from .pages import GuidanceIndexPage


def new_guidance_page(request):
    index = section_for_new_page(GuidanceIndexPage, request.user)
    return redirect("wagtailadmin_pages:add", "guidance", "guidancepage", index.pk)

"""Admin views for content that keeps itself current (courses and guidance)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.models import Page

from hub.navigation.redirects import redirect_back

from .models import AuthoredPage
from .translation import TranslationNotPossible, link_candidates, missing_locales
from .translation import add_translation as translate
from .translation import link_translation as link


def verify(request, page_id):
    """ "Still correct": GET asks, POST records it and moves the review-by date on."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, AuthoredPage) or not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if request.method == "POST":
        page.verify(request.user)
        messages.success(
            request,
            _("Thank you. “%(title)s” is marked as checked; the next review is due on %(date)s.")
            % {"title": page.title, "date": date_format(page.review_by)},
        )
        # From the L&D queue, back to the queue; otherwise to the editor.
        return redirect_back(request, "wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(
        request,
        "hub/authoring/verify.html",
        {"page": page, "next_review": page.next_review_date(), "header_icon": "tick"},
    )


def editable_authored_page(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, AuthoredPage) or not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return page


def add_translation(request, page_id):
    """ "Add translation": GET offers the languages the page is not in yet, POST makes
    the draft and opens it in the editor."""
    page = editable_authored_page(request, page_id)
    locales = missing_locales(page)
    error = ""
    if request.method == "POST":
        chosen = request.POST.get("locale", "")
        locale = locales.filter(pk=chosen).first() if chosen.isdigit() else None
        if locale is None:
            error = _("Choose one of the languages listed.")
        else:
            try:
                translation = translate(page, locale, request.user)
            except TranslationNotPossible as reason:
                error = str(reason)
            else:
                messages.success(
                    request,
                    _("A %(language)s draft of “%(title)s” is ready for you to translate.")
                    % {"language": locale.get_display_name(), "title": page.title},
                )
                return redirect("wagtailadmin_pages:edit", translation.pk)
    return TemplateResponse(
        request,
        "hub/authoring/add_translation.html",
        {"page": page, "locales": locales, "error": error, "header_icon": "globe"},
        status=400 if error else 200,
    )


def link_translation(request, page_id):
    """ "Link a translation": GET offers the pages that may become this page's
    translation, POST links the chosen one and goes back to the editor."""
    page = editable_authored_page(request, page_id)
    candidates = link_candidates(page)
    error, chosen = "", request.POST.get("page", "")
    if request.method == "POST":
        other = candidates.filter(pk=chosen).first() if chosen.isdigit() else None
        if other is None:
            error = _("Choose one of the pages listed.")
        else:
            try:
                link(page, other, request.user)
            except TranslationNotPossible as reason:
                error = str(reason)
            else:
                messages.success(
                    request,
                    _("“%(other)s” is now the %(language)s version of “%(title)s”.")
                    % {
                        "other": other.title,
                        "language": other.locale.get_display_name(),
                        "title": page.title,
                    },
                )
                return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(
        request,
        "hub/authoring/link_translation.html",
        {"page": page, "candidates": candidates, "chosen": chosen, "error": error, "header_icon": "link"},
        status=400 if error else 200,
    )

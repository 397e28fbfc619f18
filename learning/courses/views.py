"""Admin views: start a new course from one of L&D's templates."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hub.authoring.menus import section_for_new_page
from hub.content.languages import one_per_item

from .models import CourseIndexPage, CourseTemplate
from .templates import new_course_from_template


def choose_template(request):
    """The templates, one per template in the editor's language (the admin's), else
    in the language L&D wrote it in."""
    section_for_new_page(CourseIndexPage, request.user)
    templates = (
        one_per_item(CourseTemplate.objects.all()).select_related("locale").order_by("sort_order", "name")
    )
    return TemplateResponse(
        request,
        "learning/admin/choose_template.html",
        {"templates": templates, "header_icon": "form"},
    )


@require_POST
def start_from_template(request, template_id):
    template = get_object_or_404(CourseTemplate, pk=template_id)
    # The course is written in the template's language: in that language's section.
    index = section_for_new_page(CourseIndexPage, request.user, locale=template.locale)
    try:
        course = new_course_from_template(template, index, request.user)
    except ValidationError:
        # A template saved before its fields had today's rules: nothing was created.
        messages.error(
            request,
            _("The template “%(name)s” cannot be used as it is. Ask L&D to check it under Course templates.")
            % {"name": template.name},
        )
        return redirect("learning_choose_template")
    messages.success(request, _("Your draft is ready: give it a title and replace the placeholders."))
    return redirect(reverse("wagtailadmin_pages:edit", args=[course.pk]))

"""Admin views: start a new course from one of L&D's templates."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hub.authoring.menus import section_for_new_page

from .models import CourseIndexPage, CourseTemplate
from .templates import new_course_from_template


def choose_template(request):
    section_for_new_page(CourseIndexPage, request.user)
    return TemplateResponse(
        request,
        "learning/admin/choose_template.html",
        {"templates": CourseTemplate.objects.all(), "header_icon": "form"},
    )


@require_POST
def start_from_template(request, template_id):
    index = section_for_new_page(CourseIndexPage, request.user)
    template = get_object_or_404(CourseTemplate, pk=template_id)
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

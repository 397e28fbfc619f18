"""Course templates: turning one into a new draft course."""

import uuid

from django.db import transaction
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .models import CoursePage


def new_course_from_template(template, index, user):
    """A new draft course under ``index``, owned by ``user``, body copied from ``template``.
    All or nothing: a course that fails to save leaves no page behind."""
    with translation.override(template.locale.language_code):  # the course's language
        title = _("New course: %(template)s") % {"template": template.name}
    course = CoursePage(
        title=title,
        draft_title=title,
        slug=f"{slugify(template.name)[:40]}-{uuid.uuid4().hex[:8]}",
        summary=template.when_to_use[:300],
        estimated_minutes=template.estimated_minutes,
        body=template.body.raw_data,
        owner=user,
        live=False,
    )
    with transaction.atomic():
        index.add_child(instance=course)
        course.save_revision(user=user, log_action=True)
    return course

"""A course and its translations are one course to a learner: enrolments, ratings and
"this helped me" marks belong to the course's ``translation_key``. A learner who has a
record in two versions of one course keeps one: the enrolment they started first, with
everything they did in either version; their latest rating; one mark."""

import uuid

from django.db import migrations
from django.db.models import Count


def course_keys(apps, schema_editor):
    Enrolment = apps.get_model("learning", "Enrolment")
    Page = apps.get_model("wagtailcore", "Page")
    keys = dict(Page.objects.values_list("pk", "translation_key"))
    for enrolment in Enrolment.objects.all():
        # An enrolment whose course was deleted is a course of its own.
        enrolment.course_key = keys.get(enrolment.course_id) or uuid.uuid4()
        enrolment.save(update_fields=["course_key"])
    for name in ("CourseRating", "HelpfulMark"):
        model = apps.get_model("learning", name)
        for row in model.objects.all():
            row.course_key = keys[row.course_id]
            row.save(update_fields=["course_key"])
    merge_enrolments(apps)
    for name, keep in (("CourseRating", "-updated_at"), ("HelpfulMark", "created_at")):
        model = apps.get_model("learning", name)
        for user_id, key in twice(model):
            rows = model.objects.filter(user_id=user_id, course_key=key).order_by(keep, "pk")
            model.objects.filter(pk__in=[row.pk for row in rows[1:]]).delete()


def twice(model):
    """(user, course key) pairs with more than one row."""
    rows = model.objects.values("user_id", "course_key").annotate(rows=Count("pk")).filter(rows__gt=1)
    return [(row["user_id"], row["course_key"]) for row in rows]


def merge_enrolments(apps):
    Enrolment = apps.get_model("learning", "Enrolment")
    ActiveTime = apps.get_model("learning", "ActiveTime")
    for user_id, key in twice(Enrolment):
        first, *others = Enrolment.objects.filter(user_id=user_id, course_key=key).order_by("started_at", "pk")
        for other in others:
            first.sections_done = [*first.sections_done, *(s for s in other.sections_done if s not in first.sections_done)]
            if other.completed_at and (first.completed_at is None or other.completed_at < first.completed_at):
                first.completed_at = other.completed_at
                first.credited_minutes = other.credited_minutes
                first.credited_authors = other.credited_authors
                first.course_title = other.course_title
            other.attempts.update(enrolment=first)
            for row in ActiveTime.objects.filter(enrolment=other):
                mine, _created = ActiveTime.objects.get_or_create(
                    enrolment=first, section_id=row.section_id, day=row.day
                )
                mine.seconds += row.seconds
                mine.save(update_fields=["seconds"])
            other.delete()
        first.save(update_fields=["sections_done", "completed_at", "credited_minutes", "credited_authors", "course_title"])


class Migration(migrations.Migration):
    dependencies = [("learning", "0011_course_key")]

    operations = [migrations.RunPython(course_keys, migrations.RunPython.noop, elidable=True)]

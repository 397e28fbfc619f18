"""A course and its translations are one course to a learner: enrolments, ratings and
"this helped me" marks belong to the course's ``translation_key``. A learner who has a
record in two versions of one course keeps one: the enrolment they started first, with
everything they did in either version; their latest rating; one mark."""

import uuid

from django.db import migrations, models
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
    dependencies = [
        ("learning", "0010_courses_in_languages"),
    ]

    operations = [
        migrations.RemoveConstraint(model_name="enrolment", name="one_enrolment_per_course"),
        migrations.RemoveConstraint(model_name="courserating", name="one_rating_per_learner"),
        migrations.RemoveConstraint(model_name="helpfulmark", name="one_helpful_mark_per_learner"),
        *(
            migrations.AddField(
                model_name=model,
                name="course_key",
                field=models.UUIDField(null=True, editable=False, verbose_name="course in any language"),
            )
            for model in ("enrolment", "courserating", "helpfulmark")
        ),
        migrations.RunPython(course_keys, migrations.RunPython.noop, elidable=True),
        *(
            migrations.AlterField(
                model_name=model,
                name="course_key",
                field=models.UUIDField(db_index=True, editable=False, verbose_name="course in any language"),
            )
            for model in ("enrolment", "courserating", "helpfulmark")
        ),
        migrations.AddConstraint(
            model_name="enrolment",
            constraint=models.UniqueConstraint(
                fields=("user", "course_key"), name="one_enrolment_per_course_in_any_language"
            ),
        ),
        migrations.AddConstraint(
            model_name="courserating",
            constraint=models.UniqueConstraint(
                fields=("course_key", "user"), name="one_rating_per_learner_in_any_language"
            ),
        ),
        migrations.AddConstraint(
            model_name="helpfulmark",
            constraint=models.UniqueConstraint(
                fields=("course_key", "user"), name="one_helpful_mark_per_learner_in_any_language"
            ),
        ),
    ]

"""Enrolments, ratings and "this helped me" marks get a ``course_key``, their course's
``translation_key``, filled in by 0012 and required by 0013 (three migrations, so that
on PostgreSQL the rows are written in one transaction and the table altered in another)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("learning", "0010_courses_in_languages")]

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
    ]

"""Every record has its ``course_key`` (0012): required, indexed, and one record per
learner per course in any language."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("learning", "0012_records_per_course_in_any_language")]

    operations = [
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

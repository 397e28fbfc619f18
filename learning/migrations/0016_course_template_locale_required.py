"""Every course template has its locale and translation key (0015): required, one
version per language, and one name per language."""

import uuid

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("learning", "0015_course_templates_in_languages")]

    operations = [
        migrations.AlterField(
            model_name="coursetemplate",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="coursetemplate",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterUniqueTogether(name="coursetemplate", unique_together={("translation_key", "locale")}),
        migrations.AddConstraint(
            model_name="coursetemplate",
            constraint=models.UniqueConstraint(fields=("name", "locale"), name="one_template_name_per_language"),
        ),
    ]

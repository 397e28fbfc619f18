"""Course templates become translatable (Wagtail's TranslatableMixin): the locale and
translation key, filled in by 0015 and required by 0016 (separate migrations, so that on
PostgreSQL rows are written and the table altered in different transactions)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0013_course_key_required"),
        ("hub", "0016_languages"),
    ]

    operations = [
        migrations.AddField(
            model_name="coursetemplate",
            name="translation_key",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.AddField(
            model_name="coursetemplate",
            name="locale",
            field=models.ForeignKey(
                null=True,
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="coursetemplate",
            name="name",
            field=models.CharField(max_length=120, verbose_name="name"),
        ),
    ]

"""Every question and outcome has its locale and translation key (0012): required, one
version per language, and one first question per language."""

import uuid

import django.db.models.deletion
from django.db import migrations, models


def required(model_name):
    return [
        migrations.AlterField(
            model_name=model_name,
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name=model_name,
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterUniqueTogether(name=model_name, unique_together={("translation_key", "locale")}),
    ]


class Migration(migrations.Migration):
    dependencies = [("guidance", "0012_wizard_in_languages")]

    operations = [
        *required("wizardoutcome"),
        *required("wizardquestion"),
        migrations.AddConstraint(
            model_name="wizardquestion",
            constraint=models.UniqueConstraint(
                condition=models.Q(("is_start", True)),
                fields=("locale", "is_start"),
                name="one_first_question_per_language",
            ),
        ),
    ]

"""The wizard's questions and outcomes become translatable (Wagtail's
TranslatableMixin): the locale and translation key, filled in by 0012 and required by
0013 (separate migrations, so that on PostgreSQL rows are written and the tables
altered in different transactions). One first question per language, not one in all."""

import django.db.models.deletion
from django.db import migrations, models


def nullable(model_name):
    return [
        migrations.AddField(
            model_name=model_name, name="translation_key", field=models.UUIDField(null=True, editable=False)
        ),
        migrations.AddField(
            model_name=model_name,
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
    ]


class Migration(migrations.Migration):
    dependencies = [
        ("guidance", "0010_guidance_in_languages"),
        ("hub", "0016_languages"),
    ]

    operations = [
        *nullable("wizardoutcome"),
        *nullable("wizardquestion"),
        migrations.RemoveConstraint(model_name="wizardquestion", name="one_first_question"),
        migrations.AlterField(
            model_name="wizardquestion",
            name="is_start",
            field=models.BooleanField(
                default=False,
                help_text="The wizard starts here. Exactly one question in each language is first.",
                verbose_name="first question",
            ),
        ),
    ]

"""The expert directory in Dutch at /nl/experts/ (docs/languages.md). Profiles stay in
one tree: a person has one profile, listed in every language's directory."""

from django.db import migrations

from hub.accounts.roles import MODERATOR, grant_page_permissions
from hub.content.tree import locale_of, translate_page

INDEX_NL = {
    "title": "Experts",
    "intro": "<p>Collega's die delen wat ze weten. Zoek iemand op naam of expertise.</p>",
}


def directory_in_languages(apps, schema_editor):
    ExpertIndexPage = apps.get_model("people", "ExpertIndexPage")
    dutch = locale_of(apps, "nl")
    index = ExpertIndexPage.objects.order_by("path").first()
    if dutch is None or index is None or index.locale_id == dutch.pk:
        return
    index_nl = translate_page(apps, "people", "ExpertIndexPage", index, dutch, **INDEX_NL)
    grant_page_permissions(apps, MODERATOR, index_nl, ["add", "change", "publish"])


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0004_profile_addresses_from_names"),
        ("hub", "0016_languages"),
    ]

    operations = [migrations.RunPython(directory_in_languages, migrations.RunPython.noop)]

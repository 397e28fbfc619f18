"""Content in several languages (docs/languages.md): a Wagtail locale per content
language, and the Dutch tree's home page and accessibility statement, in Dutch.

Pages written in Dutch are moved into the Dutch tree by the apps that own them
(learning, guidance); the demo's "About" pages are linked here."""

import json

from django.db import migrations

from hub.accounts.roles import MODERATOR, grant_page_permissions
from hub.content.tree import ensure_locales, link_translations, move_into_language_tree, translate_page

HOME_NL = {
    "title": "Leeromgeving",
    "intro": (
        "<p>Leer van collega's die het werk kennen, en deel wat je weet. "
        "Vind een cursus, een checklist of een expert in twee klikken of één zoekopdracht.</p>"
    ),
    "start_here_text": "Begin hier",
}
ACCESSIBILITY_NL = {
    "title": "Toegankelijkheidsverklaring",
    "body": json.dumps(
        [
            {
                "type": "paragraph",
                "value": (
                    "<p>We willen dat iedereen de leeromgeving kan gebruiken: met een toetsenbord, "
                    "een schermlezer, een vergrootglas of een telefoon. De leeromgeving streeft "
                    "naar WCAG 2.2 niveau AA.</p>"
                    "<p>Werkt iets niet voor jou? Laat het het leerteam weten, en zeg om welke "
                    "pagina het gaat en wat je gebruikte. We antwoorden binnen vijf werkdagen.</p>"
                ),
            }
        ]
    ),
}


def hub_in_languages(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    locales = ensure_locales(apps)
    dutch = locales.get("nl")
    home = Page.objects.filter(depth=2, content_type__app_label="hub", content_type__model="homepage").order_by("path").first()
    if dutch is None or home is None or home.locale_id == dutch.pk:
        return
    home_nl = translate_page(apps, "hub", "HomePage", home, dutch, **HOME_NL)
    HomeFeaturedItem = apps.get_model("hub", "HomeFeaturedItem")
    if not HomeFeaturedItem.objects.filter(home_id=home_nl.pk).exists():
        # The same curated items; each is shown in the reader's language when it has one.
        for item in HomeFeaturedItem.objects.filter(home_id=home.pk).order_by("sort_order"):
            HomeFeaturedItem.objects.create(
                home_id=home_nl.pk, page_id=item.page_id, blurb=item.blurb, sort_order=item.sort_order
            )
    # The same rights in the Dutch tree as in the English one (hub 0003_roles).
    grant_page_permissions(apps, MODERATOR, home_nl, ["add", "change", "publish", "lock", "unlock"])
    accessibility = Page.objects.filter(depth=3, path__startswith=home.path, slug="accessibility").first()
    if accessibility is not None:
        translate_page(apps, "hub", "InfoPage", accessibility, dutch, **ACCESSIBILITY_NL)
    # The demo's "About" page and its Dutch version, made as two unrelated pages.
    about = Page.objects.filter(depth=3, path__startswith=home.path, slug="about").first()
    over = Page.objects.filter(depth=3, path__startswith=home.path, slug="over-de-leeromgeving").first()
    if about is not None and over is not None and move_into_language_tree(apps, over, dutch):
        link_translations(apps, about, Page.objects.get(pk=over.pk))


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0015_outgoing_mail"),
        ("hub", "0013_role_permissions"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(hub_in_languages, migrations.RunPython.noop)]

"""Replace Wagtail's placeholder root page with the hub's HomePage, add the
accessibility statement under it and point the default site and its settings there."""

import json

from django.db import migrations
from django.utils import timezone

ACCESSIBILITY_BODY = [
    {
        "type": "paragraph",
        "value": (
            "<p>We want everyone to be able to use the learning hub: with a keyboard, a screen "
            "reader, a magnifier or a phone. The hub aims to meet WCAG 2.2 level AA.</p>"
            "<p>Found something that does not work for you? Tell the learning team, and say "
            "which page and what you used. We answer within five working days.</p>"
        ),
    }
]


def create_home_page(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Locale = apps.get_model("wagtailcore", "Locale")
    HomePage = apps.get_model("hub", "HomePage")
    InfoPage = apps.get_model("hub", "InfoPage")
    HubSettings = apps.get_model("hub", "HubSettings")

    # Wagtail's initial data adds a plain "Welcome" page; the hub's home replaces it.
    Page.objects.filter(depth=2, content_type__app_label="wagtailcore", content_type__model="page").delete()
    locale = Locale.objects.order_by("pk").first()
    now = timezone.now()
    home_type, _ = ContentType.objects.get_or_create(app_label="hub", model="homepage")
    info_type, _ = ContentType.objects.get_or_create(app_label="hub", model="infopage")

    home = HomePage.objects.create(
        title="Learning hub",
        draft_title="Learning hub",
        slug="home",
        content_type=home_type,
        path="00010001",
        depth=2,
        numchild=1,
        url_path="/home/",
        locale=locale,
        live=True,
        first_published_at=now,
        last_published_at=now,
        intro=(
            "<p>Learn from colleagues who know the work, and share what you know. "
            "Find a course, a checklist or an expert in two clicks or one search.</p>"
        ),
    )
    accessibility = InfoPage.objects.create(
        title="Accessibility statement",
        draft_title="Accessibility statement",
        slug="accessibility",
        content_type=info_type,
        path="000100010001",
        depth=3,
        numchild=0,
        url_path="/home/accessibility/",
        locale=locale,
        live=True,
        first_published_at=now,
        last_published_at=now,
        show_in_menus=False,
        body=json.dumps(ACCESSIBILITY_BODY),
    )
    Page.objects.filter(depth=1).update(numchild=1)

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(hostname="localhost", port=80, root_page_id=home.pk, is_default_site=True)
    else:
        site.root_page_id = home.pk
        site.save()
    HubSettings.objects.update_or_create(site=site, defaults={"accessibility_page_id": accessibility.pk})


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_home_page, migrations.RunPython.noop)]

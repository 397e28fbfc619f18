"""Inspect (and complete) the benchmark database; bench.py runs this in a subprocess.

Makes sure the plain Wagtail page exists, then prints one JSON object on stdout: how
many generated pages there are and whether the demo ``employee`` signs in with the
benchmark's password, so bench.py can skip ``seed_demo`` on a rerun.

    DJANGO_SETTINGS_MODULE=tests.perf.settings DATABASE_URL=... python tests/perf/prepare.py PASSWORD
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PLAIN_SLUG = "bench-plain"
PLAIN_TITLE = "Bench plain page"
PLAIN_BODY = [
    {
        "type": "paragraph",
        "value": "<p>A plain information page with one paragraph, for the benchmark.</p>",
    }
]


def main(password):
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()

    from django.contrib.auth import get_user_model
    from wagtail.models import Page

    from hub.content.models import InfoPage
    from hub.demo.pages import get_or_create_child
    from hub.home.models import HomePage

    home = HomePage.objects.first()
    if home is None:
        raise SystemExit("No home page: has `manage.py migrate` run?")
    plain, created = get_or_create_child(home, InfoPage, PLAIN_SLUG, title=PLAIN_TITLE, body=PLAIN_BODY)
    parent = home.get_children().filter(slug="generated").first()
    employee = get_user_model().objects.filter(username="employee").first()
    state = {
        "plain_path": plain.get_url_parts()[2],
        "plain_created": created,
        "generated_pages": parent.get_children().count() if parent else 0,
        "generated_parent_path": parent.get_url_parts()[2] if parent else None,
        "total_pages": Page.objects.count(),
        "employee_ok": bool(employee and employee.is_active and employee.check_password(password)),
    }
    print(json.dumps(state))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(sys.argv[1])

"""Count the SQL queries each benchmarked URL makes; bench.py runs this in a subprocess.

Uses Django's test client in-process (no HTTP server) signed in as ``employee``, and
requests every URL twice: the first request fills the per-process caches (Wagtail's
site root paths, compiled templates) as a gunicorn worker's first request does, the
second is the steady state the benchmark measures. Prints JSON on stdout:
``{path: {"status": ..., "first": n, "warm": n, "sql": [...]}}``.

    DJANGO_SETTINGS_MODULE=tests.perf.settings DATABASE_URL=... python tests/perf/queries.py / /bench-bare/
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(paths):
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()

    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(headers={"host": "127.0.0.1", "accept-language": "en"})
    client.force_login(get_user_model().objects.get(username="employee"))
    report = {}
    for path in paths:
        counts = []
        for _attempt in range(2):
            with CaptureQueriesContext(connection) as captured:
                response = client.get(path)
            counts.append(len(captured))
        report[path] = {
            "status": response.status_code,
            "first": counts[0],
            "warm": counts[1],
            "sql": [query["sql"] for query in captured.captured_queries],
        }
    print(json.dumps(report))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    main(sys.argv[1:])

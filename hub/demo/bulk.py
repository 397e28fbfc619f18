"""Fast generation of many pages for benchmarks (seed_demo --pages N).

Wagtail's ``add_child`` costs a dozen queries per page; here pages are written in
batches straight into the tree (treebeard materialised paths) and indexed in bulk,
which gives tens of thousands of pages a minute.
"""

import json
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from hub.content.models import InfoPage

BATCH_SIZE = 1000
WORDS = (
    "onboarding",
    "checklist",
    "safety",
    "customer",
    "process",
    "excel",
    "reporting",
    "privacy",
    "security",
    "leadership",
    "feedback",
    "coaching",
    "planning",
    "budget",
    "procurement",
    "quality",
    "audit",
    "sales",
    "service",
    "support",
    "logistics",
    "warehouse",
    "finance",
    "invoice",
    "contract",
    "meeting",
    "project",
    "agile",
    "scrum",
    "design",
    "research",
    "writing",
    "presentation",
    "negotiation",
    "compliance",
)


# Every generated page has nearly every word above. Search benchmarks also need a word
# of known rarity: "cohort07" is on 1 page in COHORTS (2 %).
COHORTS = 50


def generated_body(number):
    words = [WORDS[(number * 7 + i * 3) % len(WORDS)] for i in range(40)]
    text = " ".join(words)
    marker = f"cohort{number % COHORTS:02d}"
    return [
        {
            "type": "paragraph",
            "value": f"<p>Generated page {number}: {text} {marker}.</p>",
            "id": str(uuid.uuid4()),
        }
    ]


def generate_pages(parent, total, progress=None):
    """Make ``parent`` have at least ``total`` generated children. Returns how many
    were added. ``progress(done, todo)`` is called after each batch."""
    # treebeard trusts the in-memory numchild; a stale parent would hide its children.
    parent.refresh_from_db()
    existing = parent.get_children().count()
    todo = max(0, total - existing)
    if not todo:
        return 0
    content_type = ContentType.objects.get_for_model(InfoPage)
    locale = Locale.get_default()
    last_child = parent.get_last_child()
    next_step = (int(last_child.path[-Page.steplen :], 36) + 1) if last_child else 1
    depth = parent.depth + 1
    now = timezone.now()
    backend = get_search_backend()
    body_column = InfoPage._meta.get_field("body").column
    quote = connection.ops.quote_name
    # Table and column names come from the model, never from input.
    table = quote(InfoPage._meta.db_table)
    insert_sql = f"INSERT INTO {table} ({quote('page_ptr_id')}, {quote(body_column)}) VALUES (%s, %s)"  # noqa: S608

    done = 0
    while done < todo:
        size = min(BATCH_SIZE, todo - done)
        with transaction.atomic():
            pages = []
            for offset in range(size):
                number = existing + done + offset + 1
                slug = f"generated-{number:06d}"
                pages.append(
                    Page(
                        title=f"Generated page {number}",
                        draft_title=f"Generated page {number}",
                        slug=slug,
                        content_type=content_type,
                        path=Page._get_path(parent.path, depth, next_step + done + offset),
                        depth=depth,
                        numchild=0,
                        url_path=f"{parent.url_path}{slug}/",
                        locale=locale,
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=now,
                        last_published_at=now,
                        latest_revision_created_at=now,
                        translation_key=uuid.uuid4(),
                    )
                )
            created = Page.objects.bulk_create(pages)
            with connection.cursor() as cursor:
                cursor.executemany(
                    insert_sql,
                    [
                        (page.pk, json.dumps(generated_body(existing + done + i + 1)))
                        for i, page in enumerate(created)
                    ],
                )
            parent.numchild = existing + done + size
            Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild)
            backend.add_bulk(InfoPage, list(InfoPage.objects.filter(pk__in=[p.pk for p in created])))
        done += size
        if progress:
            progress(done, todo)
    refresh_planner_statistics()
    return todo


def refresh_planner_statistics():
    """After a bulk load the query planner still believes the tables are tiny (with
    autovacuum off or not yet run) and scans page paths instead of using the index."""
    tables = [Page._meta.db_table, InfoPage._meta.db_table]
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(table)}")

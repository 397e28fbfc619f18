"""Does a database made by an earlier version migrate to this one with nothing lost?

    .venv/bin/python tests/upgrade/upgrade_check.py --from b54f1e2            # PostgreSQL
    .venv/bin/python tests/upgrade/upgrade_check.py --from b54f1e2 --sqlite   # SQLite

1. Exports the earlier commit (``git archive``) into a temporary folder and, with its
   own code, migrates an empty database and loads the demo content (``seed_demo``), as
   a real installation of that version would have it.
2. Takes a snapshot of every table: its rows, as text.
3. Migrates the same database with this checkout's code, snapshots it again, and runs
   this version's ``seed_demo`` and system checks on it.
4. Compares: every row of every table must still be there, unchanged in every column it
   had (new columns are not compared). Tables may only gain rows, and only the tables a
   migration of this version is expected to add to (``--may-grow``), and columns may
   only change where a data migration of this version is meant to change them
   (``--may-change table.column``). The defaults say what this version's migrations do:
   permissions, their grants to the roles, content types and the migration log grow;
   ``people/0004`` moves expert profiles from /experts/<username>/ to their name's
   address (page slug and URL path, the revisions' content) and adds a redirect each;
   the languages' migrations (hub 0016 and on) add the Dutch home, sections and wizard
   and move Dutch pages into the Dutch tree (their path, depth, locale and translation
   key); ``learning/0012`` merges a learner's records in two versions of one course
   (``--may-merge``: the learners, attempts and time are all still there).

It prints what it did and exits 1 on any difference. It uses the PostgreSQL server on
127.0.0.1:5432 (database ``hub_upgrade_check``, dropped and made again) or a temporary
SQLite file, and the same virtualenv for both versions (their requirements must agree).
"""

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import psycopg2

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
PG = {"host": "127.0.0.1", "port": "5432", "user": "postgres"}
PG_DATABASE = "hub_upgrade_check"
MAY_GROW = [
    "auth_permission",
    "auth_group_permissions",
    "django_content_type",
    "django_migrations",
    "wagtailredirects_redirect",
]
MAY_GROW += [
    # Dutch versions of the wizard, the course templates and the review workflow
    # (guidance 0012 and 0014, learning 0015 and 0017).
    "guidance_wizardanswer",
    "guidance_wizardoutcome",
    "guidance_wizardquestion",
    "learning_coursetemplate",
    "wagtailcore_groupapprovaltask",
    "wagtailcore_groupapprovaltask_groups",
    "wagtailcore_task",
    "wagtailcore_workflow",
    "wagtailcore_workflowtask",
    # A page tree per language (hub 0016, learning 0010, guidance 0010, people 0005):
    # the Dutch home, sections, ask form and "About" page, with their rights.
    "guidance_askformfield",
    "guidance_askformpage",
    "guidance_guidanceindexpage",
    "hub_homefeatureditem",
    "hub_homepage",
    "hub_infopage",
    "learning_courseindexpage",
    "people_expertindexpage",
    "wagtailcore_grouppagepermission",
    "wagtailcore_locale",
    "wagtailcore_page",
    "wagtailcore_workflowpage",
]
MAY_CHANGE = [
    "wagtailcore_page.slug",
    "wagtailcore_page.url_path",
    "wagtailcore_revision.content",
    # Dutch pages move into the Dutch tree, linked to their originals (hub 0016 and on).
    "wagtailcore_page.path",
    "wagtailcore_page.depth",
    "wagtailcore_page.numchild",
    "wagtailcore_page.locale_id",
    "wagtailcore_page.translation_key",
    # The Dutch sections move to the Dutch-named workflow (learning 0017, guidance 0014).
    "wagtailcore_workflowpage.workflow_id",
]
# Tables whose rows a migration may merge: learning 0012 keeps one record per learner
# per course in every language, so a learner's enrolments, ratings and marks in two
# versions of a linked course become one (attempts and time move to the kept one).
# Their rows may change or go, keeping what each table says: every value of a column
# ("every learner still has one"), or the sum of one ("sum:seconds", no time lost).
MAY_MERGE = {
    "learning_enrolment": "user_id",
    "learning_courserating": "user_id",
    "learning_helpfulmark": "user_id",
    "learning_quizattempt": "token",
    "learning_activetime": "sum:seconds",
}


def run(args, cwd, env, quiet=True):
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)  # noqa: S603
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"failed in {cwd}: {' '.join(args)}")
    if not quiet:
        sys.stdout.write(result.stdout)
    return result.stdout


def export(ref, into):
    archive = subprocess.run(["git", "archive", ref], cwd=ROOT, capture_output=True, check=True)  # noqa: S607
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)  # noqa: S607


def snapshot_postgres(database_url):
    """``{table: (columns, sorted rows)}`` of every table in the public schema, each value as
    text."""
    with psycopg2.connect(database_url) as connection, connection.cursor() as cursor:
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
        tables = [name for (name,) in cursor.fetchall()]
        found = {}
        for table in tables:
            # Table names come from the catalogue above, not from input.
            cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608
            columns = [column.name for column in cursor.description]
            found[table] = (columns, sorted(tuple(str(value) for value in row) for row in cursor.fetchall()))
    return found


def snapshot_sqlite(path):
    connection = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1"
            )
        ]
        found = {}
        for table in tables:
            # FTS5's shadow tables hold the search index: compared through the main table.
            if table.startswith("wagtailsearch_sqliteftsindexentry_"):
                continue
            cursor = connection.execute(f'SELECT * FROM "{table}"')  # noqa: S608
            columns = [column[0] for column in cursor.description]
            found[table] = (columns, sorted(tuple(repr(value) for value in row) for row in cursor))
        return found
    finally:
        connection.close()


def compare(before, after, may_grow, may_change=(), may_merge=()):
    """What the migration lost or changed that it should not have, as sentences."""
    problems = []
    for table, (columns, rows) in before.items():
        if table in may_merge and table in after:
            problems += _merge_problems(table, (columns, rows), after[table], may_merge[table])
            continue
        if table not in after:
            problems.append(f"{table}: the table is gone ({len(rows)} rows)")
            continue
        new_columns, new_rows = after[table]
        gone = [column for column in columns if column not in new_columns]
        if gone:
            problems.append(f"{table}: the columns {', '.join(gone)} are gone")
            continue
        # The old columns, less those a data migration of this version may change.
        kept = [column for column in columns if f"{table}.{column}" not in may_change]
        old = sorted(tuple(row[columns.index(column)] for column in kept) for row in rows)
        new = sorted(tuple(row[new_columns.index(column)] for column in kept) for row in new_rows)
        missing = _missing(old, new)
        if missing:
            problems.append(
                f"{table}: {len(missing)} of {len(rows)} rows changed or lost, e.g. {str(missing[0])[:200]}"
            )
        added = len(new) - (len(old) - len(missing))
        if added and table not in may_grow:
            problems.append(f"{table}: {added} rows added by the migration")
    for table in sorted(set(after) - set(before)):
        if after[table][1]:
            problems.append(f"{table}: a new table with {len(after[table][1])} rows")
    return problems


def _merge_problems(table, before, after, keeps):
    """A merged table keeps ``keeps``: every value of a column, or ``sum:<column>``."""
    (columns, rows), (new_columns, new_rows) = before, after
    print(f"   {table}: {len(rows)} rows before, {len(rows) - len(new_rows)} merged away")
    if keeps.startswith("sum:"):
        column = keeps[4:]
        old = sum(int(row[columns.index(column)]) for row in rows)
        new = sum(int(row[new_columns.index(column)]) for row in new_rows)
        return [] if old == new else [f"{table}: the sum of {column} went from {old} to {new}"]
    old = {row[columns.index(keeps)] for row in rows}
    lost = old - {row[new_columns.index(keeps)] for row in new_rows}
    return [f"{table}: {len(lost)} values of {keeps} lost while merging"] if lost else []


def _missing(old_rows, new_rows):
    remaining = {}
    for row in new_rows:
        remaining[row] = remaining.get(row, 0) + 1
    missing = []
    for row in old_rows:
        if remaining.get(row):
            remaining[row] -= 1
        else:
            missing.append(row)
    return missing


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--from", dest="ref", required=True, help="the earlier commit, e.g. b54f1e2")
    parser.add_argument("--sqlite", action="store_true", help="use a temporary SQLite file, not PostgreSQL")
    parser.add_argument("--may-grow", nargs="*", default=MAY_GROW, help="tables a migration may add rows to")
    parser.add_argument(
        "--may-change", nargs="*", default=MAY_CHANGE, help="table.column a data migration may change"
    )
    parser.add_argument(
        "--may-merge",
        nargs="*",
        default=[f"{table}={keeps}" for table, keeps in MAY_MERGE.items()],
        help="table=what-it-keeps: tables whose rows a data migration may merge",
    )
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="hub-upgrade-") as folder:
        old = Path(folder) / "old"
        old.mkdir()
        export(options.ref, old)
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "hub.settings.dev",
            "MEDIA_ROOT": str(Path(folder) / "media"),
        }
        for name in ("SEARCH_BACKEND", "SEARCH_URL", "ELASTICSEARCH_URL"):
            env.pop(name, None)
        env.pop("REDIS_URL", None)
        if options.sqlite:
            database = Path(folder) / "upgrade.sqlite3"
            env["DATABASE_URL"] = f"sqlite:///{database}"
            snapshot = lambda: snapshot_sqlite(database)  # noqa: E731
        else:
            pg = ["-h", PG["host"], "-p", PG["port"], "-U", PG["user"]]
            subprocess.run(["dropdb", *pg, "--if-exists", PG_DATABASE], check=True)  # noqa: S607
            subprocess.run(["createdb", *pg, PG_DATABASE], check=True)  # noqa: S607
            env["DATABASE_URL"] = f"postgres://{PG['user']}@{PG['host']}:{PG['port']}/{PG_DATABASE}"
            snapshot = lambda: snapshot_postgres(env["DATABASE_URL"])  # noqa: E731

        print(f"1. {options.ref}: migrate and seed_demo")
        run([PYTHON, "manage.py", "migrate", "--noinput"], old, env)
        run([PYTHON, "manage.py", "seed_demo", "--password", "upgrade-check-password"], old, env)
        before = snapshot()
        print(f"   {len(before)} tables, {sum(len(rows) for _, rows in before.values())} rows")

        print("2. this checkout: migrate")
        run([PYTHON, "manage.py", "migrate", "--noinput"], ROOT, env, quiet=False)
        after = snapshot()
        print(f"   {len(after)} tables, {sum(len(rows) for _, rows in after.values())} rows")
        problems = compare(
            before,
            after,
            set(options.may_grow),
            set(options.may_change),
            dict(spec.split("=", 1) for spec in options.may_merge),
        )

        print("3. this checkout: seed_demo again and the system checks")
        print("   " + run([PYTHON, "manage.py", "seed_demo"], ROOT, env).strip().splitlines()[-1])
        run([PYTHON, "manage.py", "check"], ROOT, env)

    if problems:
        print("Rows lost or changed:")
        for problem in problems:
            print(f"  - {problem}")
        raise SystemExit(1)
    grown = {
        table: len(after[table][1]) - len(before.get(table, ((), ()))[1])
        for table in options.may_grow
        if table in after
    }
    print(f"Nothing lost: every row of every table is still there. Rows added: {grown}")


if __name__ == "__main__":
    main()

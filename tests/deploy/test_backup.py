"""Backup and restore as docs/operations.md says: pg_dump of a seeded PostgreSQL
database and a tar of the uploads, restored into a fresh database and folder; every
table's rows and every file must come back the same."""

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import psycopg2
import pytest

from tests.servers import postgres_url, recreate_databases
from tests.upgrade.upgrade_check import snapshot_postgres

ROOT = Path(__file__).resolve().parents[2]
# Of this run only: two runs side by side must not drop each other's databases.
SOURCE, RESTORED = f"hub_backup_source_{os.getpid()}", f"hub_backup_restored_{os.getpid()}"
ADD_A_DOCUMENT = """
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
get_document_model().objects.create(title="Backup check", file=ContentFile(b"kept", name="backup-check.txt"))
"""


def files(folder):
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def run(*command, env=None):
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)


@pytest.fixture
def seeded(tmp_path):
    try:
        recreate_databases(SOURCE, RESTORED)
    except psycopg2.OperationalError as error:
        pytest.fail(f"PostgreSQL is needed on 127.0.0.1:5432 for the backup test: {error}")
    media = tmp_path / "media"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "hub.settings.dev", "DATABASE_URL": postgres_url(SOURCE)}
    env["MEDIA_ROOT"] = str(media)
    run(sys.executable, "manage.py", "migrate", "--noinput", env=env)
    run(sys.executable, "manage.py", "seed_demo", "--password", "backup-check-password", env=env)
    run(sys.executable, "manage.py", "shell", "-c", ADD_A_DOCUMENT, env=env)
    yield media, env
    recreate_databases(SOURCE, RESTORED, create=False)


def test_a_backup_restores_every_row_and_every_file(seeded, tmp_path):
    media, env = seeded
    backup = tmp_path / "backup"
    backup.mkdir()

    # Back up.
    run("pg_dump", "--format=custom", f"--file={backup / 'hub.dump'}", postgres_url(SOURCE))
    run("tar", "-C", str(media), "-czf", str(backup / "media.tar.gz"), ".")
    # Restore into an empty database and folder.
    restored_media = tmp_path / "restored-media"
    restored_media.mkdir()
    run(
        "pg_restore",
        "--no-owner",
        "--exit-on-error",
        f"--dbname={postgres_url(RESTORED)}",
        str(backup / "hub.dump"),
    )
    run("tar", "-C", str(restored_media), "-xzf", str(backup / "media.tar.gz"))
    run(
        sys.executable,
        "manage.py",
        "migrate",
        "--check",
        env={**env, "DATABASE_URL": postgres_url(RESTORED), "MEDIA_ROOT": str(restored_media)},
    )

    source, restored = snapshot_postgres(postgres_url(SOURCE)), snapshot_postgres(postgres_url(RESTORED))
    assert sum(len(rows) for _, rows in source.values()) > 1000
    assert restored == source
    assert files(media)
    assert files(restored_media) == files(media)

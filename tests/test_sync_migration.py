"""Storage migration 0002_sync: a database made before sync existed upgrades with its data and syncs."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import inspect
from sync_support import central_state, local_state, run_sync

from desktop_app.services import Services
from desktop_app.storage.engine import create_sqlite_engine
from desktop_app.storage.migrate import current_revision, open_database, upgrade_if_needed
from desktop_app.storage.migrations import HEAD


def test_a_pre_sync_database_upgrades_and_syncs(tmp_path: Path) -> None:
    # The file as released before sync (tests/fixtures/schema_0001.db): today's services cannot
    # write into a 0001 schema any more (follow_ups has gained matter_id since), the fixture can.
    path = tmp_path / "vanha.db"
    shutil.copy(Path(__file__).resolve().parent / "fixtures" / "schema_0001.db", path)
    with sqlite3.connect(path) as raw:
        [(item_id,)] = raw.execute(
            "SELECT id FROM feedback WHERE text = 'Kajaanin lentoliikenne jatkuu.'").fetchall()
    raw.close()

    old = open_database(path, "Aino")  # backs up, then runs 0002_sync
    assert current_revision(old.engine) == HEAD
    assert Services.for_database(old).feedback.get(item_id).text == "Kajaanin lentoliikenne jatkuu."
    tables = set(inspect(old.engine).get_table_names())
    assert {"sync_base", "sync_conflicts", "sync_outbox"} <= tables
    url = f"sqlite:///{tmp_path / 'keskus.db'}"
    run_sync(old, url)
    assert central_state(url)["feedback"][item_id]["text"] == "Kajaanin lentoliikenne jatkuu."
    assert local_state(old) == central_state(url)
    old.dispose()


def test_conflicts_recorded_before_0003_upgrade_as_edit_conflicts(tmp_path: Path) -> None:
    from sqlalchemy import text

    from desktop_app.sync.conflicts import list_conflicts
    path = tmp_path / "vanha.db"
    engine = create_sqlite_engine(path)
    upgrade_if_needed(engine, path, tmp_path / "varmuuskopiot", target="0002_sync")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO sync_conflicts (entity, row_id, created_at, fields, base, mine, theirs, "
            "theirs_version, status) VALUES ('feedback', 'f-1', '2026-11-27T10:00:00.000000Z', "
            "'[\"text\"]', NULL, '{\"text\": \"oma\"}', '{\"text\": \"keskus\"}', 2, 'open')"))
    engine.dispose()
    upgraded = open_database(path, "Aino")
    assert current_revision(upgraded.engine) == HEAD
    [conflict] = list_conflicts(upgraded)
    assert conflict.kind == "edit" and not conflict.is_orphan and conflict.mine == {"text": "oma"}
    upgraded.dispose()

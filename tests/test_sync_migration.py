"""Storage migration 0002_sync: a database made before sync existed upgrades with its data and syncs."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect
from sync_support import central_state, local_state, run_sync

from desktop_app.domain.enums import FeedbackKind
from desktop_app.services import Services
from desktop_app.storage.database import Database
from desktop_app.storage.engine import create_sqlite_engine
from desktop_app.storage.migrate import current_revision, open_database, upgrade_if_needed
from desktop_app.storage.migrations import HEAD
from desktop_app.storage.seed import seed_reference_data


def test_a_pre_sync_database_upgrades_and_syncs(tmp_path: Path) -> None:
    path = tmp_path / "vanha.db"
    engine = create_sqlite_engine(path)
    upgrade_if_needed(engine, path, tmp_path / "varmuuskopiot", target="0001")
    before = Database(path, engine, "Aino")  # the schema as released before sync
    seed_reference_data(before, sectors=True)
    services = Services.for_database(before)
    services.rounds.plan_round(2026)
    meeting = services.meetings.find(services.rounds.find_by_year(2026).id, "290")
    item = services.feedback.add(meeting.id, FeedbackKind.QUESTION, "Ennen synkronointia")
    before.dispose()

    old = open_database(path, "Aino")  # backs up, then runs 0002_sync
    assert current_revision(old.engine) == HEAD
    assert Services.for_database(old).feedback.get(item.id).text == "Ennen synkronointia"
    tables = set(inspect(old.engine).get_table_names())
    assert {"sync_base", "sync_conflicts", "sync_outbox"} <= tables
    url = f"sqlite:///{tmp_path / 'keskus.db'}"
    run_sync(old, url)
    assert central_state(url)["feedback"][item.id]["text"] == "Ennen synkronointia"
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

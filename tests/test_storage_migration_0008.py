"""Migration 0008_managers_meetings on the released 0007 file: rows intact, follow_ups rebuilt with
its search and receipt triggers still firing, and the managers' meeting tables in use."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from desktop_app.services import Services
from desktop_app.storage.migrate import open_database
from desktop_app.storage.migrations import HEAD
from desktop_app.storage.receipts import SYNCED_TABLES

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "schema_0007_pull_set_aside.db"


def _raw(path: Path, sql: str, *args: object) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql, args).fetchall()
    finally:
        connection.close()


def test_the_0007_file_upgrades_with_its_follow_ups_and_their_triggers(tmp_path: Path) -> None:
    path = tmp_path / "vanha.db"
    shutil.copy(FIXTURE, path)
    before = _raw(path, "SELECT id, feedback_id, description, owner, due_date, status, version, "
                        "created_at, updated_at, created_by FROM follow_ups ORDER BY id")
    feedback_before = _raw(path, "SELECT * FROM feedback ORDER BY id")
    receipts_before = _raw(path, "SELECT entity, row_id, seq FROM local_receipts ORDER BY entity, row_id")
    assert before and feedback_before

    db = open_database(path, "Päivittäjä")
    try:
        s = Services.for_database(db)
        assert _raw(path, "SELECT version_num FROM alembic_version") == [(HEAD,)]
        after = _raw(path, "SELECT id, feedback_id, description, owner, due_date, status, version, "
                           "created_at, updated_at, created_by FROM follow_ups ORDER BY id")
        assert after == before
        assert _raw(path, "SELECT matter_id FROM follow_ups") == [(None,)] * len(before)
        assert _raw(path, "SELECT * FROM feedback ORDER BY id") == feedback_before
        assert _raw(path, "SELECT entity, row_id, seq FROM local_receipts ORDER BY entity, row_id") == \
            receipts_before
        triggers = {name for (name,) in _raw(path, "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        receipt_triggers = {f"kp_receipt_{t}_{suffix}" for t in SYNCED_TABLES for suffix in ("ai", "au")}
        assert receipt_triggers <= triggers
        assert {"follow_ups_fts_ai", "follow_ups_fts_au", "feedback_fts_ai"} <= triggers

        # The rebuilt table's triggers fire: a follow-up's new words are found, its receipt moves.
        follow_up_id = before[0][0]
        seq_before = _raw(path, "SELECT seq FROM local_receipts WHERE row_id = ?", follow_up_id)[0][0]
        s.followups.update(follow_up_id, description="Viedään edunvalvontasuunnitelmaan ja "
                                                     "rautatieohjelmaan.")
        assert [hit.feedback_id for hit in s.search.search("rautatieohjelmaan")] == [before[0][1]]
        assert _raw(path, "SELECT seq FROM local_receipts WHERE row_id = ?", follow_up_id)[0][0] > seq_before

        # And the new tables take a managers' meeting with an agreement, receipts included.
        meeting = s.managers.plan_year(2026)[0]
        matter = s.agenda.add(meeting.id, "Maakuntaohjelman toimeenpanosuunnitelma")
        agreement = s.followups.add_agreement(matter.id, owner="Aluekehitysjohtaja")
        received = {entity for (entity,) in _raw(
            path, "SELECT entity FROM local_receipts WHERE row_id IN (?, ?, ?)",
            meeting.id, matter.id, agreement.id)}
        assert received == {"managers_meetings", "agenda_matters", "follow_ups"}
    finally:
        db.dispose()
    assert _raw(path, "PRAGMA integrity_check") == [("ok",)]
    assert _raw(path, "PRAGMA foreign_key_check") == []

"""Every change writes audit rows in the same transaction; tombstones hide but keep; versions move."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from desktop_app.domain.enums import FeedbackKind, FollowUpStatus, Priority, Side
from desktop_app.domain.errors import ValidationError
from desktop_app.services import Services
from desktop_app.storage.database import Database
from desktop_app.storage.models import AuditEntry, Feedback


def _audit(db: Database, entity_id: str) -> list[tuple[str, str, str | None, str | None, str]]:
    with db.read() as session:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.entity_id == entity_id).order_by(AuditEntry.id)
        )
        return [(r.action, r.field, r.old_value, r.new_value, r.actor) for r in rows]


def test_insert_update_delete_restore_are_audited(services: Services, make_feedback, db: Database) -> None:
    item = make_feedback("Alkuperäinen teksti")
    inserted = _audit(db, item.id)
    assert ("insert", "text", None, "Alkuperäinen teksti", "Testi Käyttäjä") in inserted
    assert {field for _, field, *_ in inserted} >= {"meeting_id", "sector_id", "kind", "text", "priority"}

    services.feedback.update(item.id, text="Korjattu teksti", priority=Priority.HIGH)
    services.feedback.delete(item.id)
    services.feedback.restore(item.id)
    after = _audit(db, item.id)[len(inserted):]
    assert sorted(after[:2]) == [
        ("update", "priority", "normal", "high", "Testi Käyttäjä"),
        ("update", "text", "Alkuperäinen teksti", "Korjattu teksti", "Testi Käyttäjä"),
    ]
    assert after[2][:2] == ("delete", "deleted_at") and after[2][2] is None and after[2][3]
    assert after[3][:2] == ("restore", "deleted_at") and after[3][3] is None


def test_unchanged_save_writes_no_audit_and_keeps_version(services: Services, make_feedback, db) -> None:
    item = make_feedback("Sama teksti")
    before = len(_audit(db, item.id))
    again = services.feedback.update(item.id, text="Sama teksti")
    assert again.version == item.version
    assert len(_audit(db, item.id)) == before


def test_each_edit_bumps_version_and_marks_dirty(services: Services, make_feedback, db) -> None:
    item = make_feedback("v1")
    assert item.version == 1
    v2 = services.feedback.update(item.id, text="v2")
    v3 = services.feedback.update(item.id, text="v3")
    assert (v2.version, v3.version) == (2, 3)
    with db.read() as session:
        row = session.get(Feedback, item.id)
        assert row.dirty is True and row.updated_by == "Testi Käyttäjä" and row.device_id == db.device_id


def test_other_entities_are_audited_too(services: Services, make_feedback, make_meeting, db) -> None:
    meeting = make_meeting()
    person = services.participants.add(meeting.id, "Pekka Pouta", Side.MUNICIPALITY, "Kuhmo")
    follow_up = services.followups.add(make_feedback().id, owner="Anna", due_date="31.12.2026")
    services.followups.set_status(follow_up.id, FollowUpStatus.DONE)
    services.meetings.update_details(meeting.id, place="Kuhmon kaupungintalo")
    assert ("insert", "name", None, "Pekka Pouta", "Testi Käyttäjä") in _audit(db, person.id)
    assert ("update", "status", "open", "done", "Testi Käyttäjä") in _audit(db, follow_up.id)
    assert ("update", "place", None, "Kuhmon kaupungintalo", "Testi Käyttäjä") in [
        (a, f, o or None, n, u) for a, f, o, n, u in _audit(db, meeting.id)
    ]


def test_audit_log_is_append_only(services: Services, make_feedback, db: Database) -> None:
    make_feedback()
    for statement in ("UPDATE audit_log SET new_value = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(Exception, match="append-only"), db.engine.begin() as conn:
            conn.execute(text(statement))


def test_failed_change_leaves_no_audit_rows(services: Services, make_feedback, db: Database) -> None:
    item = make_feedback("Ennallaan")
    before = len(_audit(db, item.id))
    with pytest.raises(ValidationError):
        services.feedback.update(item.id, text="\x00 ei kelpaa")
    assert len(_audit(db, item.id)) == before
    assert services.feedback.get(item.id).text == "Ennallaan"


def test_tombstoned_item_leaves_lists_and_search_but_stays_in_file(
        services: Services, make_feedback, db: Database, db_path: Path) -> None:
    item = make_feedback("Poistettava lumiaura-asia")
    assert [hit.feedback_id for hit in services.search.search("lumiaura")] == [item.id]
    services.feedback.delete(item.id)
    assert item.id not in [i.id for i in services.feedback.list_for_meeting(item.meeting_id)]
    assert services.search.search("lumiaura") == []
    raw = sqlite3.connect(db_path)
    try:
        row = raw.execute("SELECT text, deleted_at FROM feedback WHERE id = ?", (item.id,)).fetchone()
    finally:
        raw.close()
    assert row[0] == "Poistettava lumiaura-asia" and row[1] is not None
    services.feedback.restore(item.id)
    assert [hit.feedback_id for hit in services.search.search("lumiaura")] == [item.id]


def test_hard_delete_through_the_orm_is_refused(make_feedback, db: Database) -> None:
    item = make_feedback()
    with pytest.raises(RuntimeError, match="tombstoned"), db.write() as session:
        session.delete(session.get(Feedback, item.id))
    with db.engine.connect() as conn:
        count = conn.execute(text("SELECT count(*) FROM feedback WHERE id = :id"), {"id": item.id})
        assert count.scalar() == 1


def test_kind_question_without_sector_is_fine(services: Services, make_meeting) -> None:
    meeting = make_meeting()
    item = services.feedback.add(meeting.id, FeedbackKind.QUESTION, "Milloin?")
    assert item.sector_id is None and item.kind == FeedbackKind.QUESTION

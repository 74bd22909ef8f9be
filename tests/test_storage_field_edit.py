"""The services' field edits run on the fast path of storage/field_edit.py (issue 12). They must
write exactly the rows the ORM unit of work writes (storage/audit.py's flush hook): the same
stored values, version, dirty flag, updated_by/device_id, audit rows and receipts, and the search
index must follow; a stale version, a locked meeting or a full disk must refuse as before."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from desktop_app.domain.enums import (
    Attendance,
    AttendeeRole,
    FeedbackKind,
    FollowUpStatus,
    MatterRaiser,
    MeetingStatus,
    Priority,
    Side,
)
from desktop_app.domain.errors import ConflictError, MeetingLockedError, StorageError, ValidationError
from desktop_app.services import Services
from desktop_app.storage import models as m
from desktop_app.storage.database import Database

_STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$")
# Differ between two rows by nature (who they are, when and in which order they were made).
_OWN = {"id", "created_at", "updated_at", "sort_order", "number"}


def _raw(path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
    raw = sqlite3.connect(path)
    raw.row_factory = sqlite3.Row
    try:
        return raw.execute(sql, params).fetchall()
    finally:
        raw.close()


def _state(path: Path, table: str, row_id: str) -> dict[str, Any]:
    """The stored row (raw SQLite values), its audit rows and its receipt's sequence number."""
    row = dict(_raw(path, f"SELECT * FROM {table} WHERE id = ?", (row_id,))[0])
    audit = [dict(a) for a in _raw(path, "SELECT * FROM audit_log WHERE entity_id = ? ORDER BY id",
                                   (row_id,))]
    seq = _raw(path, "SELECT seq FROM local_receipts WHERE entity = ? AND row_id = ?", (table, row_id))
    return {"row": row, "audit": audit, "seq": seq[0][0] if seq else None}


def _orm_edit(db: Database, model: type[m.SyncedMixin], row_id: str, changes: dict[str, Any]) -> None:
    """The general path: load, set attributes, flush through the audit hook, commit."""
    with db.write() as session:
        row = session.get(model, row_id)
        assert row is not None
        for name, value in changes.items():
            setattr(row, name, value)


def _same_edit(db: Database, model: type[m.SyncedMixin], fast_id: str, orm_id: str,
               fast: Callable[[], object], changes: dict[str, Any], own: frozenset[str] = frozenset()
               ) -> None:
    """Apply one edit to two twin rows, through the service (fast path) and through the ORM, and
    compare everything they wrote (but the columns in `own`, where the twins differ by nature)."""
    table = model.__tablename__  # type: ignore[attr-defined]
    before = {key: _state(db.path, table, key) for key in (fast_id, orm_id)}
    fast()
    _orm_edit(db, model, orm_id, changes)
    after = {key: _state(db.path, table, key) for key in (fast_id, orm_id)}
    rows = {key: {k: v for k, v in after[key]["row"].items() if k not in _OWN | own} for key in after}
    assert rows[fast_id] == rows[orm_id]
    for key in (fast_id, orm_id):
        stored = after[key]["row"]
        assert stored["version"] == before[key]["row"]["version"] + 1
        assert stored["dirty"] == 1 and stored["updated_by"] == db.actor
        assert stored["device_id"] == db.device_id and _STAMP.match(stored["updated_at"])
        assert after[key]["seq"] > (before[key]["seq"] or 0)       # a receipt for the change
        new_audit = after[key]["audit"][len(before[key]["audit"]):]
        assert new_audit and all(a["at"] == stored["updated_at"] for a in new_audit)
    audits = {key: [{k: v for k, v in a.items() if k not in {"id", "at", "entity_id"}}
                    for a in after[key]["audit"][len(before[key]["audit"]):]] for key in after}
    assert sorted(audits[fast_id], key=repr) == sorted(audits[orm_id], key=repr)
    assert {a["field"] for a in audits[fast_id]} == set(changes)


@pytest.fixture
def no_flush(db: Database) -> Iterator[list[str]]:
    """Names of ORM flushes seen while the test runs (the fast path must cause none)."""
    seen: list[str] = []

    def _count(session: Session, _context: object, _instances: object) -> None:
        seen.append("flush")

    event.listen(Session, "before_flush", _count)
    yield seen
    event.remove(Session, "before_flush", _count)


def test_a_feedback_edit_writes_what_the_orm_writes_and_the_index_follows(
        services: Services, make_feedback, db: Database) -> None:
    a = make_feedback("Vanha lentokenttä tarvitsee rahoitusta.")
    b = make_feedback("Vanha lentokenttä tarvitsee rahoitusta.")
    _same_edit(db, m.Feedback, a.id, b.id,
               lambda: services.feedback.update(a.id, text="Uusi rautatieyhteys", priority="high"),
               {"text": "Uusi rautatieyhteys", "priority": Priority.HIGH})
    found = {hit.feedback_id for hit in services.search.search("rautatieyhteys")}
    assert {a.id, b.id} <= found
    assert not {a.id, b.id} & {hit.feedback_id for hit in services.search.search("lentokenttä")}


def test_a_new_item_writes_what_the_orm_writes(services: Services, make_meeting, db: Database) -> None:
    meeting = make_meeting()
    sector = services.sectors.find("ELI").id
    fast = services.feedback.add(meeting.id, FeedbackKind.SECTOR_COMMENT, "Kaivoshanke työllistää",
                                 sector_id=sector, priority=Priority.HIGH)
    with db.write() as session:
        twin = m.Feedback(meeting_id=meeting.id, sector_id=sector, kind=FeedbackKind.SECTOR_COMMENT,
                          scope=None, text="Kaivoshanke työllistää", priority=Priority.HIGH,
                          sort_order=2)
        session.add(twin)
        session.flush()
        twin_id = twin.id
    states = {key: _state(db.path, "feedback", key) for key in (fast.id, twin_id)}
    rows = {key: {k: v for k, v in state["row"].items() if k not in _OWN} for key, state in states.items()}
    assert rows[fast.id] == rows[twin_id]
    assert states[fast.id]["row"]["sort_order"] == 1 and states[fast.id]["row"]["created_at"] == \
        states[fast.id]["row"]["updated_at"]
    audits = {key: sorted((a["action"], a["field"], a["old_value"],
                           a["new_value"] if a["field"] != "sort_order" else "(own)", a["actor"],
                           a["device_id"]) for a in state["audit"]) for key, state in states.items()}
    assert audits[fast.id] == audits[twin_id] and len(audits[fast.id]) == 6
    assert all(a["at"] == states[fast.id]["row"]["created_at"] for a in states[fast.id]["audit"])
    assert states[fast.id]["seq"] and states[twin_id]["seq"]
    assert (fast.version, fast.follow_ups, fast.created_by) == (1, (), db.actor)
    assert {fast.id, twin_id} <= {hit.feedback_id for hit in services.search.search("kaivoshanke")}


def test_a_new_follow_up_and_agreement_write_what_the_orm_writes(services: Services, make_feedback,
                                                                 db: Database) -> None:
    import datetime as dt
    item = make_feedback()
    matter = services.agenda.add(services.managers.plan_year(2026)[0].id, "Asia")
    for parent, fast in (
            ({"feedback_id": item.id}, services.followups.add(item.id, owner="Anna",
                                                              due_date="1.3.2027")),
            ({"matter_id": matter.id}, services.followups.add_agreement(matter.id, owner="Anna",
                                                                        due_date="1.3.2027"))):
        with db.write() as session:
            twin = m.FollowUp(**parent, owner="Anna", due_date=dt.date(2027, 3, 1), description="")
            session.add(twin)
            session.flush()
            twin_id = twin.id
        states = {key: _state(db.path, "follow_ups", key) for key in (fast.id, twin_id)}
        rows = {key: {k: v for k, v in state["row"].items() if k not in _OWN}
                for key, state in states.items()}
        assert rows[fast.id] == rows[twin_id] and rows[fast.id]["status"] == "open"
        audits = {key: sorted((a["action"], a["field"], a["old_value"], a["new_value"])
                              for a in state["audit"]) for key, state in states.items()}
        assert audits[fast.id] == audits[twin_id] and len(audits[fast.id]) == 3
        assert (fast.status, fast.version) == (FollowUpStatus.OPEN, 1)


def test_moving_an_item_to_another_kind_numbers_it_last_as_before(services: Services, make_feedback,
                                                                   make_meeting, db: Database) -> None:
    meeting = make_meeting()
    for n in range(3):
        services.feedback.add(meeting.id, FeedbackKind.QUESTION, f"kysymys {n}")
    a, b = make_feedback("siirrettävä A", meeting=meeting), make_feedback("siirrettävä B", meeting=meeting)
    moved = [services.feedback.update(row.id, kind=FeedbackKind.QUESTION, sector_id=None)
             for row in (a, b)]
    questions = services.feedback.list_for_meeting(meeting.id, FeedbackKind.QUESTION)
    assert [q.text for q in questions] == [f"kysymys {n}" for n in range(3)] + ["siirrettävä A",
                                                                              "siirrettävä B"]
    # The numbers the ORM path gave: last among the new siblings, its own old number counted.
    assert [(r.sort_order, r.sector_id, r.version) for r in moved] == [(4, None, 2), (5, None, 2)]
    assert ("update", "sort_order", "1", "4") in [
        (r["action"], r["field"], r["old_value"], r["new_value"])
        for r in _raw(db.path, "SELECT * FROM audit_log WHERE entity_id = ?", (a.id,))]


def test_follow_up_participant_and_meeting_edits_match_the_orm(services: Services, make_feedback,
                                                               make_meeting, db: Database) -> None:
    item = make_feedback()
    f1, f2 = (services.followups.add(item.id, owner="Anna", description="Selvitetään") for _ in range(2))
    _same_edit(db, m.FollowUp, f1.id, f2.id,
               lambda: services.followups.update(f1.id, owner="Pekka", due_date="31.12.2026",
                                                 status=FollowUpStatus.IN_PROGRESS),
               {"owner": "Pekka", "due_date": __import__("datetime").date(2026, 12, 31),
                "status": FollowUpStatus.IN_PROGRESS})
    meeting = make_meeting()
    p1, p2 = (services.participants.add(meeting.id, "Maija Meikäläinen", Side.COUNCIL) for _ in range(2))
    _same_edit(db, m.Participant, p1.id, p2.id,
               lambda: services.participants.update(p1.id, name="Maija Mallikas",
                                                    side=Side.MUNICIPALITY),
               {"name": "Maija Mallikas", "side": Side.MUNICIPALITY})
    other = make_meeting(municipality="205")
    import datetime as dt
    _same_edit(db, m.Meeting, meeting.id, other.id,
               lambda: services.meetings.update_details(meeting.id, meeting_date="3.2.2027",
                                                        start_time="14.30", place="Kaupungintalo"),
               {"meeting_date": dt.date(2027, 2, 3), "start_time": dt.time(14, 30),
                "place": "Kaupungintalo"}, own=frozenset({"municipality_code"}))
    record = services.meetings.get(meeting.id)
    assert (record.place, record.version, record.municipality_name) == ("Kaupungintalo", 2, "Kuhmo")


def test_managers_meeting_matter_and_attendee_edits_match_the_orm(services: Services,
                                                                   db: Database) -> None:
    import datetime as dt
    first, second = services.managers.plan_year(2026)[:2]
    _same_edit(db, m.ManagersMeeting, first.id, second.id,
               lambda: services.managers.update_details(first.id, chair="Puheenjohtaja Pia",
                                                        start_time="10.15"),
               {"chair": "Puheenjohtaja Pia", "start_time": dt.time(10, 15)},
               own=frozenset({"meeting_date"}))
    x, y = (services.agenda.add(first.id, "Maakuntakaava") for _ in range(2))
    _same_edit(db, m.AgendaMatter, x.id, y.id,
               lambda: services.agenda.update(x.id, notes="Keskusteltiin tuulivoimasta",
                                              raised_by=MatterRaiser.MUNICIPALITY,
                                              municipality_code="290"),
               {"notes": "Keskusteltiin tuulivoimasta", "raised_by": MatterRaiser.MUNICIPALITY,
                "municipality_code": "290"})
    assert {x.id, y.id} <= {hit.matter_id for hit in services.search.search("tuulivoimasta")}
    p, q = (services.attendance.add(first.id, "Kalle Kunnanjohtaja", AttendeeRole.MANAGER)
            for _ in range(2))
    _same_edit(db, m.ManagersAttendee, p.id, q.id,
               lambda: services.attendance.update(p.id, attendance=Attendance.REMOTE, matter_id=x.id),
               {"attendance": Attendance.REMOTE, "matter_id": x.id})


def test_every_field_edit_and_new_item_skips_the_orm_flush(services: Services, make_feedback, make_meeting,
                                              no_flush: list[str]) -> None:
    item = make_feedback()
    follow_up = services.followups.add(item.id, owner="Anna")
    meeting = make_meeting()
    person = services.participants.add(meeting.id, "Maija", Side.COUNCIL)
    managers = services.managers.plan_year(2026)[0]
    matter = services.agenda.add(managers.id, "Asia")
    attendee = services.attendance.add(managers.id, "Kalle", AttendeeRole.MANAGER)
    no_flush.clear()
    services.feedback.add(meeting.id, FeedbackKind.QUESTION, "uusi kohta")
    services.followups.add(item.id, owner="Bertta")
    services.followups.add_agreement(matter.id, owner="Bertta")
    services.feedback.update(item.id, text="muokattu")
    services.followups.update(follow_up.id, owner="Pekka")
    services.participants.update(person.id, name="Maija M.")
    services.meetings.update_details(meeting.id, place="Kuhmo")
    services.managers.update_details(managers.id, place="Kajaani")
    services.agenda.update(matter.id, notes="muistiinpano")
    services.attendance.set_attendance(attendee.id, Attendance.PRESENT)
    assert no_flush == []


def test_a_stale_version_is_refused_and_nothing_is_written(services: Services, make_feedback,
                                                          db: Database) -> None:
    item = make_feedback("ensimmäinen")
    services.feedback.update(item.id, text="toinen ikkuna kirjoitti")
    before = _state(db.path, "feedback", item.id)
    with pytest.raises(ConflictError) as refused:
        services.feedback.update(item.id, text="vanhentunut", expected_version=item.version)
    assert refused.value.code == "row.changed_elsewhere"
    assert _state(db.path, "feedback", item.id) == before
    follow_up = services.followups.add(item.id, owner="Anna")
    services.followups.update(follow_up.id, owner="Bertta")
    with pytest.raises(ConflictError):
        services.followups.update(follow_up.id, owner="Cecilia", expected_version=follow_up.version)
    assert services.feedback.get(item.id).follow_ups[0].owner == "Bertta"


def test_a_locked_meeting_and_bad_input_refuse_and_leave_the_connection_usable(
        services: Services, make_feedback, make_meeting, db: Database) -> None:
    item = make_feedback("tallessa")
    with pytest.raises(ValidationError):
        services.feedback.update(item.id, text="   ")
    assert services.feedback.update(item.id, text="uusi").text == "uusi"  # no transaction left open
    services.meetings.set_status(item.meeting_id, MeetingStatus.IN_PROGRESS)
    services.meetings.set_status(item.meeting_id, MeetingStatus.CLOSED)
    before = _state(db.path, "feedback", item.id)
    with pytest.raises(MeetingLockedError):
        services.feedback.update(item.id, text="suljettuun")
    assert _state(db.path, "feedback", item.id) == before


def test_a_full_disk_during_an_edit_gives_the_finnish_error_and_keeps_the_old_text(
        services: Services, make_feedback, db: Database) -> None:
    saved = make_feedback("Tämä on jo tallessa.")
    db.engine.dispose()
    limit: dict[str, int] = {}

    @event.listens_for(db.engine, "connect")
    def _cap(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        limit.setdefault("pages", pages)
        dbapi_connection.execute(f"PRAGMA max_page_count = {limit['pages']}")

    before = _state(db.path, "feedback", saved.id)
    with pytest.raises(StorageError, match="Levy on täynnä"):
        services.feedback.update(saved.id, text="iso " * 50_000)
    assert _state(db.path, "feedback", saved.id) == before
    assert services.feedback.get(saved.id).text == "Tämä on jo tallessa."

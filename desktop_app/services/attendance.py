"""Who attends a managers' meeting: the municipal managers (or their deputies), the council's
leadership and invited experts, each marked present / absent / remote.

The list is pre-filled from the previous meeting (experts left out, marks cleared), or for the
very first meeting with one row per member municipality and one for the council, so a secretary
only types names once a year. Every write refuses a closed or approved meeting.
"""

from __future__ import annotations

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from desktop_app.domain.enums import Attendance, AttendeeRole
from desktop_app.domain.records import AttendeeRecord
from desktop_app.domain.validation import FIELD_LIMITS, clean_short_text, parse_enum
from desktop_app.services.convert import get_any, get_live, live_in
from desktop_app.services.managers import (
    editable_managers_in,
    ensure_managers_editable,
    previous_meeting_before,
)
from desktop_app.services.meetings import check_version
from desktop_app.storage import models as m
from desktop_app.storage.database import Database
from desktop_app.storage.field_edit import RowValues
from desktop_app.storage.seed import stable_id
from desktop_app.storage.types import utcnow

_UNSET: object = object()
COUNCIL_NAME = "Kainuun liitto"
_ROLE_ORDER = {AttendeeRole.MANAGER: 0, AttendeeRole.DEPUTY: 0, AttendeeRole.COUNCIL: 1,
               AttendeeRole.EXPERT: 2}


def attendee_record(row: m.ManagersAttendee | RowValues) -> AttendeeRecord:
    return AttendeeRecord(
        id=row.id, managers_meeting_id=row.managers_meeting_id, name=row.name,
        organisation=row.organisation, title=row.title, role=row.role,
        municipality_code=row.municipality_code, attendance=row.attendance, matter_id=row.matter_id,
        sort_order=row.sort_order, version=row.version,
    )


def live_attendees(session: Session, managers_meeting_id: str) -> list[m.ManagersAttendee]:
    """Municipalities' people first (in municipality order), then the council, then experts."""
    role_rank = case({role.value: rank for role, rank in _ROLE_ORDER.items()},
                     value=m.ManagersAttendee.role, else_=3)
    return list(session.scalars(
        select(m.ManagersAttendee)
        .outerjoin(m.Municipality, m.Municipality.code == m.ManagersAttendee.municipality_code)
        .where(m.ManagersAttendee.managers_meeting_id == managers_meeting_id,
               m.ManagersAttendee.deleted_at.is_(None))
        .order_by(role_rank, m.Municipality.sort_order, m.ManagersAttendee.sort_order,
                  m.ManagersAttendee.created_at)))


def _editable_attendee(session: Session, attendee_id: str) -> m.ManagersAttendee:
    row = get_live(session, m.ManagersAttendee, attendee_id, "attendee")
    assert isinstance(row, m.ManagersAttendee)
    ensure_managers_editable(session, row.managers_meeting_id)
    return row


def _next_sort(session: Session, managers_meeting_id: str) -> int:
    return (session.scalar(select(func.max(m.ManagersAttendee.sort_order)).where(
        m.ManagersAttendee.managers_meeting_id == managers_meeting_id)) or 0) + 1


def _prefilled(session: Session, key: str, values: dict[str, object]) -> None:
    """Add the prefilled row with the id derived from `key`, or bring back the removed one."""
    row_id = stable_id("managers_attendee", key)
    row = session.get(m.ManagersAttendee, row_id)
    if row is None:
        session.add(m.ManagersAttendee(id=row_id, **values))
    elif row.deleted_at is not None:
        row.deleted_at = None
        for name, value in values.items():
            setattr(row, name, value)
        row.attendance = Attendance.UNMARKED


class AttendanceService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list_for_meeting(self, managers_meeting_id: str) -> list[AttendeeRecord]:
        with self.db.read() as session:
            return [attendee_record(row) for row in live_attendees(session, managers_meeting_id)]

    def prefill(self, managers_meeting_id: str) -> list[AttendeeRecord]:
        """Fill an empty attendance list: the previous meeting's people without its experts and
        with their marks cleared, or, with no earlier list, a row per member municipality (role
        manager) and one for the council. A list that has anyone already is left as it is.

        The rows' ids derive from the meeting and what each row stands for (the previous
        meeting's row, the municipality, the council), as a meeting's id derives from its
        number: two laptops that prefill the same meeting offline make the same rows, which sync
        merges field by field (each one's marks kept), instead of a doubled list. A row removed
        earlier under the same id comes back.

        Raises NotFoundError (`not_found.managers_meeting`) and MeetingLockedError."""
        with self.db.write() as session:
            meeting = ensure_managers_editable(session, managers_meeting_id)
            if live_attendees(session, meeting.id):
                return [attendee_record(row) for row in live_attendees(session, meeting.id)]
            source = previous_meeting_before(session, meeting)
            while source is not None and not live_attendees(session, source.id):
                source = previous_meeting_before(session, source)
            if source is not None:
                for row in live_attendees(session, source.id):
                    if row.role == AttendeeRole.EXPERT:
                        continue
                    _prefilled(session, f"{meeting.id}:{row.id}", dict(
                        managers_meeting_id=meeting.id, name=row.name, organisation=row.organisation,
                        title=row.title, role=row.role, municipality_code=row.municipality_code,
                        sort_order=row.sort_order))
            else:
                municipalities = session.scalars(select(m.Municipality).order_by(m.Municipality.sort_order))
                for order, municipality in enumerate(municipalities, start=1):
                    _prefilled(session, f"{meeting.id}:manager:{municipality.code}", dict(
                        managers_meeting_id=meeting.id, organisation=municipality.name_fi,
                        title="kunnanjohtaja", role=AttendeeRole.MANAGER,
                        municipality_code=municipality.code, sort_order=order))
                _prefilled(session, f"{meeting.id}:council", dict(
                    managers_meeting_id=meeting.id, organisation=COUNCIL_NAME, title="maakuntajohtaja",
                    role=AttendeeRole.COUNCIL, sort_order=100))
            session.flush()
            return [attendee_record(row) for row in live_attendees(session, meeting.id)]

    def add(self, managers_meeting_id: str, name: str, role: AttendeeRole | str, *,
            organisation: str = "", title: str = "", municipality_code: str | None = None,
            matter_id: str | None = None,
            attendance: Attendance | str = Attendance.UNMARKED) -> AttendeeRecord:
        """An attendee; an expert names the organisation and (optionally) the agenda matter they
        were heard on. Raises ValidationError (`input.*`), NotFoundError and MeetingLockedError."""
        name = clean_short_text(name, "nimi", required=False,
                                max_length=FIELD_LIMITS["managers_attendees", "name"])
        organisation = clean_short_text(organisation, "organisaatio", required=False,
                                        max_length=FIELD_LIMITS["managers_attendees", "organisation"])
        title = clean_short_text(title, "tehtävänimike", required=False,
                                 max_length=FIELD_LIMITS["managers_attendees", "title"])
        role_value = parse_enum(AttendeeRole, role, "rooli")
        mark = parse_enum(Attendance, attendance, "läsnäolo")
        with self.db.write() as session:
            ensure_managers_editable(session, managers_meeting_id)
            if matter_id is not None:
                matter = get_live(session, m.AgendaMatter, matter_id, "matter")
                assert isinstance(matter, m.AgendaMatter)
            if municipality_code is not None and session.get(m.Municipality, municipality_code) is None:
                municipality_code = None
            row = m.ManagersAttendee(
                managers_meeting_id=managers_meeting_id, name=name, organisation=organisation,
                title=title, role=role_value, municipality_code=municipality_code,
                matter_id=matter_id, attendance=mark,
                sort_order=_next_sort(session, managers_meeting_id))
            session.add(row)
            session.flush()
            return attendee_record(row)

    def update(self, attendee_id: str, *, name: object = _UNSET, organisation: object = _UNSET,
               title: object = _UNSET, role: object = _UNSET, attendance: object = _UNSET,
               matter_id: object = _UNSET, expected_version: int | None = None) -> AttendeeRecord:
        """Change only the given fields. Raises ValidationError, NotFoundError
        (`not_found.attendee`), MeetingLockedError and ConflictError (`row.changed_elsewhere`)."""
        with self.db.edit() as tx:
            row = live_in(tx, m.ManagersAttendee, attendee_id, "attendee")
            editable_managers_in(tx, row.managers_meeting_id)
            check_version(row, expected_version)
            changes: dict[str, object] = {}
            for key, value, label in (("name", name, "nimi"), ("organisation", organisation, "organisaatio"),
                                      ("title", title, "tehtävänimike")):
                if value is not _UNSET:
                    changes[key] = clean_short_text(
                        value, label, required=False, max_length=FIELD_LIMITS["managers_attendees", key])
            if role is not _UNSET:
                changes["role"] = parse_enum(AttendeeRole, role, "rooli")
            if attendance is not _UNSET:
                changes["attendance"] = parse_enum(Attendance, attendance, "läsnäolo")
            if matter_id is not _UNSET:
                if matter_id is not None:
                    live_in(tx, m.AgendaMatter, str(matter_id), "matter")
                changes["matter_id"] = matter_id
            return attendee_record(tx.change(m.ManagersAttendee, row, changes))

    def set_attendance(self, attendee_id: str, attendance: Attendance | str) -> AttendeeRecord:
        """One keystroke's worth: present / absent / remote / unmarked."""
        return self.update(attendee_id, attendance=attendance)

    def remove(self, attendee_id: str) -> None:
        """Tombstone. Raises NotFoundError and MeetingLockedError."""
        with self.db.write() as session:
            _editable_attendee(session, attendee_id).deleted_at = utcnow()

    def restore(self, attendee_id: str) -> AttendeeRecord:
        """Undo of `remove`. Raises NotFoundError and MeetingLockedError."""
        with self.db.write() as session:
            row = get_any(session, m.ManagersAttendee, attendee_id, "attendee")
            assert isinstance(row, m.ManagersAttendee)
            ensure_managers_editable(session, row.managers_meeting_id)
            row.deleted_at = None
            session.flush()
            return attendee_record(row)

"""Follow-ups: what the council promised, who owns it and by when.

The follow-up's text (action, owner, due date) belongs to the meeting's record and is read-only
once the meeting is closed or approved, like the rest of it. Its *status* stays changeable: the
work on a promise happens after the meeting, and marking it done must not need a reopen."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from desktop_app.domain.enums import FollowUpStatus, MeetingKind
from desktop_app.domain.errors import NotFoundError
from desktop_app.domain.records import FollowUpRecord, FollowUpRow
from desktop_app.domain.validation import FIELD_LIMITS, clean_short_text, clean_text, parse_date, parse_enum
from desktop_app.services.convert import follow_up_record, get_any, get_live, live_in
from desktop_app.services.managers import editable_managers_in, ensure_managers_editable
from desktop_app.services.meetings import check_version, editable_meeting_in, ensure_editable
from desktop_app.storage import models as m
from desktop_app.storage.database import Database
from desktop_app.storage.field_edit import EditTransaction, RowValues
from desktop_app.storage.types import utcnow

_UNSET: object = object()


def _ensure_item_editable(session: Session, row: m.FollowUp) -> None:
    """The item or matter the follow-up belongs to must be live (a follow-up of a deleted item
    is not written: the words would go where nobody sees them) and its meeting (a negotiation
    through its item, a managers' meeting through its matter) editable. Raises NotFoundError
    and MeetingLockedError."""
    if row.matter_id is not None:
        managers_meeting_id = session.scalar(
            select(m.AgendaMatter.managers_meeting_id).where(m.AgendaMatter.id == row.matter_id,
                                                             m.AgendaMatter.deleted_at.is_(None)))
        if managers_meeting_id is None:
            raise NotFoundError(code="not_found.matter")
        ensure_managers_editable(session, managers_meeting_id)
        return
    meeting_id = session.scalar(select(m.Feedback.meeting_id).where(m.Feedback.id == row.feedback_id,
                                                                    m.Feedback.deleted_at.is_(None)))
    if meeting_id is None:
        raise NotFoundError(code="not_found.feedback")
    ensure_editable(session, meeting_id)


def _item_editable_in(tx: EditTransaction, row: RowValues) -> None:
    """`_ensure_item_editable` inside an edit (storage/field_edit.py); the same errors."""
    if row.matter_id is not None:
        managers_meeting_id = tx.scalar("SELECT managers_meeting_id FROM agenda_matters "
                                        "WHERE id = ? AND deleted_at IS NULL", (row.matter_id,))
        if managers_meeting_id is None:
            raise NotFoundError(code="not_found.matter")
        editable_managers_in(tx, managers_meeting_id)
        return
    meeting_id = tx.scalar("SELECT meeting_id FROM feedback WHERE id = ? AND deleted_at IS NULL",
                           (row.feedback_id,))
    if meeting_id is None:
        raise NotFoundError(code="not_found.feedback")
    editable_meeting_in(tx, meeting_id)


class FollowUpService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, feedback_id: str, *, owner: str = "", due_date: object = None,
            description: str = "") -> FollowUpRecord:
        """Raises ValidationError (`input.*`), NotFoundError (`not_found.feedback`) and
        MeetingLockedError (`meeting.closed`, `meeting.approved`)."""
        owner = clean_short_text(owner, "vastuuhenkilö", required=False,
                                 max_length=FIELD_LIMITS["follow_ups", "owner"])
        due = parse_date(due_date, "määräpäivä", required=False)
        description = clean_text(description, "toimenpide", required=False)
        with self.db.edit() as tx:   # the first autosave of a typed follow-up: the fast path
            item = live_in(tx, m.Feedback, feedback_id, "feedback")
            editable_meeting_in(tx, item.meeting_id)
            return follow_up_record(tx.insert(m.FollowUp, {
                "feedback_id": feedback_id, "owner": owner, "due_date": due,
                "description": description}))

    def add_agreement(self, matter_id: str, *, owner: str = "", due_date: object = None,
                      description: str = "") -> FollowUpRecord:
        """An agreement of a managers' meeting (*sovittu jatkotoimi*) on one agenda matter: who
        prepares what (`owner`, `description`) by when (`due_date`).

        Raises ValidationError (`input.*`), NotFoundError (`not_found.matter`) and
        MeetingLockedError (`managers.closed`, `managers.approved`)."""
        owner = clean_short_text(owner, "vastuuhenkilö", required=False,
                                 max_length=FIELD_LIMITS["follow_ups", "owner"])
        due = parse_date(due_date, "määräpäivä", required=False)
        description = clean_text(description, "toimenpide", required=False)
        with self.db.edit() as tx:
            matter = live_in(tx, m.AgendaMatter, matter_id, "matter")
            editable_managers_in(tx, matter.managers_meeting_id)
            return follow_up_record(tx.insert(m.FollowUp, {
                "matter_id": matter_id, "owner": owner, "due_date": due,
                "description": description}))

    def restore(self, follow_up_id: str) -> FollowUpRecord:
        """Undo of `delete`. Raises NotFoundError and MeetingLockedError."""
        with self.db.write() as session:
            row = get_any(session, m.FollowUp, follow_up_id, "follow_up")
            assert isinstance(row, m.FollowUp)
            _ensure_item_editable(session, row)
            row.deleted_at = None
            session.flush()
            return follow_up_record(row)

    def update(self, follow_up_id: str, *, owner: object = _UNSET, due_date: object = _UNSET,
               description: object = _UNSET, status: object = _UNSET,
               expected_version: int | None = None) -> FollowUpRecord:
        """Change only the given fields. `status` alone is allowed on a closed or approved
        meeting (that is when the work happens); owner, due date and description are not.

        Raises ValidationError (`input.*`), NotFoundError (`not_found.follow_up`),
        MeetingLockedError (`meeting.closed`, `meeting.approved`) for a text change, and
        ConflictError (`row.changed_elsewhere`)."""
        with self.db.edit() as tx:
            row = live_in(tx, m.FollowUp, follow_up_id, "follow_up")
            changes: dict[str, object] = {}
            if owner is not _UNSET:
                changes["owner"] = clean_short_text(owner, "vastuuhenkilö", required=False,
                                                    max_length=FIELD_LIMITS["follow_ups", "owner"])
            if due_date is not _UNSET:
                changes["due_date"] = parse_date(due_date, "määräpäivä", required=False)
            if description is not _UNSET:
                changes["description"] = clean_text(description, "toimenpide", required=False)
            # Only a real change of the text fields needs an open meeting: an editor that sends
            # the unchanged owner/date/action with a new status is changing the status alone.
            if any(getattr(row, name) != value for name, value in changes.items()):
                _item_editable_in(tx, row)
            check_version(row, expected_version)
            if status is not _UNSET:
                changes["status"] = parse_enum(FollowUpStatus, status, "tila")
            return follow_up_record(tx.change(m.FollowUp, row, changes))

    def set_status(self, follow_up_id: str, status: FollowUpStatus | str) -> FollowUpRecord:
        return self.update(follow_up_id, status=status)

    def delete(self, follow_up_id: str) -> None:
        """Tombstone. Raises NotFoundError and MeetingLockedError (closed/approved meeting)."""
        with self.db.write() as session:
            row = get_live(session, m.FollowUp, follow_up_id, "follow_up")
            assert isinstance(row, m.FollowUp)
            _ensure_item_editable(session, row)
            row.deleted_at = utcnow()

    def list_all(self, *, owner: str | None = None,
                 statuses: frozenset[FollowUpStatus] | None = None,
                 due_before: dt.date | None = None,
                 round_id: str | None = None,
                 kind: MeetingKind | None = None) -> list[FollowUpRow]:
        """Across all meetings of both kinds (or of `kind`), by due date (undated last), then
        owner. `round_id` limits to one round's negotiations (agreements of managers' meetings
        belong to no round and are left out then)."""
        rows: list[FollowUpRow] = []
        with self.db.read() as session:
            if kind in (None, MeetingKind.NEGOTIATION):
                rows += self._negotiation_rows(session, owner, statuses, due_before, round_id)
            if kind in (None, MeetingKind.MANAGERS) and round_id is None:
                rows += self._managers_rows(session, owner, statuses, due_before)
        rows.sort(key=lambda r: (r.follow_up.due_date is None, r.follow_up.due_date or dt.date.max,
                                 r.follow_up.owner, r.kind != MeetingKind.NEGOTIATION, r.source))
        return rows

    @staticmethod
    def _filtered(query: Select[Any], owner: str | None, statuses: frozenset[FollowUpStatus] | None,
                  due_before: dt.date | None) -> Select[Any]:
        if owner:
            query = query.where(m.FollowUp.owner == owner)
        if statuses:
            query = query.where(m.FollowUp.status.in_(list(statuses)))
        if due_before is not None:
            query = query.where(m.FollowUp.due_date < due_before)
        return query

    def _negotiation_rows(self, session: Session, owner: str | None,
                          statuses: frozenset[FollowUpStatus] | None, due_before: dt.date | None,
                          round_id: str | None) -> list[FollowUpRow]:
        query = (
            select(m.FollowUp, m.Feedback, m.Meeting, m.Round, m.Municipality, m.Sector)
            .join(m.Feedback, m.Feedback.id == m.FollowUp.feedback_id)
            .join(m.Meeting, m.Meeting.id == m.Feedback.meeting_id)
            .join(m.Round, m.Round.id == m.Meeting.round_id)
            .join(m.Municipality, m.Municipality.code == m.Meeting.municipality_code)
            .outerjoin(m.Sector, m.Sector.id == m.Feedback.sector_id)
            .where(
                m.FollowUp.deleted_at.is_(None),
                m.Feedback.deleted_at.is_(None),
                m.Meeting.deleted_at.is_(None),
                m.Round.deleted_at.is_(None),
            )
        )
        query = self._filtered(query, owner, statuses, due_before)
        if round_id is not None:
            query = query.where(m.Meeting.round_id == round_id)
        found = session.execute(query.order_by(m.Municipality.sort_order)).all()
        return [
            FollowUpRow(
                follow_up=follow_up_record(follow_up), feedback_text=item.text,
                meeting_id=meeting.id, municipality_name=municipality.name_fi,
                round_year=round_row.year, sector_name=sector.name_fi if sector else "",
                kind=MeetingKind.NEGOTIATION,
                source=f"Kuntaneuvottelu {municipality.name_fi} {round_row.year}",
            )
            for follow_up, item, meeting, round_row, municipality, sector in found
        ]

    def _managers_rows(self, session: Session, owner: str | None,
                       statuses: frozenset[FollowUpStatus] | None,
                       due_before: dt.date | None) -> list[FollowUpRow]:
        query = (
            select(m.FollowUp, m.AgendaMatter, m.ManagersMeeting, m.Municipality)
            .join(m.AgendaMatter, m.AgendaMatter.id == m.FollowUp.matter_id)
            .join(m.ManagersMeeting, m.ManagersMeeting.id == m.AgendaMatter.managers_meeting_id)
            .outerjoin(m.Municipality, m.Municipality.code == m.AgendaMatter.municipality_code)
            .where(m.FollowUp.deleted_at.is_(None), m.AgendaMatter.deleted_at.is_(None),
                   m.ManagersMeeting.deleted_at.is_(None))
        )
        found = session.execute(self._filtered(query, owner, statuses, due_before)).all()
        return [
            FollowUpRow(
                follow_up=follow_up_record(follow_up), feedback_text=matter.title,
                meeting_id=meeting.id, municipality_name=municipality.name_fi if municipality else "",
                round_year=meeting.year, sector_name="", kind=MeetingKind.MANAGERS,
                source=f"Kuntajohtajakokous {meeting.number}/{meeting.year}, asia {matter.number}",
                meeting_number=meeting.number, matter_number=matter.number,
            )
            for follow_up, matter, meeting, municipality in found
        ]

    def owners(self) -> list[str]:
        with self.db.read() as session:
            return list(session.scalars(
                select(m.FollowUp.owner).distinct()
                .where(m.FollowUp.deleted_at.is_(None), m.FollowUp.owner != "")
                .order_by(m.FollowUp.owner)
            ))

"""Follow-ups: what the council promised, who owns it and by when."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop_app.domain.enums import FollowUpStatus
from desktop_app.domain.records import FollowUpRecord, FollowUpRow
from desktop_app.domain.validation import FIELD_LIMITS, clean_short_text, clean_text, parse_date, parse_enum
from desktop_app.services.convert import follow_up_record, get_live
from desktop_app.services.meetings import check_version, ensure_editable
from desktop_app.storage import models as m
from desktop_app.storage.database import Database
from desktop_app.storage.types import utcnow

_UNSET: object = object()


class FollowUpService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, feedback_id: str, *, owner: str = "", due_date: object = None,
            description: str = "") -> FollowUpRecord:
        owner = clean_short_text(owner, "vastuuhenkilö", required=False,
                                 max_length=FIELD_LIMITS["follow_ups", "owner"])
        due = parse_date(due_date, "määräpäivä", required=False)
        description = clean_text(description, "toimenpide", required=False)
        with self.db.write() as session:
            item = get_live(session, m.Feedback, feedback_id, "Palautetta")
            assert isinstance(item, m.Feedback)
            ensure_editable(session, item.meeting_id)
            row = m.FollowUp(feedback_id=feedback_id, owner=owner, due_date=due,
                             description=description)
            session.add(row)
            session.flush()
            return follow_up_record(row)

    def update(self, follow_up_id: str, *, owner: object = _UNSET, due_date: object = _UNSET,
               description: object = _UNSET, status: object = _UNSET,
               expected_version: int | None = None) -> FollowUpRecord:
        """Follow-ups stay editable after a meeting is approved: that is when the work happens."""
        with self.db.write() as session:
            row = get_live(session, m.FollowUp, follow_up_id, "Jatkotoimenpidettä")
            assert isinstance(row, m.FollowUp)
            check_version(row, expected_version)
            if owner is not _UNSET:
                row.owner = clean_short_text(owner, "vastuuhenkilö", required=False,
                                 max_length=FIELD_LIMITS["follow_ups", "owner"])
            if due_date is not _UNSET:
                row.due_date = parse_date(due_date, "määräpäivä", required=False)
            if description is not _UNSET:
                row.description = clean_text(description, "toimenpide", required=False)
            if status is not _UNSET:
                row.status = parse_enum(FollowUpStatus, status, "tila")
            session.flush()
            return follow_up_record(row)

    def set_status(self, follow_up_id: str, status: FollowUpStatus | str) -> FollowUpRecord:
        return self.update(follow_up_id, status=status)

    def delete(self, follow_up_id: str) -> None:
        with self.db.write() as session:
            row = get_live(session, m.FollowUp, follow_up_id, "Jatkotoimenpidettä")
            row.deleted_at = utcnow()

    def list_all(self, *, owner: str | None = None,
                 statuses: frozenset[FollowUpStatus] | None = None,
                 due_before: dt.date | None = None,
                 round_id: str | None = None) -> list[FollowUpRow]:
        """Across all meetings, by due date (undated last), then owner."""
        with self.db.read() as session:
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
            if owner:
                query = query.where(m.FollowUp.owner == owner)
            if statuses:
                query = query.where(m.FollowUp.status.in_(list(statuses)))
            if due_before is not None:
                query = query.where(m.FollowUp.due_date < due_before)
            if round_id is not None:
                query = query.where(m.Meeting.round_id == round_id)
            rows = session.execute(
                query.order_by(m.FollowUp.due_date.is_(None), m.FollowUp.due_date,
                               m.FollowUp.owner, m.Municipality.sort_order)
            ).all()
            return [
                FollowUpRow(
                    follow_up=follow_up_record(follow_up), feedback_text=item.text,
                    meeting_id=meeting.id, municipality_name=municipality.name_fi,
                    round_year=round_row.year, sector_name=sector.name_fi if sector else "",
                )
                for follow_up, item, meeting, round_row, municipality, sector in rows
            ]

    def owners(self) -> list[str]:
        with self.db.read() as session:
            return list(session.scalars(
                select(m.FollowUp.owner).distinct()
                .where(m.FollowUp.deleted_at.is_(None), m.FollowUp.owner != "")
                .order_by(m.FollowUp.owner)
            ))

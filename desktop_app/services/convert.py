"""ORM row → record conversions, shared by the services."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.errors import NotFoundError
from desktop_app.domain.records import (
    FeedbackRecord,
    FollowUpRecord,
    MeetingRecord,
    ParticipantRecord,
    RoundRecord,
    SectorRecord,
)
from desktop_app.storage import models as m
from desktop_app.storage.field_edit import EditTransaction, RowValues


def sector_record(row: m.Sector | RowValues) -> SectorRecord:
    return SectorRecord(id=row.id, code=row.code, name_fi=row.name_fi, name_en=row.name_en,
                        sort_order=row.sort_order, retired=row.retired_at is not None)


def round_record(row: m.Round) -> RoundRecord:
    return RoundRecord(id=row.id, year=row.year, period_start=row.period_start,
                       period_end=row.period_end, title=row.title)


def meeting_record(row: m.Meeting, round_row: m.Round, municipality: m.Municipality) -> MeetingRecord:
    return meeting_record_of(row, round_row.year, municipality.name_fi)


def meeting_record_of(row: m.Meeting | RowValues, round_year: int, municipality_name: str) -> MeetingRecord:
    return MeetingRecord(
        id=row.id, round_id=row.round_id, round_year=round_year,
        municipality_code=row.municipality_code, municipality_name=municipality_name,
        meeting_date=row.meeting_date, start_time=row.start_time, place=row.place,
        status=row.status, notes=row.notes, version=row.version, updated_at=row.updated_at,
    )


def participant_record(row: m.Participant | RowValues) -> ParticipantRecord:
    return ParticipantRecord(id=row.id, meeting_id=row.meeting_id, name=row.name,
                             organisation=row.organisation, title=row.title, side=row.side,
                             sort_order=row.sort_order, version=row.version)


def follow_up_record(row: m.FollowUp | RowValues) -> FollowUpRecord:
    return FollowUpRecord(id=row.id, feedback_id=row.feedback_id, description=row.description,
                          owner=row.owner, due_date=row.due_date, status=row.status,
                          version=row.version, matter_id=row.matter_id)


def feedback_record(row: m.Feedback | RowValues,
                    follow_ups: Iterable[m.FollowUp | RowValues] = ()) -> FeedbackRecord:
    return FeedbackRecord(
        id=row.id, meeting_id=row.meeting_id, sector_id=row.sector_id, kind=row.kind,
        scope=row.scope, text=row.text, priority=row.priority, sort_order=row.sort_order,
        version=row.version, created_by=row.created_by, updated_by=row.updated_by,
        created_at=row.created_at, updated_at=row.updated_at,
        follow_ups=tuple(follow_up_record(f) for f in follow_ups),
    )


def follow_ups_by_feedback(session: Session, feedback_ids: list[str]) -> dict[str, list[m.FollowUp]]:
    result: dict[str, list[m.FollowUp]] = {}
    for start in range(0, len(feedback_ids), 500):  # stay under SQLite's variable limit
        chunk = feedback_ids[start:start + 500]
        rows = session.scalars(
            select(m.FollowUp)
            .where(m.FollowUp.feedback_id.in_(chunk), m.FollowUp.deleted_at.is_(None))
            .order_by(m.FollowUp.created_at)
        )
        for row in rows:
            assert row.feedback_id is not None
            result.setdefault(row.feedback_id, []).append(row)
    return result


def load_meeting_record(session: Session, meeting_id: str) -> MeetingRecord:
    row = session.execute(
        select(m.Meeting, m.Round, m.Municipality)
        .join(m.Round, m.Round.id == m.Meeting.round_id)
        .join(m.Municipality, m.Municipality.code == m.Meeting.municipality_code)
        .where(m.Meeting.id == meeting_id, m.Meeting.deleted_at.is_(None))
    ).first()
    if row is None:
        raise NotFoundError(code="not_found.meeting")
    return meeting_record(*row)


def get_live(session: Session, model: type[m.SyncedMixin], row_id: str, what: str) -> m.SyncedMixin:
    """The live row; raises NotFoundError (code `not_found.<what>`, e.g. `not_found.meeting`)
    for a missing or tombstoned one."""
    row = session.get(model, row_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(code=f"not_found.{what}")
    return row


def live_in(tx: EditTransaction, model: type[m.SyncedMixin], row_id: str, what: str) -> RowValues:
    """`get_live` inside an edit (storage/field_edit.py): raises NotFoundError (`not_found.<what>`)."""
    row = tx.live(model, row_id)
    if row is None:
        raise NotFoundError(code=f"not_found.{what}")
    return row


def get_any(session: Session, model: type[m.SyncedMixin], row_id: str, what: str) -> m.SyncedMixin:
    """Like `get_live` but also finds tombstoned rows (for undoing a delete)."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(code=f"not_found.{what}")
    return row

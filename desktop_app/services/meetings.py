"""One negotiation: its details, status changes and everything recorded in it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.enums import MEETING_TRANSITIONS, FeedbackKind, MeetingStatus
from desktop_app.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop_app.domain.records import MeetingDetail, MeetingRecord, SectorRecord
from desktop_app.domain.validation import (
    FIELD_LIMITS,
    clean_short_text,
    clean_text,
    parse_date,
    parse_enum,
    parse_time,
)
from desktop_app.services.convert import get_live, load_meeting_record, sector_record
from desktop_app.services.meeting_read import load_meeting_detail
from desktop_app.storage import models as m
from desktop_app.storage.database import Database

_STATUS_FI = {
    MeetingStatus.PLANNED: "suunniteltu",
    MeetingStatus.IN_PROGRESS: "käynnissä",
    MeetingStatus.CLOSED: "suljettu",
    MeetingStatus.APPROVED: "hyväksytty",
}

_UNSET: object = object()


def ensure_editable(session: Session, meeting_id: str) -> m.Meeting:
    """Content of an approved meeting is final; everything else may still be corrected."""
    meeting = get_live(session, m.Meeting, meeting_id, "Neuvottelua")
    assert isinstance(meeting, m.Meeting)
    if meeting.status == MeetingStatus.APPROVED:
        raise ConflictError("Neuvottelu on hyväksytty, eikä sen sisältöä voi enää muuttaa.")
    return meeting


def check_version(row: m.SyncedMixin, expected_version: int | None) -> None:
    if expected_version is not None and row.version != expected_version:
        raise ConflictError(
            "Tietoa on muutettu toisaalla sen jälkeen, kun avasit sen. Lataa se uudelleen."
        )


class MeetingService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, meeting_id: str) -> MeetingRecord:
        with self.db.read() as session:
            return load_meeting_record(session, meeting_id)

    def find(self, round_id: str, municipality_code: str) -> MeetingRecord:
        with self.db.read() as session:
            meeting_id = session.scalar(
                select(m.Meeting.id).where(
                    m.Meeting.round_id == round_id,
                    m.Meeting.municipality_code == municipality_code,
                    m.Meeting.deleted_at.is_(None),
                )
            )
            if meeting_id is None:
                raise NotFoundError("Kunnan neuvottelua ei ole tällä kierroksella.")
            return load_meeting_record(session, meeting_id)

    def update_details(self, meeting_id: str, *, meeting_date: object = _UNSET,
                       start_time: object = _UNSET, place: object = _UNSET,
                       notes: object = _UNSET, expected_version: int | None = None) -> MeetingRecord:
        """Change only the given fields. Dates accept 27.11.2026 or ISO; times 14.30."""
        values: dict[str, object] = {}
        if meeting_date is not _UNSET:
            values["meeting_date"] = parse_date(meeting_date, "päivämäärä", required=False)
        if start_time is not _UNSET:
            values["start_time"] = parse_time(start_time, "kellonaika")
        if place is not _UNSET:
            values["place"] = clean_short_text(place, "paikka", required=False,
                                               max_length=FIELD_LIMITS["meetings", "place"])
        if notes is not _UNSET:
            values["notes"] = clean_text(notes, "muistiinpanot", required=False)
        with self.db.write() as session:
            meeting = ensure_editable(session, meeting_id)
            check_version(meeting, expected_version)
            for key, value in values.items():
                setattr(meeting, key, value)
            session.flush()
            return load_meeting_record(session, meeting_id)

    def set_status(self, meeting_id: str, status: MeetingStatus | str) -> MeetingRecord:
        new_status = parse_enum(MeetingStatus, status, "tila")
        with self.db.write() as session:
            meeting = get_live(session, m.Meeting, meeting_id, "Neuvottelua")
            assert isinstance(meeting, m.Meeting)
            if new_status != meeting.status:
                if new_status not in MEETING_TRANSITIONS[meeting.status]:
                    raise ValidationError(
                        f"Tilaa ei voi vaihtaa: {_STATUS_FI[meeting.status]} → "
                        f"{_STATUS_FI[new_status]}.", "tila")
                meeting.status = new_status
                if new_status == MeetingStatus.IN_PROGRESS and meeting.meeting_date is None:
                    meeting.meeting_date = dt.date.today()
            session.flush()
            return load_meeting_record(session, meeting_id)

    def uncovered_sectors(self, meeting_id: str) -> list[SectorRecord]:
        """Active sectors with no sector comment yet: what the close-meeting check lists."""
        with self.db.read() as session:
            covered = set(session.scalars(
                select(m.Feedback.sector_id).where(
                    m.Feedback.meeting_id == meeting_id, m.Feedback.deleted_at.is_(None),
                    m.Feedback.kind == FeedbackKind.SECTOR_COMMENT,
                )
            ))
            rows = session.scalars(
                select(m.Sector)
                .where(m.Sector.deleted_at.is_(None), m.Sector.retired_at.is_(None))
                .order_by(m.Sector.sort_order)
            )
            return [sector_record(row) for row in rows if row.id not in covered]

    def detail(self, meeting_id: str) -> MeetingDetail:
        """The whole meeting in display order, loaded in one read (Core selects: the hot path)."""
        with self.db.read() as session:
            return load_meeting_detail(session.connection(), meeting_id)

"""People present at a meeting, from the council and from the municipality.

Every write refuses a closed or approved meeting with MeetingLockedError (`meeting.closed`,
`meeting.approved`)."""

from __future__ import annotations

from sqlalchemy import func, select

from desktop_app.domain.enums import Side
from desktop_app.domain.records import ParticipantRecord
from desktop_app.domain.validation import FIELD_LIMITS, clean_short_text, parse_enum
from desktop_app.services.convert import get_any, get_live, live_in, participant_record
from desktop_app.services.meetings import check_version, editable_meeting_in, ensure_editable
from desktop_app.storage import models as m
from desktop_app.storage.database import Database
from desktop_app.storage.types import utcnow


class ParticipantService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list_for_meeting(self, meeting_id: str) -> list[ParticipantRecord]:
        with self.db.read() as session:
            rows = session.scalars(
                select(m.Participant)
                .where(m.Participant.meeting_id == meeting_id, m.Participant.deleted_at.is_(None))
                .order_by(m.Participant.side, m.Participant.sort_order, m.Participant.created_at)
            )
            return [participant_record(row) for row in rows]

    def add(self, meeting_id: str, name: str, side: Side | str, organisation: str = "",
            title: str = "") -> ParticipantRecord:
        """Raises ValidationError (`input.*`), NotFoundError (`not_found.meeting`),
        MeetingLockedError."""
        name = clean_short_text(name, "nimi", max_length=FIELD_LIMITS["participants", "name"])
        organisation = clean_short_text(organisation, "organisaatio", required=False,
                                        max_length=FIELD_LIMITS["participants", "organisation"])
        title = clean_short_text(title, "tehtävänimike", required=False,
                                 max_length=FIELD_LIMITS["participants", "title"])
        side_value = parse_enum(Side, side, "puoli")
        with self.db.write() as session:
            ensure_editable(session, meeting_id)
            last = session.scalar(
                select(func.max(m.Participant.sort_order))
                .where(m.Participant.meeting_id == meeting_id)
            ) or 0
            row = m.Participant(meeting_id=meeting_id, name=name, organisation=organisation,
                                title=title, side=side_value, sort_order=last + 1)
            session.add(row)
            session.flush()
            return participant_record(row)

    def update(self, participant_id: str, *, name: str | None = None,
               organisation: str | None = None, title: str | None = None,
               side: Side | str | None = None,
               expected_version: int | None = None) -> ParticipantRecord:
        """Raises ValidationError (`input.*`), NotFoundError (`not_found.participant`),
        MeetingLockedError, and ConflictError (`row.changed_elsewhere`) when `expected_version`
        is given and the row is no longer at it (a sync or another window changed it)."""
        with self.db.edit() as tx:
            row = live_in(tx, m.Participant, participant_id, "participant")
            editable_meeting_in(tx, row.meeting_id)
            check_version(row, expected_version)
            changes: dict[str, object] = {}
            if name is not None:
                changes["name"] = clean_short_text(name, "nimi",
                                                   max_length=FIELD_LIMITS["participants", "name"])
            if organisation is not None:
                changes["organisation"] = clean_short_text(
                    organisation, "organisaatio", required=False,
                    max_length=FIELD_LIMITS["participants", "organisation"])
            if title is not None:
                changes["title"] = clean_short_text(title, "tehtävänimike", required=False,
                                                    max_length=FIELD_LIMITS["participants", "title"])
            if side is not None:
                changes["side"] = parse_enum(Side, side, "puoli")
            return participant_record(tx.change(m.Participant, row, changes))

    def remove(self, participant_id: str) -> None:
        """Tombstone (undo with `restore`). Raises NotFoundError (`not_found.participant`),
        MeetingLockedError."""
        with self.db.write() as session:
            row = get_live(session, m.Participant, participant_id, "participant")
            assert isinstance(row, m.Participant)
            ensure_editable(session, row.meeting_id)
            row.deleted_at = utcnow()

    def restore(self, participant_id: str) -> ParticipantRecord:
        """Raises NotFoundError (`not_found.participant`),
        MeetingLockedError."""
        with self.db.write() as session:
            row = get_any(session, m.Participant, participant_id, "participant")
            assert isinstance(row, m.Participant)
            ensure_editable(session, row.meeting_id)
            row.deleted_at = None
            session.flush()
            return participant_record(row)

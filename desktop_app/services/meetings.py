"""One negotiation: its details, status changes and everything recorded in it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.enums import (
    MEETING_TRANSITIONS,
    DevelopmentScope,
    FeedbackKind,
    MeetingStatus,
)
from desktop_app.domain.errors import (
    ConflictError,
    MeetingLockedError,
    NotFoundError,
    ValidationError,
)
from desktop_app.domain.records import (
    CloseCheck,
    ItemCount,
    MeetingDetail,
    MeetingOutline,
    MeetingRecord,
    SectorRecord,
)
from desktop_app.domain.validation import (
    FIELD_LIMITS,
    clean_short_text,
    clean_text,
    parse_date,
    parse_enum,
    parse_time,
)
from desktop_app.services.convert import (
    get_live,
    live_in,
    load_meeting_record,
    meeting_record_of,
    sector_record,
)
from desktop_app.services.meeting_read import (
    load_item_counts,
    load_meeting_detail,
    load_meeting_outline,
)
from desktop_app.storage import models as m
from desktop_app.storage.database import Database
from desktop_app.storage.field_edit import EditTransaction, RowValues

_STATUS_FI = {
    MeetingStatus.PLANNED: "suunniteltu",
    MeetingStatus.IN_PROGRESS: "käynnissä",
    MeetingStatus.CLOSED: "suljettu",
    MeetingStatus.APPROVED: "hyväksytty",
}

_UNSET: object = object()

# Which statuses are read-only, and why: READ_ONLY_STATUSES in domain/enums.py (the workspace asks
# before the services have loaded).


def refuse_if_locked(status: MeetingStatus) -> None:
    """Raises MeetingLockedError (`meeting.closed` / `meeting.approved`) for a read-only status."""
    if status == MeetingStatus.APPROVED:
        raise MeetingLockedError(code="meeting.approved")
    if status == MeetingStatus.CLOSED:
        raise MeetingLockedError(code="meeting.closed")


def ensure_editable(session: Session, meeting_id: str) -> m.Meeting:
    """The live meeting, if its content may be written.

    Raises NotFoundError (`not_found.meeting`) and MeetingLockedError (`meeting.closed`,
    `meeting.approved`)."""
    meeting = get_live(session, m.Meeting, meeting_id, "meeting")
    assert isinstance(meeting, m.Meeting)
    refuse_if_locked(meeting.status)
    return meeting


def editable_meeting_in(tx: EditTransaction, meeting_id: str) -> RowValues:
    """`ensure_editable` inside an edit. Raises NotFoundError (`not_found.meeting`) and
    MeetingLockedError (`meeting.closed`, `meeting.approved`)."""
    meeting = live_in(tx, m.Meeting, meeting_id, "meeting")
    refuse_if_locked(meeting.status)
    return meeting


def check_version(row: m.SyncedMixin | RowValues, expected_version: int | None) -> None:
    """Raises ConflictError (`row.changed_elsewhere`) when the row is not at `expected_version`."""
    if expected_version is not None and row.version != expected_version:
        raise ConflictError(code="row.changed_elsewhere")


def move_status(row: m.Meeting | m.ManagersMeeting, new_status: MeetingStatus) -> None:
    """Move a meeting of either kind along `MEETING_TRANSITIONS`; starting it (in progress) fills
    in today's date if it had none. Raises ValidationError (`meeting.status_transition`)."""
    if new_status == row.status:
        return
    if new_status not in MEETING_TRANSITIONS[row.status]:
        raise ValidationError(field="tila", code="meeting.status_transition",
                              params={"old": _STATUS_FI[row.status], "new": _STATUS_FI[new_status]})
    row.status = new_status
    if new_status == MeetingStatus.IN_PROGRESS and row.meeting_date is None:
        row.meeting_date = dt.date.today()


class MeetingService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, meeting_id: str) -> MeetingRecord:
        """Raises NotFoundError (`not_found.meeting`)."""
        with self.db.read() as session:
            return load_meeting_record(session, meeting_id)

    def find(self, round_id: str, municipality_code: str) -> MeetingRecord:
        """Raises NotFoundError (`meeting.not_in_round`, `not_found.meeting`)."""
        with self.db.read() as session:
            meeting_id = session.scalar(
                select(m.Meeting.id).where(
                    m.Meeting.round_id == round_id,
                    m.Meeting.municipality_code == municipality_code,
                    m.Meeting.deleted_at.is_(None),
                )
            )
            if meeting_id is None:
                raise NotFoundError(code="meeting.not_in_round")
            return load_meeting_record(session, meeting_id)

    def update_details(self, meeting_id: str, *, meeting_date: object = _UNSET,
                       start_time: object = _UNSET, place: object = _UNSET,
                       notes: object = _UNSET, expected_version: int | None = None) -> MeetingRecord:
        """Change only the given fields. Dates accept 27.11.2026 or ISO; times 14.30.

        Raises ValidationError (`input.*`), NotFoundError, MeetingLockedError (closed/approved)
        and ConflictError (`row.changed_elsewhere`)."""
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
        with self.db.edit() as tx:
            meeting = editable_meeting_in(tx, meeting_id)
            check_version(meeting, expected_version)
            after = tx.change(m.Meeting, meeting, values)
            return meeting_record_of(
                after, tx.scalar("SELECT year FROM rounds WHERE id = ?", (after.round_id,)),
                tx.scalar("SELECT name_fi FROM municipalities WHERE code = ?",
                          (after.municipality_code,)))

    def set_status(self, meeting_id: str, status: MeetingStatus | str) -> MeetingRecord:
        """Move the meeting along `MEETING_TRANSITIONS`. The status change is written to the
        audit log by the flush hook (field `status`, old → new, who and when); closed →
        in progress is the reopen (`reopen` says so by name).

        Raises ValidationError (`input.bad_choice`, `meeting.status_transition`) and
        NotFoundError (`not_found.meeting`)."""
        new_status = parse_enum(MeetingStatus, status, "tila")
        with self.db.write() as session:
            meeting = get_live(session, m.Meeting, meeting_id, "meeting")
            assert isinstance(meeting, m.Meeting)
            move_status(meeting, new_status)
            session.flush()
            return load_meeting_record(session, meeting_id)

    def reopen(self, meeting_id: str) -> MeetingRecord:
        """*Avaa uudelleen muokattavaksi*: a closed meeting goes back in progress, so it can be
        edited again and its handout prints as LUONNOS until it is closed again. The change is
        audited like every status change (one `meeting`/`status` audit row: closed →
        in_progress, with the actor).

        Raises ConflictError (`meeting.reopen_not_closed`; an approved meeting is final) and
        NotFoundError (`not_found.meeting`)."""
        with self.db.write() as session:
            meeting = get_live(session, m.Meeting, meeting_id, "meeting")
            assert isinstance(meeting, m.Meeting)
            if meeting.status != MeetingStatus.CLOSED:
                raise ConflictError(code="meeting.reopen_not_closed")
            meeting.status = MeetingStatus.IN_PROGRESS
            session.flush()
            return load_meeting_record(session, meeting_id)

    def close_check(self, meeting_id: str) -> CloseCheck:
        """What the close dialog lists: active sectors without a sector comment and the
        development views (municipality / Kainuu) without any item."""
        uncovered = self.uncovered_sectors(meeting_id)
        with self.db.read() as session:
            used = set(session.scalars(
                select(m.Feedback.scope).where(
                    m.Feedback.meeting_id == meeting_id, m.Feedback.deleted_at.is_(None),
                    m.Feedback.kind == FeedbackKind.DEVELOPMENT_VIEW,
                )
            ))
        empty = tuple(scope for scope in DevelopmentScope if scope not in used)
        return CloseCheck(uncovered_sectors=tuple(uncovered), empty_development_views=empty)

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
        """The whole meeting in display order, loaded in one read (Core selects: the hot path).

        Raises NotFoundError (`not_found.meeting`)."""
        with self.db.read() as session:
            return load_meeting_detail(session.connection(), meeting_id)

    def outline(self, meeting_id: str) -> MeetingOutline:
        """The meeting without its items, and how many live items each (kind, sector, scope)
        holds: a workspace switch reads these, then only the shown section's items
        (`FeedbackService.list_in_section`). Raises NotFoundError (`not_found.meeting`)."""
        with self.db.read() as session:
            return load_meeting_outline(session.connection(), meeting_id)

    def item_counts(self, meeting_id: str) -> tuple[ItemCount, ...]:
        """The meeting's live items counted by (kind, sector, scope), from an index (no item is
        read); empty for a meeting without items or an unknown id."""
        with self.db.read() as session:
            return load_item_counts(session.connection(), meeting_id)

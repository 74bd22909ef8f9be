"""Managers' meetings (kuntajohtajakokous): plan the year, add extra meetings, details and status.

A managers' meeting belongs to no municipality. It is numbered in its year (7/2026) and its id is
derived from (year, number), so two laptops that plan the same year offline create the same rows
and sync merges them field by field instead of doubling the year. Like a negotiation, a closed or
approved meeting is read-only until an explicit, audited reopen; its agreements' *status* stays
changeable (FollowUpService.update).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.domain.enums import OPEN_FOLLOW_UP_STATUSES, MeetingStatus
from desktop_app.domain.errors import ConflictError, MeetingLockedError, ValidationError
from desktop_app.domain.records import ManagersMeetingRecord, ManagersMeetingSummary
from desktop_app.domain.validation import (
    FIELD_LIMITS,
    clean_short_text,
    clean_text,
    parse_date,
    parse_enum,
    parse_number,
    parse_time,
    parse_year,
)
from desktop_app.services.convert import get_live, live_in
from desktop_app.services.meetings import check_version, move_status
from desktop_app.storage import models as m
from desktop_app.storage.database import Database
from desktop_app.storage.field_edit import EditTransaction, RowValues
from desktop_app.storage.seed import stable_id

_UNSET: object = object()


DEFAULT_SKIPPED_MONTHS = frozenset({7})  # no meeting in July (summer holidays)
DEFAULT_START = dt.time(9, 0)
DEFAULT_PLACE = "Kainuun liitto, Kajaani"
DEFAULT_REMOTE = "Teams"


def managers_meeting_id_for(year: int, number: int) -> str:
    """Two laptops creating meeting 7/2026 offline create the same id, so sync merges them."""
    return stable_id("managers_meeting", f"{year}:{number}")


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The `nth` (1–4, or -1 for the last) `weekday` (0 = Monday … 6 = Sunday) of the month.

    Raises ValidationError (`managers.bad_weekday`)."""
    if not 0 <= weekday <= 6 or nth not in (1, 2, 3, 4, -1):
        raise ValidationError(field="viikonpäivä", code="managers.bad_weekday",
                              params={"value": f"{weekday}/{nth}"})
    days = [week[weekday] for week in calendar.monthcalendar(year, month) if week[weekday]]
    return dt.date(year, month, days[-1] if nth == -1 else days[nth - 1])


def managers_record(row: m.ManagersMeeting | RowValues) -> ManagersMeetingRecord:
    return ManagersMeetingRecord(
        id=row.id, year=row.year, number=row.number, meeting_date=row.meeting_date,
        start_time=row.start_time, place=row.place, remote_link=row.remote_link, chair=row.chair,
        secretary=row.secretary, status=row.status, notes=row.notes, version=row.version,
        updated_at=row.updated_at,
    )


def refuse_if_managers_locked(status: MeetingStatus) -> None:
    """Raises MeetingLockedError (`managers.closed` / `managers.approved`) for a read-only status."""
    if status == MeetingStatus.APPROVED:
        raise MeetingLockedError(code="managers.approved")
    if status == MeetingStatus.CLOSED:
        raise MeetingLockedError(code="managers.closed")


def ensure_managers_editable(session: Session, managers_meeting_id: str) -> m.ManagersMeeting:
    """The live managers' meeting, if its content may be written.

    Raises NotFoundError (`not_found.managers_meeting`) and MeetingLockedError."""
    row = get_live(session, m.ManagersMeeting, managers_meeting_id, "managers_meeting")
    assert isinstance(row, m.ManagersMeeting)
    refuse_if_managers_locked(row.status)
    return row


def editable_managers_in(tx: EditTransaction, managers_meeting_id: str) -> RowValues:
    """`ensure_managers_editable` inside an edit (storage/field_edit.py). Raises NotFoundError
    (`not_found.managers_meeting`) and MeetingLockedError."""
    row = live_in(tx, m.ManagersMeeting, managers_meeting_id, "managers_meeting")
    refuse_if_managers_locked(row.status)
    return row


def meeting_order() -> tuple[object, ...]:
    """Chronological order: by date (undated last), then year and number."""
    return (m.ManagersMeeting.meeting_date.is_(None), m.ManagersMeeting.meeting_date,
            m.ManagersMeeting.year, m.ManagersMeeting.number)


def next_meeting_after(session: Session, row: m.ManagersMeeting) -> m.ManagersMeeting | None:
    """The live meeting that follows `row` in time (the one a matter is carried on to)."""
    later = [other for other in _live_meetings(session) if _sort_key(other) > _sort_key(row)]
    return later[0] if later else None


def previous_meeting_before(session: Session, row: m.ManagersMeeting) -> m.ManagersMeeting | None:
    earlier = [other for other in _live_meetings(session) if _sort_key(other) < _sort_key(row)]
    return earlier[-1] if earlier else None


def _sort_key(row: m.ManagersMeeting) -> tuple[int, dt.date, int, int]:
    return (row.meeting_date is None, row.meeting_date or dt.date.max, row.year, row.number)


def _live_meetings(session: Session) -> list[m.ManagersMeeting]:
    rows = list(session.scalars(select(m.ManagersMeeting).where(m.ManagersMeeting.deleted_at.is_(None))))
    return sorted(rows, key=_sort_key)


def _next_number(session: Session, year: int) -> int:
    # Tombstoned meetings keep their number: a new meeting never takes over a deleted one's id.
    return (session.scalar(select(func.max(m.ManagersMeeting.number))
                           .where(m.ManagersMeeting.year == year)) or 0) + 1


class ManagersMeetingService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def plan_year(self, year: int | str, *, weekday: int = 1, nth: int = 1,
                  skip_months: Iterable[int] = DEFAULT_SKIPPED_MONTHS,
                  start_time: object = DEFAULT_START, place: str = DEFAULT_PLACE,
                  remote_link: str = DEFAULT_REMOTE) -> list[ManagersMeetingRecord]:
        """One planned meeting a month on the `nth` `weekday` (default: the first Tuesday), except
        the months in `skip_months` (default July), numbered 1, 2, … in date order.

        Raises ValidationError (`input.*`, `managers.year_planned` when the year already has a
        live meeting, `managers.no_months`, `managers.bad_weekday`)."""
        year = parse_year(year)
        skipped = {int(month) for month in skip_months}
        months = [month for month in range(1, 13) if month not in skipped]
        if not months:
            raise ValidationError(field="kuukaudet", code="managers.no_months")
        dates = [nth_weekday(year, month, weekday, nth) for month in months]
        start = parse_time(start_time, "kellonaika")
        place = clean_short_text(place, "paikka", required=False,
                                 max_length=FIELD_LIMITS["managers_meetings", "place"])
        remote_link = clean_short_text(remote_link, "etäyhteys", required=False,
                                       max_length=FIELD_LIMITS["managers_meetings", "remote_link"])
        with self.db.write() as session:
            live = session.scalar(select(func.count()).select_from(m.ManagersMeeting).where(
                m.ManagersMeeting.year == year, m.ManagersMeeting.deleted_at.is_(None)))
            if live:
                raise ValidationError(field="vuosi", code="managers.year_planned",
                                      params={"year": year})
            first = _next_number(session, year)
            rows = []
            for offset, day in enumerate(dates):
                number = first + offset
                row = m.ManagersMeeting(
                    id=managers_meeting_id_for(year, number), year=year, number=number,
                    meeting_date=day, start_time=start, place=place, remote_link=remote_link)
                session.add(row)
                rows.append(row)
            session.flush()
            return [managers_record(row) for row in rows]

    def add_meeting(self, meeting_date: object, *, start_time: object = DEFAULT_START,
                    place: str = DEFAULT_PLACE, remote_link: str = "") -> ManagersMeetingRecord:
        """An extra meeting: the next free number in the date's year (7/2026 stays 7/2026 even
        when an extra one is held before it; the minutes already printed carry that number).

        Raises ValidationError (`input.*`)."""
        day = parse_date(meeting_date, "päivämäärä")
        assert day is not None
        start = parse_time(start_time, "kellonaika")
        place = clean_short_text(place, "paikka", required=False,
                                 max_length=FIELD_LIMITS["managers_meetings", "place"])
        remote_link = clean_short_text(remote_link, "etäyhteys", required=False,
                                       max_length=FIELD_LIMITS["managers_meetings", "remote_link"])
        with self.db.write() as session:
            number = _next_number(session, day.year)
            row = m.ManagersMeeting(id=managers_meeting_id_for(day.year, number), year=day.year,
                                    number=number, meeting_date=day, start_time=start,
                                    place=place, remote_link=remote_link)
            session.add(row)
            session.flush()
            return managers_record(row)

    def list_meetings(self, year: int | None = None) -> list[ManagersMeetingSummary]:
        """Live meetings in date order (of one year, or all), each with its number of matters
        and open agreements."""
        with self.db.read() as session:
            rows = _live_meetings(session)
            if year is not None:
                rows = [row for row in rows if row.year == year]
            matters = dict(session.execute(
                select(m.AgendaMatter.managers_meeting_id, func.count())
                .where(m.AgendaMatter.deleted_at.is_(None))
                .group_by(m.AgendaMatter.managers_meeting_id)).all())
            agreements = dict(session.execute(
                select(m.AgendaMatter.managers_meeting_id, func.count())
                .join(m.FollowUp, m.FollowUp.matter_id == m.AgendaMatter.id)
                .where(m.AgendaMatter.deleted_at.is_(None), m.FollowUp.deleted_at.is_(None),
                       m.FollowUp.status.in_(list(OPEN_FOLLOW_UP_STATUSES)))
                .group_by(m.AgendaMatter.managers_meeting_id)).all())
            return [ManagersMeetingSummary(meeting=managers_record(row),
                                           matter_count=matters.get(row.id, 0),
                                           open_agreements=agreements.get(row.id, 0))
                    for row in rows]

    def years(self) -> list[int]:
        """Years with live meetings, newest first."""
        with self.db.read() as session:
            return list(session.scalars(
                select(m.ManagersMeeting.year).distinct()
                .where(m.ManagersMeeting.deleted_at.is_(None))
                .order_by(m.ManagersMeeting.year.desc())))

    def get(self, managers_meeting_id: str) -> ManagersMeetingRecord:
        """Raises NotFoundError (`not_found.managers_meeting`)."""
        with self.db.read() as session:
            row = get_live(session, m.ManagersMeeting, managers_meeting_id, "managers_meeting")
            assert isinstance(row, m.ManagersMeeting)
            return managers_record(row)

    def find(self, year: int | str, number: int | str) -> ManagersMeetingRecord:
        """Meeting `number`/`year`. Raises ValidationError (`input.*`) and NotFoundError
        (`not_found.managers_meeting`)."""
        year = parse_year(year)
        number = parse_number(number, "numero", low=1, high=99)
        with self.db.read() as session:
            row_id = session.scalar(select(m.ManagersMeeting.id).where(
                m.ManagersMeeting.year == year, m.ManagersMeeting.number == number,
                m.ManagersMeeting.deleted_at.is_(None)))
            row = get_live(session, m.ManagersMeeting, row_id or "", "managers_meeting")
            assert isinstance(row, m.ManagersMeeting)
            return managers_record(row)

    def neighbours(self, managers_meeting_id: str) -> tuple[ManagersMeetingRecord | None,
                                                          ManagersMeetingRecord | None]:
        """(previous, next) live meeting in time. Raises NotFoundError."""
        with self.db.read() as session:
            row = get_live(session, m.ManagersMeeting, managers_meeting_id, "managers_meeting")
            assert isinstance(row, m.ManagersMeeting)
            before, after = previous_meeting_before(session, row), next_meeting_after(session, row)
            return (managers_record(before) if before else None,
                    managers_record(after) if after else None)

    def update_details(self, managers_meeting_id: str, *, meeting_date: object = _UNSET,
                       start_time: object = _UNSET, place: object = _UNSET,
                       remote_link: object = _UNSET, chair: object = _UNSET,
                       secretary: object = _UNSET, notes: object = _UNSET,
                       expected_version: int | None = None) -> ManagersMeetingRecord:
        """Change only the given fields. The number and year never change (they name the meeting
        on paper and make its id).

        A date in another year is refused (`managers.date_other_year`): the meeting would keep
        its number 11/2026 and vanish from that year's list.

        Raises ValidationError (`input.*`, `managers.date_other_year`), NotFoundError,
        MeetingLockedError (`managers.closed`, `managers.approved`) and ConflictError
        (`row.changed_elsewhere`)."""
        values: dict[str, object] = {}
        if meeting_date is not _UNSET:
            values["meeting_date"] = parse_date(meeting_date, "päivämäärä", required=False)
        if start_time is not _UNSET:
            values["start_time"] = parse_time(start_time, "kellonaika")
        for key, value, label in (("place", place, "paikka"), ("remote_link", remote_link, "etäyhteys"),
                                  ("chair", chair, "puheenjohtaja"), ("secretary", secretary, "sihteeri")):
            if value is not _UNSET:
                values[key] = clean_short_text(value, label, required=False,
                                               max_length=FIELD_LIMITS["managers_meetings", key])
        if notes is not _UNSET:
            values["notes"] = clean_text(notes, "muistiinpanot", required=False)
        with self.db.edit() as tx:
            row = editable_managers_in(tx, managers_meeting_id)
            check_version(row, expected_version)
            day = values.get("meeting_date")
            if isinstance(day, dt.date) and day.year != row.year:
                raise ValidationError(field="päivämäärä", code="managers.date_other_year",
                                      params={"label": f"{row.number}/{row.year}", "year": row.year})
            return managers_record(tx.change(m.ManagersMeeting, row, values))

    def set_status(self, managers_meeting_id: str, status: MeetingStatus | str) -> ManagersMeetingRecord:
        """Move along `MEETING_TRANSITIONS` (audited by the flush hook). Starting a meeting
        (in progress) fills in today's date if it had none.

        Raises ValidationError (`input.bad_choice`, `meeting.status_transition`), NotFoundError."""
        new_status = parse_enum(MeetingStatus, status, "tila")
        with self.db.write() as session:
            row = get_live(session, m.ManagersMeeting, managers_meeting_id, "managers_meeting")
            assert isinstance(row, m.ManagersMeeting)
            move_status(row, new_status)
            session.flush()
            return managers_record(row)

    def reopen(self, managers_meeting_id: str) -> ManagersMeetingRecord:
        """*Avaa uudelleen muokattavaksi*: closed → in progress, audited. Raises ConflictError
        (`managers.reopen_not_closed`) and NotFoundError."""
        with self.db.write() as session:
            row = get_live(session, m.ManagersMeeting, managers_meeting_id, "managers_meeting")
            assert isinstance(row, m.ManagersMeeting)
            if row.status != MeetingStatus.CLOSED:
                raise ConflictError(code="managers.reopen_not_closed")
            row.status = MeetingStatus.IN_PROGRESS
            session.flush()
            return managers_record(row)

    def delete(self, managers_meeting_id: str) -> None:
        """Tombstone a meeting (e.g. a planned one that will not be held). Its matters stay with
        it. Raises NotFoundError and MeetingLockedError."""
        from desktop_app.storage.types import utcnow

        with self.db.write() as session:
            row = ensure_managers_editable(session, managers_meeting_id)
            row.deleted_at = utcnow()

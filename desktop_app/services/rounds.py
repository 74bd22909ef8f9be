"""Rounds: plan one year's negotiations (a meeting per member municipality) and overview them."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.domain.enums import FeedbackKind
from desktop_app.domain.errors import NotFoundError, ValidationError
from desktop_app.domain.records import MeetingSummary, MunicipalityRecord, RoundRecord
from desktop_app.domain.validation import FIELD_LIMITS, clean_short_text, parse_year
from desktop_app.services.convert import meeting_record, round_record
from desktop_app.storage import models as m
from desktop_app.storage.database import Database
from desktop_app.storage.seed import stable_id


def round_id_for(year: int) -> str:
    """Two laptops planning the same year's round offline create the same ids, so sync merges them."""
    return stable_id("round", str(year))


def meeting_id_for(year: int, municipality_code: str) -> str:
    return stable_id("meeting", f"{year}:{municipality_code}")


def plan_in_session(session: Session, year: int, start: int, end: int, title: str) -> m.Round:
    """The round and its meetings inside the caller's transaction (validated arguments); the demo
    plans its two rounds and fills them in one transaction with this."""
    round_id = round_id_for(year)
    row = session.get(m.Round, round_id)
    if row is not None and row.deleted_at is None:
        raise ValidationError(field="vuosi", code="round.exists", params={"year": year})
    if row is None:
        row = m.Round(id=round_id, year=year, period_start=start, period_end=end, title=title)
        session.add(row)
    else:  # planning a deleted year again revives it
        row.deleted_at = None
        row.period_start, row.period_end, row.title = start, end, title
    for municipality in session.scalars(select(m.Municipality)):
        meeting_id = meeting_id_for(year, municipality.code)
        meeting = session.get(m.Meeting, meeting_id)
        if meeting is None:
            session.add(m.Meeting(id=meeting_id, round_id=round_id,
                                  municipality_code=municipality.code))
        elif meeting.deleted_at is not None:
            meeting.deleted_at = None
    session.flush()
    return row


class RoundService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def municipalities(self) -> list[MunicipalityRecord]:
        with self.db.read() as session:
            rows = session.scalars(select(m.Municipality).order_by(m.Municipality.sort_order))
            return [MunicipalityRecord(code=row.code, name=row.name_fi) for row in rows]

    def find_municipality(self, name_or_code: str) -> MunicipalityRecord:
        """Raises ValidationError (`round.unknown_municipality`)."""
        wanted = name_or_code.strip().casefold()
        for municipality in self.municipalities():
            if wanted in (municipality.code, municipality.name.casefold()):
                return municipality
        names = ", ".join(mun.name for mun in self.municipalities())
        raise ValidationError(field="kunta", code="round.unknown_municipality",
                              params={"value": name_or_code, "names": names})

    def plan_round(self, year: int, period_start: int | None = None,
                   period_end: int | None = None, title: str = "") -> RoundRecord:
        """Create the round and one planned meeting per member municipality (idempotent per year).

        Raises ValidationError (`input.*`, `round.period_reversed`, `round.exists`)."""
        year = parse_year(year)
        start = parse_year(period_start if period_start is not None else year + 1, "TTS-alku")
        end = parse_year(period_end if period_end is not None else start + 2, "TTS-loppu")
        if end < start:
            raise ValidationError(field="TTS-loppu", code="round.period_reversed")
        title = clean_short_text(title, "otsikko", required=False,
                                 max_length=FIELD_LIMITS["rounds", "title"])
        with self.db.write() as session:
            return round_record(plan_in_session(session, year, start, end, title))

    def list_rounds(self) -> list[RoundRecord]:
        """Newest first."""
        with self.db.read() as session:
            rows = session.scalars(
                select(m.Round).where(m.Round.deleted_at.is_(None)).order_by(m.Round.year.desc())
            )
            return [round_record(row) for row in rows]

    def get(self, round_id: str) -> RoundRecord:
        """Raises NotFoundError (`not_found.round`)."""
        with self.db.read() as session:
            row = session.get(m.Round, round_id)
            if row is None or row.deleted_at is not None:
                raise NotFoundError(code="not_found.round")
            return round_record(row)

    def find_by_year(self, year: int | str) -> RoundRecord:
        """Raises ValidationError (`input.*`) and NotFoundError (`not_found.round_year`)."""
        year = parse_year(year)
        for round_ in self.list_rounds():
            if round_.year == year:
                return round_
        raise NotFoundError(code="not_found.round_year", params={"year": year})

    def overview(self, round_id: str) -> list[MeetingSummary]:
        """The round's meetings in municipality order, each with item count and sector coverage.

        Raises NotFoundError (`not_found.round`)."""
        with self.db.read() as session:
            round_row = session.get(m.Round, round_id)
            if round_row is None or round_row.deleted_at is not None:
                raise NotFoundError(code="not_found.round")
            sectors_total = session.scalar(
                select(func.count()).select_from(m.Sector)
                .where(m.Sector.deleted_at.is_(None), m.Sector.retired_at.is_(None))
            ) or 0
            live = m.Feedback.deleted_at.is_(None)
            counts = dict(session.execute(
                select(m.Feedback.meeting_id, func.count())
                .join(m.Meeting, m.Meeting.id == m.Feedback.meeting_id)
                .where(m.Meeting.round_id == round_id, live)
                .group_by(m.Feedback.meeting_id)
            ).all())
            covered = dict(session.execute(
                select(m.Feedback.meeting_id, func.count(func.distinct(m.Feedback.sector_id)))
                .join(m.Meeting, m.Meeting.id == m.Feedback.meeting_id)
                .join(m.Sector, m.Sector.id == m.Feedback.sector_id)
                .where(m.Meeting.round_id == round_id, live,
                       m.Feedback.kind == FeedbackKind.SECTOR_COMMENT,
                       m.Sector.retired_at.is_(None), m.Sector.deleted_at.is_(None))
                .group_by(m.Feedback.meeting_id)
            ).all())
            rows = session.execute(
                select(m.Meeting, m.Municipality)
                .join(m.Municipality, m.Municipality.code == m.Meeting.municipality_code)
                .where(m.Meeting.round_id == round_id, m.Meeting.deleted_at.is_(None))
                .order_by(m.Municipality.sort_order)
            ).all()
            return [
                MeetingSummary(
                    meeting=meeting_record(meeting, round_row, municipality),
                    item_count=counts.get(meeting.id, 0),
                    sectors_covered=covered.get(meeting.id, 0),
                    sectors_total=sectors_total,
                )
                for meeting, municipality in rows
            ]

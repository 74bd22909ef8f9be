"""The agenda of a managers' meeting (asialista): numbered matters, their notes and agreements,
continuity across months and the link to negotiation items.

Continuity: carrying a matter on creates its continuation on the next meeting's agenda with
`carried_from_id` pointing back, so the whole chain (each earlier meeting's notes and agreements)
is the matter's history. A negotiation item (an advocacy target or a sector comment) brought onto
an agenda is linked by `feedback_id`; both sides can show the link.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.domain.enums import MatterRaiser, MatterStatus, MeetingStatus
from desktop_app.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop_app.domain.records import (
    AgendaMatterRecord,
    FeedbackLink,
    LinkedFeedback,
    ManagersMeetingDetail,
    MatterHistoryEntry,
)
from desktop_app.domain.validation import FIELD_LIMITS, clean_short_text, clean_text, parse_enum
from desktop_app.services.attendance import attendee_record
from desktop_app.services.convert import follow_up_record, get_any, get_live, live_in
from desktop_app.services.managers import (
    editable_managers_in,
    ensure_managers_editable,
    managers_record,
    next_meeting_after,
)
from desktop_app.services.meeting_read import load_feedback_links
from desktop_app.services.meetings import check_version
from desktop_app.storage import models as m
from desktop_app.storage.database import Database
from desktop_app.storage.field_edit import RowValues
from desktop_app.storage.types import utcnow

_UNSET: object = object()
_TITLE_FROM_TEXT = 120  # characters of a negotiation item's text that become a matter's title
_HISTORY_LIMIT = 200    # links followed back at most (a cycle made by hand in the central store)


def matter_record(row: m.AgendaMatter | RowValues,
                  follow_ups: Iterable[m.FollowUp | RowValues] = ()) -> AgendaMatterRecord:
    return AgendaMatterRecord(
        id=row.id, managers_meeting_id=row.managers_meeting_id, number=row.number, title=row.title,
        raised_by=row.raised_by, municipality_code=row.municipality_code,
        raised_by_name=row.raised_by_name, presenter=row.presenter, description=row.description,
        notes=row.notes, status=row.status, carried_from_id=row.carried_from_id,
        feedback_id=row.feedback_id, version=row.version,
        follow_ups=tuple(follow_up_record(f) for f in follow_ups),
    )


def agreements_by_matter(session: Session, matter_ids: list[str]) -> dict[str, list[m.FollowUp]]:
    out: dict[str, list[m.FollowUp]] = {}
    for start in range(0, len(matter_ids), 500):
        rows = session.scalars(
            select(m.FollowUp)
            .where(m.FollowUp.matter_id.in_(matter_ids[start:start + 500]),
                   m.FollowUp.deleted_at.is_(None))
            .order_by(m.FollowUp.created_at, m.FollowUp.id))
        for row in rows:
            assert row.matter_id is not None
            out.setdefault(row.matter_id, []).append(row)
    return out


def title_from_text(text: str) -> str:
    """A matter's title from a negotiation item's text: its first line, cut at a word boundary."""
    first = " ".join(text.strip().splitlines()[0].split()) if text.strip() else ""
    if len(first) <= _TITLE_FROM_TEXT:
        return first
    cut = first[:_TITLE_FROM_TEXT].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + " …"


def _editable_matter(session: Session, matter_id: str) -> m.AgendaMatter:
    row = get_live(session, m.AgendaMatter, matter_id, "matter")
    assert isinstance(row, m.AgendaMatter)
    ensure_managers_editable(session, row.managers_meeting_id)
    return row


def _live_matters(session: Session, managers_meeting_id: str) -> list[m.AgendaMatter]:
    return list(session.scalars(
        select(m.AgendaMatter)
        .where(m.AgendaMatter.managers_meeting_id == managers_meeting_id,
               m.AgendaMatter.deleted_at.is_(None))
        .order_by(m.AgendaMatter.number, m.AgendaMatter.created_at, m.AgendaMatter.id)))


def _renumber(session: Session, managers_meeting_id: str) -> None:
    """Numbers 1, 2, 3 … in the current order (only rows whose number changes are written)."""
    for index, row in enumerate(_live_matters(session, managers_meeting_id), start=1):
        if row.number != index:
            row.number = index


def _raiser(raised_by: object, municipality_code: object, raised_by_name: object,
            known: Callable[[str], bool]) -> tuple[MatterRaiser, str | None, str]:
    """(raiser, municipality code, third party's name); `known` says whether a municipality code
    exists. Raises ValidationError (`input.*`, `agenda.municipality_required`)."""
    raiser = parse_enum(MatterRaiser, raised_by, "tuoja")
    code = str(municipality_code).strip() if municipality_code else None
    name = clean_short_text(raised_by_name or "", "tuoja", required=False,
                            max_length=FIELD_LIMITS["agenda_matters", "raised_by_name"])
    if raiser == MatterRaiser.MUNICIPALITY:
        if not code or not known(code):
            raise ValidationError(field="kunta", code="agenda.municipality_required")
    else:
        code = None
    return raiser, code, name if raiser == MatterRaiser.THIRD_PARTY else ""


class AgendaService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading ----------------------------------------------------------------------------
    def detail(self, managers_meeting_id: str) -> ManagersMeetingDetail:
        """The meeting with its attendees, matters (agenda order) and their agreements, where
        each matter was carried on to, and the negotiation item each was brought from.

        Raises NotFoundError (`not_found.managers_meeting`)."""
        with self.db.read() as session:
            meeting = get_live(session, m.ManagersMeeting, managers_meeting_id, "managers_meeting")
            assert isinstance(meeting, m.ManagersMeeting)
            from desktop_app.services.attendance import live_attendees

            attendees = tuple(attendee_record(row) for row in live_attendees(session, meeting.id))
            rows = _live_matters(session, meeting.id)
            ids = [row.id for row in rows]
            agreements = agreements_by_matter(session, ids)
            carried_to = _carried_to(session, ids)
            matters = tuple(_as_shown(matter_record(row, agreements.get(row.id, ())), carried_to)
                            for row in rows)
            return ManagersMeetingDetail(
                meeting=managers_record(meeting), attendees=attendees, matters=matters,
                carried_to=carried_to,
                linked_feedback=_linked_feedback(session, rows),
            )

    def get(self, matter_id: str) -> AgendaMatterRecord:
        """The matter as shown (see `_as_shown`). Raises NotFoundError (`not_found.matter`)."""
        with self.db.read() as session:
            row = get_live(session, m.AgendaMatter, matter_id, "matter")
            assert isinstance(row, m.AgendaMatter)
            return _as_shown(matter_record(row, agreements_by_matter(session, [row.id]).get(row.id, ())),
                             _carried_to(session, [row.id]))

    def history(self, matter_id: str) -> list[MatterHistoryEntry]:
        """The earlier handlings of the matter, oldest first (not the matter itself): each with
        its meeting, notes and agreements. A link whose row is missing or deleted ends the chain.

        Raises NotFoundError (`not_found.matter`)."""
        with self.db.read() as session:
            row = get_live(session, m.AgendaMatter, matter_id, "matter")
            assert isinstance(row, m.AgendaMatter)
            chain: list[m.AgendaMatter] = []
            seen = {row.id}
            link = row.carried_from_id
            while link and link not in seen and len(chain) < _HISTORY_LIMIT:
                earlier = session.get(m.AgendaMatter, link)
                if earlier is None or earlier.deleted_at is not None:
                    break
                chain.append(earlier)
                seen.add(earlier.id)
                link = earlier.carried_from_id
            chain.reverse()
            agreements = agreements_by_matter(session, [r.id for r in chain])
            out = []
            for earlier in chain:
                meeting = session.get(m.ManagersMeeting, earlier.managers_meeting_id)
                if meeting is None or meeting.deleted_at is not None:
                    continue
                out.append(MatterHistoryEntry(meeting=managers_record(meeting),
                                              matter=matter_record(earlier, agreements.get(earlier.id, ()))))
            return out

    def links_for_feedback(self, feedback_ids: Iterable[str]) -> dict[str, tuple[FeedbackLink, ...]]:
        """Negotiation item id → the live agenda matters it was brought onto, in meeting order.
        Asked for every item of a meeting at each switch (1,250 in a big one): the ids go in as one
        JSON parameter of one plain statement (SQLAlchemy compiled an IN list of 500 bound values
        per chunk and loaded ORM rows: ~4 ms a switch, ~10 ms on the first)."""
        wanted = list(dict.fromkeys(feedback_ids))
        if not wanted:
            return {}
        with self.db.read() as session:   # the SQL: services/meeting_read.py (start-up reads it too)
            return load_feedback_links(session.connection(), wanted)

    # -- writing ----------------------------------------------------------------------------
    def add(self, managers_meeting_id: str, title: str, *,
            raised_by: MatterRaiser | str = MatterRaiser.COUNCIL, municipality_code: str | None = None,
            raised_by_name: str = "", presenter: str = "", description: str = "",
            notes: str = "") -> AgendaMatterRecord:
        """A new matter at the end of the agenda (number = last + 1).

        Raises ValidationError (`input.*`, `agenda.municipality_required`), NotFoundError and
        MeetingLockedError (`managers.closed`, `managers.approved`)."""
        title = clean_short_text(title, "asia", max_length=FIELD_LIMITS["agenda_matters", "title"])
        presenter = clean_short_text(presenter, "esittelijä", required=False,
                                     max_length=FIELD_LIMITS["agenda_matters", "presenter"])
        description = clean_text(description, "kuvaus", required=False)
        notes = clean_text(notes, "keskustelu", required=False)
        with self.db.write() as session:
            ensure_managers_editable(session, managers_meeting_id)
            raiser, code, name = _raiser(raised_by, municipality_code, raised_by_name,
                                         lambda key: session.get(m.Municipality, key) is not None)
            row = m.AgendaMatter(managers_meeting_id=managers_meeting_id,
                                 number=_last_number(session, managers_meeting_id) + 1, title=title,
                                 raised_by=raiser, municipality_code=code, raised_by_name=name,
                                 presenter=presenter, description=description, notes=notes)
            session.add(row)
            session.flush()
            return matter_record(row)

    def update(self, matter_id: str, *, title: object = _UNSET, raised_by: object = _UNSET,
               municipality_code: object = _UNSET, raised_by_name: object = _UNSET,
               presenter: object = _UNSET, description: object = _UNSET, notes: object = _UNSET,
               status: object = _UNSET, expected_version: int | None = None) -> AgendaMatterRecord:
        """Change only the given fields. Raises ValidationError (`input.*`,
        `agenda.municipality_required`), NotFoundError (`not_found.matter`), MeetingLockedError
        and ConflictError (`row.changed_elsewhere`)."""
        with self.db.edit() as tx:
            row = live_in(tx, m.AgendaMatter, matter_id, "matter")
            editable_managers_in(tx, row.managers_meeting_id)
            check_version(row, expected_version)
            changes: dict[str, object] = {}
            if title is not _UNSET:
                changes["title"] = clean_short_text(title, "asia",
                                                    max_length=FIELD_LIMITS["agenda_matters", "title"])
            if any(value is not _UNSET for value in (raised_by, municipality_code, raised_by_name)):
                raiser, code, name = _raiser(
                    row.raised_by if raised_by is _UNSET else raised_by,
                    row.municipality_code if municipality_code is _UNSET else municipality_code,
                    row.raised_by_name if raised_by_name is _UNSET else raised_by_name,
                    lambda key: tx.scalar("SELECT 1 FROM municipalities WHERE code = ?", (key,)) is not None)
                changes.update(raised_by=raiser, municipality_code=code, raised_by_name=name)
            if presenter is not _UNSET:
                changes["presenter"] = clean_short_text(
                    presenter, "esittelijä", required=False,
                    max_length=FIELD_LIMITS["agenda_matters", "presenter"])
            if description is not _UNSET:
                changes["description"] = clean_text(description, "kuvaus", required=False)
            if notes is not _UNSET:
                changes["notes"] = clean_text(notes, "keskustelu", required=False)
            if status is not _UNSET:
                changes["status"] = parse_enum(MatterStatus, status, "tila")
            after = tx.change(m.AgendaMatter, row, changes)
            agreements = tx.rows(m.FollowUp, "matter_id = ? AND deleted_at IS NULL", (matter_id,),
                                 order_by="created_at, id")
            return matter_record(after, agreements)

    def delete(self, matter_id: str) -> None:
        """Tombstone the matter and number the rest 1, 2, 3 … again. Its agreements stay with it
        (a restore brings them back). A carried continuation takes the carry with it: its source
        is open again when the source's meeting is editable (in a closed one, `_as_shown` shows
        it open, the missing link being the truth). Raises NotFoundError and MeetingLockedError."""
        with self.db.write() as session:
            row = _editable_matter(session, matter_id)
            row.deleted_at = utcnow()
            session.flush()
            _renumber(session, row.managers_meeting_id)
            source = _editable_source(session, row)
            if source is not None and source.status == MatterStatus.CARRIED \
                    and not _carried_to(session, [source.id]):
                source.status = MatterStatus.OPEN

    def restore(self, matter_id: str, number: int | None = None) -> AgendaMatterRecord:
        """Undo of `delete`: back as matter `number` (1-based; the undo passes the number it had,
        the matters from there on move down one) or, without `number`, at the end of the agenda.
        A number past the end puts it last. Raises NotFoundError, MeetingLockedError."""
        with self.db.write() as session:
            row = get_any(session, m.AgendaMatter, matter_id, "matter")
            assert isinstance(row, m.AgendaMatter)
            ensure_managers_editable(session, row.managers_meeting_id)
            if row.deleted_at is not None:
                rows = _live_matters(session, row.managers_meeting_id)
                row.deleted_at = None
                index = len(rows) if number is None else max(0, min(len(rows), number - 1))
                rows.insert(index, row)
                for position, item in enumerate(rows, start=1):
                    if item.number != position:
                        item.number = position
                source = _editable_source(session, row)
                if source is not None:   # carried again, as carry_forward marks it
                    source.status = MatterStatus.CARRIED
            session.flush()
            return matter_record(row, agreements_by_matter(session, [row.id]).get(row.id, ()))

    def move(self, matter_id: str, delta: int) -> list[AgendaMatterRecord]:
        """Move the matter `delta` places (−1 up, +1 down) and renumber; returns the agenda.
        Moving past either end leaves it there. Raises NotFoundError and MeetingLockedError."""
        with self.db.write() as session:
            row = _editable_matter(session, matter_id)
            rows = _live_matters(session, row.managers_meeting_id)
            index = rows.index(row)
            target = max(0, min(len(rows) - 1, index + delta))
            rows.insert(target, rows.pop(index))
            for number, item in enumerate(rows, start=1):
                if item.number != number:
                    item.number = number
            session.flush()
            agreements = agreements_by_matter(session, [r.id for r in rows])
            return [matter_record(r, agreements.get(r.id, ())) for r in rows]

    def carry_forward(self, matter_id: str) -> AgendaMatterRecord:
        """Carry an unfinished matter to the next meeting's agenda (in time): a new matter there
        with the same title, raiser, presenter, description and negotiation link, its notes
        empty, and `carried_from_id` = this matter. This matter is marked carried when its own
        meeting is still editable (after the minutes are closed the link alone says so).

        Raises NotFoundError (`not_found.matter`), ValidationError (`managers.no_next_meeting`),
        ConflictError (`agenda.already_carried`) and MeetingLockedError (the next meeting is
        closed or approved)."""
        with self.db.write() as session:
            row = get_live(session, m.AgendaMatter, matter_id, "matter")
            assert isinstance(row, m.AgendaMatter)
            meeting = get_live(session, m.ManagersMeeting, row.managers_meeting_id, "managers_meeting")
            assert isinstance(meeting, m.ManagersMeeting)
            existing = session.execute(
                select(m.ManagersMeeting)
                .join(m.AgendaMatter, m.AgendaMatter.managers_meeting_id == m.ManagersMeeting.id)
                .where(m.AgendaMatter.carried_from_id == row.id, m.AgendaMatter.deleted_at.is_(None),
                       m.ManagersMeeting.deleted_at.is_(None))).scalars().first()
            if existing is not None:
                raise ConflictError(code="agenda.already_carried",
                                    params={"label": f"{existing.number}/{existing.year}"})
            target = next_meeting_after(session, meeting)
            if target is None:
                raise ValidationError(field="kokous", code="managers.no_next_meeting")
            ensure_managers_editable(session, target.id)
            new = m.AgendaMatter(
                managers_meeting_id=target.id, number=_last_number(session, target.id) + 1,
                title=row.title, raised_by=row.raised_by, municipality_code=row.municipality_code,
                raised_by_name=row.raised_by_name, presenter=row.presenter,
                description=row.description, carried_from_id=row.id, feedback_id=row.feedback_id)
            session.add(new)
            if meeting.status not in (MeetingStatus.CLOSED, MeetingStatus.APPROVED):
                row.status = MatterStatus.CARRIED
            session.flush()
            return matter_record(new)

    def bring_feedback(self, feedback_id: str, managers_meeting_id: str) -> AgendaMatterRecord:
        """Bring a negotiation item onto a managers' meeting agenda: a new matter raised by the
        item's municipality, titled from its text, described by the whole text, linked back.

        Raises NotFoundError (`not_found.feedback`, `not_found.managers_meeting`), ConflictError
        (`agenda.already_on_agenda`) and MeetingLockedError."""
        with self.db.write() as session:
            item = get_live(session, m.Feedback, feedback_id, "feedback")
            assert isinstance(item, m.Feedback)
            meeting = ensure_managers_editable(session, managers_meeting_id)
            duplicate = session.scalar(select(m.AgendaMatter.id).where(
                m.AgendaMatter.feedback_id == feedback_id,
                m.AgendaMatter.managers_meeting_id == managers_meeting_id,
                m.AgendaMatter.deleted_at.is_(None)))
            if duplicate is not None:
                raise ConflictError(code="agenda.already_on_agenda",
                                    params={"label": f"{meeting.number}/{meeting.year}"})
            negotiation = session.get(m.Meeting, item.meeting_id)
            assert negotiation is not None
            row = m.AgendaMatter(
                managers_meeting_id=managers_meeting_id,
                number=_last_number(session, managers_meeting_id) + 1,
                title=title_from_text(item.text) or "Neuvotteluista tuotu asia",
                raised_by=MatterRaiser.MUNICIPALITY, municipality_code=negotiation.municipality_code,
                description=item.text, feedback_id=item.id)
            session.add(row)
            session.flush()
            return matter_record(row)


def _last_number(session: Session, managers_meeting_id: str) -> int:
    return session.scalar(select(func.max(m.AgendaMatter.number)).where(
        m.AgendaMatter.managers_meeting_id == managers_meeting_id,
        m.AgendaMatter.deleted_at.is_(None))) or 0


def _editable_source(session: Session, row: m.AgendaMatter) -> m.AgendaMatter | None:
    """The live matter `row` continues, when its meeting is live and still editable."""
    if row.carried_from_id is None:
        return None
    source = session.get(m.AgendaMatter, row.carried_from_id)
    if source is None or source.deleted_at is not None:
        return None
    meeting = session.get(m.ManagersMeeting, source.managers_meeting_id)
    if meeting is None or meeting.deleted_at is not None \
            or meeting.status in (MeetingStatus.CLOSED, MeetingStatus.APPROVED):
        return None
    return source


def _as_shown(record: AgendaMatterRecord, carried_to: dict[str, str]) -> AgendaMatterRecord:
    """A matter marked carried whose continuation is gone (deleted after its own meeting was
    closed, or by a sync) reads as open: `carried_to`, the live link, is the truth."""
    if record.status == MatterStatus.CARRIED and record.id not in carried_to:
        return dataclasses.replace(record, status=MatterStatus.OPEN)
    return record


def _carried_to(session: Session, matter_ids: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for start in range(0, len(matter_ids), 500):
        rows = session.execute(
            select(m.AgendaMatter.carried_from_id, m.ManagersMeeting.number, m.ManagersMeeting.year)
            .join(m.ManagersMeeting, m.ManagersMeeting.id == m.AgendaMatter.managers_meeting_id)
            .where(m.AgendaMatter.carried_from_id.in_(matter_ids[start:start + 500]),
                   m.AgendaMatter.deleted_at.is_(None), m.ManagersMeeting.deleted_at.is_(None)))
        for source, number, year in rows:
            out[source] = f"{number}/{year}"
    return out


def _linked_feedback(session: Session, rows: list[m.AgendaMatter]) -> dict[str, LinkedFeedback]:
    out: dict[str, LinkedFeedback] = {}
    for row in rows:
        if row.feedback_id is None:
            continue
        found = session.execute(
            select(m.Feedback, m.Meeting, m.Round, m.Municipality)
            .join(m.Meeting, m.Meeting.id == m.Feedback.meeting_id)
            .join(m.Round, m.Round.id == m.Meeting.round_id)
            .join(m.Municipality, m.Municipality.code == m.Meeting.municipality_code)
            .where(m.Feedback.id == row.feedback_id)).first()
        if found is None:
            continue
        item, meeting, round_row, municipality = found
        out[row.id] = LinkedFeedback(
            feedback_id=item.id, meeting_id=meeting.id, municipality_code=municipality.code,
            municipality_name=municipality.name_fi, round_year=round_row.year, kind=item.kind,
            text=item.text, deleted=item.deleted_at is not None or meeting.deleted_at is not None)
    return out


def require_matter(session: Session, matter_id: str) -> m.AgendaMatter:
    """The live matter (for other services). Raises NotFoundError (`not_found.matter`)."""
    row = session.get(m.AgendaMatter, matter_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(code="not_found.matter")
    return row

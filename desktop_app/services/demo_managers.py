"""The demo's year of managers' meetings (kuntajohtajakokous): eleven meetings on the first Tuesday
of each month except July, their attendance, and agenda matters with notes and agreements, some
carried across months and some brought from the demo's negotiation items. The content is
`managers_meetings` in resources/demo/demo_content.json; this module only places it."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.enums import (
    Attendance,
    AttendeeRole,
    FeedbackKind,
    FollowUpStatus,
    MatterRaiser,
    MatterStatus,
    MeetingStatus,
)
from desktop_app.services.agenda import title_from_text
from desktop_app.services.attendance import COUNCIL_NAME
from desktop_app.services.managers import (
    DEFAULT_PLACE,
    DEFAULT_REMOTE,
    DEFAULT_SKIPPED_MONTHS,
    DEFAULT_START,
    managers_meeting_id_for,
    nth_weekday,
)
from desktop_app.storage import models as m

_HELD = frozenset({MeetingStatus.IN_PROGRESS, MeetingStatus.CLOSED, MeetingStatus.APPROVED})


@dataclass
class ManagersCounts:
    meetings: int = 0
    matters: int = 0
    agreements: int = 0
    attendees: int = 0
    linked: list[str] = field(default_factory=list)  # ids of the negotiation items brought


def add_managers_year(session: Session, year: int, round_id: str, content: dict[str, Any],
                      rng: random.Random) -> ManagersCounts:
    """Add the year's managers' meetings in `session` (the demo's one transaction); negotiation
    items are looked up in round `round_id`, whose feedback must already be flushed."""
    counts = ManagersCounts()
    months = [month for month in range(1, 13) if month not in DEFAULT_SKIPPED_MONTHS]
    statuses = [MeetingStatus(value) for value in content["statuses"]]
    meetings: dict[int, m.ManagersMeeting] = {}
    for number, (month, status) in enumerate(zip(months, statuses, strict=True), start=1):
        meetings[number] = m.ManagersMeeting(
            id=managers_meeting_id_for(year, number), year=year, number=number,
            meeting_date=nth_weekday(year, month, 1, 1), start_time=DEFAULT_START,
            place=DEFAULT_PLACE, remote_link=DEFAULT_REMOTE, chair=content["chair"],
            secretary=content["secretary"], status=status)
        session.add(meetings[number])
    session.flush()
    counts.meetings = len(meetings)

    chains = [(entry, _matter_fields(entry)) for entry in content["matters"]]
    for entry in content["from_negotiations"]:
        item = _negotiation_item(session, round_id, entry["from"])
        if item is not None:
            chains.append((entry, item))
            counts.linked.append(str(item["feedback_id"]))
    numbers = {number: 0 for number in meetings}
    experts: dict[int, list[tuple[dict[str, Any], str]]] = {number: [] for number in meetings}
    affairs = content["current_affairs"]
    for number, meeting in meetings.items():   # "Ajankohtaiset asiat" opens every held meeting
        if meeting.status in _HELD:
            numbers[number] += 1
            notes = affairs["notes"][(number - 1) % len(affairs["notes"])]
            session.add(m.AgendaMatter(
                managers_meeting_id=meeting.id, number=numbers[number], title=affairs["title"],
                raised_by=MatterRaiser.COUNCIL, presenter=affairs["presenter"], notes=notes,
                status=MatterStatus.DONE if meeting.status != MeetingStatus.IN_PROGRESS
                else MatterStatus.OPEN))
            counts.matters += 1
    for entry, fields in chains:
        previous: m.AgendaMatter | None = None
        handlings = entry["meetings"]
        for position, handling in enumerate(handlings):
            meeting = meetings[handling["number"]]
            numbers[meeting.number] += 1
            last = position == len(handlings) - 1
            status = (MatterStatus.CARRIED if not last
                      else MatterStatus.DONE if entry["done"] and meeting.status in _HELD
                      and meeting.status != MeetingStatus.IN_PROGRESS else MatterStatus.OPEN)
            row = m.AgendaMatter(managers_meeting_id=meeting.id, number=numbers[meeting.number],
                                 notes=handling["notes"], status=status,
                                 carried_from_id=previous.id if previous else None, **fields)
            session.add(row)
            session.flush()
            counts.matters += 1
            base = meeting.meeting_date or dt.date(year, 1, 1)
            for agreement in handling["agreements"]:
                session.add(m.FollowUp(
                    matter_id=row.id, owner=agreement["owner"], description=agreement["description"],
                    due_date=base + dt.timedelta(days=agreement["due_days"]),
                    status=FollowUpStatus(agreement["status"])))
                counts.agreements += 1
            experts[meeting.number] += [(expert, row.id) for expert in handling.get("experts", [])]
            previous = row
    for number, meeting in meetings.items():
        if meeting.status in _HELD:
            counts.attendees += _attendance(session, meeting, content, experts[number], rng)
    return counts


def _matter_fields(entry: dict[str, Any]) -> dict[str, Any]:
    return {"title": entry["title"], "raised_by": MatterRaiser(entry["raised_by"]),
            "municipality_code": entry.get("municipality"),
            "raised_by_name": entry.get("raised_by_name", ""), "presenter": entry["presenter"],
            "description": entry["description"]}


def _negotiation_item(session: Session, round_id: str, wanted: dict[str, str]) -> dict[str, Any] | None:
    """The matter fields for the round's first live item of the wanted kind (and sector) whose text
    has the wanted words; else the first of that kind (the demo's items are drawn at random)."""
    query = (select(m.Feedback, m.Meeting.municipality_code)
             .join(m.Meeting, m.Meeting.id == m.Feedback.meeting_id)
             .join(m.Municipality, m.Municipality.code == m.Meeting.municipality_code)
             .where(m.Meeting.round_id == round_id, m.Feedback.deleted_at.is_(None),
                    m.Feedback.kind == FeedbackKind(wanted["kind"]))
             .order_by(m.Municipality.sort_order, m.Feedback.sort_order))
    if "sector" in wanted:
        query = query.join(m.Sector, m.Sector.id == m.Feedback.sector_id).where(
            m.Sector.code == wanted["sector"])
    rows = session.execute(query).all()
    words = wanted["words"].casefold()
    chosen = next((row for row in rows if words in row[0].text.casefold()), rows[0] if rows else None)
    if chosen is None:
        return None
    item, municipality = chosen
    return {"title": title_from_text(item.text), "raised_by": MatterRaiser.MUNICIPALITY,
            "municipality_code": municipality, "raised_by_name": "", "presenter": "",
            "description": item.text, "feedback_id": item.id}


def _attendance(session: Session, meeting: m.ManagersMeeting, content: dict[str, Any],
                experts: list[tuple[dict[str, Any], str]], rng: random.Random) -> int:
    """The eight managers (a deputy when one is absent and has one), the council's leadership and
    the experts heard; everyone marked, as after a meeting."""
    rows: list[m.ManagersAttendee] = []
    names: dict[str, str] = {code: name for code, name in session.execute(
        select(m.Municipality.code, m.Municipality.name_fi))}

    def add(**values: Any) -> None:
        rows.append(m.ManagersAttendee(managers_meeting_id=meeting.id, sort_order=len(rows) + 1,
                                       **values))

    for code, manager in content["managers"].items():
        draw = rng.random()
        attendance = (Attendance.ABSENT if draw < 0.12 else Attendance.REMOTE if draw < 0.35
                      else Attendance.PRESENT)
        add(name=manager["name"], title=manager["title"], organisation=names.get(code, ""),
            role=AttendeeRole.MANAGER,
            municipality_code=code, attendance=attendance)
        if attendance == Attendance.ABSENT and "deputy" in manager:
            deputy = manager["deputy"]
            add(name=deputy["name"], title=deputy["title"], organisation=names.get(code, ""),
                role=AttendeeRole.DEPUTY,
                municipality_code=code, attendance=Attendance.PRESENT)
    for person in content["council"]:
        add(name=person["name"], title=person["title"], organisation=COUNCIL_NAME,
            role=AttendeeRole.COUNCIL, attendance=Attendance.PRESENT)
    for expert, matter_id in experts:
        add(name=expert["name"], title=expert["title"], organisation=expert["organisation"],
            role=AttendeeRole.EXPERT, attendance=Attendance(expert["attendance"]), matter_id=matter_id)
    session.add_all(rows)
    return len(rows)

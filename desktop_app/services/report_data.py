"""Gather the inputs of the printed summaries through the services (reports sit below services)."""

from __future__ import annotations

import datetime as dt

from desktop_app.domain.enums import OPEN_FOLLOW_UP_STATUSES, MeetingKind
from desktop_app.domain.progress import NO_PROGRESS, Progress
from desktop_app.domain.records import SectorRecord
from desktop_app.reports.inputs import FollowUpListData, ManagersMeetingData, RoundSummaryData
from desktop_app.services.agenda import AgendaService
from desktop_app.services.followups import FollowUpService
from desktop_app.services.managers import ManagersMeetingService
from desktop_app.services.meetings import MeetingService
from desktop_app.services.rounds import RoundService
from desktop_app.storage.database import Database


def load_round_summary(db: Database, round_id: str, progress: Progress = NO_PROGRESS) -> RoundSummaryData:
    """Every meeting of the round in municipality order, and the sectors to print (active ones,
    plus retired ones that still hold this round's items)."""
    rounds, meetings = RoundService(db), MeetingService(db)
    round_ = rounds.get(round_id)
    overview = rounds.overview(round_id)
    details = []
    for index, summary in enumerate(overview):
        progress.step(index, len(overview), "Luetaan neuvotteluja…")
        details.append(meetings.detail(summary.meeting.id))
    sectors: dict[str, SectorRecord] = {}
    for detail in details:
        used = {item.sector_id for item in detail.feedback}
        for sector in detail.sectors:
            if not sector.retired or sector.id in used:
                sectors.setdefault(sector.id, sector)
    ordered = tuple(sorted(sectors.values(), key=lambda s: (s.sort_order, s.code)))
    return RoundSummaryData(round=round_, sectors=ordered, meetings=tuple(details))


KIND_LABELS = {None: "Kuntaneuvottelut ja kuntajohtajakokoukset",
               MeetingKind.NEGOTIATION: "Kuntaneuvottelut",
               MeetingKind.MANAGERS: "Kuntajohtajakokoukset"}


def load_follow_up_list(db: Database, *, round_id: str | None = None, owner: str | None = None,
                        today: dt.date | None = None, kind: MeetingKind | None = None,
                        year: int | None = None) -> FollowUpListData:
    """Open follow-ups (open or in progress) of both kinds of meeting, or of `kind` only:
    the negotiations' promises and the managers' meetings' agreements.

    `round_id` limits the negotiations to that round and the managers' meetings to the round's
    year; without it, `year` limits both to that year (a round's year, a meeting's year);
    `owner` to one owner. Raises NotFoundError (`not_found.round`)."""
    service = FollowUpService(db)
    rows = []
    scope = KIND_LABELS[kind]
    if round_id is None:
        rows = service.list_all(owner=owner, statuses=OPEN_FOLLOW_UP_STATUSES, kind=kind)
        if year is not None:
            rows = [row for row in rows if row.round_year == year]
            scope = f"{scope} {year}"
    else:
        round_ = RoundService(db).get(round_id)
        scope = {None: f"{round_.label} ja kuntajohtajakokoukset {round_.year}",
                 MeetingKind.NEGOTIATION: round_.label,
                 MeetingKind.MANAGERS: f"Kuntajohtajakokoukset {round_.year}"}[kind]
        if kind in (None, MeetingKind.NEGOTIATION):
            rows += service.list_all(owner=owner, statuses=OPEN_FOLLOW_UP_STATUSES, round_id=round_id,
                                     kind=MeetingKind.NEGOTIATION)
        if kind in (None, MeetingKind.MANAGERS):
            rows += [row for row in service.list_all(owner=owner, statuses=OPEN_FOLLOW_UP_STATUSES,
                                                     kind=MeetingKind.MANAGERS)
                     if row.round_year == round_.year]
    if owner:
        scope = f"{scope} · {owner}"
    return FollowUpListData(rows=tuple(rows), today=today or dt.date.today(), scope_label=scope, kind=kind)


def load_managers_meeting(db: Database, managers_meeting_id: str,
                          today: dt.date | None = None) -> ManagersMeetingData:
    """A managers' meeting for its agenda or minutes: the meeting with its attendees, matters and
    agreements, where each matter continues from, and the open agreements of the earlier meetings.

    Raises NotFoundError (`not_found.managers_meeting`)."""
    agenda, managers = AgendaService(db), ManagersMeetingService(db)
    detail = agenda.detail(managers_meeting_id)
    carried_from = {}
    for matter in detail.matters:
        if matter.carried_from_id is not None:
            carried_from[matter.id] = tuple(entry.meeting.label for entry in agenda.history(matter.id))
    order = [summary.meeting.id for summary in managers.list_meetings()]
    earlier = set(order[:order.index(managers_meeting_id)]) if managers_meeting_id in order else set()
    open_rows = FollowUpService(db).list_all(statuses=OPEN_FOLLOW_UP_STATUSES, kind=MeetingKind.MANAGERS)
    municipalities = {record.code: record.name for record in RoundService(db).municipalities()}
    return ManagersMeetingData(
        detail=detail, municipalities=municipalities, carried_from=carried_from,
        earlier_open=tuple(row for row in open_rows if row.meeting_id in earlier),
        today=today or dt.date.today())

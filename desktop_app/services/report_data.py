"""Gather the inputs of the printed summaries through the services (reports sit below services)."""

from __future__ import annotations

import datetime as dt

from desktop_app.domain.enums import OPEN_FOLLOW_UP_STATUSES
from desktop_app.domain.progress import NO_PROGRESS, Progress
from desktop_app.domain.records import SectorRecord
from desktop_app.reports.inputs import FollowUpListData, RoundSummaryData
from desktop_app.services.followups import FollowUpService
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


def load_follow_up_list(db: Database, *, round_id: str | None = None, owner: str | None = None,
                        today: dt.date | None = None) -> FollowUpListData:
    """Open follow-ups (open or in progress), optionally of one round or one owner."""
    scope = ""
    if round_id is not None:
        scope = RoundService(db).get(round_id).label
    rows = FollowUpService(db).list_all(owner=owner, statuses=OPEN_FOLLOW_UP_STATUSES, round_id=round_id)
    if owner:
        scope = f"{scope} · {owner}" if scope else owner
    return FollowUpListData(rows=tuple(rows), today=today or dt.date.today(),
                            scope_label=scope or "Kaikki kierrokset")

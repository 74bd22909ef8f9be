"""Inputs for the documents that span more than one meeting. Callers (CLI, UI) fill them through
the services, see `desktop_app.services.report_data`; the reports only read them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.domain.enums import MeetingKind
from desktop_app.domain.records import (
    FollowUpRow,
    ManagersMeetingDetail,
    MeetingDetail,
    RoundRecord,
    SectorRecord,
)


@dataclass(frozen=True)
class RoundSummaryData:
    round: RoundRecord
    sectors: tuple[SectorRecord, ...]     # in print order; retired ones only when they hold items
    meetings: tuple[MeetingDetail, ...]   # one per municipality, in municipality order

    @property
    def held_meetings(self) -> list[MeetingDetail]:
        return [detail for detail in self.meetings if detail.feedback]

    @property
    def item_count(self) -> int:
        return sum(len(detail.feedback) for detail in self.meetings)


@dataclass(frozen=True)
class FollowUpListData:
    rows: tuple[FollowUpRow, ...]   # the follow-ups to list (the caller chooses open ones)
    today: dt.date                  # what "overdue" is measured against
    scope_label: str = ""           # e.g. "Kuntaneuvottelut 2026", shown under the title
    kind: MeetingKind | None = None  # only agreements of this kind of meeting; None: both kinds


@dataclass(frozen=True)
class ManagersMeetingData:
    """One managers' meeting for its agenda or minutes (kuntajohtajakokouksen asialista / muistio).

    `municipalities`: code → Finnish name (who raised a matter, whose manager attends).
    `carried_from`: matter id → the labels ("5/2026", "6/2026") of the earlier meetings that
    handled it, oldest first. `earlier_open`: the open agreements (open or in progress) of the
    live managers' meetings held before this one, with their status as it is now.
    `today`: what "overdue" is measured against (the day of printing)."""

    detail: ManagersMeetingDetail
    municipalities: dict[str, str]
    carried_from: dict[str, tuple[str, ...]]
    earlier_open: tuple[FollowUpRow, ...]
    today: dt.date

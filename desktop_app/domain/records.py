"""Plain, immutable results handed to the UI, CLI, reports and exchange."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop_app.domain.enums import (
    OPEN_FOLLOW_UP_STATUSES,
    DevelopmentScope,
    FeedbackKind,
    FollowUpStatus,
    MeetingStatus,
    Priority,
    Side,
)
from desktop_app.domain.formatting import period_label


@dataclass(frozen=True)
class MunicipalityRecord:
    code: str
    name: str


@dataclass(frozen=True)
class SectorRecord:
    id: str
    code: str
    name_fi: str
    name_en: str
    sort_order: int
    retired: bool

    def name(self, language: str = "fi") -> str:
        return self.name_en if language == "en" and self.name_en else self.name_fi


@dataclass(frozen=True)
class RoundRecord:
    id: str
    year: int
    period_start: int
    period_end: int
    title: str

    @property
    def label(self) -> str:
        period = period_label(self.period_start, self.period_end)
        return self.title or f"Kuntaneuvottelut {self.year} ({period})"


@dataclass(frozen=True)
class MeetingRecord:
    id: str
    round_id: str
    round_year: int
    municipality_code: str
    municipality_name: str
    meeting_date: dt.date | None
    start_time: dt.time | None
    place: str
    status: MeetingStatus
    notes: str
    version: int
    updated_at: dt.datetime


@dataclass(frozen=True)
class MeetingSummary:
    """A row in the round's meeting list: status and how many sectors have been discussed."""

    meeting: MeetingRecord
    item_count: int
    sectors_covered: int
    sectors_total: int


@dataclass(frozen=True)
class ParticipantRecord:
    id: str
    meeting_id: str
    name: str
    organisation: str
    title: str
    side: Side
    sort_order: int
    version: int = 0   # local row version: pass back as `expected_version` to detect a change underneath


@dataclass(frozen=True)
class FollowUpRecord:
    id: str
    feedback_id: str
    description: str
    owner: str
    due_date: dt.date | None
    status: FollowUpStatus
    version: int

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_FOLLOW_UP_STATUSES

    def is_overdue(self, today: dt.date) -> bool:
        return self.is_open and self.due_date is not None and self.due_date < today


@dataclass(frozen=True)
class FeedbackRecord:
    id: str
    meeting_id: str
    sector_id: str | None
    kind: FeedbackKind
    scope: DevelopmentScope | None
    text: str
    priority: Priority
    sort_order: int
    version: int
    created_by: str
    updated_by: str
    created_at: dt.datetime
    updated_at: dt.datetime
    follow_ups: tuple[FollowUpRecord, ...] = field(default=())


@dataclass(frozen=True)
class HistoryItem:
    """An item from an earlier round, for the continuity panel."""

    feedback: FeedbackRecord
    round_year: int
    meeting_date: dt.date | None


@dataclass(frozen=True)
class MeetingDetail:
    """Everything recorded in one meeting, in display order (for the workspace and handouts)."""

    meeting: MeetingRecord
    round: RoundRecord
    participants: tuple[ParticipantRecord, ...]
    feedback: tuple[FeedbackRecord, ...]
    sectors: tuple[SectorRecord, ...]

    def items_of(self, kind: FeedbackKind, sector_id: str | None = None) -> list[FeedbackRecord]:
        return [
            item for item in self.feedback
            if item.kind == kind and (sector_id is None or item.sector_id == sector_id)
        ]


@dataclass(frozen=True)
class FollowUpRow:
    """A follow-up with enough context to be listed across meetings."""

    follow_up: FollowUpRecord
    feedback_text: str
    meeting_id: str
    municipality_name: str
    round_year: int
    sector_name: str


@dataclass(frozen=True)
class SearchHit:
    feedback_id: str
    meeting_id: str
    round_id: str
    round_year: int
    municipality_code: str
    municipality_name: str
    sector_id: str | None
    sector_name: str
    kind: FeedbackKind
    snippet: str
    text: str
    rank: float
    followup_match: bool = False  # the words were found in a follow-up's description, not the text
    tier: int = 0  # 0 the typed form, 1 the same base form, 2 a compound part or a word beginning


@dataclass(frozen=True)
class SearchSuggestion:
    """What to try after zero hits: another query (`query`), or the same one without the filters
    (`without_filters`); `hits` is how many items that finds (at most the search's candidate cap)."""

    query: str
    hits: int
    without_filters: bool = False


@dataclass(frozen=True)
class CloseCheck:
    """What is still empty when a meeting is about to be closed (the close dialog lists it)."""

    uncovered_sectors: tuple[SectorRecord, ...]
    empty_development_views: tuple[DevelopmentScope, ...]

    @property
    def complete(self) -> bool:
        return not self.uncovered_sectors and not self.empty_development_views

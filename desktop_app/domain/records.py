"""Plain, immutable results handed to the UI, CLI, reports and exchange."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop_app.domain.enums import (
    OPEN_FOLLOW_UP_STATUSES,
    Attendance,
    AttendeeRole,
    DevelopmentScope,
    FeedbackKind,
    FollowUpStatus,
    MatterRaiser,
    MatterStatus,
    MeetingKind,
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
    """A negotiation's promise (`feedback_id` set) or a managers' meeting's agreement
    (`matter_id` set): exactly one of the two."""

    id: str
    feedback_id: str | None
    description: str
    owner: str
    due_date: dt.date | None
    status: FollowUpStatus
    version: int
    matter_id: str | None = None

    @property
    def kind(self) -> MeetingKind:
        return MeetingKind.MANAGERS if self.matter_id is not None else MeetingKind.NEGOTIATION

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
class ItemCount:
    """How many live items of one meeting share a kind, a sector (None: none) and a scope (None:
    none stored; a development view without one counts as the municipality's)."""

    kind: FeedbackKind
    sector_id: str | None
    scope: DevelopmentScope | None
    count: int


@dataclass(frozen=True)
class MeetingOutline:
    """A meeting without its items: what a meeting switch shows before a section is chosen
    (the header, the participants, the sectors and each group's item count). The items of
    one section are read when it is shown (`FeedbackService.list_in_section`)."""

    meeting: MeetingRecord
    round: RoundRecord
    participants: tuple[ParticipantRecord, ...]
    sectors: tuple[SectorRecord, ...]   # active ones, and retired ones this meeting has items in
    counts: tuple[ItemCount, ...]


@dataclass(frozen=True)
class FollowUpRow:
    """A follow-up with enough context to be listed across meetings of both kinds.

    For a managers' meeting's agreement: `feedback_text` is the matter's title, `meeting_id` the
    managers' meeting, `municipality_name` the municipality that raised the matter (or ""),
    `round_year` the meeting's year and `sector_name` "". `source` names where it was agreed
    or promised: "Kuntajohtajakokous 7/2026, asia 3" or "Kuntaneuvottelu Kuhmo 2026" (in Finnish,
    for the CLI and reports; the UI words it from `meeting_number` and `matter_number`, which
    are 0 for a negotiation's follow-up).
    """

    follow_up: FollowUpRecord
    feedback_text: str
    meeting_id: str
    municipality_name: str
    round_year: int
    sector_name: str
    kind: MeetingKind = MeetingKind.NEGOTIATION
    source: str = ""
    meeting_number: int = 0
    matter_number: int = 0


@dataclass(frozen=True)
class SearchHit:
    """A negotiation item (`meeting_kind` NEGOTIATION: `feedback_id` in meeting `meeting_id` of
    round `round_id`) or an agenda matter of a managers' meeting (MANAGERS: `matter_id`, number
    `matter_number` on the agenda of meeting `meeting_id` = the managers' meeting id, numbered
    `managers_number`/`round_year`; `feedback_id` and `round_id` are "", `kind` is None, the
    municipality is who raised it, the sector that of the item it was brought from)."""

    feedback_id: str
    meeting_id: str
    round_id: str
    round_year: int
    municipality_code: str
    municipality_name: str
    sector_id: str | None
    sector_name: str
    kind: FeedbackKind | None
    snippet: str
    text: str
    rank: float
    followup_match: bool = False  # the words were found in a follow-up's description, not the text
    tier: int = 0  # 0 the typed form, 1 the same base form, 2 a compound part or a word beginning
    meeting_kind: MeetingKind = MeetingKind.NEGOTIATION
    matter_id: str | None = None
    managers_number: int | None = None
    matter_number: int | None = None

    @property
    def item_id(self) -> str:
        """The hit's own row: the matter for a matter hit, else the feedback item."""
        return self.matter_id or self.feedback_id


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


@dataclass(frozen=True)
class ManagersMeetingRecord:
    """One managers' meeting (kuntajohtajakokous), numbered in its year."""

    id: str
    year: int
    number: int
    meeting_date: dt.date | None
    start_time: dt.time | None
    place: str
    remote_link: str
    chair: str
    secretary: str
    status: MeetingStatus
    notes: str
    version: int
    updated_at: dt.datetime

    @property
    def label(self) -> str:
        """How the meeting is named on paper: "7/2026"."""
        return f"{self.number}/{self.year}"


@dataclass(frozen=True)
class ManagersMeetingSummary:
    """A row in the list of managers' meetings."""

    meeting: ManagersMeetingRecord
    matter_count: int
    open_agreements: int


@dataclass(frozen=True)
class AttendeeRecord:
    id: str
    managers_meeting_id: str
    name: str
    organisation: str
    title: str
    role: AttendeeRole
    municipality_code: str | None
    attendance: Attendance
    matter_id: str | None
    sort_order: int
    version: int


@dataclass(frozen=True)
class FeedbackLink:
    """A negotiation item brought onto a managers' meeting agenda, seen from the item's side."""

    feedback_id: str
    matter_id: str
    managers_meeting_id: str
    meeting_year: int
    meeting_number: int
    meeting_date: dt.date | None
    matter_number: int
    matter_title: str

    @property
    def label(self) -> str:
        return f"{self.meeting_number}/{self.meeting_year}, asia {self.matter_number}"


@dataclass(frozen=True)
class LinkedFeedback:
    """The negotiation item a matter was brought from, seen from the matter's side."""

    feedback_id: str
    meeting_id: str
    municipality_code: str
    municipality_name: str
    round_year: int
    kind: FeedbackKind
    text: str
    deleted: bool = False


@dataclass(frozen=True)
class AgendaMatterRecord:
    id: str
    managers_meeting_id: str
    number: int
    title: str
    raised_by: MatterRaiser
    municipality_code: str | None
    raised_by_name: str
    presenter: str
    description: str
    notes: str
    status: MatterStatus
    carried_from_id: str | None
    feedback_id: str | None
    version: int
    follow_ups: tuple[FollowUpRecord, ...] = field(default=())


@dataclass(frozen=True)
class ManagersMeetingDetail:
    """Everything recorded in one managers' meeting, in agenda order.

    `carried_to`: matter id → the label ("8/2026") of the meeting it was carried on to.
    `linked_feedback`: matter id → the negotiation item it was brought from."""

    meeting: ManagersMeetingRecord
    attendees: tuple[AttendeeRecord, ...]
    matters: tuple[AgendaMatterRecord, ...]
    carried_to: dict[str, str] = field(default_factory=dict)
    linked_feedback: dict[str, LinkedFeedback] = field(default_factory=dict)


@dataclass(frozen=True)
class MatterHistoryEntry:
    """One earlier handling of a matter (oldest first): the meeting, its notes and agreements."""

    meeting: ManagersMeetingRecord
    matter: AgendaMatterRecord

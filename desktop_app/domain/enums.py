"""Closed sets of values. Stored as their string value so the central store and bundles stay readable."""

from __future__ import annotations

from enum import StrEnum


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"
    APPROVED = "approved"


# Which status changes a meeting may make; reopening a closed meeting is allowed, an approved one is final.
MEETING_TRANSITIONS: dict[MeetingStatus, frozenset[MeetingStatus]] = {
    MeetingStatus.PLANNED: frozenset({MeetingStatus.IN_PROGRESS, MeetingStatus.CLOSED}),
    MeetingStatus.IN_PROGRESS: frozenset({MeetingStatus.CLOSED, MeetingStatus.PLANNED}),
    MeetingStatus.CLOSED: frozenset({MeetingStatus.APPROVED, MeetingStatus.IN_PROGRESS}),
    MeetingStatus.APPROVED: frozenset(),
}

# A closed meeting's handout has been printed without the LUONNOS mark; an approved one is final.
# Either way the record must not drift from the paper: writes are refused until an explicit,
# audited reopen (`MeetingService.reopen`, closed meetings only). Follow-up *status* stays
# changeable (`FollowUpService.update(status=...)`): the work on a promise happens after the meeting.
READ_ONLY_STATUSES = frozenset({MeetingStatus.CLOSED, MeetingStatus.APPROVED})


class FeedbackKind(StrEnum):
    SECTOR_COMMENT = "sector_comment"
    ADVOCACY_TARGET = "advocacy_target"
    DEVELOPMENT_VIEW = "development_view"
    QUESTION = "question"


class DevelopmentScope(StrEnum):
    """A development view is about the municipality itself or about Kainuu as a whole."""

    MUNICIPALITY = "municipality"
    REGION = "region"


class Priority(StrEnum):
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"


class Side(StrEnum):
    COUNCIL = "council"
    MUNICIPALITY = "municipality"


class FollowUpStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


OPEN_FOLLOW_UP_STATUSES = frozenset({FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS})


class MeetingKind(StrEnum):
    """The two forums: a municipality's yearly negotiation and the monthly managers' meeting."""

    NEGOTIATION = "negotiation"
    MANAGERS = "managers"


class MatterRaiser(StrEnum):
    """Who brought a matter to the managers' meeting agenda."""

    MUNICIPALITY = "municipality"
    COUNCIL = "council"
    THIRD_PARTY = "third_party"


class MatterStatus(StrEnum):
    """A matter is open while on the agenda, done once handled, carried when it moved on to the
    next meeting's agenda (its continuation there has `carried_from_id` pointing back)."""

    OPEN = "open"
    DONE = "done"
    CARRIED = "carried"


class AttendeeRole(StrEnum):
    MANAGER = "manager"      # a member municipality's manager (kunnanjohtaja / kaupunginjohtaja)
    DEPUTY = "deputy"        # standing in for a manager
    COUNCIL = "council"      # the council's leadership and staff
    EXPERT = "expert"        # invited to be heard on one agenda matter


class Attendance(StrEnum):
    UNMARKED = "unmarked"
    PRESENT = "present"
    ABSENT = "absent"
    REMOTE = "remote"

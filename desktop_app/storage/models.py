"""ORM models. Every synced row carries the bookkeeping of `SyncedMixin` (DESIGN.md §3)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desktop_app.domain.enums import (
    Attendance,
    AttendeeRole,
    DevelopmentScope,
    FeedbackKind,
    FollowUpStatus,
    MatterRaiser,
    MatterStatus,
    MeetingStatus,
    Priority,
    Side,
)
from desktop_app.storage.types import UTCDateTime, new_id, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _enum(enum_type: type[Any]) -> Enum:
    """Store the enum's value as plain text; no CHECK so that adding a value needs no table rebuild."""
    return Enum(
        enum_type,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [member.value for member in members],
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SyncedMixin:
    """Bookkeeping filled in by the flush hook in `storage.audit`, never by callers."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    version: Mapped[int] = mapped_column(Integer, default=1, nullable=False)
    dirty: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    created_by: Mapped[str] = mapped_column(String(100), default="", nullable=False)
    updated_by: Mapped[str] = mapped_column(String(100), default="", nullable=False)
    device_id: Mapped[str] = mapped_column(String(36), default="", nullable=False)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


# Columns that are bookkeeping, not content: not audited, not counted as user edits.
BOOKKEEPING_COLUMNS = frozenset(
    {"id", "version", "dirty", "created_at", "updated_at", "created_by", "updated_by", "device_id"}
)


class LocalSetting(Base):
    """Per-file settings that never sync (device id, schema notes)."""

    __tablename__ = "local_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class Municipality(Base):
    """Reference data: the eight member municipalities, keyed by Statistics Finland's code."""

    __tablename__ = "municipalities"

    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    name_fi: Mapped[str] = mapped_column(String(100), nullable=False)
    name_sv: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class Sector(SyncedMixin, Base):
    __tablename__ = "sectors"

    code: Mapped[str] = mapped_column(String(16), nullable=False, unique=True)
    name_fi: Mapped[str] = mapped_column(String(200), nullable=False)
    name_en: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    retired_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)


class Round(SyncedMixin, Base):
    """One year's set of negotiations, tied to a planning period (TTS start–end)."""

    __tablename__ = "rounds"

    year: Mapped[int] = mapped_column(Integer, nullable=False)
    period_start: Mapped[int] = mapped_column(Integer, nullable=False)
    period_end: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False, default="")


class Meeting(SyncedMixin, Base):
    __tablename__ = "meetings"
    __table_args__ = (UniqueConstraint("round_id", "municipality_code"),)

    round_id: Mapped[str] = mapped_column(ForeignKey("rounds.id"), nullable=False, index=True)
    municipality_code: Mapped[str] = mapped_column(
        ForeignKey("municipalities.code"), nullable=False, index=True
    )
    meeting_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    start_time: Mapped[dt.time | None] = mapped_column(Time, nullable=True)
    place: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    status: Mapped[MeetingStatus] = mapped_column(
        _enum(MeetingStatus), nullable=False, default=MeetingStatus.PLANNED
    )
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Participant(SyncedMixin, Base):
    __tablename__ = "participants"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    organisation: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    title: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    side: Mapped[Side] = mapped_column(_enum(Side), nullable=False)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class Feedback(SyncedMixin, Base):
    __tablename__ = "feedback"
    __table_args__ = (
        Index("ix_feedback_meeting_sector", "meeting_id", "sector_id", "sort_order"),
        # a meeting's live-item counts by kind and sector from the index alone (migration 0010)
        Index("ix_feedback_meeting_live", "meeting_id", "deleted_at", "kind", "sector_id"),
    )

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), nullable=False)
    sector_id: Mapped[str | None] = mapped_column(
        ForeignKey("sectors.id"), nullable=True, index=True
    )
    kind: Mapped[FeedbackKind] = mapped_column(_enum(FeedbackKind), nullable=False)
    scope: Mapped[DevelopmentScope | None] = mapped_column(_enum(DevelopmentScope), nullable=True)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    priority: Mapped[Priority] = mapped_column(
        _enum(Priority), nullable=False, default=Priority.NORMAL
    )
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class ManagersMeeting(SyncedMixin, Base):
    """One monthly municipal managers' meeting (kuntajohtajakokous), numbered in its year (7/2026).

    Its id is derived from (year, number) (services/managers.py), so two laptops planning the same
    year offline create the same rows and sync merges them field by field."""

    __tablename__ = "managers_meetings"
    __table_args__ = (UniqueConstraint("year", "number"),)

    year: Mapped[int] = mapped_column(Integer, nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    meeting_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    start_time: Mapped[dt.time | None] = mapped_column(Time, nullable=True)
    place: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    remote_link: Mapped[str] = mapped_column(String(300), nullable=False, default="")  # e.g. Teams
    chair: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    secretary: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    status: Mapped[MeetingStatus] = mapped_column(
        _enum(MeetingStatus), nullable=False, default=MeetingStatus.PLANNED
    )
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class AgendaMatter(SyncedMixin, Base):
    """One numbered matter on a managers' meeting agenda (asia, asialistan kohta).

    `carried_from_id` is the matter in an earlier meeting this one continues. It is a plain link,
    not a foreign key: the chain is history, and a row of it that has not arrived yet (sync, an
    import of one meeting) must not stop the later ones from being stored."""

    __tablename__ = "agenda_matters"
    __table_args__ = (Index("ix_agenda_matters_meeting_number", "managers_meeting_id", "number"),)

    managers_meeting_id: Mapped[str] = mapped_column(ForeignKey("managers_meetings.id"), nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    raised_by: Mapped[MatterRaiser] = mapped_column(
        _enum(MatterRaiser), nullable=False, default=MatterRaiser.COUNCIL
    )
    municipality_code: Mapped[str | None] = mapped_column(
        ForeignKey("municipalities.code"), nullable=True
    )
    raised_by_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")  # a third party
    presenter: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[MatterStatus] = mapped_column(
        _enum(MatterStatus), nullable=False, default=MatterStatus.OPEN
    )
    carried_from_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    feedback_id: Mapped[str | None] = mapped_column(
        ForeignKey("feedback.id"), nullable=True, index=True
    )  # the negotiation item (advocacy target, sector comment) this matter was brought from


class ManagersAttendee(SyncedMixin, Base):
    """A person at a managers' meeting: a municipal manager or deputy, the council's leadership,
    or an invited expert (heard on `matter_id`)."""

    __tablename__ = "managers_attendees"

    managers_meeting_id: Mapped[str] = mapped_column(
        ForeignKey("managers_meetings.id"), nullable=False, index=True
    )
    name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    organisation: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    title: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    role: Mapped[AttendeeRole] = mapped_column(_enum(AttendeeRole), nullable=False)
    municipality_code: Mapped[str | None] = mapped_column(
        ForeignKey("municipalities.code"), nullable=True
    )
    attendance: Mapped[Attendance] = mapped_column(
        _enum(Attendance), nullable=False, default=Attendance.UNMARKED
    )
    matter_id: Mapped[str | None] = mapped_column(ForeignKey("agenda_matters.id"), nullable=True)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class FollowUp(SyncedMixin, Base):
    """What the council promised to do about one feedback item (`feedback_id`), or what a managers'
    meeting agreed on one agenda matter (`matter_id`, *sovittu jatkotoimi*). Exactly one is set."""

    __tablename__ = "follow_ups"

    feedback_id: Mapped[str | None] = mapped_column(
        ForeignKey("feedback.id"), nullable=True, index=True
    )
    matter_id: Mapped[str | None] = mapped_column(
        ForeignKey("agenda_matters.id"), nullable=True, index=True
    )
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    owner: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[FollowUpStatus] = mapped_column(
        _enum(FollowUpStatus), nullable=False, default=FollowUpStatus.OPEN
    )


class AuditEntry(Base):
    """Append-only: one row per changed field, written in the same transaction as the change."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100), nullable=False)
    device_id: Mapped[str] = mapped_column(String(36), nullable=False)
    entity: Mapped[str] = mapped_column(String(32), nullable=False)
    entity_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    action: Mapped[str] = mapped_column(String(16), nullable=False)
    field: Mapped[str] = mapped_column(String(64), nullable=False)
    old_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    new_value: Mapped[str | None] = mapped_column(Text, nullable=True)


# Parents before children (sync applies rows in this order).
SYNCED_MODELS: tuple[type[SyncedMixin], ...] = (
    Sector, Round, Meeting, Participant, Feedback,
    ManagersMeeting, AgendaMatter, ManagersAttendee, FollowUp,
)

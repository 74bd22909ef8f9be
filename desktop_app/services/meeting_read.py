"""The meeting workspace's hot read (`MeetingService.detail`): SQLAlchemy Core, and the plain
driver for the two big selects.

Opening a meeting loads every item at once (1,250 in a busy one). ORM rows cost an identity map
entry, instrumented attributes and a conversion each; plain Core rows go straight into the frozen
records and make the read about twice as fast. The items and their follow-ups (the two selects
that grow with the meeting) go through the session's own sqlite3 connection, with the same
conversions the column types do (enum values → enums, ISO text → aware UTC datetimes and dates):
SQLAlchemy's per-row result processing was a third of the read at 100,000 items
(docs/performance/switch-search.md). The follow-ups are found from the items' ids through
`ix_follow_ups_feedback_id` instead of a join back to `feedback`, which read every item's table
page a second time. The statements mirror the ORM queries they replaced (same filters, same ORDER
BY), and `tests/test_services_meeting_read.py` compares the results with the ORM version field by
field.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

from sqlalchemy import Connection, select

from desktop_app.domain.enums import DevelopmentScope, FeedbackKind, FollowUpStatus, Priority
from desktop_app.domain.errors import NotFoundError
from desktop_app.domain.records import (
    FeedbackRecord,
    FollowUpRecord,
    MeetingDetail,
    MeetingRecord,
    ParticipantRecord,
    RoundRecord,
    SectorRecord,
)
from desktop_app.storage import models as m
from desktop_app.storage.types import utc_from_text

_M = m.Meeting.__table__.c
_R = m.Round.__table__.c
_MU = m.Municipality.__table__.c
_P = m.Participant.__table__.c
_S = m.Sector.__table__.c

_MEETING = (
    select(_M.id, _M.round_id, _R.year, _M.municipality_code, _MU.name_fi, _M.meeting_date,
           _M.start_time, _M.place, _M.status, _M.notes, _M.version, _M.updated_at,
           _R.period_start, _R.period_end, _R.title)
    .join_from(m.Meeting.__table__, m.Round.__table__, _R.id == _M.round_id)
    .join(m.Municipality.__table__, _MU.code == _M.municipality_code)
)
_PARTICIPANTS = select(_P.id, _P.meeting_id, _P.name, _P.organisation, _P.title, _P.side,
                       _P.sort_order, _P.version)
# The driver-level selects: column order = the record's field order.
_FEEDBACK_SQL = """
    SELECT id, meeting_id, sector_id, kind, scope, text, priority, sort_order, version, created_by,
           updated_by, created_at, updated_at
    FROM feedback WHERE meeting_id = ? AND deleted_at IS NULL
    ORDER BY kind, sector_id, sort_order, created_at"""
_FOLLOW_UPS_SQL = """
    SELECT id, feedback_id, description, owner, due_date, status, version
    FROM follow_ups
    WHERE feedback_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL
    ORDER BY created_at"""
_KINDS = {kind.value: kind for kind in FeedbackKind}
_SCOPES: dict[str | None, DevelopmentScope | None] = {scope.value: scope for scope in DevelopmentScope}
_SCOPES[None] = None
_PRIORITIES = {priority.value: priority for priority in Priority}
_STATUSES = {status.value: status for status in FollowUpStatus}
_SECTORS = select(_S.id, _S.code, _S.name_fi, _S.name_en, _S.sort_order, _S.retired_at)


def load_meeting_detail(conn: Connection, meeting_id: str) -> MeetingDetail:
    head = conn.execute(_MEETING.where(_M.id == meeting_id, _M.deleted_at.is_(None))).first()
    if head is None:
        raise NotFoundError(code="not_found.meeting")
    meeting = MeetingRecord(*head[:12])
    round_ = RoundRecord(id=head.round_id, year=head.year, period_start=head.period_start,
                         period_end=head.period_end, title=head.title)
    participants = tuple(
        ParticipantRecord(*row) for row in conn.execute(
            _PARTICIPANTS.where(_P.meeting_id == meeting_id, _P.deleted_at.is_(None))
            .order_by(_P.side, _P.sort_order, _P.created_at))
    )
    driver: sqlite3.Connection = conn.connection.driver_connection  # type: ignore[assignment]
    items = driver.execute(_FEEDBACK_SQL, (meeting_id,)).fetchall()
    follow_ups = _follow_ups(driver, [row[0] for row in items])
    feedback = tuple(
        FeedbackRecord(item_id, of_meeting, sector, _KINDS[kind], _SCOPES[scope], text,
                       _PRIORITIES[priority], sort_order, version, created_by, updated_by,
                       utc_from_text(created_at), utc_from_text(updated_at),
                       follow_ups=follow_ups.get(item_id, ()))
        for (item_id, of_meeting, sector, kind, scope, text, priority, sort_order, version, created_by,
             updated_by, created_at, updated_at) in items)
    # Retired sectors stay visible when this meeting has items under them.
    used = {row[2] for row in items}
    sectors = tuple(
        SectorRecord(id=row.id, code=row.code, name_fi=row.name_fi, name_en=row.name_en,
                     sort_order=row.sort_order, retired=row.retired_at is not None)
        for row in conn.execute(_SECTORS.where(_S.deleted_at.is_(None)).order_by(_S.sort_order, _S.code))
        if row.retired_at is None or row.id in used
    )
    return MeetingDetail(meeting=meeting, round=round_, participants=participants, feedback=feedback,
                         sectors=sectors)


def _follow_ups(driver: sqlite3.Connection, item_ids: list[str]) -> dict[str, tuple[FollowUpRecord, ...]]:
    """The live follow-ups of the given items, each item's in creation order. The ids go in as
    one JSON parameter (no limit on bound variables for a big meeting)."""
    grouped: dict[str, list[FollowUpRecord]] = {}
    if not item_ids:
        return {}
    for row_id, feedback_id, description, owner, due, status, version in driver.execute(
            _FOLLOW_UPS_SQL, (json.dumps(item_ids),)):
        grouped.setdefault(feedback_id, []).append(FollowUpRecord(
            row_id, feedback_id, description, owner, dt.date.fromisoformat(due) if due else None,
            _STATUSES[status], version))
    return {key: tuple(value) for key, value in grouped.items()}

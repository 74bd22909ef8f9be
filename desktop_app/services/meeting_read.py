"""The meeting workspace's hot reads in plain SQL: `MeetingService.detail` (every meeting switch),
`AgendaService.links_for_feedback` (its items' agenda links) and `FeedbackService.history` (the
earlier-rounds panel, in a worker at every section switch).

Opening a meeting loads every item at once (1,250 in a busy one). ORM rows cost an identity map
entry, instrumented attributes and a conversion each; Core rows still went through SQLAlchemy's
per-row result processing (a third of the read at 100,000 items) and its statements were compiled
on the first switch (~20 ms). Here every select goes to the session's own sqlite3 connection, and
the values get the column types' conversions written out (enum values → enums, ISO text → aware
UTC datetimes, dates and times: storage/stored_text.py). The
follow-ups are found from the items' ids through `ix_follow_ups_feedback_id` instead of a join
back to `feedback`, which read every item's table page a second time. The history runs in a
worker, but its Python work holds the GIL the GUI thread paints with, so it is kept as small.
The statements mirror the ORM queries they replaced (same filters, same ORDER BY), and
`tests/test_services_meeting_read.py` compares the results with the ORM versions field by field
(docs/performance/switch-search.md).

No SQLAlchemy is imported here: `read_meeting_detail` and `read_feedback_links` take any sqlite3
connection, so the
start-up reads the reopened meeting with it before SQLAlchemy loads (services/first_screen.py,
docs/performance/startup.md), the same SQL and conversions as every meeting switch.
"""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING, Any, NamedTuple

from desktop_app.domain.enums import (
    DevelopmentScope,
    FeedbackKind,
    FollowUpStatus,
    MeetingStatus,
    Priority,
    Side,
)
from desktop_app.domain.errors import NotFoundError
from desktop_app.domain.records import (
    FeedbackLink,
    FeedbackRecord,
    FollowUpRecord,
    HistoryItem,
    ItemCount,
    MeetingDetail,
    MeetingOutline,
    MeetingRecord,
    ParticipantRecord,
    RoundRecord,
    SectorRecord,
)
from desktop_app.storage.stored_text import date_from_text, time_from_text, utc_from_text

if TYPE_CHECKING:
    from sqlalchemy import Connection

# Every select goes to the session's sqlite3 connection as plain SQL (no statement to compile on
# the first meeting switch, ~20 ms of it; no result objects), in the record's field order.
_MEETING_SQL = """
    SELECT m.id, m.round_id, r.year, m.municipality_code, mu.name_fi, m.meeting_date, m.start_time,
           m.place, m.status, m.notes, m.version, m.updated_at, r.period_start, r.period_end, r.title
    FROM meetings m
    JOIN rounds r ON r.id = m.round_id
    JOIN municipalities mu ON mu.code = m.municipality_code
    WHERE m.id = ? AND m.deleted_at IS NULL"""
_PARTICIPANTS_SQL = """
    SELECT id, meeting_id, name, organisation, title, side, sort_order, version FROM participants
    WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY side, sort_order, created_at"""
_SECTORS_SQL = """
    SELECT id, code, name_fi, name_en, sort_order, retired_at FROM sectors
    WHERE deleted_at IS NULL ORDER BY sort_order, code"""
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
_LINKS_SQL = """
    SELECT a.feedback_id, a.id, mm.id, mm.year, mm.number, mm.meeting_date, a.number, a.title
    FROM agenda_matters a
    JOIN managers_meetings mm ON mm.id = a.managers_meeting_id
    WHERE a.feedback_id IN (SELECT value FROM json_each(?))
      AND a.deleted_at IS NULL AND mm.deleted_at IS NULL
    ORDER BY mm.year, mm.number, a.number"""
_KINDS = {kind.value: kind for kind in FeedbackKind}
_SCOPES: dict[str | None, DevelopmentScope | None] = {scope.value: scope for scope in DevelopmentScope}
_SCOPES[None] = None
_PRIORITIES = {priority.value: priority for priority in Priority}
_STATUSES = {status.value: status for status in FollowUpStatus}


def load_meeting_detail(conn: Connection, meeting_id: str) -> MeetingDetail:
    """The whole meeting in display order (see MeetingService.detail), on the session's sqlite3
    connection. Raises NotFoundError."""
    driver: sqlite3.Connection = conn.connection.driver_connection  # type: ignore[assignment]
    return read_meeting_detail(driver, meeting_id)


def read_meeting_detail(driver: sqlite3.Connection, meeting_id: str) -> MeetingDetail:
    """The whole meeting in display order, read with any sqlite3 connection to a file at the
    schema head (the services' session's, or the start-up's read-only one). Raises
    NotFoundError (`not_found.meeting`) for a missing or deleted meeting."""
    found = driver.execute(_MEETING_SQL, (meeting_id,)).fetchone()
    if found is None:
        raise NotFoundError(code="not_found.meeting")
    (row_id, round_id, year, code, name, date, time, place, status, notes, version, updated_at,
     period_start, period_end, title) = found
    meeting = MeetingRecord(row_id, round_id, year, code, name, date_from_text(date), time_from_text(time),
                            place, MeetingStatus(status), notes, version, utc_from_text(updated_at))
    round_ = RoundRecord(id=round_id, year=year, period_start=period_start, period_end=period_end,
                         title=title)
    participants = tuple(
        ParticipantRecord(person_id, of_meeting, person, organisation, person_title, Side(side), order,
                          person_version)
        for person_id, of_meeting, person, organisation, person_title, side, order, person_version
        in driver.execute(_PARTICIPANTS_SQL, (meeting_id,)))
    items = driver.execute(_FEEDBACK_SQL, (meeting_id,)).fetchall()
    feedback = tuple(_feedback_records(driver, items))
    # Retired sectors stay visible when this meeting has items under them.
    used = {row[2] for row in items}
    sectors = tuple(
        SectorRecord(id=row.id, code=row.code, name_fi=row.name_fi, name_en=row.name_en,
                     sort_order=row.sort_order, retired=row.retired_at is not None)
        for row in _sector_rows(driver)
        if row.retired_at is None or row.id in used
    )
    return MeetingDetail(meeting=meeting, round=round_, participants=participants, feedback=feedback,
                         sectors=sectors)


def load_feedback_links(conn: Connection, feedback_ids: list[str]) -> dict[str, tuple[FeedbackLink, ...]]:
    """AgendaService.links_for_feedback's read (see there), on the session's sqlite3 connection."""
    driver: sqlite3.Connection = conn.connection.driver_connection  # type: ignore[assignment]
    return read_feedback_links(driver, feedback_ids)


def read_feedback_links(driver: sqlite3.Connection, feedback_ids: list[str],
                        ) -> dict[str, tuple[FeedbackLink, ...]]:
    """Negotiation item id → the live agenda matters it was brought onto, in managers' meeting
    order, for the given item ids (one JSON parameter: no limit on bound variables); items
    without a link are left out."""
    out: dict[str, list[FeedbackLink]] = {}
    if not feedback_ids:
        return {}
    for feedback_id, matter_id, meeting_id, year, number, date, matter_number, title in driver.execute(
            _LINKS_SQL, (json.dumps(feedback_ids),)):
        out.setdefault(feedback_id, []).append(FeedbackLink(
            feedback_id=feedback_id, matter_id=matter_id, managers_meeting_id=meeting_id,
            meeting_year=year, meeting_number=number, meeting_date=date_from_text(date),
            matter_number=matter_number, matter_title=title))
    return {key: tuple(value) for key, value in out.items()}


def _feedback_records(driver: sqlite3.Connection, rows: list[Any]) -> list[FeedbackRecord]:
    """Records of `_FEEDBACK_SQL`'s columns (first 13 of each row), with their live follow-ups."""
    follow_ups = _follow_ups(driver, [row[0] for row in rows])
    return [
        FeedbackRecord(item_id, of_meeting, sector, _KINDS[kind], _SCOPES[scope], text,
                       _PRIORITIES[priority], sort_order, version, created_by, updated_by,
                       utc_from_text(created_at), utc_from_text(updated_at),
                       follow_ups=follow_ups.get(item_id, ()))
        for (item_id, of_meeting, sector, kind, scope, text, priority, sort_order, version, created_by,
             updated_by, created_at, updated_at, *_rest) in rows]


# The municipality's earlier meetings first (a handful), then their items through
# ix_feedback_meeting_sector: left to itself SQLite walked the sector's items of every meeting
# (9,000 rows at 100,000 items, ~13 ms in the history worker).
_HISTORY_SQL = """
    SELECT f.id, f.meeting_id, f.sector_id, f.kind, f.scope, f.text, f.priority, f.sort_order,
           f.version, f.created_by, f.updated_by, f.created_at, f.updated_at, r.year, mt.meeting_date
    FROM feedback f
    JOIN meetings mt ON mt.id = f.meeting_id
    JOIN rounds r ON r.id = mt.round_id
    WHERE f.meeting_id IN (
            SELECT m2.id FROM meetings m2 JOIN rounds r2 ON r2.id = m2.round_id
            WHERE m2.municipality_code = :code AND r2.year < :year
              AND m2.deleted_at IS NULL AND r2.deleted_at IS NULL)
      AND mt.municipality_code = :code AND r.year < :year AND f.deleted_at IS NULL
      AND mt.deleted_at IS NULL AND r.deleted_at IS NULL
      AND {sector} {kind}
    ORDER BY r.year DESC, f.sort_order
    LIMIT :limit"""


def load_history(conn: Connection, municipality_code: str, sector_id: str | None, before_year: int,
                 kind: FeedbackKind | None, limit: int) -> list[HistoryItem]:
    """FeedbackService.history's read (see there), in plain SQL: it runs in a worker at every
    section switch, and the ORM's Python work held the GIL the GUI thread paints with."""
    driver: sqlite3.Connection = conn.connection.driver_connection  # type: ignore[assignment]
    sql = _HISTORY_SQL.format(sector="f.sector_id IS NULL" if sector_id is None else "f.sector_id = :sector",
                              kind="" if kind is None else "AND f.kind = :kind")
    rows = driver.execute(sql, {"code": municipality_code, "year": before_year, "sector": sector_id,
                                "kind": kind.value if kind else None, "limit": limit}).fetchall()
    return [HistoryItem(feedback=record, round_year=row[13], meeting_date=date_from_text(row[14]))
            for record, row in zip(_feedback_records(driver, rows), rows, strict=True)]


class _SectorRow(NamedTuple):
    id: str
    code: str
    name_fi: str
    name_en: str
    sort_order: int
    retired_at: str | None   # only tested for None


def _sector_rows(driver: sqlite3.Connection) -> list[_SectorRow]:
    return [_SectorRow(*row) for row in driver.execute(_SECTORS_SQL)]


def _follow_ups(driver: sqlite3.Connection, item_ids: list[str]) -> dict[str, tuple[FollowUpRecord, ...]]:
    """The live follow-ups of the given items, each item's in creation order. The ids go in as
    one JSON parameter (no limit on bound variables for a big meeting)."""
    grouped: dict[str, list[FollowUpRecord]] = {}
    if not item_ids:
        return {}
    for row_id, feedback_id, description, owner, due, status, version in driver.execute(
            _FOLLOW_UPS_SQL, (json.dumps(item_ids),)):
        grouped.setdefault(feedback_id, []).append(FollowUpRecord(
            row_id, feedback_id, description, owner, date_from_text(due),
            _STATUSES[status], version))
    return {key: tuple(value) for key, value in grouped.items()}


# ---- per-section reads (the workspace): a meeting switch reads no item -----------------------
# The `read_*` functions take any sqlite3 connection and import nothing of SQLAlchemy (the
# start-up's first screen can use them before it loads); `load_*` run them on a session's.

# Counted from ix_feedback_meeting_live (meeting_id, deleted_at, kind, sector_id) alone, without a
# table page; only the development views (a few a meeting) read their rows, for the scope.
_COUNTS_SQL = """
    SELECT kind, sector_id, NULL, count(*) FROM feedback
    WHERE meeting_id = :meeting AND deleted_at IS NULL AND kind != :development
    GROUP BY kind, sector_id
    UNION ALL
    SELECT kind, sector_id, scope, count(*) FROM feedback
    WHERE meeting_id = :meeting AND deleted_at IS NULL AND kind = :development
    GROUP BY kind, sector_id, scope"""
_SECTION_SQL = """
    SELECT id, meeting_id, sector_id, kind, scope, text, priority, sort_order, version, created_by,
           updated_by, created_at, updated_at
    FROM feedback WHERE meeting_id = ? AND deleted_at IS NULL AND kind IN ({kinds}) {where}
    ORDER BY kind, sector_id, sort_order, created_at"""


def _driver(conn: Connection) -> sqlite3.Connection:
    return conn.connection.driver_connection  # type: ignore[return-value]


def read_item_counts(driver: sqlite3.Connection, meeting_id: str) -> tuple[ItemCount, ...]:
    """The meeting's live items counted by (kind, sector, scope); a missing meeting has none."""
    rows = driver.execute(_COUNTS_SQL, {"meeting": meeting_id,
                                        "development": FeedbackKind.DEVELOPMENT_VIEW.value})
    return tuple(ItemCount(_KINDS[kind], sector, _SCOPES[scope], count)
                 for kind, sector, scope, count in rows)


def read_meeting_outline(driver: sqlite3.Connection, meeting_id: str) -> MeetingOutline:
    """The meeting, its round, participants, sectors and item counts, without the items (see
    MeetingService.outline): `load_meeting_detail`'s statements but the items', with the same
    values (the column types' formats on SQLite converted as written out here: `Date`
    "YYYY-MM-DD", `Time` "HH:MM:SS.ffffff", enums by value, `UTCDateTime` by `utc_from_text`).
    Raises NotFoundError (`not_found.meeting`)."""
    found = driver.execute(_MEETING_SQL, (meeting_id,)).fetchone()
    if found is None:
        raise NotFoundError(code="not_found.meeting")
    (row_id, round_id, year, code, name, date, time, place, status, notes, version, updated_at,
     period_start, period_end, title) = found
    meeting = MeetingRecord(row_id, round_id, year, code, name,
                            date_from_text(date), time_from_text(time),
                            place, MeetingStatus(status), notes, version, utc_from_text(updated_at))
    participants = tuple(
        ParticipantRecord(person_id, of_meeting, person, organisation, person_title, Side(side), order,
                          person_version)
        for person_id, of_meeting, person, organisation, person_title, side, order, person_version
        in driver.execute(_PARTICIPANTS_SQL, (meeting_id,)))
    counts = read_item_counts(driver, meeting_id)
    used = {count.sector_id for count in counts}   # retired sectors with items stay visible
    sectors = tuple(
        SectorRecord(id=row.id, code=row.code, name_fi=row.name_fi, name_en=row.name_en,
                     sort_order=row.sort_order, retired=row.retired_at is not None)
        for row in _sector_rows(driver) if row.retired_at is None or row.id in used)
    return MeetingOutline(
        meeting=meeting,
        round=RoundRecord(id=round_id, year=year, period_start=period_start, period_end=period_end,
                          title=title),
        participants=participants, sectors=sectors, counts=counts)


def read_section_items(driver: sqlite3.Connection, meeting_id: str, kinds: tuple[FeedbackKind, ...],
                       sector_id: str | None, scope: DevelopmentScope | None) -> list[FeedbackRecord]:
    """The live items of one meeting of the given kinds, with their follow-ups, in
    `load_meeting_detail`'s order; `sector_id`: only that sector's (None: any); `scope`: only
    that scope's, a missing scope counting as the municipality's (None: any)."""
    if not kinds:
        return []
    where, values = "", [meeting_id, *(kind.value for kind in kinds)]
    if sector_id is not None:
        where += " AND sector_id = ?"
        values.append(sector_id)
    if scope is not None:
        where += " AND coalesce(scope, ?) = ?"
        values += [DevelopmentScope.MUNICIPALITY.value, scope.value]
    sql = _SECTION_SQL.format(kinds=", ".join("?" * len(kinds)), where=where)
    return _feedback_records(driver, driver.execute(sql, values).fetchall())


def load_item_counts(conn: Connection, meeting_id: str) -> tuple[ItemCount, ...]:
    """`read_item_counts` on the session's sqlite3 connection."""
    return read_item_counts(_driver(conn), meeting_id)


def load_meeting_outline(conn: Connection, meeting_id: str) -> MeetingOutline:
    """`read_meeting_outline` on the session's sqlite3 connection. Raises NotFoundError."""
    return read_meeting_outline(_driver(conn), meeting_id)


def load_section_items(conn: Connection, meeting_id: str, kinds: tuple[FeedbackKind, ...],
                       sector_id: str | None, scope: DevelopmentScope | None) -> list[FeedbackRecord]:
    """`read_section_items` on the session's sqlite3 connection."""
    return read_section_items(_driver(conn), meeting_id, kinds, sector_id, scope)

"""The rows the app's first screen shows, read with plain `sqlite3` (no SQLAlchemy, no ORM).

At start-up the main window with the rounds paints before SQLAlchemy, the models and the services
are imported (~0.4 s of pure Python); they load on a thread after the first paint
(services/first_screen.py, docs/performance/startup.md). These queries are the same as
`RoundService.list_rounds`, `RoundService.overview`, `RoundService.municipalities`,
`ManagersMeetingService.years` and `ManagersMeetingService.list_meetings`, written in SQL;
tests/test_first_screen.py proves that both give the same records.

Only a file whose schema is at `migrations.HEAD` is read: anything older must be migrated first,
by `storage.migrate.open_database`, before anything reads it.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.storage.backup import readonly_uri
from desktop_app.storage.migrations import HEAD

BUSY_TIMEOUT_S = 10.0
ROUNDS_SQL = ("SELECT id, year, period_start, period_end, title FROM rounds WHERE deleted_at IS NULL "
              "ORDER BY year DESC")
SECTORS_TOTAL_SQL = "SELECT count(*) FROM sectors WHERE deleted_at IS NULL AND retired_at IS NULL"
# Items and covered sectors in one pass over the round's items (the ORM's overview makes two):
# the cost was one table-row lookup per item (~50 ms for a 10,000-item round); since migration 0010
# the index ix_feedback_meeting_live covers (meeting_id, deleted_at, kind, sector_id): ~7 ms.
COUNTS_SQL = ("SELECT f.meeting_id, count(*), count(DISTINCT CASE WHEN f.kind = 'sector_comment' "
              "AND s.id IS NOT NULL AND s.retired_at IS NULL AND s.deleted_at IS NULL "
              "THEN f.sector_id END) FROM feedback AS f JOIN meetings AS m ON m.id = f.meeting_id "
              "LEFT JOIN sectors AS s ON s.id = f.sector_id "
              "WHERE m.round_id = ? AND f.deleted_at IS NULL GROUP BY f.meeting_id")
MEETINGS_SQL = ("SELECT m.id, m.round_id, m.municipality_code, mu.name_fi, m.meeting_date, "
                "m.start_time, m.place, m.status, m.notes, m.version, m.updated_at FROM meetings AS m "
                "JOIN municipalities AS mu ON mu.code = m.municipality_code "
                "WHERE m.round_id = ? AND m.deleted_at IS NULL ORDER BY mu.sort_order")
MANAGERS_MEETINGS_SQL = ("SELECT id, year, number, meeting_date, start_time, place, remote_link, chair, "
                         "secretary, status, notes, version, updated_at FROM managers_meetings "
                         "WHERE deleted_at IS NULL AND year = ?")
MATTERS_SQL = ("SELECT a.managers_meeting_id, count(*) FROM agenda_matters AS a "
               "JOIN managers_meetings AS mm ON mm.id = a.managers_meeting_id "
               "WHERE mm.year = ? AND a.deleted_at IS NULL GROUP BY a.managers_meeting_id")
AGREEMENTS_SQL = ("SELECT a.managers_meeting_id, count(*) FROM agenda_matters AS a "
                  "JOIN managers_meetings AS mm ON mm.id = a.managers_meeting_id "
                  "JOIN follow_ups AS f ON f.matter_id = a.id "
                  "WHERE mm.year = ? AND a.deleted_at IS NULL AND f.deleted_at IS NULL "
                  "AND f.status IN ('open', 'in_progress') GROUP BY a.managers_meeting_id")
MUNICIPALITIES_SQL = "SELECT code, name_fi FROM municipalities ORDER BY sort_order"
MANAGERS_YEARS_SQL = ("SELECT DISTINCT year FROM managers_meetings WHERE deleted_at IS NULL "
                      "ORDER BY year DESC")


@dataclass(frozen=True)
class FirstScreenRows:
    """Raw rows, as SQLite stores them (dates and times as ISO text, enums as their values).

    `meetings` and the counts are for `rounds[0]` (the newest round, which the rounds list
    selects first); empty when there are no rounds."""

    has_rounds: bool                 # any round row at all, deleted too (the demo offer's test)
    rounds: list[tuple]              # (id, year, period_start, period_end, title)
    sectors_total: int
    item_counts: dict[str, int]      # meeting id → live items
    covered: dict[str, int]          # meeting id → sectors with a live comment
    meetings: list[tuple]            # MEETINGS_SQL's columns, in municipality order
    managers_years: list[int]
    managers_meetings: list[tuple]   # MANAGERS_MEETINGS_SQL's columns, of managers_years[0]
    matters: dict[str, int]          # managers' meeting id → live agenda matters
    open_agreements: dict[str, int]  # managers' meeting id → open agreements of its matters
    municipalities: list[tuple]      # (code, name_fi) in their order
    extra: Any = None                # what `read_first_screen_rows`' `also` returned


def read_first_screen_rows(path: Path, also: Callable[[sqlite3.Connection], Any] | None = None,
                           ) -> FirstScreenRows | None:
    """The first screen's rows, or None when the file is not at the schema head (new, older or
    newer: `open_database` decides what to do) or cannot be read (the full open reports why).

    Reads in one read transaction (a consistent snapshot); writes nothing (`query_only`), and
    opens the file read-only (`mode=ro`, SQLite URI filenames): a file that vanished since the
    start-up looked (a restore or a sync client moving it away and back) is not created empty in
    its place, which the full open would then take for a brand-new database.

    `also`, when given, reads more in the same transaction (the reopened meeting: one consistent
    snapshot); what it returns is `extra`. What it raises (other than sqlite3.Error, which makes
    the result None) propagates."""
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True, timeout=BUSY_TIMEOUT_S,
                               isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA query_only=ON")
        conn.execute("BEGIN")
        try:
            head = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if head is None or head[0] != HEAD:
                return None
            rows = _read(conn)
            return rows if also is None else dataclasses.replace(rows, extra=also(conn))
        finally:
            conn.execute("ROLLBACK")
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _read(conn: sqlite3.Connection) -> FirstScreenRows:
    has_rounds = conn.execute("SELECT 1 FROM rounds LIMIT 1").fetchone() is not None
    rounds = conn.execute(ROUNDS_SQL).fetchall()
    sectors_total = conn.execute(SECTORS_TOTAL_SQL).fetchone()[0] or 0
    item_counts: dict[str, int] = {}
    covered: dict[str, int] = {}
    meetings: list[tuple] = []
    if rounds:
        round_id = rounds[0][0]
        for meeting_id, items, sectors in conn.execute(COUNTS_SQL, (round_id,)):
            item_counts[meeting_id] = items
            covered[meeting_id] = sectors
        meetings = conn.execute(MEETINGS_SQL, (round_id,)).fetchall()
    years = [row[0] for row in conn.execute(MANAGERS_YEARS_SQL)]
    managers: list[tuple] = []
    matters: dict[str, int] = {}
    agreements: dict[str, int] = {}
    if years:
        managers = conn.execute(MANAGERS_MEETINGS_SQL, (years[0],)).fetchall()
        matters = dict(conn.execute(MATTERS_SQL, (years[0],)).fetchall())
        agreements = dict(conn.execute(AGREEMENTS_SQL, (years[0],)).fetchall())
    municipalities = conn.execute(MUNICIPALITIES_SQL).fetchall()
    return FirstScreenRows(has_rounds, rounds, sectors_total, item_counts, covered, meetings, years,
                           managers, matters, agreements, municipalities)

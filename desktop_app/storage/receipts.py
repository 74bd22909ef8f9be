"""When THIS database received each synced row's latest change: a local, monotonic receipt.

A row's `updated_at` is its author's clock: an item written on 25.10. and imported or pulled on
30.11. carries 25.10., and a laptop whose clock was a year behind stamps a year-old date. An
incremental export ("what arrived since the last handover") must select by what this database
received when, so every write path stamps a receipt: typing (services), import (the bulk Core
inserts too), sync pull, merges. Triggers do it, so no path can forget it.

`local_receipts` holds one row per synced row: a sequence number that only grows and the local
UTC receive time, which never goes backwards either (`max(last, now)`): a clock turned back does
not hide a later change behind an earlier handover. Marking a row clean after a push (only `dirty`
changes) is not a change and leaves its receipt alone.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Column, Integer, MetaData, String, Table, select

RECEIPTS_TABLE = "local_receipts"
CLOCK_TABLE = "local_receipt_clock"  # one row: the last receipt's seq and time
SYNCED_TABLES = ("sectors", "rounds", "meetings", "participants", "feedback", "follow_ups",
                 "managers_meetings", "agenda_matters", "managers_attendees")
# The receive time is written by SQLite (its clock is the OS clock), to the millisecond.
RECEIVED_FORMAT = "%Y-%m-%dT%H:%M:%S.%f"
_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
HELSINKI = ZoneInfo("Europe/Helsinki")

local_receipts = Table(
    RECEIPTS_TABLE, MetaData(),
    Column("entity", String(32), primary_key=True),
    Column("row_id", String(36), primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("received_at", String(32), nullable=False),
)

_NOT_CHANGES = frozenset({"dirty"})  # local bookkeeping, not a change someone made


def _trigger_body(table: str) -> str:
    # One counter row holds the last sequence number and receive time, so a receipt costs one
    # one-row update and one insert (no max() over the receipts, no extra index to keep).
    return f"""BEGIN
    UPDATE {CLOCK_TABLE} SET seq = seq + 1, received_at = max(received_at, {_NOW}) WHERE id = 1;
    INSERT OR REPLACE INTO {RECEIPTS_TABLE} (entity, row_id, seq, received_at)
        SELECT '{table}', NEW.id, seq, received_at FROM {CLOCK_TABLE} WHERE id = 1;
END"""


def trigger_statements(connection: Any) -> list[str]:
    """CREATE TRIGGER IF NOT EXISTS statements for every synced table, built from the table's
    current columns (so a column another migration adds is covered once triggers are rebuilt)."""
    statements = []
    for table in SYNCED_TABLES:
        columns = [row[1] for row in connection.exec_driver_sql(f"PRAGMA table_info({table})")]
        if not columns:  # a table a later migration creates (0005 runs before 0008 adds some)
            continue
        changed = " OR ".join(f"NEW.{name} IS NOT OLD.{name}" for name in columns
                              if name not in _NOT_CHANGES)
        statements.append(f"CREATE TRIGGER IF NOT EXISTS kp_receipt_{table}_ai AFTER INSERT ON {table} "
                          + _trigger_body(table))
        statements.append(f"CREATE TRIGGER IF NOT EXISTS kp_receipt_{table}_au AFTER UPDATE ON {table} "
                          f"WHEN {changed} " + _trigger_body(table))
    return statements


def missing_triggers(connection: Any) -> bool:
    """True when a receipt trigger is missing (new file, or a table rebuilt by a batch migration,
    which drops the table's triggers)."""
    names = {row[0] for row in connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'kp_receipt_%'")}
    has_table = connection.exec_driver_sql(
        f"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '{CLOCK_TABLE}'").first()
    return bool(has_table) and len(names) < 2 * len(SYNCED_TABLES)


def install_triggers(connection: Any) -> None:
    for statement in trigger_statements(connection):
        connection.exec_driver_sql(statement)


def local_midnight_utc(day: dt.date) -> dt.datetime:
    """00:00 of `day` in Finnish time (Europe/Helsinki, daylight saving included) as UTC: a date a
    user types means their own day, not UTC's (29.3.2026 00:30 Finnish time is 28.3. 22:30 UTC)."""
    return dt.datetime.combine(day, dt.time(), tzinfo=HELSINKI).astimezone(dt.UTC)


def received_since(entity: str, cutoff: dt.datetime) -> Any:
    """A subquery of the ids of `entity` rows this database received at or after `cutoff` (UTC)."""
    text = cutoff.astimezone(dt.UTC).strftime(RECEIVED_FORMAT)[:23]
    return (select(local_receipts.c.row_id)
            .where(local_receipts.c.entity == entity, local_receipts.c.received_at >= text))

"""The PRAGMAs of DESIGN.md §3 are really in force, on fresh connections, and the file is private."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.storage.database import Database
from desktop_app.storage.engine import BUSY_TIMEOUT_MS, read_pragmas


def test_pragmas_in_force_on_every_pooled_connection(db: Database) -> None:
    # Check out several connections at once so each is a fresh one from the pool.
    connections = [db.engine.connect() for _ in range(3)]
    try:
        for conn in connections:
            raw = conn.connection.dbapi_connection
            assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert raw.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
            assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            assert raw.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS
    finally:
        for conn in connections:
            conn.close()


def test_pragmas_hold_inside_a_write_session(db: Database) -> None:
    with db.write() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2


def test_foreign_keys_are_enforced_not_just_reported(db: Database) -> None:
    with pytest.raises(Exception, match=r"(?i)foreign key"), db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO meetings (id, round_id, municipality_code, place, status, notes, version,"
            " dirty, created_at, updated_at, created_by, updated_by, device_id) VALUES"
            " ('x', 'no-such-round', '290', '', 'planned', '', 1, 1, 'a', 'a', '', '', '')"
        ))


def test_wal_is_a_property_of_the_file(db: Database, db_path: Path) -> None:
    raw = sqlite3.connect(db_path)
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        raw.close()


def test_read_pragmas_reports_what_check_shows(db: Database) -> None:
    assert read_pragmas(db.engine) == {
        "journal_mode": "wal", "synchronous": "2", "foreign_keys": "1",
        "busy_timeout": str(BUSY_TIMEOUT_MS),
    }


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_database_file_is_owner_only(db: Database, db_path: Path) -> None:
    mode = stat.S_IMODE(os.stat(db_path).st_mode)
    assert mode & 0o077 == 0, oct(mode)

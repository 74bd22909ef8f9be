"""SQLite engine with the PRAGMAs that make every commit durable (DESIGN.md §3).

The driver is put in autocommit mode (isolation_level=None) so that the PRAGMAs run outside any
transaction and really take effect; SQLAlchemy's `begin` event then emits BEGIN itself. A
connection opened with the execution option `sqlite_begin="IMMEDIATE"` takes the write lock up
front, which avoids the deadlock of two readers upgrading to writers at once.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from desktop_app.storage.morphology import register_functions

BUSY_TIMEOUT_MS = 10_000

PRAGMAS: tuple[tuple[str, str], ...] = (
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("foreign_keys", "ON"),
    ("busy_timeout", str(BUSY_TIMEOUT_MS)),
)


def apply_pragmas(dbapi_connection: sqlite3.Connection) -> None:
    """Set the PRAGMAs on a raw connection. Also used by the bare-sqlite3 benchmark baseline."""
    cursor = dbapi_connection.cursor()
    try:
        for name, value in PRAGMAS:
            cursor.execute(f"PRAGMA {name}={value}")
    finally:
        cursor.close()


def ensure_private_file(path: Path) -> None:
    """Create the database file (and its folder) readable by the owner only, before SQLite does."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)


def create_sqlite_engine(path: Path, *, create: bool = True) -> Engine:
    if create:
        ensure_private_file(path)
    elif not path.exists():
        raise FileNotFoundError(path)
    engine = create_engine(
        # Built, not formatted: in "sqlite:///…" a "?" in a folder name starts the URL's query
        # string, and the database went to another file ("…/a" for "…/a?b/kuntapalaute.db").
        URL.create("sqlite", database=str(path)),
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    _install_hooks(engine)
    return engine


def _install_hooks(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, connection_record: Any) -> None:
        dbapi_connection.isolation_level = None
        apply_pragmas(dbapi_connection)
        # The search triggers call kp_base/kp_parts (migration 0004): every write path needs them.
        register_functions(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "")
        connection.exec_driver_sql(f"BEGIN {mode}".strip())


def read_pragmas(engine: Engine) -> dict[str, str]:
    """What is really in force on a pooled connection; used by tests and `check`."""
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        result = {}
        for name, _ in PRAGMAS:
            row = raw.execute(f"PRAGMA {name}").fetchone()
            result[name] = str(row[0]) if row else ""
        return result

"""Rows the central store refuses, and why, in the user's terms (issue 13, item 4b).

A push applies each table's rows in one go; when that fails because of a row's content (the
store's own rules: PostgreSQL text cannot hold NUL, a value longer than its column, a missing
required value, a constraint, a date that does not parse — typically data written by an old
client or an import past today's validation), the push isolates the failing rows (sync/direct.py
bisects under savepoints) and answers them with a REFUSED receipt carrying the field and a
Finnish reason. Everything else in the push arrives. Connection problems (lost network, lock
waits, server limits) are not a row's fault and still fail the whole push.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Date, String, Time
from sqlalchemy.exc import DBAPIError, StatementError

from desktop_app.sync.central_schema import SYNCED_TABLES
from desktop_app.sync.errors import CONNECTION_SQLSTATES

_DETAIL_LIMIT = 160


def is_row_problem(exc: BaseException) -> bool:
    """True when `exc` was caused by what a row holds, not by the connection or a lock."""
    if isinstance(exc, ValueError | TypeError | OverflowError):  # e.g. a date that does not parse
        return True
    orig = getattr(exc, "orig", exc)
    if isinstance(exc, DBAPIError) and getattr(exc, "connection_invalidated", False):
        return False
    if getattr(orig, "sqlstate", None) in CONNECTION_SQLSTATES:
        return False
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        psycopg = None  # type: ignore[assignment]
    if psycopg is not None and isinstance(orig, psycopg.DataError | psycopg.IntegrityError):
        return True  # also raised by psycopg itself inside COPY, outside SQLAlchemy's wrapping
    from sqlalchemy.exc import DataError, IntegrityError
    if isinstance(exc, DataError | IntegrityError):
        return True
    # Bind processing of one value failed (wrapped by SQLAlchemy, not sent to the server).
    return isinstance(exc, StatementError) and not isinstance(exc, DBAPIError)


def describe(entity: str, fields: dict[str, Any], exc: BaseException) -> tuple[str, str]:
    """(field or "", Finnish reason) for one refused row. The field is found by checking the
    row against the central column that would refuse it; the store's own message (first line,
    shortened) is the fallback. A value itself is never quoted: it may be long or private."""
    table = SYNCED_TABLES[entity]
    for column in table.c:
        value = fields.get(column.name)
        if column.name in ("id", "version", "seq"):  # set by the store itself
            continue
        if column.name not in fields:  # e.g. an older client that did not know the column
            if not column.nullable and column.server_default is None:
                return column.name, "pakollinen tieto puuttuu"
            continue
        if isinstance(value, str) and "\x00" in value:
            return column.name, ("teksti sisältää näkymättömän NUL-merkin (0x00), jota "
                                 "keskitietokanta ei hyväksy; muokkaa tekstiä")
        length = getattr(column.type, "length", None)
        if isinstance(column.type, String) and length and isinstance(value, str) and len(value) > length:
            return column.name, (f"arvo on liian pitkä keskitietokantaan: {len(value)} merkkiä, "
                                 f"enintään {length}")
        if value is None and not column.nullable:
            return column.name, "pakollinen tieto puuttuu"
        if value is not None and isinstance(column.type, Date | Time):
            parse = dt.date.fromisoformat if isinstance(column.type, Date) else dt.time.fromisoformat
            try:
                parse(value)
            except (TypeError, ValueError):
                return column.name, "päivämäärä tai kellonaika ei kelpaa"
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    text = detail[0] if detail else type(exc).__name__
    if len(text) > _DETAIL_LIMIT:
        text = text[:_DETAIL_LIMIT - 1] + "…"
    return "", f"keskitietokanta ei hyväksynyt riviä ({text})"

"""Stored text back into values, for reads that bypass SQLAlchemy's column types (the plain
`sqlite3` reads: services/meeting_read.py, services/first_screen.py). No SQLAlchemy here: the
start-up's first screen imports this before SQLAlchemy is loaded.

The formats are what the column types write on SQLite: `UTCDateTime` (storage/types.py) fixed
ISO text with "Z"; SQLAlchemy's SQLite `Date` "YYYY-MM-DD" and `Time` "HH:MM:SS.ffffff".
"""

from __future__ import annotations

import datetime as dt


def utc_from_text(value: str) -> dt.datetime:
    """The aware UTC datetime of a stored `UTCDateTime` text ("2026-11-27T14:32:05.123456Z")."""
    # fromisoformat reads this fixed format ~25× faster than strptime (big meetings load
    # thousands of timestamps) and gives the same aware UTC datetime.
    return dt.datetime.fromisoformat(value).astimezone(dt.UTC)


def date_from_text(value: str | None) -> dt.date | None:
    """A stored `Date` ("2026-11-27"), None for NULL or empty."""
    return dt.date.fromisoformat(value) if value else None


def time_from_text(value: str | None) -> dt.time | None:
    """A stored `Time` ("09:30:00.000000"), None for NULL or empty."""
    return dt.time.fromisoformat(value) if value else None

"""Finnish presentation of dates and times, shared by reports, CLI and UI."""

from __future__ import annotations

import datetime as dt


def fi_date(value: dt.date | None) -> str:
    if value is None:
        return ""
    return f"{value.day}.{value.month}.{value.year}"


def fi_time(value: dt.time | None) -> str:
    if value is None:
        return ""
    return f"{value.hour}.{value.minute:02d}"


def fi_clock(value: dt.datetime | dt.time) -> str:
    """Clock time with seconds, as in 'Tallennettu klo 14.32.05'."""
    return f"{value.hour}.{value.minute:02d}.{value.second:02d}"


def period_label(start_year: int, end_year: int) -> str:
    return f"TTS {start_year}–{end_year}"

"""Input rules shared by every entry path (UI, CLI, import).

Every function raises ValidationError with a message id `input.*` (`domain/messages.py`), the
field name as `field` and as the `field` parameter."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from enum import StrEnum
from typing import TypeVar

from desktop_app.domain.errors import ValidationError

# Generous: a long statement read aloud is a few thousand characters; 200 000 stops pasted dumps.
MAX_TEXT_LENGTH = 200_000
MAX_SHORT_TEXT_LENGTH = 500
# The longest text each stored field may hold, by (table, column): one table for typing, import
# and sync. Short fields are bounded by the central store's VARCHAR columns (PostgreSQL refuses a
# longer value, which would stop every sync) and the bundle schema's maxLength says the same;
# long texts by MAX_TEXT_LENGTH everywhere. tests/test_field_limits.py checks that the services,
# the bundle schema and the central columns agree with this table.
FIELD_LIMITS: dict[tuple[str, str], int] = {
    ("sectors", "code"): 16, ("sectors", "name_fi"): 200, ("sectors", "name_en"): 200,
    ("rounds", "title"): 200,
    ("meetings", "place"): 300, ("meetings", "notes"): MAX_TEXT_LENGTH,
    ("participants", "name"): 200, ("participants", "organisation"): 200,
    ("participants", "title"): 200,
    ("feedback", "text"): MAX_TEXT_LENGTH,
    ("follow_ups", "description"): MAX_TEXT_LENGTH, ("follow_ups", "owner"): 200,
    ("managers_meetings", "place"): 300, ("managers_meetings", "remote_link"): 300,
    ("managers_meetings", "chair"): 200, ("managers_meetings", "secretary"): 200,
    ("managers_meetings", "notes"): MAX_TEXT_LENGTH,
    ("agenda_matters", "title"): 300, ("agenda_matters", "raised_by_name"): 200,
    ("agenda_matters", "presenter"): 200, ("agenda_matters", "description"): MAX_TEXT_LENGTH,
    ("agenda_matters", "notes"): MAX_TEXT_LENGTH,
    ("managers_attendees", "name"): 200, ("managers_attendees", "organisation"): 200,
    ("managers_attendees", "title"): 200,
}
ACTOR_LIMIT = 100  # created_by / updated_by
MIN_YEAR, MAX_YEAR = 2000, 2100

# C0 controls except tab, newline and carriage return; they break printing and exports, and
# PostgreSQL (the central store) refuses NUL in text outright.
_FORBIDDEN_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Lone surrogates cannot be encoded as UTF-8 and would fail at commit time.
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_UNSTORABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")

E = TypeVar("E", bound=StrEnum)


def text_problem(value: str) -> str | None:
    """Why `value` cannot be stored, in Finnish with the 1-based character position, or None.

    The one character rule of every entry path (typing, services, import, sync pull, CLI
    arguments): no lone UTF-16 surrogates (not encodable as UTF-8), no C0 control characters
    except tab, newline and carriage return, no DEL. Length and emptiness are the caller's rules.
    """
    match = _UNSTORABLE.search(value)
    if match is None:
        return None
    char = match.group()
    what = ("virheellinen merkki (pariton UTF-16-puolisko"
            if "\ud800" <= char <= "\udfff" else "ohjausmerkki, jota ei voi tallentaa (")
    return f"{what} U+{ord(char):04X}) kohdassa {match.start() + 1}"


def normalize_text(value: str) -> str:
    """Unicode NFC (Unicode Standard Annex #15), so that "ä" typed, pasted from a Mac (NFD) or
    received from another system is one and the same text for search, sorting and comparison."""
    return value if unicodedata.is_normalized("NFC", value) else unicodedata.normalize("NFC", value)


def storable_text(value: str, field: str) -> str:
    """`text_problem` as a ValidationError naming `field`; returns the NFC form."""
    problem = text_problem(value)
    if problem:
        raise ValidationError(f"Kentässä '{field}' on {problem}.", field)
    return normalize_text(value)


def clean_text(value: object, field: str, *, required: bool = True,
               max_length: int = MAX_TEXT_LENGTH) -> str:
    """Normalise to NFC, reject control characters, enforce presence and length."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field=field, code="input.not_text")
    if _SURROGATES.search(value):
        raise ValidationError(field=field, code="input.bad_characters")
    if _FORBIDDEN_CONTROLS.search(value):
        raise ValidationError(field=field, code="input.control_characters")
    text = normalize_text(value)
    if required and not text.strip():
        raise ValidationError(field=field, code="input.empty")
    if len(text) > max_length:
        raise ValidationError(field=field, code="input.too_long",
                              params={"length": len(text), "limit": max_length})
    return text


def clean_short_text(value: object, field: str, *, required: bool = True,
                     max_length: int = MAX_SHORT_TEXT_LENGTH) -> str:
    """One line of text: `clean_text` without line breaks, stripped. `max_length` from
    FIELD_LIMITS for a stored field."""
    text = clean_text(value, field, required=required, max_length=max_length)
    if "\n" in text or "\r" in text:
        raise ValidationError(field=field, code="input.line_breaks")
    return text.strip()


def parse_enum(enum_type: type[E], value: object, field: str) -> E:
    if isinstance(value, enum_type):
        return value
    try:
        return enum_type(str(value))
    except ValueError:
        allowed = ", ".join(member.value for member in enum_type)
        raise ValidationError(field=field, code="input.bad_choice",
                              params={"value": str(value)[:40], "allowed": allowed}) from None


def parse_date(value: object, field: str, *, required: bool = True) -> dt.date | None:
    """Accept a date, ISO text (2026-11-27) or Finnish text (27.11.2026)."""
    if value is None or value == "":
        if required:
            raise ValidationError(field=field, code="input.required")
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        result = value
    elif isinstance(value, str):
        result = _parse_date_text(value.strip(), field)
    else:
        raise ValidationError(field=field, code="input.not_a_date")
    if not MIN_YEAR <= result.year <= MAX_YEAR:
        raise ValidationError(field=field, code="input.year_range",
                              params={"year": result.year, "low": MIN_YEAR, "high": MAX_YEAR})
    return result


def _parse_date_text(text: str, field: str) -> dt.date:
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return dt.date.fromisoformat(text)
        match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
        if match:
            day, month, year = (int(part) for part in match.groups())
            return dt.date(year, month, day)
    except ValueError:
        pass
    raise ValidationError(field=field, code="input.bad_date", params={"value": text[:40]})


def parse_time(value: object, field: str) -> dt.time | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    if isinstance(value, str):
        match = re.fullmatch(r"(\d{1,2})[.:](\d{2})", value.strip())
        if match:
            hour, minute = (int(part) for part in match.groups())
            if hour < 24 and minute < 60:
                return dt.time(hour, minute)
    raise ValidationError(field=field, code="input.bad_time", params={"value": str(value)[:40]})


def parse_year(value: object, field: str = "vuosi") -> int:
    try:
        year = int(str(value).strip())
    except ValueError:
        raise ValidationError(field=field, code="input.not_a_year",
                              params={"value": str(value)[:40]}) from None
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(field=field, code="input.year_out_of_range",
                              params={"low": MIN_YEAR, "high": MAX_YEAR})
    return year


def parse_number(value: object, field: str, *, low: int = 1, high: int = 999) -> int:
    """A whole number in [low, high], e.g. a meeting's number in its year (7 of 7/2026).

    Raises ValidationError (`input.not_a_number`, `input.number_range`)."""
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError(field=field, code="input.not_a_number",
                              params={"value": str(value)[:40]}) from None
    if not low <= number <= high:
        raise ValidationError(field=field, code="input.number_range",
                              params={"value": number, "low": low, "high": high})
    return number

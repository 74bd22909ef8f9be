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
MIN_YEAR, MAX_YEAR = 2000, 2100

# C0 controls except tab, newline and carriage return; they break printing and exports.
_FORBIDDEN_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Lone surrogates cannot be encoded as UTF-8 and would fail at commit time.
_SURROGATES = re.compile(r"[\ud800-\udfff]")

E = TypeVar("E", bound=StrEnum)


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
    text = unicodedata.normalize("NFC", value)
    if required and not text.strip():
        raise ValidationError(field=field, code="input.empty")
    if len(text) > max_length:
        raise ValidationError(field=field, code="input.too_long",
                              params={"length": len(text), "limit": max_length})
    return text


def clean_short_text(value: object, field: str, *, required: bool = True) -> str:
    text = clean_text(value, field, required=required, max_length=MAX_SHORT_TEXT_LENGTH)
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

"""Which tables sync, which of their columns travel, and how values look on the wire.

Wire values are JSON-friendly (so an HTTP transport can carry them unchanged): datetimes in the
same fixed-width UTC text the local database stores, dates and times in ISO form, enums as their
value. Everything else (text, integers) travels as is.
"""

from __future__ import annotations

import datetime as dt
import enum
from functools import cache
from typing import Any

from sqlalchemy import Column, Date, Integer, String, Time, inspect, type_coerce
from sqlalchemy import Enum as SaEnum

from desktop_app.storage.models import BOOKKEEPING_COLUMNS, SYNCED_MODELS, SyncedMixin
from desktop_app.storage.types import UTCDateTime

# Parents before children: applying in this order keeps foreign keys satisfied.
ENTITIES: dict[str, type[SyncedMixin]] = {model.__tablename__: model for model in SYNCED_MODELS}
ENTITY_ORDER: dict[str, int] = {name: index for index, name in enumerate(ENTITIES)}

# Not sent: the local version counter and dirty flag are the laptop's own bookkeeping.
LOCAL_ONLY = frozenset({"id", "version", "dirty"})

# Natural keys that must stay unique among live rows (the local tables have unique constraints).
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "sectors": ("code",),
    "meetings": ("round_id", "municipality_code"),
    "managers_meetings": ("year", "number"),
}

# Foreign keys between synced tables: (column, parent table). A child is only accepted centrally
# when its parent is there, so a pull can always satisfy the laptop's foreign keys.
PARENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "meetings": (("round_id", "rounds"),),
    "participants": (("meeting_id", "meetings"),),
    "feedback": (("meeting_id", "meetings"), ("sector_id", "sectors")),
    "agenda_matters": (("managers_meeting_id", "managers_meetings"), ("feedback_id", "feedback")),
    "managers_attendees": (("managers_meeting_id", "managers_meetings"), ("matter_id", "agenda_matters")),
    # An agreement of a managers' meeting hangs off a matter; a negotiation's promise off an item.
    "follow_ups": (("feedback_id", "feedback"), ("matter_id", "agenda_matters")),
}

_UTC_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


@cache
def columns(entity: str) -> dict[str, Column[Any]]:
    return {attr.key: attr.columns[0] for attr in inspect(ENTITIES[entity]).column_attrs}


@cache
def wire_fields(entity: str) -> list[str]:
    """Every column that travels (all but id/version/dirty)."""
    return [key for key in columns(entity) if key not in LOCAL_ONLY]


@cache
def raw_wire_columns(entity: str) -> tuple[Any, ...]:
    """Column expressions for bulk reads. UTC datetimes and enums are stored exactly as they travel,
    so they are read as plain text instead of being parsed and formatted back."""
    out = []
    for key in wire_fields(entity):
        column = columns(entity)[key]
        if isinstance(column.type, UTCDateTime | SaEnum):
            out.append(type_coerce(column, String).label(key))
        else:
            out.append(column)
    return tuple(out)


@cache
def typed_wire_positions(entity: str) -> tuple[int, ...]:
    """Positions in raw_wire_columns() whose values still need to_wire (dates, times); the rest
    arrive from SQLite exactly as they travel."""
    return tuple(index for index, key in enumerate(wire_fields(entity))
                 if not isinstance(columns(entity)[key].type, UTCDateTime | SaEnum | String | Integer))


@cache
def merge_fields(entity: str) -> list[str]:
    """The content a person edits, plus the tombstone: what a three-way merge compares."""
    return [key for key in columns(entity) if key not in BOOKKEEPING_COLUMNS]


def to_wire(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime(_UTC_FORMAT)
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return value


def from_wire(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    column_type = column.type
    if isinstance(column_type, UTCDateTime):
        return dt.datetime.strptime(value, _UTC_FORMAT).replace(tzinfo=dt.UTC)
    if isinstance(column_type, SaEnum) and column_type.enum_class is not None:
        return column_type.enum_class(value)
    if isinstance(column_type, Date):
        return dt.date.fromisoformat(value)
    if isinstance(column_type, Time):
        return dt.time.fromisoformat(value)
    return value


def row_to_wire(entity: str, row: SyncedMixin) -> dict[str, Any]:
    return {key: to_wire(getattr(row, key)) for key in wire_fields(entity)}


def apply_wire(entity: str, row: SyncedMixin, fields: dict[str, Any]) -> None:
    cols = columns(entity)
    for key, value in fields.items():
        if key in cols and key not in LOCAL_ONLY:
            setattr(row, key, from_wire(cols[key], value))


@cache
def default_content(entity: str) -> dict[str, Any]:  # cached: callers must not mutate
    """What a freshly created row holds before anyone typed into it: the merge base for a row
    that two laptops created independently under the same deterministic id."""
    base: dict[str, Any] = {}
    for key, column in columns(entity).items():
        if key not in merge_fields(entity):
            continue
        default = column.default
        if default is not None and getattr(default, "is_scalar", False):
            base[key] = to_wire(default.arg)
        elif column.nullable:
            base[key] = None
    return base

"""What travels in a bundle: the entities, their fields in a fixed order, and how values are written.

One table of field specs drives export, import, CSV and XLSX, so the column order is the same
everywhere and documented once (docs/exchange.md). Values are written as text or integers only,
never floats, so a bundle has exactly one byte representation.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass
from operator import itemgetter, methodcaller
from typing import Any

from desktop_app.storage import models as m

# Field kinds. "ref:<entity>" marks a reference to another entity's key.
TEXT, INT, DATE, TIME, DATETIME, ENUM = "text", "int", "date", "time", "datetime", "enum"

DATETIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"  # UTC, fixed width: the same as the database stores


@dataclass(frozen=True)
class Field:
    name: str
    kind: str
    nullable: bool = False
    ref: str | None = None  # entity name this field points to
    uuid: bool = False      # an identifier that is not a checked reference (a plain link)


@dataclass(frozen=True)
class Entity:
    name: str            # key in the bundle, file name in CSV
    model: type[Any]
    label: str           # Finnish, singular, for messages
    sheet: str           # Finnish sheet name in XLSX
    key: str             # primary key field
    fields: tuple[Field, ...]
    synced: bool = True  # carries version/authors/timestamps

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def references(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.ref)


BOOKKEEPING: tuple[Field, ...] = (
    Field("version", INT),
    Field("created_at", DATETIME),
    Field("created_by", TEXT),
    Field("updated_at", DATETIME),
    Field("updated_by", TEXT),
    Field("device_id", TEXT),
    Field("deleted_at", DATETIME, nullable=True),
)


def _synced(*content: Field) -> tuple[Field, ...]:
    return (Field("id", TEXT), *content, *BOOKKEEPING)


ENTITIES: tuple[Entity, ...] = (
    Entity("municipalities", m.Municipality, "kunta", "Kunnat", "code", (
        Field("code", TEXT), Field("name_fi", TEXT), Field("name_sv", TEXT), Field("sort_order", INT),
    ), synced=False),
    Entity("sectors", m.Sector, "sektori", "Sektorit", "id", _synced(
        Field("code", TEXT), Field("name_fi", TEXT), Field("name_en", TEXT), Field("sort_order", INT),
        Field("retired_at", DATETIME, nullable=True),
    )),
    Entity("rounds", m.Round, "kierros", "Kierrokset", "id", _synced(
        Field("year", INT), Field("period_start", INT), Field("period_end", INT), Field("title", TEXT),
    )),
    Entity("meetings", m.Meeting, "neuvottelu", "Neuvottelut", "id", _synced(
        Field("round_id", TEXT, ref="rounds"),
        Field("municipality_code", TEXT, ref="municipalities"),
        Field("meeting_date", DATE, nullable=True), Field("start_time", TIME, nullable=True),
        Field("place", TEXT), Field("status", ENUM), Field("notes", TEXT),
    )),
    Entity("participants", m.Participant, "osallistuja", "Osallistujat", "id", _synced(
        Field("meeting_id", TEXT, ref="meetings"), Field("name", TEXT), Field("organisation", TEXT),
        Field("title", TEXT), Field("side", ENUM), Field("sort_order", INT),
    )),
    Entity("feedback", m.Feedback, "palaute", "Palautteet", "id", _synced(
        Field("meeting_id", TEXT, ref="meetings"), Field("sector_id", TEXT, nullable=True, ref="sectors"),
        Field("kind", ENUM), Field("scope", ENUM, nullable=True), Field("text", TEXT),
        Field("priority", ENUM), Field("sort_order", INT),
    )),
    Entity("managers_meetings", m.ManagersMeeting, "kuntajohtajakokous", "Kuntajohtajakokoukset",
           "id", _synced(
               Field("year", INT), Field("number", INT),
               Field("meeting_date", DATE, nullable=True), Field("start_time", TIME, nullable=True),
               Field("place", TEXT), Field("remote_link", TEXT), Field("chair", TEXT),
               Field("secretary", TEXT), Field("status", ENUM), Field("notes", TEXT),
           )),
    Entity("agenda_matters", m.AgendaMatter, "asia", "Asiat", "id", _synced(
        Field("managers_meeting_id", TEXT, ref="managers_meetings"), Field("number", INT),
        Field("title", TEXT), Field("raised_by", ENUM),
        Field("municipality_code", TEXT, nullable=True, ref="municipalities"),
        Field("raised_by_name", TEXT), Field("presenter", TEXT), Field("description", TEXT),
        Field("notes", TEXT), Field("status", ENUM),
        # A plain link (no foreign key, models.AgendaMatter): an import of one year's meetings
        # must not need every earlier matter of the chain.
        Field("carried_from_id", TEXT, nullable=True, uuid=True),
        Field("feedback_id", TEXT, nullable=True, ref="feedback"),
    )),
    Entity("managers_attendees", m.ManagersAttendee, "kokouksen osallistuja", "Kokousosallistujat",
           "id", _synced(
               Field("managers_meeting_id", TEXT, ref="managers_meetings"), Field("name", TEXT),
               Field("organisation", TEXT), Field("title", TEXT), Field("role", ENUM),
               Field("municipality_code", TEXT, nullable=True, ref="municipalities"),
               Field("attendance", ENUM),
               Field("matter_id", TEXT, nullable=True, ref="agenda_matters"),
               Field("sort_order", INT),
           )),
    # A negotiation's promise hangs off a feedback item, a managers' meeting's agreement off an
    # agenda matter: exactly one of the two is set (checked on import, exchange/records.py).
    Entity("follow_ups", m.FollowUp, "jatkotoimenpide", "Jatkotoimenpiteet", "id", _synced(
        Field("feedback_id", TEXT, nullable=True, ref="feedback"),
        Field("matter_id", TEXT, nullable=True, ref="agenda_matters"),
        Field("description", TEXT), Field("owner", TEXT),
        Field("due_date", DATE, nullable=True), Field("status", ENUM),
    )),
)
# Format version 1 (before the managers' meetings) had neither these entities nor
# follow_ups.matter_id; a version 1 bundle is read as version 2 with them empty (reader.py).
ADDED_IN_V2: tuple[str, ...] = ("managers_meetings", "agenda_matters", "managers_attendees")
BY_NAME: dict[str, Entity] = {entity.name: entity for entity in ENTITIES}
ENTITY_NAMES: tuple[str, ...] = tuple(BY_NAME)


def dump_value(field: Field, value: Any) -> Any:
    """Database value → bundle value (str, int or None)."""
    if value is None:
        return None
    if field.kind == DATETIME:
        return value.astimezone(dt.UTC).strftime(DATETIME_FORMAT)
    if field.kind in (DATE, TIME):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def load_value(field: Field, value: Any) -> Any:
    """Bundle value (already schema-checked) → database value. Raises ValueError for an impossible
    date such as 2026-02-30, which a pattern cannot rule out."""
    if value is None:
        return None
    if field.kind == DATETIME:
        # The schema fixed the shape (…T09:30:00.000000Z); fromisoformat is ~10× faster than strptime.
        parsed = dt.datetime.fromisoformat(value)
        if parsed.tzinfo is None or len(value) != 27:
            raise ValueError(value)
        return parsed.astimezone(dt.UTC)
    if field.kind == DATE:
        return dt.date.fromisoformat(value)
    if field.kind == TIME:
        return dt.time.fromisoformat(value)
    return value


_STORED_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z")


def _dump_datetime(value: dt.datetime | str) -> str:
    # Text as a UTCDateTime column stores it is already DATETIME_FORMAT (exchange/scope.py reads it
    # so); anything else is read as the column reads it (fromisoformat, then UTC).
    if isinstance(value, str):
        if _STORED_DATETIME.fullmatch(value):
            return value
        value = dt.datetime.fromisoformat(value)
    # DATETIME_FORMAT, without strftime's format parsing (~5× slower per value): a UTC isoformat
    # with microseconds is "2026-03-09T08:15:02.120000+00:00".
    return value.astimezone(dt.UTC).isoformat(timespec="microseconds")[:26] + "Z"


def _dump_enum(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


_ISOFORMAT = methodcaller("isoformat")
# TEXT and INT columns give str and int as they are (an Enum only comes from an ENUM column).
_DUMPERS: dict[str, Any] = {DATETIME: _dump_datetime, DATE: _ISOFORMAT, TIME: _ISOFORMAT,
                            ENUM: _dump_enum, TEXT: None, INT: None}
_DUMP_PLAN = {entity.name: tuple((f.name, _DUMPERS[f.kind]) for f in entity.fields) for entity in ENTITIES}


def dump_row(entity: Entity, row: Any) -> dict[str, Any]:
    """One database row (ORM object or Row) → its bundle record: `dump_value` of every field."""
    record: dict[str, Any] = {}
    for name, dump in _DUMP_PLAN[entity.name]:
        value = getattr(row, name)
        record[name] = value if value is None or dump is None else dump(value)
    return record


def dump_rows(entity: Entity, rows: list[Any]) -> list[dict[str, Any]]:
    """`dump_row` of many rows at once. Result rows of `select(table)` (SQLAlchemy Rows, all with
    the table's columns in the table's order) are read by position and converted column by
    column: attribute access on a Row costs more than the conversion itself. (Row._fields is
    itself slow, so it is read from the first row; the others must be Rows of the same width.)"""
    fields = getattr(rows[0], "_fields", None) if rows else None
    if fields is None or set(map(type, rows)) != {type(rows[0])} or set(map(len, rows)) != {len(fields)} \
            or list(fields) != [column.name for column in entity.model.__table__.columns]:
        return [dump_row(entity, row) for row in rows]
    at = {name: index for index, name in enumerate(fields)}
    names, columns = [], []
    for name, dump in _DUMP_PLAN[entity.name]:
        column = list(map(itemgetter(at[name]), rows))
        names.append(name)
        columns.append(column if dump is None else [None if v is None else dump(v) for v in column])
    return [dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True)]

"""Turning schema-valid bundle records into database values, with the checks a schema cannot make:
impossible dates, exact identifier shapes, duplicate identifiers."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import deque
from itertools import count
from operator import itemgetter
from typing import Any, NamedTuple

from desktop_app.domain.validation import normalize_text
from desktop_app.exchange.entities import (
    BY_NAME,
    DATE,
    DATETIME,
    DATETIME_FORMAT,
    ENTITIES,
    ENUM,
    INT,
    TEXT,
    TIME,
    Entity,
    Field,
    load_value,
)
from desktop_app.exchange.errors import MAX_PROBLEMS, BundleError, Problem

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_MUNICIPALITY_CODE = re.compile(r"[0-9]{3}")


class Incoming(NamedTuple):  # a tuple: 100,000 of them are made per import
    index: int              # position in the bundle's list, for messages
    values: dict[str, Any]  # database-typed values (`convert`) or stored values (`stored_incoming`)

    def key(self, entity: Entity) -> Any:
        return self.values[entity.key]


def _enum_class(entity: Entity, field: Field) -> Any:
    return entity.model.__table__.c[field.name].type.enum_class


def _shape_error(entity: Entity, field: Field, value: Any) -> str | None:
    """Python's `$` in the schema patterns also matches before a trailing newline; check exactly."""
    if not isinstance(value, str):
        return None
    if field.name == "id" or field.uuid or (field.ref and field.ref != "municipalities"):
        return None if _UUID.fullmatch(value) else "odotettiin UUID-tunnistetta (pienet kirjaimet)"
    if field.ref == "municipalities" or (entity.name == "municipalities" and field.name == "code"):
        return None if _MUNICIPALITY_CODE.fullmatch(value) else "odotettiin kolminumeroista kuntanumeroa"
    return None


def convert(document: dict[str, Any], name: str) -> dict[str, list[Incoming]]:
    problems: list[Problem] = []
    result: dict[str, list[Incoming]] = {}
    for entity in ENTITIES:
        enums = {f.name: _enum_class(entity, f) for f in entity.fields if f.kind == ENUM}
        seen: dict[Any, int] = {}
        converted: list[Incoming] = []
        for index, raw in enumerate(document["data"][entity.name]):
            values: dict[str, Any] = {}
            key = raw[entity.key]

            def problem(message: str, field: str | None, index: int = index, key: Any = key,
                        name: str = entity.name) -> None:
                path = f"data.{name}[{index}]" + (f".{field}" if field else "")
                problems.append(Problem(message, entity=name, index=index, record_id=str(key)[:60],
                                        field=field, path=path))

            for field in entity.fields:
                value = raw[field.name]
                shape = _shape_error(entity, field, value)
                if shape:
                    problem(shape, field.name)
                    continue
                if field.kind == TEXT and isinstance(value, str):
                    value = normalize_text(value)  # NFC, as every other entry path stores text
                try:
                    if field.kind == ENUM and value is not None:
                        values[field.name] = enums[field.name](value)
                    else:
                        values[field.name] = load_value(field, value)
                except ValueError:
                    what = {DATE: "päivämäärää", TIME: "kellonaikaa", DATETIME: "aikaleimaa"}.get(
                        field.kind, "arvoa")
                    problem(f"{what} '{str(value)[:40]}' ei ole olemassa", field.name)
            if entity.name == "follow_ups" and (raw["feedback_id"] is None) == (raw["matter_id"] is None):
                both = raw["feedback_id"] is not None
                problem("jatkotoimenpide kuuluu joko palautteeseen (feedback_id) tai kokouksen asiaan "
                        "(matter_id): " + ("nyt molemmat on annettu" if both else "nyt ei kumpaakaan"),
                        "matter_id" if both else "feedback_id")
            if key in seen:
                problem(f"sama tunniste esiintyy jo kohdassa nro {seen[key] + 1}", entity.key)
            else:
                seen[key] = index
            converted.append(Incoming(index, values))
            if len(problems) >= MAX_PROBLEMS:
                raise BundleError(name, problems)
        result[entity.name] = converted
    if problems:
        raise BundleError(name, problems)
    return result


# The fast path of an import. A bundle's values are, field for field, the text the database stores
# (entities.DATETIME_FORMAT is the UTCDateTime column's format, dates are ISO, enumerations their
# values), except times of day, which SQLite keeps with microseconds. So records that pass the
# checks below are used as they are, as dicts of *stored* values, without building datetime objects
# that SQLAlchemy would only format back into the same text.
_STORED_TIME = "microseconds"  # SQLAlchemy's SQLite TIME: 09:00:00.000000


def _nonnull(column: tuple[Any, ...], nullable: bool) -> Any:
    return [value for value in column if value is not None] if nullable else column


def _column_ok(entity: Entity, field: Field, column: tuple[Any, ...], enums: dict[str, Any]) -> bool:
    """The checks of `convert` on one column at once: False at the first doubt (the caller then
    runs `convert`, which finds and locates the problem)."""
    values = _nonnull(column, field.nullable)
    if not values:
        return True
    if field.kind == INT:
        return set(map(type, values)) == {int}
    if set(map(type, values)) != {str}:
        return False
    if field.name == "id" or field.uuid or (field.ref and field.ref != "municipalities"):
        return all(map(_UUID.fullmatch, values))
    if field.ref == "municipalities" or (entity.name == "municipalities" and field.name == "code"):
        return all(map(_MUNICIPALITY_CODE.fullmatch, values))
    try:
        if field.kind == ENUM:
            return set(values) <= enums[field.name]
        if field.kind == DATE:
            deque(map(dt.date.fromisoformat, values), maxlen=0)
        elif field.kind == TIME:
            deque(map(dt.time.fromisoformat, values), maxlen=0)
        elif field.kind == DATETIME:
            # The schema fixed the shape (…T09:30:00.000000Z, 27 characters); a real date remains.
            return set(map(len, values)) == {27} and all(
                parsed.tzinfo is not None for parsed in map(dt.datetime.fromisoformat, values))
    except ValueError:
        return False
    return True


def stored_incoming(document: dict[str, Any], name: str) -> dict[str, list[Incoming]]:
    """Like `convert`, but `Incoming.values` are the values as the database stores them (text for
    times and dates, enumeration values), ready for a bulk insert; the document's own record dicts
    are reused. Checked column by column; a document with any doubt goes through `convert` (which
    raises the located BundleError, or returns typed values that are then put in stored form)."""
    checked: list[tuple[Entity, list[dict[str, Any]], list[tuple[Any, ...]]]] = []
    for entity in ENTITIES:
        records = document["data"][entity.name]
        columns = list(zip(*map(itemgetter(*entity.field_names), records), strict=True)) if records \
            else [() for _ in entity.fields]
        if records and not _entity_ok(entity, columns):
            return {key: [Incoming(item.index, to_stored(BY_NAME[key], item.values)) for item in items]
                    for key, items in convert(document, name).items()}
        checked.append((entity, records, columns))
    result: dict[str, list[Incoming]] = {}
    for entity, records, columns in checked:
        for field, column in zip(entity.fields, columns, strict=True):
            if field.kind == TEXT and not _all_nfc(_nonnull(column, field.nullable)):
                for record in records:  # NFC, as every other entry path stores text
                    if isinstance(record[field.name], str):
                        record[field.name] = normalize_text(record[field.name])
            elif field.kind == TIME:
                for record in records:
                    if record[field.name] is not None:
                        record[field.name] = dt.time.fromisoformat(record[field.name]).isoformat(_STORED_TIME)
        result[entity.name] = list(map(Incoming, count(), records))
    return result


def _entity_ok(entity: Entity, columns: list[tuple[Any, ...]]) -> bool:
    enums = {f.name: {member.value for member in _enum_class(entity, f)}
             for f in entity.fields if f.kind == ENUM}
    names = entity.field_names
    keys = columns[names.index(entity.key)]
    if len(set(keys)) != len(keys):
        return False
    pairs = zip(entity.fields, columns, strict=True)
    if not all(_column_ok(entity, field, column, enums) for field, column in pairs):
        return False
    if entity.name == "follow_ups":  # exactly one parent
        return all((feedback is None) != (matter is None) for feedback, matter in zip(
            columns[names.index("feedback_id")], columns[names.index("matter_id")], strict=True))
    return True


def _all_nfc(values: Any) -> bool:
    """Every value in NFC, in one call: a line feed never composes with its neighbours (UAX #15
    "stable" code point), so the joined text is NFC exactly when every piece is."""
    return unicodedata.is_normalized("NFC", "\n".join(values))


def to_stored(entity: Entity, values: dict[str, Any]) -> dict[str, Any]:
    """Database-typed values (as `convert` gives them) → the text and numbers the database stores."""
    out: dict[str, Any] = {}
    for field in entity.fields:
        value = values[field.name]
        if value is None:
            out[field.name] = None
        elif field.kind == DATETIME:
            out[field.name] = value.astimezone(dt.UTC).strftime(DATETIME_FORMAT)
        elif field.kind == DATE:
            out[field.name] = value.isoformat()
        elif field.kind == TIME:
            out[field.name] = value.isoformat(_STORED_TIME)
        elif field.kind == ENUM:
            out[field.name] = value.value
        else:
            out[field.name] = value
    return out


def to_typed(entity: Entity, values: dict[str, Any]) -> dict[str, Any]:
    """Stored values → what the ORM takes (the reverse of `to_stored`)."""
    enums = {f.name: _enum_class(entity, f) for f in entity.fields if f.kind == ENUM}
    out: dict[str, Any] = {}
    for field in entity.fields:
        value = values[field.name]
        if value is None:
            out[field.name] = None
        elif field.kind == DATETIME:
            out[field.name] = dt.datetime.fromisoformat(value).astimezone(dt.UTC)
        elif field.kind == DATE:
            out[field.name] = dt.date.fromisoformat(value)
        elif field.kind == TIME:
            out[field.name] = dt.time.fromisoformat(value)
        elif field.kind == ENUM:
            out[field.name] = enums[field.name](value)
        else:
            out[field.name] = value
    return out

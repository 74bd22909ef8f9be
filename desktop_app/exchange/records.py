"""Turning schema-valid bundle records into database values, with the checks a schema cannot make:
impossible dates, exact identifier shapes, duplicate identifiers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from desktop_app.domain.validation import normalize_text
from desktop_app.exchange.entities import (
    DATE,
    DATETIME,
    ENTITIES,
    ENUM,
    TEXT,
    TIME,
    Entity,
    Field,
    load_value,
)
from desktop_app.exchange.errors import MAX_PROBLEMS, BundleError, Problem

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_MUNICIPALITY_CODE = re.compile(r"[0-9]{3}")


@dataclass(frozen=True)
class Incoming:
    index: int              # position in the bundle's list, for messages
    values: dict[str, Any]  # database-typed values

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

"""Writing an export bundle (siirtopaketti): deterministic JSON with a manifest and a checksum.

Same data → byte-identical file: keys sorted, records ordered by their key, fixed text formats for
times, no floats, and no export timestamp or device name anywhere in the file. When a bundle was
made is the file's own business (its name or modification time); putting it inside would make two
exports of unchanged data differ, and the round-trip check could no longer compare bytes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any

from desktop_app.domain.errors import KuntapalauteError
from desktop_app.domain.progress import NO_PROGRESS, Progress
from desktop_app.exchange.entities import ENTITIES, dump_rows
from desktop_app.exchange.scope import Scope, select_records
from desktop_app.files import write_atomically
from desktop_app.storage.database import Database
from desktop_app.storage.failures import os_reason

FORMAT = "kuntapalaute-bundle"
FORMAT_VERSION = 2  # 2: managers' meetings, agenda matters, attendees, follow_ups.matter_id
READABLE_VERSIONS = (1, 2)  # a version 1 bundle (before the managers' meetings) still imports


def schema_file(version: int = FORMAT_VERSION) -> str:
    """File name of the JSON Schema of one format version, under resources/schema/."""
    return f"bundle-{version}.schema.json"


SCHEMA_FILE = schema_file()


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    scope: str
    counts: dict[str, int]
    sha256: str
    size_bytes: int


def canonical_bytes(data: Any) -> bytes:
    """The checksummed form of `data`: sorted keys, no whitespace, UTF-8 (not \\u escapes)."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def checksum(data: Any) -> str:
    return hashlib.sha256(canonical_bytes(data)).hexdigest()


def build_bundle(db: Database, scope: Scope, progress: Progress = NO_PROGRESS) -> dict[str, Any]:
    total = len(ENTITIES) + 1
    progress.step(0, total, "Luetaan tietokantaa…")
    with db.read() as session:
        scope, rows = select_records(session, scope)
    data: dict[str, list[dict[str, Any]]] = {}
    for done, entity in enumerate(ENTITIES, start=1):
        records = dump_rows(entity, rows.pop(entity.name))
        records.sort(key=lambda record, key=entity.key: record[key])
        data[entity.name] = records
        progress.step(done, total, f"Muodostetaan: {entity.sheet.lower()}")
    manifest = {
        "scope": scope.label(),
        "counts": {name: len(records) for name, records in data.items()},
        "sha256": checksum(data),
    }
    if db.holds_demo_data():  # the importing laptop is marked too, so the data cannot sync from there
        manifest["demo_data"] = True
    return {"format": FORMAT, "format_version": FORMAT_VERSION, "manifest": manifest, "data": data}


def bundle_bytes(bundle: dict[str, Any]) -> bytes:
    """The file: `json.dumps(bundle, ensure_ascii=False, sort_keys=True, indent=1)` and a final
    newline, byte for byte. Python's encoder runs in pure Python whenever it indents; here each
    flat record is encoded by the C encoder in one call, its item separator carrying the line
    break and indentation, so the same text comes out several times faster."""
    parts: list[str] = []
    _write(bundle, 0, parts)
    parts.append("\n")
    return "".join(parts).encode("utf-8")


_SCALARS = frozenset({str, int, bool, type(None)})


def _scalar(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _flat_records(value: list[Any]) -> bool:
    """A non-empty list of non-empty dicts whose values are all scalars (every bundle record)."""
    return (set(map(type, value)) == {dict} and all(value)
            and set(map(type, chain.from_iterable(map(dict.values, value)))) <= _SCALARS)


def _write(value: Any, level: int, out: list[str]) -> None:
    """`value` as json.dumps(…, indent=1, sort_keys=True) writes it at nesting `level`."""
    inner = " " * (level + 1)
    if isinstance(value, dict) and value:
        out.append("{\n")
        for number, (key, item) in enumerate(sorted(value.items())):
            out.append(("," if number else "") + ("\n" if number else "") + inner + _scalar(key) + ": ")
            _write(item, level + 1, out)
        out.append("\n" + " " * level + "}")
    elif isinstance(value, list) and value and _flat_records(value):
        fields = " " * (level + 2)
        encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True,
                                  separators=(",\n" + fields, ": ")).encode
        head, tail = inner + "{\n" + fields, "\n" + inner + "}"
        out.append("[\n")
        out.append(",\n".join([head + encode(record)[1:-1] + tail for record in value]))
        out.append("\n" + " " * level + "]")
    elif isinstance(value, list) and value:
        out.append("[\n")
        for number, item in enumerate(value):
            out.append(",\n" + inner if number else inner)
            _write(item, level + 1, out)
        out.append("\n" + " " * level + "]")
    else:
        out.append(_scalar(value))


def export_bundle(db: Database, scope: Scope, out: Path,
                  progress: Progress = NO_PROGRESS) -> ExportSummary:
    bundle = build_bundle(db, scope, progress)
    payload = bundle_bytes(bundle)
    progress.check()
    try:
        write_atomically(out, payload)
    except OSError as exc:
        raise KuntapalauteError(f"Tiedostoa {out} ei voitu kirjoittaa: {os_reason(exc)}") from exc
    manifest = bundle["manifest"]
    return ExportSummary(path=out, scope=manifest["scope"], counts=manifest["counts"],
                         sha256=manifest["sha256"], size_bytes=len(payload))

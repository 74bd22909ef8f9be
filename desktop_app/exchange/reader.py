"""Reading a bundle defensively: size first, then strict JSON, depth, schema, counts and checksum.

Each step refuses with a located Finnish message (`BundleError`) before the next one runs, so a
hostile file never reaches the schema validator (which recurses) or the database.
"""

from __future__ import annotations

import json
import os
import stat
from decimal import Decimal
from functools import cache
from itertools import islice
from pathlib import Path
from typing import Any

import fastjsonschema
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError as SchemaError

from desktop_app.domain.validation import text_problem
from desktop_app.exchange.bundle import FORMAT_VERSION, READABLE_VERSIONS, checksum, schema_file
from desktop_app.exchange.entities import ADDED_IN_V2
from desktop_app.exchange.errors import MAX_PROBLEMS, BundleError, Problem
from desktop_app.exchange.quickcheck import quick_valid
from desktop_app.resources import resource_path
from desktop_app.storage.failures import os_reason

DEFAULT_MAX_BYTES = 512 * 1024 * 1024
MAX_DEPTH = 8  # a valid bundle nests 5 deep (root, data, list, record, value)

_JSON_MESSAGES = {
    "Expecting value": "odotettiin arvoa",
    "Expecting property name enclosed in double quotes": "odotettiin lainausmerkeissä olevaa kentän nimeä",
    "Expecting ',' delimiter": "odotettiin pilkkua",
    "Expecting ':' delimiter": "odotettiin kaksoispistettä",
    "Unterminated string starting at": "merkkijono jää kesken",
    "Invalid control character at": "merkkijonossa on kielletty ohjausmerkki",
    "Invalid \\escape": "virheellinen \\-merkintä",
    "Invalid \\uXXXX escape": "virheellinen \\u-merkintä",
    "Extra data": "tiedoston lopussa on ylimääräistä tekstiä",
}


@cache
def bundle_schema(version: int = FORMAT_VERSION) -> dict[str, Any]:
    """The JSON Schema of format `version` (one of READABLE_VERSIONS)."""
    return json.loads(resource_path("schema", schema_file(version)).read_text(encoding="utf-8"))


@cache
def _validator(version: int) -> Draft202012Validator:
    return Draft202012Validator(bundle_schema(version))


@cache
def _fast_validator(version: int) -> Any:
    """The same schema compiled to Python code: ~30× faster on a large valid bundle. It stops at the
    first error, so a refused bundle is run through jsonschema again for every located message."""
    return fastjsonschema.compile(bundle_schema(version))


def _declared_version(document: Any) -> int:
    """The readable format version the document says it has; otherwise the current one, whose
    schema then refuses the document with a message naming its version."""
    declared = document.get("format_version") if isinstance(document, dict) else None
    if type(declared) is int and declared in READABLE_VERSIONS:
        return declared
    return FORMAT_VERSION


class _DuplicateKey(Exception):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return result


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} ei ole sallittu luku")


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """At most `max_bytes` of a regular file, or a BundleError. Bounded before reading starts: the
    file is opened without blocking (a named pipe would otherwise wait for a writer forever),
    refused unless fstat() says it is a regular file (not a pipe, a device such as /dev/zero, a
    socket or a folder), refused when larger than the limit, and read with a byte limit so a file
    that grows meanwhile cannot be read past it."""
    name = path.name
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError as exc:
        raise BundleError(name, [Problem("tiedostoa ei löydy")]) from exc
    except PermissionError as exc:
        raise BundleError(name, [Problem("tiedostoon ei ole lukuoikeutta")]) from exc
    except IsADirectoryError as exc:
        raise BundleError(name, [Problem("polku on kansio, ei tiedosto")]) from exc
    except OSError as exc:
        raise BundleError(name, [Problem(f"tiedostoa ei voitu avata: {os_reason(exc)}")]) from exc
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise BundleError(name, [Problem("polku on kansio, ei tiedosto")])
        if not stat.S_ISREG(info.st_mode):
            raise BundleError(name, [Problem(
                "polku ei ole tavallinen tiedosto (vaan esim. putki tai laite); tallenna paketti "
                "ensin tiedostoksi")])
        if info.st_size > max_bytes:
            raise BundleError(name, [Problem(
                f"tiedosto on liian suuri ({info.st_size / 1e6:.1f} Mt, enintään {max_bytes / 1e6:.1f} Mt)")])
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            # read(n) allocates n bytes up front, so ask for what fstat() saw (+1 to notice growth),
            # then read on only up to the limit.
            chunks = [handle.read(info.st_size + 1)]
            total = len(chunks[0])
            while total > info.st_size and total <= max_bytes:
                more = handle.read(min(1 << 20, max_bytes + 1 - total))
                if not more:
                    break
                chunks.append(more)
                total += len(more)
    except OSError as exc:
        raise BundleError(name, [Problem(f"tiedostoa ei voitu lukea: {os_reason(exc)}")]) from exc
    finally:
        os.close(fd)
    if total > max_bytes:
        raise BundleError(name, [Problem(f"tiedosto on liian suuri (yli {max_bytes / 1e6:.1f} Mt)")])
    return b"".join(chunks)


def parse_json(raw: bytes, name: str) -> Any:
    return parse_text(decode_text(raw, name), name)


def decode_text(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BundleError(name, [Problem(f"tiedosto ei ole UTF-8-tekstiä (tavu {exc.start + 1})")]) from exc


def parse_text(text: str, name: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_float=Decimal,
                          parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        reason = next((fi for en, fi in _JSON_MESSAGES.items() if exc.msg.startswith(en)),
                      "virheellinen JSON")
        problem = Problem(f"JSON ei ole kelvollista rivillä {exc.lineno}, sarakkeessa {exc.colno}: {reason}")
    except _DuplicateKey as exc:
        problem = Problem(f"kenttä '{str(exc)[:60]}' esiintyy samassa objektissa kahdesti")
    except RecursionError:
        problem = Problem("JSON on liian syvälle sisäkkäistä")
    except ValueError as exc:  # over-long integers, NaN/Infinity
        reason = "luku on liian pitkä" if "digits" in str(exc) else str(exc)[:120]
        problem = Problem(f"JSON ei ole kelvollista: {reason}")
    raise BundleError(name, [problem])


def _children(node: Any) -> list[tuple[Any, Any]]:
    if isinstance(node, dict):
        return list(node.items())
    return list(enumerate(node)) if isinstance(node, list) else []


def check_depth(document: Any, name: str, limit: int = MAX_DEPTH) -> None:
    """Iterative, so a deeply nested file cannot exhaust the stack here either. The fast pass
    keeps no paths; only a refused file pays for a second pass that finds where it is."""
    stack: list[tuple[Any, int]] = [(document, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            break
        if isinstance(node, dict):
            stack.extend((child, depth + 1) for child in node.values())
        elif isinstance(node, list):
            stack.extend((child, depth + 1) for child in node)
    else:
        return
    located: list[tuple[Any, list[Any]]] = [(document, [])]
    while located:
        node, path = located.pop()
        if len(path) >= limit:
            raise BundleError(name, [locate(document, path, f"rakenne on liian syvä (yli {limit} tasoa)")])
        located.extend((child, [*path, key]) for key, child in _children(node))


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "totuusarvo"
    if isinstance(value, int):
        return "kokonaisluku"
    if isinstance(value, Decimal):
        return "desimaaliluku"
    if isinstance(value, str):
        return "teksti"
    return "lista" if isinstance(value, list) else "objekti"


_EXPECTED = {"string": "tekstiä", "integer": "kokonaislukua", "object": "objektia", "array": "listaa",
             "null": "null"}
_PATTERN_HINTS = {
    "uuid": "odotettiin UUID-tunnistetta (pienet kirjaimet)",
    "datetime": "odotettiin UTC-aikaa muodossa 2026-11-27T09:30:00.000000Z",
    "date": "odotettiin päivämäärää muodossa 2026-11-27",
    "time": "odotettiin kellonaikaa muodossa 09:30:00",
}


def _pattern_hint(pattern: str) -> str:
    defs = bundle_schema()["$defs"]
    for key, hint in _PATTERN_HINTS.items():
        if defs[key].get("pattern") == pattern:
            return hint
    return f"arvo ei vastaa muotoa {pattern}"


def _describe(error: SchemaError) -> str:
    kind, expected, value = error.validator, error.validator_value, error.instance
    if kind == "anyOf":
        real = [sub for sub in error.context or [] if sub.validator_value != "null"]
        return (_describe(real[0]) if real else "väärä arvo") + " (tai null)"
    if kind == "type":
        return f"väärä tyyppi: odotettiin {_EXPECTED.get(expected, expected)}, oli {_type_name(value)}"
    if kind == "required":
        missing = [key for key in expected if key not in value]
        return f"pakollinen kenttä puuttuu: {', '.join(missing)}"
    if kind == "additionalProperties":
        known = set(error.schema.get("properties", {}))
        extra = sorted(str(key)[:40] for key in value if key not in known)
        return f"tuntematon kenttä: {', '.join(extra[:5])}"
    if kind == "maxLength":
        return f"teksti on liian pitkä ({len(value)} merkkiä, enintään {expected})"
    if kind == "minLength":
        return "arvo ei saa olla tyhjä"
    if kind == "pattern":
        return _pattern_hint(expected)
    if kind == "enum":
        return f"arvo '{str(value)[:40]}' ei kelpaa; sallitut: {', '.join(map(str, expected))}"
    if kind == "minimum":
        return f"arvo {value} on liian pieni (vähintään {expected})"
    if kind == "maximum":
        return f"arvo {value} on liian suuri (enintään {expected})"
    if kind == "const" and list(error.absolute_path) == ["format"]:
        return "tiedosto ei ole Kuntapalautteen siirtopaketti"
    if kind == "const" and list(error.absolute_path) == ["format_version"]:
        readable = " ja ".join(map(str, READABLE_VERSIONS))
        return f"tuntematon muotoversio {str(value)[:20]}; tämä sovellus lukee versioita {readable}"
    return f"arvo ei kelpaa ({kind})"


def locate(document: Any, path: list[Any], message: str) -> Problem:
    """A Problem for a JSON path like ['data', 'feedback', 12, 'text']."""
    text = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".") or None
    entity = index = record_id = field = None
    if len(path) >= 2 and path[0] == "data":
        entity = str(path[1])
        if len(path) >= 3 and isinstance(path[2], int):
            index = path[2]
            try:
                record = document["data"][entity][index]
                key = record.get("id", record.get("code"))
                record_id = key[:60] if isinstance(key, str) else None
            except (KeyError, IndexError, TypeError, AttributeError):
                pass
        if len(path) >= 4:
            field = str(path[3])[:60]
    elif path:
        field = ".".join(str(p) for p in path)[:60]
    return Problem(message, entity=entity, index=index, record_id=record_id, field=field, path=text)


def validate_schema(document: Any, name: str) -> None:
    version = _declared_version(document)
    if isinstance(document, dict) and document.get("format") == "kuntapalaute-bundle" \
            and "format_version" in document and document["format_version"] != version:
        # Another version's content cannot be judged by this one's schema: say only that.
        schema = bundle_schema(version)["properties"]["format_version"]
        error = next(Draft202012Validator(schema).iter_errors(document["format_version"]))
        error.path.append("format_version")
        raise BundleError(name, [locate(document, ["format_version"], _describe(error))])
    try:
        _fast_validator(version)(document)
        return
    except fastjsonschema.JsonSchemaException as exc:
        fast_error = exc
    errors = sorted(islice(_validator(version).iter_errors(document), MAX_PROBLEMS),
                    key=lambda e: [str(p) for p in e.absolute_path])
    if errors:
        raise BundleError(name, [locate(document, list(e.absolute_path), _describe(e)) for e in errors])
    # jsonschema let it pass where fastjsonschema did not: its `$` matches before a final newline,
    # fastjsonschema's (like ECMA's) does not. Refuse at fastjsonschema's place.
    path = [int(p) if str(p).isdigit() else p for p in (getattr(fast_error, "path", None) or [])[1:]]
    message = (_pattern_hint(str(fast_error.rule_definition)) if fast_error.rule == "pattern"
               else "arvo ei vastaa skeemaa")
    raise BundleError(name, [locate(document, path, message)])


def check_manifest(document: dict[str, Any], name: str) -> None:
    data, manifest = document["data"], document["manifest"]
    problems = [
        Problem(f"luettelossa {manifest['counts'][entity]} riviä, paketissa {len(records)}",
                field=f"manifest.counts.{entity}", path=f"manifest.counts.{entity}")
        for entity, records in data.items() if manifest["counts"][entity] != len(records)
    ]
    if not problems and checksum(data) != manifest["sha256"]:
        problems.append(Problem("tarkistussumma ei täsmää: tiedosto on muuttunut tai vioittunut",
                                field="manifest.sha256", path="manifest.sha256"))
    if problems:
        raise BundleError(name, problems)


def check_characters(document: dict[str, Any], name: str) -> None:
    """The shared character rule (`domain.validation.text_problem`) on every text of every record,
    before the checksum step (which cannot even encode a lone surrogate). Runs after the schema,
    so `data` is known to be lists of flat records."""
    problems: list[Problem] = []
    for entity, records in document["data"].items():
        for index, record in enumerate(records):
            for key, value in record.items():
                if isinstance(value, str):
                    reason = text_problem(value)
                    if reason:
                        problems.append(locate(document, ["data", entity, index, key], reason))
                        if len(problems) >= MAX_PROBLEMS:
                            raise BundleError(name, problems)
    scope = document["manifest"].get("scope")
    if isinstance(scope, str) and text_problem(scope):
        problems.append(Problem(str(text_problem(scope)), field="manifest.scope", path="manifest.scope"))
    if problems:
        raise BundleError(name, problems)


def upgrade_document(document: dict[str, Any]) -> dict[str, Any]:
    """A checked version 1 document read as version 2, in place: the entities added in version 2
    empty and every follow-up a negotiation's (`matter_id` null). Counts and checksum were
    verified on the file as it was; the manifest gains zero counts for the new entities."""
    if document["format_version"] == 1:
        data, counts = document["data"], document["manifest"]["counts"]
        for follow_up in data["follow_ups"]:
            follow_up["matter_id"] = None
        for entity in ADDED_IN_V2:
            data[entity] = []
            counts[entity] = 0
    return document


def read_bundle(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, Any]:
    """Everything that can be checked without the database. Returns the validated document."""
    return parse_document(read_bytes(path, max_bytes), path.name)


def parse_document(raw: bytes, name: str) -> dict[str, Any]:
    # The file's bytes go as soon as they are decoded, its text as soon as it is parsed: a bundle
    # is held in memory once at a time (plus the parser's own work), not two or three times.
    text = decode_text(raw, name)
    del raw
    document = parse_text(text, name)
    del text
    # A valid bundle is shown valid column by column (quickcheck.py); anything else goes through
    # the full sequence, which refuses it with located messages.
    if not quick_valid(document, bundle_schema(_declared_version(document))):
        check_depth(document, name)
        validate_schema(document, name)
        check_characters(document, name)
    check_manifest(document, name)
    return upgrade_document(document)

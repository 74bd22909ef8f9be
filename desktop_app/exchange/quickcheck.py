"""A quick check that a parsed bundle is valid, done column by column instead of value by value.

Reading a 100,000-record bundle, the depth walk, the compiled JSON Schema (fastjsonschema) and the
character rule each visited every one of its ~1.5 million values from Python, and together took
several times as long as parsing the file. This check reads the same JSON Schema (draft 2020-12,
the keywords the bundle schemas use) but checks each field of a list of records at once, with
C-level passes (`map`, `set`, `max`, one regex or `str.join` per column).

It is a *sufficient* check, never the one that explains: `quick_valid` returns True only when the
document passes the schema and the shared character rule (`domain.validation.text_problem`), and
is stricter where that is simpler (a pattern's `$` must be the very end, as fastjsonschema reads
it; an integer must be a plain int). On False, or on a schema keyword it does not know, the reader
runs its full sequence (depth, schema, characters), which finds and locates every problem with the
same Finnish messages as before. Its recursion follows the schema, not the document, so a deeply
nested file cannot exhaust the stack here either.
"""

from __future__ import annotations

import re
from functools import cache
from operator import itemgetter
from typing import Any

from desktop_app.domain.validation import text_problem

_TYPES: dict[str, type] = {"string": str, "integer": int, "object": dict, "array": list,
                           "null": type(None), "boolean": bool}
_ANNOTATIONS = frozenset({"description", "title", "$schema", "$id", "$defs", "$comment"})
_KNOWN = frozenset({"type", "properties", "required", "additionalProperties", "const", "enum",
                    "maxLength", "minLength", "pattern", "minimum", "maximum", "items", "$ref",
                    "anyOf"}) | _ANNOTATIONS


class _Unsupported(Exception):
    """The schema uses something this check does not implement: use the full validators."""


def quick_valid(document: Any, schema: dict[str, Any]) -> bool:
    """True only if `document` passes `schema` and every text in it passes the character rule.
    False means "not shown valid here", not "invalid": the caller then runs the full checks."""
    try:
        return _valid(schema, document, schema)
    except _Unsupported:
        return False


def _resolve(node: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        if set(node) - {"$ref"} - _ANNOTATIONS:
            raise _Unsupported(str(node))
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/$defs/"):
            raise _Unsupported(str(ref))
        node = root["$defs"][ref.removeprefix("#/$defs/")]
    if set(node) - _KNOWN:
        raise _Unsupported(str(set(node) - _KNOWN))
    return node


@cache
def _pattern(pattern: str) -> re.Pattern[str]:
    """Matched from the first character to the very end: the schema's `search` semantics when
    the pattern is anchored (`^…$`, as every bundle pattern is), stricter otherwise."""
    return re.compile(f"(?:{pattern})\\Z")


def _type_ok(node: dict[str, Any], value: Any) -> bool:
    if "type" not in node:
        return True
    names = node["type"] if isinstance(node["type"], list) else [node["type"]]
    return any(type(value) is _TYPES[name] for name in names)


def _valid(node: dict[str, Any], value: Any, root: dict[str, Any]) -> bool:
    """One value against one schema node."""
    node = _resolve(node, root)
    if "anyOf" in node and not any(_valid(sub, value, root) for sub in node["anyOf"]):
        return False
    if not _type_ok(node, value):
        return False
    if "const" in node and not (type(value) is type(node["const"]) and value == node["const"]):
        return False
    if "enum" in node and not any(type(value) is type(e) and value == e for e in node["enum"]):
        return False
    if isinstance(value, str):
        return _strings_ok(node, [value])
    if type(value) is int:
        return _integers_ok(node, [value])
    if isinstance(value, dict):
        return _object_ok(node, value, root)
    if isinstance(value, list):
        items = node.get("items")
        if items is None:
            raise _Unsupported("array without items")
        return _records_ok(items, value, root)
    return True


def _strings_ok(node: dict[str, Any], values: Any) -> bool:
    if not values:
        return True
    if "maxLength" in node and max(map(len, values)) > node["maxLength"]:
        return False
    if "minLength" in node and min(map(len, values)) < node["minLength"]:
        return False
    if "pattern" in node and not all(map(_pattern(node["pattern"]).match, values)):
        return False
    # The character rule, once per column: "\n" is allowed, so the joined text has a problem
    # exactly when one of the values has.
    return text_problem("\n".join(values)) is None


def _integers_ok(node: dict[str, Any], values: Any) -> bool:
    if not values:
        return True
    if "minimum" in node and min(values) < node["minimum"]:
        return False
    return not ("maximum" in node and max(values) > node["maximum"])


def _object_ok(node: dict[str, Any], value: dict[str, Any], root: dict[str, Any]) -> bool:
    properties = node.get("properties", {})
    if not set(node.get("required", ())) <= value.keys():
        return False
    extra = node.get("additionalProperties", True)
    if extra is False:
        if not value.keys() <= properties.keys():
            return False
    elif extra is not True:
        raise _Unsupported("additionalProperties schema")
    return all(_valid(properties[key], item, root) for key, item in value.items() if key in properties)


def _records_ok(items: dict[str, Any], records: list[Any], root: dict[str, Any]) -> bool:
    """A list against its `items` schema: flat records (every property required, none extra,
    every property a scalar) column by column; anything else value by value."""
    node = _resolve(items, root)
    properties = node.get("properties", {})
    flat = (node.get("type") == "object" and node.get("additionalProperties") is False
            and set(node.get("required", ())) == properties.keys() and len(properties) > 1
            and "anyOf" not in node and "const" not in node and "enum" not in node)
    if not flat:
        return all(_valid(items, record, root) for record in records)
    if not records:
        return True
    if {type(record) for record in records} != {dict}:
        return False
    expected = dict.fromkeys(properties).keys()
    if not all(map(expected.__eq__, map(dict.keys, records))):
        return False
    return all(_column_ok(properties[name], list(map(itemgetter(name), records)), root)
               for name in properties)


def _column_ok(node: dict[str, Any], column: list[Any], root: dict[str, Any]) -> bool:
    """Every value of one field of a list of records against the field's schema."""
    node = _resolve(node, root)
    if "anyOf" in node:
        subs = [_resolve(sub, root) for sub in node["anyOf"]]
        nulls = [sub for sub in subs if sub == {"type": "null"}]
        others = [sub for sub in subs if sub != {"type": "null"}]
        if len(nulls) != 1 or len(others) != 1 or set(node) - {"anyOf"} - _ANNOTATIONS:
            return all(_valid(node, value, root) for value in column)
        return _column_ok(others[0], [value for value in column if value is not None], root)
    if not column:
        return True
    kinds = set(map(type, column))
    if "type" in node:
        names = node["type"] if isinstance(node["type"], list) else [node["type"]]
        if not kinds <= {_TYPES[name] for name in names}:
            return False
    if kinds - {str, int, type(None), bool}:
        return False  # objects or lists where the schema wants a value: let the full check say so
    if "const" in node and not all(type(v) is type(node["const"]) and v == node["const"] for v in column):
        return False
    if "enum" in node:
        allowed = node["enum"]
        if kinds == {str} and all(type(e) is str for e in allowed):
            if not set(column) <= set(allowed):
                return False
        elif not {(type(value), value) for value in column} <= {(type(e), e) for e in allowed}:
            return False
    if kinds == {str}:
        return _strings_ok(node, column)
    if kinds == {int}:
        return _integers_ok(node, column)
    return _strings_ok(node, [value for value in column if type(value) is str]) and _integers_ok(
        node, [value for value in column if type(value) is int])

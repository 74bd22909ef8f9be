"""Hypothesis mutates a valid bundle (structure or bytes) and imports it: the only failure allowed is
our own located BundleError, and a refused import leaves every table exactly as it was."""

from __future__ import annotations

import copy
import json
import tempfile
from pathlib import Path
from typing import Any

from exchange_support import demo_source_fixture, dump_database, load, save  # noqa: F401
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from desktop_app.exchange.errors import BundleError
from desktop_app.exchange.importer import import_bundle
from desktop_app.storage.migrate import open_database

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False)
    | st.text(max_size=30) | st.sampled_from(["", "2026-02-30", "2026-11-27T09:30:00.000000Z", "290",
                                             "00000000-0000-0000-0000-000000000000", "closed"]),
    lambda children: (st.lists(children, max_size=3)
                      | st.dictionaries(st.text(max_size=8), children, max_size=3)),
    max_leaves=6,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, child in node.items():
            found.extend(_paths(child, (*prefix, key)))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            found.extend(_paths(child, (*prefix, index)))
    return found


def _mutate(bundle: dict[str, Any], data: st.DataObject) -> dict[str, Any]:
    bundle = copy.deepcopy(bundle)
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        paths = [p for p in _paths(bundle) if p]
        path = data.draw(st.sampled_from(paths), label="path")
        parent: Any = bundle
        for step in path[:-1]:
            parent = parent[step]
        action = data.draw(st.sampled_from(["replace", "delete", "duplicate", "swap id", "retext"]),
                           label="action")
        if action == "retext" and isinstance(parent[path[-1]], str):
            parent[path[-1]] = data.draw(st.text(max_size=40), label="text")  # often still valid
        elif action == "replace":
            parent[path[-1]] = data.draw(JSON_VALUES, label="value")
        elif action == "delete":
            del parent[path[-1]]
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[path[-1]]))
        elif action == "swap id" and isinstance(parent, dict) and "id" in parent:
            other = data.draw(st.sampled_from([p for p in _paths(bundle) if p and p[-1] == "id"]))
            target: Any = bundle
            for step in other:
                target = target[step]
            parent["id"] = target
    return bundle


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_bundles_never_crash_and_never_half_import(demo_source, data: st.DataObject) -> None:
    original = load(demo_source.meeting)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "kohde.db", "Sumennus")
        try:
            mutated = _mutate(original, data)
            path = Path(folder) / "muokattu.json"
            if data.draw(st.integers(0, 3), label="bytes instead") == 0:
                raw = json.dumps(original, ensure_ascii=False, indent=1).encode()
                cut = data.draw(st.integers(0, len(raw)), label="cut")
                junk = data.draw(st.text('{}[]",:01 aä\\', max_size=8), label="junk").encode()
                path.write_bytes(raw[:cut] + junk + raw[cut + 8:])
            else:
                save(mutated, path, fix_checksum=data.draw(st.booleans(), label="fix checksum"))
            before = dump_database(db)
            try:
                report = import_bundle(db, path)
            except BundleError as exc:
                event(f"refused: {exc.problems[0].message.split(':')[0][:30]}")
                assert str(exc).startswith("Siirtopaketti muokattu.json hylättiin: ")
                assert "\n" not in str(exc)
                assert dump_database(db) == before
            else:
                event("accepted")
                # Accepted: it was still a valid bundle, and a second import must change nothing.
                after = dump_database(db)
                assert import_bundle(db, path).changed is False
                assert dump_database(db) == after
                assert report.total("added") + report.total("skipped") + report.total("updated") > 0
        finally:
            db.dispose()

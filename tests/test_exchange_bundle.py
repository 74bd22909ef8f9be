"""Export bundles: deterministic bytes, a valid schema, scopes that carry what they reference,
and the round trip A → empty B → export again, byte for byte."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from exchange_support import AWKWARD_TEXT, demo_source_fixture, empty_db_fixture, load  # noqa: F401
from jsonschema import Draft202012Validator

from desktop_app.domain.errors import ValidationError
from desktop_app.exchange.bundle import canonical_bytes, export_bundle
from desktop_app.exchange.entities import ENTITIES
from desktop_app.exchange.importer import import_bundle
from desktop_app.exchange.reader import bundle_schema
from desktop_app.exchange.scope import parse_scope
from desktop_app.storage.database import Database
from desktop_app.storage.migrate import open_database


def test_round_trip_into_a_database_set_up_by_the_app_is_byte_identical(demo_source, tmp_path: Path) -> None:
    """Laptop B is set up the way the app does it (migrated, municipalities and default sectors
    seeded at its own first start), at another moment than laptop A."""
    laptop_b = open_database(tmp_path / "b.db", "Toinen Kone")
    try:
        report = import_bundle(laptop_b, demo_source.all)
        again = export_bundle(laptop_b, parse_scope("all"), tmp_path / "b.json")
    finally:
        laptop_b.dispose()
    assert again.path.read_bytes() == demo_source.all.read_bytes()
    counts = load(demo_source.all)["manifest"]["counts"]
    assert report.total("added") == sum(counts.values()) - 11 - 8  # default sectors, municipalities
    assert report.counts["sectors"].unchanged == 11 and report.total("conflicts") == 0


def test_every_laptop_seeds_the_same_reference_rows(tmp_path: Path) -> None:
    exports = []
    for name in ("a", "b"):
        database = open_database(tmp_path / f"{name}.db", f"Käyttäjä {name}")
        try:
            exports.append(export_bundle(database, parse_scope("all"), tmp_path / f"{name}.json"))
        finally:
            database.dispose()
    assert exports[0].path.read_bytes() == exports[1].path.read_bytes()


def test_round_trip_into_an_empty_database_is_byte_identical(demo_source, empty_db: Database,
                                                              tmp_path: Path) -> None:
    report = import_bundle(empty_db, demo_source.all)
    again = export_bundle(empty_db, parse_scope("all"), tmp_path / "b.json")
    assert again.path.read_bytes() == demo_source.all.read_bytes()
    assert report.total("added") == sum(load(demo_source.all)["manifest"]["counts"].values())
    assert report.total("skipped") == 0


def test_round_trip_keeps_tombstones_edits_and_awkward_text(demo_source, empty_db: Database) -> None:
    import_bundle(empty_db, demo_source.all)
    from desktop_app.storage import models as m
    with empty_db.read() as session:
        edited = session.get(m.Feedback, demo_source.edited_id)
        deleted = session.get(m.Feedback, demo_source.deleted_id)
        assert edited is not None and deleted is not None
        assert edited.text == AWKWARD_TEXT and edited.version == 2
        assert deleted.deleted_at is not None
        assert edited.created_by == "Lähde Käyttäjä"  # authors travel as they were, not the importer


def test_same_data_exports_the_same_bytes_and_a_matching_checksum(demo_source, tmp_path: Path) -> None:
    db = open_database(demo_source.db_path, "Toinen Käyttäjä")
    try:
        second = export_bundle(db, parse_scope("all"), tmp_path / "again.json")
    finally:
        db.dispose()
    raw = second.path.read_bytes()
    assert raw == demo_source.all.read_bytes()
    bundle = json.loads(raw)
    assert bundle["manifest"]["sha256"] == hashlib.sha256(canonical_bytes(bundle["data"])).hexdigest()
    assert b"\\u00e4" not in raw and "ä".encode() in raw  # UTF-8 text, not escapes
    for records in bundle["data"].values():
        keys = [r.get("id", r.get("code")) for r in records]
        assert keys == sorted(keys)


def test_exported_bundles_validate_against_the_shipped_schema(demo_source) -> None:
    validator = Draft202012Validator(bundle_schema())
    Draft202012Validator.check_schema(bundle_schema())
    for path in (demo_source.all, demo_source.meeting):
        assert list(validator.iter_errors(load(path))) == []


def test_schema_lists_exactly_the_fields_the_code_writes() -> None:
    defs = bundle_schema()["$defs"]
    for entity in ENTITIES:
        assert list(defs[entity.name]["properties"]) == list(entity.field_names)
        assert defs[entity.name]["required"] == list(entity.field_names)
        assert defs[entity.name]["additionalProperties"] is False


def test_a_meeting_bundle_carries_its_round_sectors_and_municipality(demo_source, empty_db) -> None:
    bundle = load(demo_source.meeting)
    data = bundle["data"]
    assert bundle["manifest"]["scope"] == f"meeting:{demo_source.meeting_id}"
    assert [m["id"] for m in data["meetings"]] == [demo_source.meeting_id]
    assert len(data["rounds"]) == 1 and len(data["municipalities"]) == 1
    used_sectors = {f["sector_id"] for f in data["feedback"]} - {None}
    assert {s["id"] for s in data["sectors"]} == used_sectors
    report = import_bundle(empty_db, demo_source.meeting)  # nothing else needed in the database
    assert report.counts["feedback"].added == len(data["feedback"])


def test_round_and_since_scopes(demo_source, tmp_path: Path) -> None:
    db = open_database(demo_source.db_path, "Lukija")
    try:
        round_bundle = export_bundle(db, parse_scope("round:2025"), tmp_path / "r.json")
        future = export_bundle(db, parse_scope("since:2999-01-01"), tmp_path / "s.json")
        by_name = export_bundle(db, parse_scope("meeting:2026:kuhmo"), tmp_path / "m.json")
        by_code = export_bundle(db, parse_scope("meeting:2026:290"), tmp_path / "m2.json")
        with pytest.raises(ValidationError, match="2031"):
            export_bundle(db, parse_scope("round:2031"), tmp_path / "x.json")
    finally:
        db.dispose()
    data = load(round_bundle.path)["data"]
    assert {r["year"] for r in data["rounds"]} == {2025}
    assert {m["round_id"] for m in data["meetings"]} == {data["rounds"][0]["id"]}
    assert round_bundle.counts["meetings"] == 8
    assert all(count == 0 for count in future.counts.values())
    assert by_name.path.read_bytes() == by_code.path.read_bytes()


def test_since_scope_takes_changed_children_with_their_parents(demo_source, tmp_path: Path) -> None:
    """In a copy where only the edited feedback item was received after 2026-01-01, the bundle holds
    that item plus exactly its meeting, round, sector and municipality: nothing else."""
    copy_path = tmp_path / "kopio.db"
    with sqlite3.connect(demo_source.db_path) as source, sqlite3.connect(copy_path) as target:
        source.backup(target)
        target.execute("UPDATE local_receipts SET received_at = '2025-06-01T00:00:00.000Z' WHERE row_id != ?",
                       (demo_source.edited_id,))
    db = open_database(copy_path, "Lukija")
    try:
        summary = export_bundle(db, parse_scope("since:2026-01-01"), tmp_path / "since.json")
    finally:
        db.dispose()
    data = load(summary.path)["data"]
    item = next(f for f in load(demo_source.all)["data"]["feedback"] if f["id"] == demo_source.edited_id)
    assert [f["id"] for f in data["feedback"]] == [demo_source.edited_id]
    assert [m["id"] for m in data["meetings"]] == [item["meeting_id"]]
    assert len(data["rounds"]) == 1 and data["participants"] == [] and data["follow_ups"] == []
    assert [s["id"] for s in data["sectors"]] == ([item["sector_id"]] if item["sector_id"] else [])
    assert [m["code"] for m in data["municipalities"]] == [data["meetings"][0]["municipality_code"]]


@pytest.mark.parametrize("text", ["", "everything", "round:abc", "since:2026-13-01", "meeting:"])
def test_bad_scopes_are_refused_in_finnish(text: str) -> None:
    with pytest.raises(ValidationError, match="rajaus"):
        parse_scope(text)


def test_the_example_in_the_docs_is_a_valid_bundle(db: Database, tmp_path: Path) -> None:
    from exchange_support import REPO_ROOT

    text = (REPO_ROOT / "docs" / "exchange.md").read_text(encoding="utf-8")
    example = text.split("```json\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "esimerkki.json"
    path.write_text(example, encoding="utf-8")
    report = import_bundle(db, path)
    assert report.counts["feedback"].added == 1 and report.counts["follow_ups"].added == 2
    assert report.counts["agenda_matters"].added == 1 and report.counts["managers_attendees"].added == 1
    assert not import_bundle(db, path).changed


def test_the_same_version_deleted_on_one_side_is_a_conflict_not_unchanged(demo_source,
                                                                           tmp_path: Path) -> None:
    """Same id and same version must mean the same content: a tombstone that differs is reported."""
    import copy
    import json

    from exchange_support import save

    laptop = open_database(tmp_path / "b.db", "Toinen Kone")
    try:
        import_bundle(laptop, demo_source.meeting)
        bundle = copy.deepcopy(load(demo_source.meeting))
        live = next(f for f in bundle["data"]["feedback"] if f["deleted_at"] is None)
        live["deleted_at"] = "2026-11-30T10:00:00.000000Z"  # same version, deleted elsewhere
        report = import_bundle(laptop, save(bundle, tmp_path / "poistettu.json"))
    finally:
        laptop.dispose()
    assert report.counts["feedback"].conflicts == 1 and f"palaute {live['id']}" in report.conflicts
    assert json.dumps(report.lines(), ensure_ascii=False).count("ristiriita") >= 1

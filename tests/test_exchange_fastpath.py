"""The fast paths of import and export (docs/performance/exchange.md) give exactly what the general
paths give: the same stored values, audit rows, search index rows, receipts and dirty flags, the
same file bytes, and the same located refusals."""

from __future__ import annotations

import copy
import json
import sqlite3
import unicodedata
from pathlib import Path

import pytest
from exchange_support import demo_source_fixture, dump_database, empty_db_fixture, load, save  # noqa: F401

from desktop_app.exchange.bundle import bundle_bytes
from desktop_app.exchange.entities import ENTITIES
from desktop_app.exchange.errors import BundleError
from desktop_app.exchange.importer import import_bundle
from desktop_app.exchange.quickcheck import quick_valid
from desktop_app.exchange.reader import bundle_schema, parse_document, read_bundle
from desktop_app.exchange.records import convert, stored_incoming, to_stored
from desktop_app.storage.database import Database
from desktop_app.storage.migrate import open_database

LOCAL = {"audit_log", "local_settings", "local_receipts", "local_receipt_clock"}  # local clocks


def _awkward(demo_source, tmp_path: Path) -> Path:
    """The whole demo bundle with values the fast path converts: a time without seconds, text in
    decomposed form (as macOS writes), timestamps with and without microseconds in content fields
    (a retired sector, a tombstone), and a new follow-up on an item that has one already."""
    bundle = load(demo_source.all)
    data = bundle["data"]
    data["meetings"][0]["start_time"] = "09:30"
    data["meetings"][1]["start_time"] = "13:05:59"
    data["feedback"][0]["text"] = unicodedata.normalize("NFD", "Äänekosken ja Vuokatin väylät")
    data["sectors"][0]["retired_at"] = "2026-02-03T04:05:06.789000Z"
    data["sectors"][1]["retired_at"] = "2026-02-03T04:05:06.000000Z"
    data["participants"][0]["deleted_at"] = "2026-02-03T04:05:06.120000Z"
    first = next(f for f in data["follow_ups"] if f["feedback_id"])
    data["follow_ups"].append(dict(first, id="0f0f0f0f-0000-4000-8000-000000000001",
                                   description="Toinen jatkotoimi: selvitetään ratapihan laajennus.",
                                   created_at="2026-03-01T00:00:00.000000Z"))
    data["follow_ups"].sort(key=lambda record: record["id"])
    return save(bundle, tmp_path / "hankala.json")


def _reference(path: Path, folder: Path) -> Database:
    """The same bundle written through the ORM, one entity per unit of work: the flush hook writes
    the audit rows, the triggers the search index and receipts, row by row."""
    incoming = convert(read_bundle(path), path.name)
    reference = open_database(folder / "viite.db", "Vastaanottaja", seed=False)
    for entity in ENTITIES:
        with reference.write(remote_action="import") as session:
            for item in incoming[entity.name]:
                values = dict(item.values, dirty=True) if entity.synced else item.values
                session.add(entity.model(**values))
    return reference


def _audit(database: Database) -> list[tuple]:
    connection = sqlite3.connect(database.path)
    try:
        return sorted((actor, "<local>" if device == database.device_id else device, entity, entity_id,
                       action, field, old, new) for actor, device, entity, entity_id, action, field, old, new
                      in connection.execute("SELECT actor, device_id, entity, entity_id, action, field, "
                                            "old_value, new_value FROM audit_log"))
    finally:
        connection.close()


def test_stored_values_are_what_the_general_conversion_stores(demo_source, tmp_path: Path) -> None:
    for path in (demo_source.all, demo_source.meeting, demo_source.managers_year,
                 _awkward(demo_source, tmp_path)):
        fast = stored_incoming(read_bundle(path), path.name)
        general = convert(read_bundle(path), path.name)
        for entity in ENTITIES:
            assert [(item.index, item.values) for item in fast[entity.name]] == \
                   [(item.index, to_stored(entity, item.values)) for item in general[entity.name]]
        assert sum(len(items) for items in fast.values()) > 10


def test_bulk_import_writes_what_the_orm_writes(demo_source, empty_db: Database, tmp_path: Path) -> None:
    """Rows, dirty flags, versions, the search indexes (built with the follow-ups inserted first)
    and the audit rows, including times and timestamps, which the audit log writes in isoformat."""
    path = _awkward(demo_source, tmp_path)
    report = import_bundle(empty_db, path)
    reference = _reference(path, tmp_path)
    try:
        ours, theirs = dump_database(empty_db), dump_database(reference)
        assert {k: v for k, v in ours.items() if k not in LOCAL} == \
               {k: v for k, v in theirs.items() if k not in LOCAL}
        assert ours["feedback_fts"] and ours["matter_fts"]
        assert _audit(empty_db) == _audit(reference)
        audited = {(row[5], row[7]) for row in _audit(empty_db)}
        assert {("start_time", "09:30:00"), ("start_time", "13:05:59"),
                ("retired_at", "2026-02-03T04:05:06.789000+00:00"),
                ("retired_at", "2026-02-03T04:05:06+00:00"),
                ("deleted_at", "2026-02-03T04:05:06.120000+00:00")} <= audited
        # one receipt per imported synced row, as the triggers stamp every write path
        synced = sum(len(rows) for name, rows in ours.items() if name in {e.name for e in ENTITIES[1:]})
        assert len(ours["local_receipts"]) == synced == report.total("added") - report.counts[
            "municipalities"].added
    finally:
        reference.dispose()


def test_a_follow_up_added_to_an_item_already_here_reaches_its_search_row(
        demo_source, empty_db: Database, tmp_path: Path) -> None:
    import_bundle(empty_db, demo_source.all)
    path = _awkward(demo_source, tmp_path)
    report = import_bundle(empty_db, path)
    assert report.counts["follow_ups"].added == 1
    connection = sqlite3.connect(empty_db.path)
    try:
        hits = connection.execute("SELECT count(*) FROM feedback_fts WHERE feedback_fts MATCH "
                                  "'followups : ratapihan'").fetchone()[0]
    finally:
        connection.close()
    assert hits == 1


def test_a_time_stored_in_another_form_is_the_same_value(demo_source, empty_db: Database) -> None:
    """'Same version, same content' compares stored text first; a time an older version stored
    without microseconds is still the same time (the written forms are compared), not a conflict."""
    import_bundle(empty_db, demo_source.all)
    connection = sqlite3.connect(empty_db.path)
    try:
        with connection:
            changed = connection.execute("UPDATE meetings SET start_time = substr(start_time, 1, 8) "
                                         "WHERE start_time IS NOT NULL").rowcount
    finally:
        connection.close()
    assert changed > 0
    report = import_bundle(empty_db, demo_source.all)
    assert report.counts["meetings"].conflicts == 0 and not report.changed


def test_a_valid_bundle_is_shown_valid_by_the_quick_check(demo_source) -> None:
    for path in (demo_source.all, demo_source.meeting, demo_source.managers_year):
        assert quick_valid(json.loads(path.read_bytes()), bundle_schema(2))


@pytest.mark.parametrize("change", [
    lambda b: b["data"]["feedback"][0].update(text=5),
    lambda b: b["data"]["feedback"][0].update(extra="x"),
    lambda b: b["data"]["feedback"][0].pop("priority"),
    lambda b: b["data"]["feedback"][0].update(priority="kiire"),
    lambda b: b["data"]["feedback"][0].update(text="x" * 200_001),
    lambda b: b["data"]["feedback"][0].update(text="nolla\x00merkki"),
    lambda b: b["data"]["feedback"][0].update(id=b["data"]["feedback"][0]["id"] + "\n"),
    lambda b: b["data"]["feedback"][0].update(sort_order=True),
    lambda b: b["data"]["feedback"][0].update(version=0),
    lambda b: b["data"]["feedback"][0].update(created_at="2026-03-09 08:15:02"),
    lambda b: b["data"]["feedback"][0].update(deleted_at=[]),
    lambda b: b["data"]["feedback"].append("ei objekti"),
    lambda b: b["data"].update(feedback={}),
    lambda b: b["manifest"].update(scope=["syvä", ["lista"]]),
    lambda b: b.update(format_version=3),
    lambda b: b["manifest"].update(demo_data=False),
], ids=lambda _: "")
def test_what_the_schema_refuses_the_quick_check_never_passes(demo_source, change) -> None:
    bundle = json.loads(demo_source.meeting.read_bytes())
    change(bundle)
    assert not quick_valid(bundle, bundle_schema(2))
    with pytest.raises(BundleError):
        parse_document(json.dumps(bundle, ensure_ascii=False).encode(), "muokattu.json")


def test_a_refusal_quoting_a_line_break_stays_one_line(demo_source, tmp_path: Path) -> None:
    """The message quotes the refused value; a line break in it must not split the one line the
    CLI and the status bar show (found by test_exchange_fuzz)."""
    bundle = load(demo_source.meeting)
    bundle["data"]["feedback"][0]["kind"] = "\n"
    with pytest.raises(BundleError) as refused:
        read_bundle(save(bundle, tmp_path / "rivinvaihto.json"))
    assert "\n" not in str(refused.value) and "kenttä kind" in str(refused.value)


def test_the_file_is_json_dumps_with_indent_one(demo_source) -> None:
    def reference(value: object) -> bytes:
        return (json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode()

    bundle = load(demo_source.all)
    assert bundle_bytes(bundle) == reference(bundle) == demo_source.all.read_bytes()
    for value in ({}, [], {"a": []}, {"a": {}}, {"a": [{}]}, [[]], "ä", 5, None, True,
                  {"b": [1, {"x": None}], "a": [{"z": 'ä\n"\\', "y": True}, {"k": 1}]},
                  {"data": {"x": [{"a": 1, "b": {"c": [1, 2]}}]}}, copy.deepcopy(bundle["data"])):
        assert bundle_bytes(value) == reference(value)


def test_rows_are_dumped_as_dump_value_writes_each_field(demo_source) -> None:
    from sqlalchemy import select

    from desktop_app.exchange.entities import dump_row, dump_rows, dump_value

    source = open_database(demo_source.db_path, "Lukija")
    try:
        with source.read() as session:
            for entity in ENTITIES:
                rows = list(session.execute(select(entity.model.__table__)))
                expected = [{f.name: dump_value(f, getattr(row, f.name)) for f in entity.fields}
                            for row in rows]
                assert dump_rows(entity, rows) == [dump_row(entity, row) for row in rows] == expected
                assert rows or entity.name == "municipalities"
    finally:
        source.dispose()


def test_a_timestamp_stored_in_another_form_is_exported_in_the_bundle_form(demo_source,
                                                                           tmp_path: Path) -> None:
    """Export reads timestamps as stored text; one not in the column's own format (written by
    something else) is read as the column reads it and written in the bundle's fixed form."""
    import shutil

    from desktop_app.exchange.bundle import export_bundle
    from desktop_app.exchange.scope import parse_scope

    copy_path = tmp_path / "kopio.db"
    shutil.copy(demo_source.db_path, copy_path)
    connection = sqlite3.connect(copy_path)
    try:
        with connection:
            item = connection.execute("SELECT id FROM feedback ORDER BY id LIMIT 1").fetchone()[0]
            connection.execute("UPDATE feedback SET created_at = '2026-03-09T10:15:02+02:00' WHERE id = ?",
                               (item,))
    finally:
        connection.close()
    database = open_database(copy_path, "Lukija")
    try:
        out = export_bundle(database, parse_scope("all"), tmp_path / "kaikki.json").path
    finally:
        database.dispose()
    record = next(f for f in load(out)["data"]["feedback"] if f["id"] == item)
    assert record["created_at"] == "2026-03-09T08:15:02.000000Z"

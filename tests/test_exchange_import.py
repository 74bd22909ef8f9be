"""Import semantics: idempotent by id and version, newer wins, older and conflicting never overwrite,
dry runs change nothing, and imported changes are dirty (so they get synced) and audited."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from exchange_support import demo_source_fixture, dump_database, empty_db_fixture, load, save  # noqa: F401
from sqlalchemy import select

from desktop_app.domain.progress import Cancelled, Progress
from desktop_app.exchange.importer import import_bundle
from desktop_app.storage import models as m
from desktop_app.storage.database import Database


def _feedback(bundle: dict, item_id: str) -> dict:
    return next(f for f in bundle["data"]["feedback"] if f["id"] == item_id)


def test_importing_the_same_bundle_twice_changes_nothing(demo_source, empty_db: Database) -> None:
    import_bundle(empty_db, demo_source.all)
    before = dump_database(empty_db)
    report = import_bundle(empty_db, demo_source.all)
    assert dump_database(empty_db) == before  # not even an audit row
    assert not report.changed
    assert report.total("unchanged") == report.total("skipped") > 0


def test_a_newer_version_updates_and_an_older_one_is_skipped(demo_source, empty_db: Database,
                                                             tmp_path: Path) -> None:
    import_bundle(empty_db, demo_source.all)
    newer = load(demo_source.all)
    item = _feedback(newer, demo_source.edited_id)
    item.update(text="Uudempi teksti toiselta koneelta.", version=item["version"] + 1,
                updated_by="Toinen Laite", updated_at="2026-12-01T10:00:00.000000Z")
    report = import_bundle(empty_db, save(newer, tmp_path / "newer.json"))
    assert report.counts["feedback"].updated == 1 and report.total("added") == 0

    older = load(demo_source.all)  # the original, version one lower than what is stored now
    _feedback(older, demo_source.edited_id)["text"] = "Vanha teksti, ei saa voittaa."
    before = dump_database(empty_db)
    report = import_bundle(empty_db, save(older, tmp_path / "older.json"))
    assert report.counts["feedback"].older == 1 and not report.changed
    assert dump_database(empty_db) == before
    with empty_db.read() as session:
        row = session.get(m.Feedback, demo_source.edited_id)
        assert row is not None
        assert (row.text, row.version, row.updated_by) == (
            "Uudempi teksti toiselta koneelta.", item["version"], "Toinen Laite")


def test_same_version_with_different_content_is_a_reported_conflict(demo_source, empty_db: Database,
                                                                     tmp_path: Path) -> None:
    import_bundle(empty_db, demo_source.all)
    rival = load(demo_source.all)
    _feedback(rival, demo_source.edited_id)["text"] = "Samaan aikaan toisaalla muokattu."
    before = dump_database(empty_db)
    report = import_bundle(empty_db, save(rival, tmp_path / "rival.json"))
    assert report.counts["feedback"].conflicts == 1
    assert any(demo_source.edited_id in line for line in report.lines())
    assert dump_database(empty_db) == before


def test_imported_changes_are_dirty_and_audited_as_import(demo_source, db: Database) -> None:
    """`db` is a normal seeded database: its default sectors equal the bundle's and stay as they are."""
    before = dump_database(db)
    report = import_bundle(db, demo_source.meeting)
    assert report.counts["sectors"].unchanged == report.counts["sectors"].skipped > 0
    with db.read() as session:
        dirty = set(session.scalars(select(m.Feedback.dirty)))
        actions = set(session.scalars(select(m.AuditEntry.action).where(
            m.AuditEntry.entity == "feedback")))
        sectors_dirty = set(session.scalars(select(m.Sector.dirty)))
    assert dirty == {True} and actions == {"import"}
    assert sectors_dirty == {False}  # skipped rows keep their flag
    assert dump_database(db)["sectors"] == before["sectors"]


def test_dry_run_reports_the_same_and_writes_nothing(demo_source, empty_db: Database) -> None:
    before = dump_database(empty_db)
    dry = import_bundle(empty_db, demo_source.all, dry_run=True)
    assert dump_database(empty_db) == before
    real = import_bundle(empty_db, demo_source.all)
    assert dry.dry_run and not real.dry_run
    assert {k: vars(v) for k, v in dry.counts.items()} == {k: vars(v) for k, v in real.counts.items()}
    assert "Koetuonti" in dry.lines()[0] and "Tuonti valmis" in real.lines()[0]


def test_cancelling_halfway_through_the_write_leaves_nothing(demo_source, empty_db: Database) -> None:
    before = dump_database(empty_db)
    seen: list[str] = []

    def on_step(done: int, total: int, message: str) -> None:
        seen.append(message)
        if "palautteet" in message:  # feedback is being written: parents already flushed
            progress.cancel()

    progress = Progress(on_step)
    with pytest.raises(Cancelled):
        import_bundle(empty_db, demo_source.all, progress=progress)
    assert any("palautteet" in message for message in seen)
    assert dump_database(empty_db) == before


def test_municipalities_are_reference_data_and_never_overwritten(demo_source, db: Database,
                                                                 tmp_path: Path) -> None:
    renamed = load(demo_source.meeting)
    renamed["data"]["municipalities"][0]["name_fi"] = "Toinen nimi"
    report = import_bundle(db, save(copy.deepcopy(renamed), tmp_path / "renamed.json"))
    assert report.counts["municipalities"].unchanged == 1
    with db.read() as session:
        names = set(session.scalars(select(m.Municipality.name_fi)))
    assert "Toinen nimi" not in names


def _audit_facts(database: Database) -> set[tuple]:
    """Audit rows without their time; the receiving device's own id (the fallback for records that
    came without one, like seeded sectors) is written as "<local>" so two databases compare."""
    with database.read() as session:
        return {(a.actor, "<local>" if a.device_id == database.device_id else a.device_id, a.entity,
                 a.entity_id, a.action, a.field, a.old_value, a.new_value)
                for a in session.scalars(select(m.AuditEntry))}


def test_bulk_inserted_rows_get_the_audit_rows_the_flush_hook_would_write(demo_source, empty_db: Database,
                                                                          tmp_path: Path) -> None:
    """The importer inserts new rows with Core for speed; the audit trail must not notice."""
    from desktop_app.exchange.entities import ENTITIES
    from desktop_app.exchange.reader import read_bundle
    from desktop_app.exchange.records import convert
    from desktop_app.storage.migrate import open_database

    import_bundle(empty_db, demo_source.meeting)
    incoming = convert(read_bundle(demo_source.meeting), "neuvottelu.json")
    reference = open_database(tmp_path / "viite.db", "Vastaanottaja", seed=False)
    try:
        for entity in ENTITIES:  # one entity per unit of work, parents first
            with reference.write(remote_action="import") as session:
                for item in incoming[entity.name]:
                    values = dict(item.values, dirty=True) if entity.synced else item.values
                    session.add(entity.model(**values))
        assert _audit_facts(empty_db) == _audit_facts(reference)
        assert len(_audit_facts(reference)) > 100
        local = {"audit_log", "local_settings", "local_receipts", "local_receipt_clock"}  # local clocks
        assert {k: v for k, v in dump_database(empty_db).items() if k not in local} \
            == {k: v for k, v in dump_database(reference).items() if k not in local}
    finally:
        reference.dispose()


def test_the_same_value_written_differently_is_not_a_conflict(demo_source, empty_db: Database,
                                                              tmp_path: Path) -> None:
    import_bundle(empty_db, demo_source.meeting)
    short = load(demo_source.meeting)
    meeting = short["data"]["meetings"][0]
    assert meeting["start_time"].endswith(":00")
    meeting["start_time"] = meeting["start_time"][:5]  # "09:00" instead of "09:00:00"
    report = import_bundle(empty_db, save(short, tmp_path / "lyhyt.json"))
    assert report.counts["meetings"].unchanged == 1 and report.counts["meetings"].conflicts == 0


def test_a_newer_bundle_over_an_unsynced_local_edit_is_pointed_out(demo_source, db: Database,
                                                                   tmp_path: Path) -> None:
    from desktop_app.services import Services

    import_bundle(db, demo_source.meeting)
    report = import_bundle(db, demo_source.meeting)
    assert report.overwritten_local == 0
    Services.for_database(db).feedback.update(demo_source.edited_id, text="Paikallinen muokkaus.")
    newer = load(demo_source.meeting)
    _feedback(newer, demo_source.edited_id)["version"] = 9
    report = import_bundle(db, save(newer, tmp_path / "uudempi.json"))
    assert report.overwritten_local == 1 and any("synkronoimaton" in line for line in report.lines())
    with db.read() as session:
        old_values = set(session.scalars(select(m.AuditEntry.old_value).where(
            m.AuditEntry.entity_id == demo_source.edited_id, m.AuditEntry.action == "import")))
    assert "Paikallinen muokkaus." in old_values  # the overwritten edit stays in the audit log

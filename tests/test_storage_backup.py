"""Backups through the online API, rotation, restore that never destroys the current file."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from desktop_app.domain.errors import StorageError
from desktop_app.services import Services
from desktop_app.storage import backup
from desktop_app.storage.database import Database


def _corrupt(path: Path) -> None:
    """Overwrite the middle of the file, where table b-tree pages live."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(4096 * 2)
        handle.write(os.urandom(min(4096 * 6, size - 8192)))


def test_backup_of_an_open_database_contains_uncheckpointed_work(
        services: Services, make_feedback, db: Database, tmp_path: Path) -> None:
    item = make_feedback("vain WAL:ssa vielä")
    target = backup.backup_now(db.path, tmp_path / "b", automatic=False)
    assert backup.integrity_problems(target) == []
    raw = sqlite3.connect(target)
    try:
        assert raw.execute("SELECT text FROM feedback WHERE id=?", (item.id,)).fetchone() == (
            "vain WAL:ssa vielä",)
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        raw.close()


def test_automatic_backups_rotate(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    for _ in range(backup.KEEP_AUTOMATIC + 3):
        backup.backup_now(db.path, folder)
    manual = backup.backup_now(db.path, folder, automatic=False)
    found = backup.list_backups(folder)
    assert sum(info.automatic for info in found) == backup.KEEP_AUTOMATIC
    assert manual in [info.path for info in found]


def test_automatic_backup_due(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    assert backup.automatic_backup_due(folder)
    backup.backup_now(db.path, folder)
    assert not backup.automatic_backup_due(folder)
    assert backup.automatic_backup_due(folder, dt.datetime.now() + backup.AUTO_INTERVAL)


def test_restore_replaces_and_keeps_the_previous_file(services: Services, make_feedback,
                                                      db: Database, tmp_path: Path) -> None:
    kept = make_feedback("ennen varmuuskopiota")
    snapshot = backup.backup_now(db.path, tmp_path / "b", automatic=False)
    later = make_feedback("varmuuskopion jälkeen")
    db.dispose()
    previous = backup.restore(snapshot, db.path, tmp_path / "b")
    raw = sqlite3.connect(db.path)
    try:
        ids = {row[0] for row in raw.execute("SELECT id FROM feedback")}
    finally:
        raw.close()
    assert kept.id in ids and later.id not in ids
    assert previous is not None
    raw = sqlite3.connect(previous)
    try:  # the replaced state is still there
        assert raw.execute("SELECT count(*) FROM feedback WHERE id=?", (later.id,)).fetchone()[0] == 1
    finally:
        raw.close()


def test_restore_sets_a_corrupt_file_aside_instead_of_overwriting(
        services: Services, make_feedback, db: Database, tmp_path: Path) -> None:
    for n in range(200):
        make_feedback(f"täytettä {n} " * 20)
    snapshot = backup.backup_now(db.path, tmp_path / "b", automatic=False)
    db.dispose()
    _corrupt(db.path)
    damaged = db.path.read_bytes()
    assert backup.integrity_problems(db.path)
    aside = backup.restore(snapshot, db.path, tmp_path / "b")
    assert aside is not None and "vioittunut" in aside.name
    assert aside.read_bytes() == damaged
    assert backup.integrity_problems(db.path) == []


def test_corrupt_backup_is_refused_and_nothing_changes(db: Database, tmp_path: Path) -> None:
    bad = tmp_path / "rikki.db"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    db.dispose()  # closing the last connection checkpoints the WAL into the file
    before = db.path.read_bytes()
    with pytest.raises(StorageError, match="vioittunut"):
        backup.restore(bad, db.path, tmp_path / "b")
    assert db.path.read_bytes() == before


def test_latest_good_backup_skips_damaged_ones(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    good = backup.backup_now(db.path, folder)
    newer = backup.backup_now(db.path, folder)
    newer.write_bytes(b"garbage" * 100)
    os.utime(newer, (good.stat().st_mtime + 10, good.stat().st_mtime + 10))
    latest = backup.latest_good_backup(folder)
    assert latest is not None and latest.path == good


def test_integrity_problems_of_missing_file(tmp_path: Path) -> None:
    assert backup.integrity_problems(tmp_path / "ei.db")


def test_open_with_verify_refuses_a_damaged_file_and_leaves_it(
        services: Services, make_feedback, db: Database) -> None:
    from desktop_app.storage.migrate import open_database

    for n in range(200):
        make_feedback(f"täytettä {n} " * 20)
    db.dispose()
    _corrupt(db.path)
    damaged = db.path.read_bytes()
    with pytest.raises(StorageError, match="vioittunut"):
        open_database(db.path, "x", verify=True)
    assert db.path.read_bytes() == damaged


def test_automatic_backup_if_due(db: Database) -> None:
    from desktop_app.services.maintenance import MaintenanceService

    first = MaintenanceService.automatic_backup_if_due(db.path)
    assert first is not None and first.name.startswith(backup.AUTO_PREFIX)
    assert MaintenanceService.automatic_backup_if_due(db.path) is None  # not due again yet

"""`export --scope since:DATE` selects by when THIS database received a change, from 00:00 Finnish
time of DATE (issue 13, item 6). The clocks are real processes' clocks moved with libfaketime, so
the author's clock, the receiving laptop's clock and SQLite's clock all agree, as on a laptop."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from exchange_support import REPO_ROOT, demo_source_fixture, load  # noqa: F401

from desktop_app.exchange.bundle import export_bundle
from desktop_app.exchange.scope import parse_scope
from desktop_app.storage.migrate import open_database
from desktop_app.storage.receipts import SYNCED_TABLES as RECEIPT_TABLES
from desktop_app.storage.receipts import local_midnight_utc

LIBFAKETIME = next((path for path in ("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1",
                                      "/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1",
                                      "/usr/lib/faketime/libfaketime.so.1") if os.path.exists(path)), None)
needs_faketime = pytest.mark.skipif(LIBFAKETIME is None or shutil.which("faketime") is None,
                                    reason="libfaketime puuttuu: apt-get install faketime")


def _cli(at: str, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """One command on a laptop whose clock says `at` (UTC)."""
    env = {**os.environ, "LD_PRELOAD": str(LIBFAKETIME), "FAKETIME": f"@{at}", "TZ": "UTC",
           "FAKETIME_DONT_FAKE_MONOTONIC": "1", "KUNTAPALAUTE_CENTRAL_PASSWORD": ""}
    result = subprocess.run([sys.executable, str(REPO_ROOT / "main.py"), "--db", str(db), *args],
                            capture_output=True, text=True, timeout=300, check=False, env=env)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result


def _ids(bundle: Path, entity: str = "feedback") -> set[str]:
    return {record["id"] for record in load(bundle)["data"][entity]}


def test_a_finnish_date_means_midnight_in_helsinki_daylight_saving_included() -> None:
    assert local_midnight_utc(dt.date(2026, 3, 29)) == dt.datetime(2026, 3, 28, 22, tzinfo=dt.UTC)
    assert local_midnight_utc(dt.date(2026, 3, 30)) == dt.datetime(2026, 3, 29, 21, tzinfo=dt.UTC)
    assert local_midnight_utc(dt.date(2026, 10, 25)) == dt.datetime(2026, 10, 24, 21, tzinfo=dt.UTC)
    assert local_midnight_utc(dt.date(2026, 11, 1)) == dt.datetime(2026, 10, 31, 22, tzinfo=dt.UTC)


@needs_faketime
@pytest.mark.parametrize("author_clock", ["2026-10-25 10:00:00", "2025-11-15 10:00:00"],
                         ids=["written-25.10.", "author-clock-a-year-behind"])
def test_items_imported_late_are_in_the_next_monthly_export(tmp_path: Path, author_clock: str) -> None:
    colleague, mine = tmp_path / "kollega.db", tmp_path / "oma.db"
    _cli(author_clock, colleague, "demo", "--year", "2026")
    _cli(author_clock, colleague, "export", "--out", str(tmp_path / "kollega.json"))
    _cli("2026-10-20 08:00:00", mine, "backup", "--list")          # my laptop, set up in October
    _cli("2026-11-30 09:00:00", mine, "import", str(tmp_path / "kollega.json"))  # arrives 30.11.
    _cli("2026-12-01 08:00:00", mine, "export", "--scope", "since:2026-11-01",
         "--out", str(tmp_path / "marraskuu.json"))
    _cli("2026-12-01 08:00:00", mine, "export", "--scope", "since:2026-12-01",
         "--out", str(tmp_path / "joulukuu.json"))
    everything = _ids(tmp_path / "kollega.json")
    assert everything and _ids(tmp_path / "marraskuu.json") == everything
    assert _ids(tmp_path / "joulukuu.json") == set()


@needs_faketime
def test_items_pulled_late_by_sync_are_in_the_next_monthly_export(tmp_path: Path) -> None:
    central = f"sqlite:///{tmp_path / 'keskus.db'}"
    colleague, mine = tmp_path / "kollega.db", tmp_path / "oma.db"
    _cli("2026-10-25 10:00:00", colleague, "demo", "--year", "2026")
    # The demo stands in for the colleague's real work here; a demo file itself never syncs.
    with sqlite3.connect(colleague) as connection:
        connection.execute("DELETE FROM local_settings WHERE key = 'demo_data'")
    connection.close()
    _cli("2026-10-25 11:00:00", colleague, "sync", "--central", central)
    _cli("2026-10-20 08:00:00", mine, "backup", "--list")
    _cli("2026-11-30 09:00:00", mine, "sync", "--central", central)   # pulled on 30.11.
    _cli("2026-12-01 08:00:00", mine, "export", "--scope", "since:2026-11-01",
         "--out", str(tmp_path / "marraskuu.json"))
    with sqlite3.connect(colleague) as connection:
        written = {row[0] for row in connection.execute("SELECT id FROM feedback")}
    assert written and _ids(tmp_path / "marraskuu.json") == written


@needs_faketime
def test_the_cut_off_is_midnight_finnish_time_on_the_dst_day(demo_source, tmp_path: Path) -> None:
    """29.3.2026: clocks go forward at 03:00. 00:30 Finnish time is 28.3. 22:30 UTC."""
    source = open_database(demo_source.db_path, "Lukija")
    try:
        with sqlite3.connect(demo_source.db_path) as connection:
            meetings = [row[0] for row in connection.execute(
                "SELECT DISTINCT meeting_id FROM feedback WHERE deleted_at IS NULL ORDER BY 1 LIMIT 2")]
        bundles = [export_bundle(source, parse_scope(f"meeting:{meeting}"), tmp_path / f"{n}.json").path
                   for n, meeting in enumerate(meetings)]
    finally:
        source.dispose()
    mine = tmp_path / "oma.db"
    _cli("2026-03-28 21:59:00", mine, "import", str(bundles[0]))  # 23:59 on 28.3. Finnish time
    _cli("2026-03-28 22:30:00", mine, "import", str(bundles[1]))  # 00:30 on 29.3. Finnish time
    _cli("2026-03-30 08:00:00", mine, "export", "--scope", "since:2026-03-29",
         "--out", str(tmp_path / "s29.json"))
    _cli("2026-03-30 08:00:00", mine, "export", "--scope", "since:2026-03-28",
         "--out", str(tmp_path / "s28.json"))
    before, after = _ids(bundles[0]), _ids(bundles[1])
    assert _ids(tmp_path / "s29.json") == after
    assert _ids(tmp_path / "s28.json") == before | after
    assert json.loads((tmp_path / "s29.json").read_text())["manifest"]["scope"] == "since:2026-03-29"


def test_marking_rows_clean_after_a_push_is_not_a_new_change(db, services, make_feedback) -> None:
    item = make_feedback()
    with sqlite3.connect(db.path) as connection:
        before = connection.execute("SELECT seq, received_at FROM local_receipts WHERE row_id = ?",
                                    (item.id,)).fetchone()
        connection.execute("UPDATE feedback SET dirty = 0")
        after = connection.execute("SELECT seq, received_at FROM local_receipts WHERE row_id = ?",
                                   (item.id,)).fetchone()
    assert before is not None and before == after
    services.feedback.update(item.id, text="Muutettu")
    with sqlite3.connect(db.path) as connection:
        edited = connection.execute("SELECT seq FROM local_receipts WHERE row_id = ?", (item.id,)).fetchone()
    assert edited[0] > before[0]


def test_the_released_0003_file_upgrades_with_receipts_and_the_common_seed(tmp_path: Path) -> None:
    fixture = REPO_ROOT / "tests" / "fixtures" / "schema_0003_sync_orphans.db"
    path = tmp_path / "vanha.db"
    shutil.copy(fixture, path)
    with sqlite3.connect(path) as connection:
        synced = {table: {row[0] for row in connection.execute(f"SELECT id FROM {table}")}
                  for table in ("sectors", "rounds", "meetings", "participants", "feedback", "follow_ups")}
        content = connection.execute(
            "SELECT id, text, version, updated_at FROM feedback ORDER BY id").fetchall()
    database = open_database(path, "Päivittäjä")
    try:
        export = export_bundle(database, parse_scope("since:2000-01-01"), tmp_path / "kaikki.json")
    finally:
        database.dispose()
    with sqlite3.connect(path) as connection:
        receipts = connection.execute("SELECT entity, row_id, seq FROM local_receipts").fetchall()
        triggers = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'kp_receipt_%'")}
        sectors = connection.execute(
            "SELECT DISTINCT created_at, updated_at, device_id FROM sectors WHERE version = 1").fetchall()
        edited = connection.execute("SELECT updated_by FROM sectors WHERE version > 1").fetchall()
        assert connection.execute("SELECT id, text, version, updated_at FROM feedback ORDER BY id"
                                  ).fetchall() == content
    assert {(entity, row_id) for entity, row_id, _ in receipts} == {
        (table, row_id) for table, ids in synced.items() for row_id in ids}
    assert sorted(seq for _, _, seq in receipts) == list(range(1, len(receipts) + 1))
    assert len(triggers) == 2 * len(RECEIPT_TABLES)  # insert + update on every synced table
    assert sectors == [("2026-01-01T00:00:00.000000Z", "2026-01-01T00:00:00.000000Z", "")]
    assert edited == [("Fixture Tekijä",)]  # a sector someone changed keeps its history
    assert _ids(export.path) == synced["feedback"]

"""The first-screen read (storage/first_screen.py) only reads: whatever state the file is in at
that moment, it never creates, changes or locks out the user's database."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop_app.services.demo import DemoService
from desktop_app.storage.first_screen import read_first_screen_rows
from desktop_app.storage.migrate import open_database


def test_a_file_that_vanished_since_start_up_looked_is_not_created_empty(tmp_path: Path) -> None:
    """The start-up saw the file, then it was moved away for a moment (a restore, a sync client
    moving it back and forth) just as the first-screen read began. The read used to create an
    empty file in its place: the full open then took it for a new database (empty app, demo
    offer), and on Windows a move back onto the path fails while that file is there."""
    path = tmp_path / "kuntapalaute.db"
    assert read_first_screen_rows(path) is None
    assert not path.exists()


def test_an_odd_folder_name_and_a_live_wal_file_are_still_read(tmp_path: Path) -> None:
    """Read-only opening goes through a URI: a folder name with URI characters (space, #, ?, %)
    and a database whose last writes are still in the WAL file read as before."""
    folder = tmp_path / "Kainuu #1 ?50% ä"
    folder.mkdir()
    path = folder / "kuntapalaute.db"
    database = open_database(path, "Testi")
    DemoService(database).create(current_year=2026)
    rows = read_first_screen_rows(path)
    assert rows is not None and rows.has_rounds and len(rows.meetings) == 8
    assert Path(str(path) + "-wal").exists()   # the app still has it open: the WAL is live
    database.dispose()
    copy = tmp_path / "kopio.db"
    shutil.copy(path, copy)
    assert read_first_screen_rows(copy) is not None


def test_a_question_mark_in_the_folder_name_keeps_the_database_in_its_file(tmp_path: Path) -> None:
    """`open_database` built its engine from "sqlite:///<path>", so a "?" in a folder name (legal
    on Linux and macOS) began the URL's query string: the data went to another file beside the
    folder ("…/Kokoukset" for "…/Kokoukset?2026/kuntapalaute.db") and the named file stayed empty."""
    folder = tmp_path / "Kokoukset?2026"
    folder.mkdir()
    path = folder / "kuntapalaute.db"
    database = open_database(path, "Testi")
    DemoService(database).create(current_year=2026)
    database.dispose()
    assert not (tmp_path / "Kokoukset").exists()
    rows = read_first_screen_rows(path)
    assert rows is not None and rows.has_rounds


def test_damage_in_a_folder_named_with_a_hash_is_found(tmp_path: Path) -> None:
    """The integrity check (start-up's quick check, `check`, backups) opened
    "file:<path>?mode=ro" unencoded: in "…/Kokous #3/kuntapalaute.db" (a legal Windows folder
    name) the "#" ended the file name, so the check opened and created an empty file
    "…/Kokous " and reported the damaged database sound: no backup offer, nothing set aside."""
    from desktop_app.storage.backup import integrity_problems

    folder = tmp_path / "Kokous #3"
    folder.mkdir()
    path = folder / "kuntapalaute.db"
    database = open_database(path, "Testi")
    DemoService(database).create(current_year=2026)
    database.dispose()
    assert integrity_problems(path, quick=True) == []
    with path.open("r+b") as handle:   # wreck three pages in the middle
        handle.seek(4096 * 5)
        handle.write(b"\xff" * 4096 * 3)
    assert integrity_problems(path, quick=True) != []
    assert integrity_problems(path) != []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Kokous #3"]

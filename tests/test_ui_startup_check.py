"""The start-up quick check runs on its own thread, beside the slow imports, and a damaged file
still gets the backup offer before the main window exists (docs/performance/startup.md)."""

from __future__ import annotations

import argparse
import threading
from pathlib import Path

import pytest
from ui_support import close_started, ui_settings

from desktop_app.services import Services
from desktop_app.storage import backup
from desktop_app.storage.migrate import open_database
from desktop_app.storage.startup_check import start_quick_check
from desktop_app.ui import app as app_module
from desktop_app.ui import dialogs


def _planned_database(folder: Path) -> Path:
    db_path = folder / "kuntapalaute.db"
    database = open_database(db_path, "Testi")
    Services.for_database(database).rounds.plan_round(2026)
    database.dispose()
    return db_path


def _record_check_threads(monkeypatch) -> list[str]:
    threads: list[str] = []
    real = backup.integrity_problems

    def recording(path: Path, *, quick: bool = False) -> list[str]:
        threads.append(threading.current_thread().name)
        return real(path, quick=quick)

    monkeypatch.setattr(backup, "integrity_problems", recording)
    monkeypatch.setattr("desktop_app.storage.startup_check.integrity_problems", recording)
    return threads


def test_the_quick_check_runs_off_the_gui_thread_before_the_window_opens(tmp_path, monkeypatch, qapp):
    db_path = _planned_database(tmp_path)
    threads = _record_check_threads(monkeypatch)
    started = app_module.finish_startup(ui_settings(tmp_path), argparse.Namespace(db=str(db_path), user="AK"))
    assert started is not None
    window, database = started
    try:
        assert len(threads) == 1 and threads[0] != threading.main_thread().name
        assert [r.year for r in window.services.rounds.list_rounds()] == [2026]
    finally:
        close_started(window, database)


@pytest.mark.parametrize("early", [False, True], ids=["check started here", "check started before Qt"])
def test_a_damaged_file_is_offered_its_backup_before_the_window_opens(tmp_path, monkeypatch, qapp, early):
    db_path = _planned_database(tmp_path)
    saved = backup.backup_now(db_path, tmp_path / "kuntapalaute-varmuuskopiot")
    db_path.write_bytes(b"roskaa" * 1000)
    threads = _record_check_threads(monkeypatch)
    check = start_quick_check(db_path.resolve()) if early else None   # as launch_gui does
    offered: list[tuple[str, str | None]] = []
    windows_at_offer: list[bool] = []

    def offer(parent, problem, name, when) -> bool:
        from PySide6.QtWidgets import QApplication

        from desktop_app.ui.main_window import MainWindow
        windows_at_offer.append(any(isinstance(w, MainWindow) for w in QApplication.topLevelWidgets()
                                    if w.isVisible()))
        offered.append((problem, name))
        return True

    monkeypatch.setattr(dialogs, "offer_backup", offer)
    started = app_module.finish_startup(ui_settings(tmp_path), argparse.Namespace(db=str(db_path), user="AK"),
                                        check=check)
    assert started is not None
    window, database = started
    try:
        assert threads and threads[0] != threading.main_thread().name   # found by the thread
        assert threads.count("kuntapalaute-quick-check") == 1   # the early check, not a second one
        assert offered and offered[0][1] == saved.name and "vioittunut" in offered[0][0]
        assert windows_at_offer == [False]   # nothing could be typed into the damaged file
        assert [r.year for r in window.services.rounds.list_rounds()] == [2026]
        aside = [p for p in tmp_path.iterdir() if ".vioittunut-" in p.name and p.suffix == ".db"]
        assert len(aside) == 1 and aside[0].read_bytes() == b"roskaa" * 1000
    finally:
        close_started(window, database)


def test_refusing_the_backup_leaves_the_damaged_file_and_opens_nothing(tmp_path, monkeypatch, qapp):
    db_path = tmp_path / "kuntapalaute.db"
    db_path.write_bytes(b"roskaa" * 1000)
    monkeypatch.setattr(dialogs, "offer_backup", lambda *args: False)
    args = argparse.Namespace(db=str(db_path), user="AK")
    assert app_module.finish_startup(ui_settings(tmp_path), args) is None
    assert db_path.read_bytes() == b"roskaa" * 1000


LAUNCH = """
import argparse, sys, types
from desktop_app.storage import startup_check
seen = []
real = startup_check.start_quick_check
def spy(path):
    seen.append("PySide6" in sys.modules)
    return real(path)
startup_check.start_quick_check = spy
fake = types.ModuleType("desktop_app.ui.app")
def run_app(args, check=None):
    print("QT_BEFORE_CHECK", seen, "CHECK_GIVEN", check is not None and not check.result())
    return 0
fake.run_app = run_app
sys.modules["desktop_app.ui.app"] = fake
from desktop_app.cli.gui import launch_gui
sys.exit(launch_gui(argparse.Namespace(db=sys.argv[1], user=None)))
"""


def test_the_app_starts_the_quick_check_before_qt_loads(tmp_path):
    """`python main.py` starts the check before importing Qt (it runs on the other core while Qt
    loads and the shell paints) and hands it to run_app, which must not start a second one."""
    import subprocess
    import sys

    db_path = _planned_database(tmp_path)
    done = subprocess.run([sys.executable, "-c", LAUNCH, str(db_path)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert "QT_BEFORE_CHECK [False] CHECK_GIVEN True" in done.stdout

"""Breaking the first-screen start-up (issue 12 follow-up): a start that fails after the first
paint must leave nothing changed that the user relies on, and must not claim success."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from conftest import REPO_ROOT
from ui_support import ui_settings

from desktop_app.services import Services
from desktop_app.services.demo import DemoService
from desktop_app.storage.migrate import open_database
from desktop_app.ui import app as app_module
from desktop_app.ui import dialogs

HOLD = """
import sys, time
from pathlib import Path
from desktop_app.storage.use_lock import exclusive_use
with exclusive_use(Path(sys.argv[1])):
    print("HELD", flush=True)
    time.sleep(60)
"""


def _demo_meeting(folder: Path) -> tuple[Path, str]:
    path = folder / "kuntapalaute.db"
    database = open_database(path, "Testi")
    DemoService(database).create(current_year=2026)
    services = Services.for_database(database)
    newest = services.rounds.list_rounds()[0]
    meeting_id = services.rounds.overview(newest.id)[2].meeting.id
    database.dispose()
    return path, meeting_id


def test_a_start_that_cannot_open_the_file_keeps_the_remembered_position(tmp_path, qtbot, monkeypatch):
    """The user was in a meeting; another process is restoring the file as the app starts, so the
    services cannot open it and the start fails (said, window closed). The next start must still
    reopen the meeting the user was in: a failed open is no reason to forget where they were
    (the full path never touched the position; the first-screen path used to wipe it)."""
    path, meeting_id = _demo_meeting(tmp_path)
    settings = ui_settings(tmp_path)
    settings.remember_position(meeting_id, "advocacy")
    assert settings.wait_written()
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message: shown.append(message))
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE,
                              text=True, env=env, cwd=REPO_ROOT)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "HELD"
        started = app_module.finish_startup(settings, argparse.Namespace(db=str(path), user="AK"))
        if started is not None:
            window, loader = started
            qtbot.addWidget(window)
            qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)
            window.tasks.wait(5000)
            loader.dispose()
    finally:
        holder.kill()
        holder.wait(10)
    assert len(shown) == 1 and shown[0].startswith("Kuntapalaute ei voinut käynnistyä:\n")
    assert settings.wait_written()
    assert ui_settings(tmp_path).position()[:2] == (meeting_id, "advocacy")


def test_a_start_that_fails_after_the_first_paint_does_not_exit_as_success(tmp_path, qapp, monkeypatch):
    """`python main.py` whose file cannot be opened after the first paint: the user is told, the
    window closes, and the exit code says it failed (the full path raises StorageError, which the
    command line turns into its storage exit code); it used to exit 0, as after a normal day."""
    from desktop_app.cli import EXIT_STORAGE, main

    path, _meeting_id = _demo_meeting(tmp_path)
    settings = ui_settings(tmp_path)
    settings.mark_demo_offered()
    monkeypatch.setattr(app_module, "UiSettings", lambda: settings)
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message: shown.append(message))
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE,
                              text=True, env=env, cwd=REPO_ROOT)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "HELD"
        code = main(["--db", str(path), "--user", "AK"])
    finally:
        holder.kill()
        holder.wait(10)
    assert len(shown) == 1 and shown[0].startswith("Kuntapalaute ei voinut käynnistyä:\n")
    assert code == EXIT_STORAGE   # the full path's code for the same failure


def test_a_damaged_position_file_never_stops_the_app_from_starting(tmp_path, qtbot):
    """The small position file beside the settings (ui/position_file.py) holds what a crash left
    there. Whatever it holds, the app starts (on the rounds when the position cannot be read):
    JSON that parses but cannot be used (an infinite stamp) or that is nested too deep to parse
    used to raise out of start-up, and the app could not be started until the hidden file was
    deleted by hand."""
    path, meeting_id = _demo_meeting(tmp_path)
    settings = ui_settings(tmp_path)
    settings.remember_position(meeting_id, "advocacy")
    assert settings.wait_written()
    position_file = Path(settings.qsettings.fileName() + ".position")
    assert position_file.is_file()
    for garbage in ('{"meeting": "x", "section": "y", "item": "", "stamp": 1e400}', "[" * 100_000):
        position_file.write_text(garbage, encoding="utf-8")
        fresh = ui_settings(tmp_path)
        started = app_module.finish_startup(fresh, argparse.Namespace(db=str(path), user="AK"))
        assert started is not None
        window, loader = started
        qtbot.addWidget(window)
        try:
            assert window.isVisible()
            # QSettings' own copy (the same position, written at the same time) still reopens it
            assert window.current_meeting_id() == meeting_id
        finally:
            window.close()
            window.tasks.wait(5000)
            loader.dispose()

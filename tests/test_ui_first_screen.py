"""Start-up paints the main window with the rounds before SQLAlchemy and the services load; they
load on a thread after the first paint. A damaged file is still offered its backup before any main
window shows, and the last meeting still reopens (docs/performance/startup.md)."""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from conftest import REPO_ROOT
from PySide6.QtWidgets import QApplication
from ui_support import close_started, demo_database_file, gate_services_loader, ui_settings

from desktop_app.services import Services
from desktop_app.storage import backup
from desktop_app.storage.migrate import open_database
from desktop_app.ui import app as app_module
from desktop_app.ui import dialogs
from desktop_app.ui.main_window import MainWindow

PROBE = """
import argparse, sys
from PySide6.QtCore import QSettings, QTimer
import desktop_app.cli
from desktop_app.ui.app import create_application, finish_startup
from desktop_app.ui.settings import UiSettings
app = create_application()
settings = UiSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
window, loader = finish_startup(settings, argparse.Namespace(db=sys.argv[1], user="AK"))
nav = window.navigation
print("before paint:", "sqlalchemy" in sys.modules, loader.ready.is_set(),
      nav.rounds_model.rowCount(), window.managers_navigation.years_model.rowCount())
app.processEvents()   # the queued first-screen reads land before the paint
print("shown:", nav.meetings_model.rowCount(), window.managers_navigation.meetings_model.rowCount())
window.repaint()
app.processEvents()
loader.ready.wait(60)
app.processEvents()
print("after paint:", "sqlalchemy" in sys.modules, type(window.services.rounds).__name__)
window.close()
loader.dispose()
"""





def test_the_rounds_paint_before_the_database_layer_loads(tmp_path) -> None:
    path = demo_database_file(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", PROBE, str(path), str(tmp_path / "ui.ini")],
                            capture_output=True, text=True, cwd=REPO_ROOT, timeout=120, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    lines = [line for line in result.stdout.splitlines() if ":" in line]
    assert lines[0] == "before paint: False False 2 1"   # two rounds, one year; no SQLAlchemy yet
    assert lines[1] == "shown: 8 11"   # the newest round's 8 meetings, the year's meetings
    assert lines[2] == "after paint: True RoundService"   # then the services took over


def _damage_the_audit_log(path: Path) -> None:
    """Wreck a page that the first screen never reads (the audit log's root): only the quick
    check can find it."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'audit_log'").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    with path.open("r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(b"\xff" * size)


def test_damage_the_first_screen_does_not_read_is_offered_its_backup_first(tmp_path, monkeypatch, qapp):
    path = demo_database_file(tmp_path)
    saved = backup.backup_now(path, tmp_path / "kuntapalaute-varmuuskopiot")
    _damage_the_audit_log(path)
    damaged = path.read_bytes()
    visible_at_offer: list[bool] = []

    def offer(parent, problem, name, when) -> bool:
        visible_at_offer.append(any(isinstance(w, MainWindow) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()))
        return name == saved.name

    monkeypatch.setattr(dialogs, "offer_backup", offer)
    started = app_module.finish_startup(ui_settings(tmp_path), argparse.Namespace(db=str(path), user="AK"))
    assert started is not None
    window, database = started
    try:
        assert visible_at_offer == [False]   # nothing could be typed into the damaged file
        assert isinstance(window.services, Services)   # the full path, on the restored file
        assert backup.integrity_problems(path) == []
        aside = [p for p in tmp_path.iterdir() if ".vioittunut-" in p.name and p.suffix == ".db"]
        assert len(aside) == 1 and aside[0].read_bytes() == damaged
    finally:
        close_started(window, database)


def test_refusing_the_backup_opens_nothing(tmp_path, monkeypatch, qapp):
    path = demo_database_file(tmp_path)
    _damage_the_audit_log(path)
    monkeypatch.setattr(dialogs, "offer_backup", lambda *args: False)
    args = argparse.Namespace(db=str(path), user="AK")
    assert app_module.finish_startup(ui_settings(tmp_path), args) is None
    assert not any(isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_the_last_meeting_reopens_from_the_first_screen_start(tmp_path, qapp):
    path = demo_database_file(tmp_path)
    database = open_database(path, "Testi")
    services = Services.for_database(database)
    newest = services.rounds.list_rounds()[0]
    meeting = services.rounds.overview(newest.id)[2].meeting
    database.dispose()
    settings = ui_settings(tmp_path)
    settings.remember_position(meeting.id, "advocacy")
    started = app_module.finish_startup(settings, argparse.Namespace(db=str(path), user="AK"))
    assert started is not None
    window, loader = started
    try:
        assert window.workspace.meeting_id == meeting.id
        assert window.pages.currentWidget() is window.workspace_view
        assert window.services.db.actor == "AK"
    finally:
        close_started(window, loader)


def test_keys_pressed_before_the_services_load_open_the_meeting_and_type_into_it(tmp_path, qtbot,
                                                                                  monkeypatch):
    """Enter on the first screen and typing at once: the window waits for the services (they
    load on demand), then the keys land where they were meant and the text is saved."""
    import threading

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from ui_support import type_text

    gate = gate_services_loader(monkeypatch)   # opens only after Enter has been pressed
    path = demo_database_file(tmp_path)
    started = app_module.finish_startup(ui_settings(tmp_path), argparse.Namespace(db=str(path), user="AK"))
    assert started is not None
    window, loader = started
    qtbot.addWidget(window)
    try:
        nav = window.navigation
        qtbot.waitUntil(lambda: nav.meetings_model.rowCount() == 8, timeout=5000)
        nav.meetings.setFocus()
        row = next(r for r in range(nav.meetings_model.rowCount())
                   if nav.meetings_model.summary(r).meeting.status.value in ("planned", "in_progress"))
        nav.meetings.selectRow(row)
        meeting_id = nav.meetings_model.summary(row).meeting.id
        assert not loader.ready.is_set()   # and the GUI thread did not block on them meanwhile
        threading.Timer(0.3, gate.set).start()            # the services arrive while Enter waits
        QTest.keyClick(nav.meetings, Qt.Key.Key_Return)   # needs the services: waits for them
        assert window.workspace.meeting_id == meeting_id and loader.ready.is_set()
        from desktop_app.ui.sync_status import SyncStatusLabel

        label = window.findChild(SyncStatusLabel)
        qtbot.waitUntil(lambda: "ei synkronoida" in label.text(), timeout=5000)  # counted once loaded
        window.goto_section("advocacy")
        editor = window.workspace_view.editor.text
        QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        type_text(editor, "Heti alussa kirjoitettu tavoite, äöå.")
        assert window.autosave.flush()
        texts = [item.text for item in window.services.feedback.list_for_meeting(meeting_id)]
        assert "Heti alussa kirjoitettu tavoite, äöå." in texts
    finally:
        close_started(window, loader)



HOLD = """
import sys, time
from pathlib import Path
from desktop_app.storage.use_lock import exclusive_use
with exclusive_use(Path(sys.argv[1])):
    print("HELD", flush=True)
    time.sleep(60)
"""


def test_a_file_that_cannot_be_opened_after_the_first_paint_says_why_and_closes(tmp_path, qtbot,
                                                                                monkeypatch):
    """Another process starts restoring the file just as the window paints: the services cannot
    open it; the user is told why, as a failed start tells, and the window closes (nothing can
    have been saved)."""
    path = demo_database_file(tmp_path)
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message: shown.append(message))
    started = app_module.finish_startup(ui_settings(tmp_path), argparse.Namespace(db=str(path), user="AK"))
    assert started is not None
    window, loader = started
    qtbot.addWidget(window)
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE, text=True,
                              env=env, cwd=REPO_ROOT)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "HELD"
        window.show()
        qtbot.waitUntil(lambda: loader.ready.is_set(), timeout=30_000)   # refused after ~5 s
    finally:
        holder.kill()
        holder.wait(10)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert len(shown) == 1 and shown[0].startswith("Kuntapalaute ei voinut käynnistyä:\n")
    close_started(window, loader)


def test_nothing_on_the_gui_thread_waits_for_the_services_while_they_load(tmp_path, qtbot, monkeypatch):
    """Any part of the window that asks the services for something right after the first paint
    (a status count, a reload, a restore) would block the GUI thread until they load: the window
    would be painted but frozen. With the loader held, two seconds of events must pass in about
    two seconds, whatever asks what."""
    import time

    gate = gate_services_loader(monkeypatch)
    path = demo_database_file(tmp_path)
    started = app_module.finish_startup(ui_settings(tmp_path), argparse.Namespace(db=str(path), user="AK"))
    assert started is not None
    window, loader = started
    qtbot.addWidget(window)
    try:
        began = time.monotonic()
        qtbot.wait(2000)   # paints, zero-timers, the first-paint hooks: all run here
        assert time.monotonic() - began < 10, "the GUI thread waited for the held services"
        assert not loader.ready.is_set()
    finally:
        gate.set()
        close_started(window, loader)

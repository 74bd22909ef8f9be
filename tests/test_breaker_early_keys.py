"""Keys pressed between the first paint and the services' load (the first-screen start-up):
every one lands, nothing raises, nothing is claimed that did not happen."""

from __future__ import annotations

import argparse
import threading

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from ui_support import demo_database_file, gate_services_loader, type_text, ui_settings

from desktop_app.ui import app as app_module


def _start(tmp_path, qtbot, monkeypatch):
    gate = gate_services_loader(monkeypatch)
    path = demo_database_file(tmp_path)
    started = app_module.finish_startup(ui_settings(tmp_path), argparse.Namespace(db=str(path), user="AK"))
    assert started is not None
    window, loader = started
    qtbot.addWidget(window)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    qtbot.waitUntil(lambda: window.navigation.meetings_model.rowCount() == 8, timeout=5000)
    return window, loader, gate


def _finish(qtbot, window, loader, gate) -> None:
    """Let the load, the backup and the pages built in turn finish while the window exists."""
    gate.set()
    qtbot.waitUntil(loader.ready.is_set, timeout=10_000)
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)
    qtbot.wait(300)
    window.close()
    window.tasks.wait(5000)
    loader.dispose()


def test_search_before_the_services_load(tmp_path, qtbot, monkeypatch):
    window, loader, gate = _start(tmp_path, qtbot, monkeypatch)
    try:
        threading.Timer(0.3, gate.set).start()
        QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.showing(window.search), timeout=10_000)
        assert QApplication_focus() is window.search.query
        type_text(QApplication_focus(), "tie")
        qtbot.waitUntil(lambda: loader.ready.is_set(), timeout=10_000)
        qtbot.waitUntil(lambda: window.search.model.rowCount() > 0, timeout=10_000)
        window.grab().save("/tmp/breaker/early_search.png")
    finally:
        _finish(qtbot, window, loader, gate)


def QApplication_focus():
    from PySide6.QtWidgets import QApplication
    return QApplication.focusWidget()


def test_managers_forum_before_the_services_load(tmp_path, qtbot, monkeypatch):
    window, loader, gate = _start(tmp_path, qtbot, monkeypatch)
    try:
        nav = window.managers_navigation
        # (the rows arrive one event-loop turn after the paint; Alt+2 before them puts the focus
        # on the years list: see the report, not fixed here)
        qtbot.waitUntil(lambda: nav.meetings_model.rowCount() == 11, timeout=5000)
        QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
        assert not loader.ready.is_set()
        threading.Timer(0.3, gate.set).start()
        assert QApplication_focus() is nav.meetings   # the snapshot's rows are there: focus on them
        wanted = nav.current_meeting_id()
        assert wanted
        QTest.keyClick(nav.meetings, Qt.Key.Key_Return)   # waits for the services, then opens
        assert loader.ready.is_set() and window._managers_meeting_id == wanted
        window.grab().save("/tmp/breaker/early_managers.png")
    finally:
        _finish(qtbot, window, loader, gate)


def test_quit_before_the_services_load(tmp_path, qtbot, monkeypatch):
    window, loader, gate = _start(tmp_path, qtbot, monkeypatch)
    threading.Timer(0.5, gate.set).start()
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    _finish(qtbot, window, loader, gate)


def test_followups_before_the_services_load(tmp_path, qtbot, monkeypatch):
    window, loader, gate = _start(tmp_path, qtbot, monkeypatch)
    try:
        threading.Timer(0.3, gate.set).start()
        QTest.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: loader.ready.is_set(), timeout=10_000)
        qtbot.waitUntil(lambda: window.showing(window.followups), timeout=10_000)
        window.grab().save("/tmp/breaker/early_followups.png")
    finally:
        _finish(qtbot, window, loader, gate)


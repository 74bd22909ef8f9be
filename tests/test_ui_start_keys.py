"""Keys pressed right after a full-path start (the first run, or a file migrated on start: the
window is built with the services, and the meeting lists arrive from a worker a moment later)
land: Alt+2 (Alt+1) and Enter open the meeting the list selects, as they do a moment later."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from ui_support import demo_database_file, idle, open_window, ui_settings

from desktop_app.services import Services
from desktop_app.storage.migrate import open_database

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def started(tmp_path, qtbot):
    """The window of a full-path start, its meeting lists still being read by the worker (held
    until the keys are pressed, as a slow disk or a busy machine holds it)."""
    database = open_database(demo_database_file(tmp_path), "AK")
    services = Services.for_database(database)
    gate = threading.Event()
    for service, name in ((services.managers, "list_meetings"), (services.rounds, "overview")):
        read = getattr(service, name)
        setattr(service, name, lambda *args, _read=read: (gate.wait(10), _read(*args))[1])
    window = open_window(qtbot, services, ui_settings(tmp_path))  # create_main_window: full path
    window.rows_may_come = gate.set
    yield window
    gate.set()
    idle(qtbot, window)
    window.close()
    database.dispose()


def _keys_at_once(window, forum_key: Qt.Key) -> None:
    QTest.keyClick(QApplication.focusWidget() or window, forum_key, ALT)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    window.rows_may_come()


def test_alt_2_then_enter_right_after_the_start_opens_the_selected_meeting(qtbot, started):
    window = started
    nav = window.managers_navigation
    assert nav.meetings_model.rowCount() == 0    # the worker has not answered yet
    _keys_at_once(window, Qt.Key.Key_2)
    assert QApplication.focusWidget() is nav.meetings   # not the years list
    qtbot.waitUntil(lambda: window._managers_meeting_id is not None, timeout=5000)
    assert window.showing(window._managers_view)
    assert window._managers_meeting_id == nav.current_meeting_id()


def test_alt_1_then_enter_right_after_the_start_opens_the_selected_meeting(qtbot, started):
    window = started
    nav = window.navigation
    assert nav.meetings_model.rowCount() == 0
    _keys_at_once(window, Qt.Key.Key_1)
    assert QApplication.focusWidget() is nav.meetings   # not the rounds list
    qtbot.waitUntil(lambda: window.current_meeting_id() is not None, timeout=5000)
    assert window.showing(window._workspace_view)

"""The main window's pages not on the first screen are built on first use (ui/pages.py): the
first paint builds only the start page, every action works from the first paint (an action that
needs a page builds it), state questions never build a page, closing flushes what was typed, and
on the first-screen start-up the other pages are built after the services have loaded."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from ui_support import REPO_ROOT, type_text, ui_settings

from desktop_app.domain.enums import FeedbackKind, MeetingStatus
from desktop_app.services import Services
from desktop_app.services.demo import DemoService
from desktop_app.storage.migrate import open_database
from desktop_app.ui import app as app_module
from desktop_app.ui.app import create_application
from desktop_app.ui.keys import sequences
from desktop_app.ui.main_window import MainWindow


def _demo(tmp_path) -> Services:
    database = open_database(tmp_path / "kuntapalaute.db", "Testi")
    DemoService(database).create(current_year=2026)
    return Services.for_database(database)


def _lazy_window(qtbot, services: Services, tmp_path) -> MainWindow:
    """The window as the first-screen start-up builds it: only the start page, then start()."""
    create_application()
    window = MainWindow(services, ui_settings(tmp_path))
    qtbot.addWidget(window)
    window.start()
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    return window


def _press(window: MainWindow, name: str) -> None:
    QTest.keySequence(window, sequences(name)[0])


def test_state_questions_and_actions_without_a_meeting_build_no_page(qtbot, tmp_path) -> None:
    services = _demo(tmp_path)
    window = _lazy_window(qtbot, services, tmp_path)
    try:
        assert window.pages.count() == 1 and window.pages.currentWidget() is window.forums
        assert window.built_workspace() is None and window.built_managers() is None
        actions = window.actions_by_name
        assert not actions["workspace"].isEnabled() and not actions["copy_forward"].isEnabled()
        assert not actions["mark_done"].isEnabled() and not actions["managers_agenda"].isEnabled()
        assert window.current_meeting_id() is None and window.current_managers_meeting_id() is None
        assert window.current_round_id() == window.navigation.current_round_id() is not None
        # Every handler that acts on an open meeting, with none open: nothing happens, nothing
        # is claimed in the status bar, and no page is built to find that out.
        for call in (window.refresh, window.show_navigation, window.go_back, window.show_workspace,
                     lambda: window.goto_section("advocacy"), window.goto_uncovered_sector,
                     lambda: window.step_section(1), window.focus_sections, window.new_item,
                     window.delete_item, lambda: window.move_item(1), window.close_meeting,
                     window.reopen_meeting, lambda: window.set_meeting_status(MeetingStatus.IN_PROGRESS),
                     lambda: window.managers_tab(1), window.close_managers_meeting,
                     window.reopen_managers_meeting,
                     lambda: window.set_managers_status(MeetingStatus.IN_PROGRESS),
                     lambda: window.show_forum(1), lambda: window.show_forum(0)):
            call()
        assert window.statusBar().currentMessage() == ""
        assert window.pages.count() == 1 and window.built_workspace() is None
        assert window.built_managers() is None
    finally:
        window.close()


def test_keys_from_the_first_paint_build_the_page_they_need_and_typing_is_saved_on_close(
        qtbot, tmp_path) -> None:
    services = _demo(tmp_path)
    newest = services.rounds.list_rounds()[0]
    target = next(s.meeting for s in services.rounds.overview(newest.id)
                  if s.meeting.status in (MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS))
    services.feedback.add(target.id, FeedbackKind.ADVOCACY_TARGET, "Lumikolauksen tavoite.")
    window = _lazy_window(qtbot, services, tmp_path)
    try:
        # Ctrl+F: the search page is built on this key, its query has the focus, Enter on a hit
        # opens the meeting (the page's signals are wired as the eager window's were).
        _press(window, "search")
        assert window.pages.count() == 2 and window.pages.currentWidget() is window.search
        assert window.search.query.hasFocus()
        type_text(window.search.query, "lumikolaus")
        QTest.keyClick(window.search.query, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.search.results.hasFocus(), timeout=5000)
        QTest.keyClick(window.search.results, Qt.Key.Key_Return)
        assert window.pages.currentWidget() is window.workspace_view
        assert window.current_meeting_id() == target.id
        assert window.actions_by_name["copy_forward"].isEnabled()
        # Ctrl+J: follow-ups, built now; Back returns to the workspace.
        _press(window, "followups")
        assert window.pages.currentWidget() is window.followups
        assert window.actions_by_name["mark_done"].isEnabled()
        assert window.built_managers() is None   # still nobody asked for it
        _press(window, "back")
        assert window.pages.currentWidget() is window.workspace_view
        # Words typed and the window closed at once (Ctrl+Q): the close flushes them.
        window.goto_section("advocacy")
        editor = window.workspace_view.editor.text
        QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        type_text(editor, "Suljettaessa tallentuva teksti.")
        _press(window, "quit")
        assert not window.isVisible()
        texts = [item.text for item in services.feedback.list_for_meeting(target.id)]
        assert "Suljettaessa tallentuva teksti." in texts
    finally:
        window.close()


def test_the_first_screen_start_builds_only_the_start_page_then_the_rest_after_the_services(
        qtbot, tmp_path) -> None:
    services = _demo(tmp_path)
    path = services.db.path
    services.db.dispose()
    started = app_module.finish_startup(ui_settings(tmp_path), argparse.Namespace(db=str(path), user="AK"))
    assert started is not None
    window, loader = started
    qtbot.addWidget(window)
    try:
        assert window.pages.count() == 1 and window.built_workspace() is None
        qtbot.waitUntil(lambda: window.pages.count() == 5, timeout=30000)
        assert loader.ready.is_set()
        pages = {window.pages.widget(i) for i in range(5)}
        assert pages == {window.forums, window.workspace_view, window.search, window.followups,
                         window.managers_view}
        assert window.pages.currentWidget() is window.forums   # built hidden, nothing moved
        assert window.actions_by_name["followups"].isEnabled()
    finally:
        window.close()
        window.tasks.wait(5000)
        loader.dispose()


PROBE = """
import argparse, sys
from PySide6.QtCore import QSettings
import desktop_app.cli  # what main.py imports first
from desktop_app.ui.app import create_application, finish_startup
from desktop_app.ui.settings import UiSettings
app = create_application()
settings = UiSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
window, loader = finish_startup(settings, argparse.Namespace(db=sys.argv[1], user="AK"))
pages = ["desktop_app.ui.workspace.view", "desktop_app.ui.workspace.controller",
         "desktop_app.ui.managers.view", "desktop_app.ui.managers.controller",
         "desktop_app.ui.search_view", "desktop_app.ui.followups_view"]
print(",".join(name for name in pages if name in sys.modules))
window.close()
loader.dispose()
"""


def test_the_pages_modules_load_after_the_first_paint(tmp_path) -> None:
    services = _demo(tmp_path)
    path = services.db.path
    services.db.dispose()
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", PROBE, str(path), str(tmp_path / "ui.ini")],
                            capture_output=True, text=True, cwd=REPO_ROOT, timeout=120, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.splitlines()[0] == ""


def test_alt_2_and_enter_build_the_managers_workspace_with_its_actions(qtbot, tmp_path) -> None:
    services = _demo(tmp_path)
    window = _lazy_window(qtbot, services, tmp_path)
    try:
        _press(window, "forum_managers")
        table = window.managers_navigation.meetings
        qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=5000)
        assert window.built_managers() is None
        table.setFocus()
        table.selectRow(0)
        QTest.keyClick(table, Qt.Key.Key_Return)
        assert window.pages.currentWidget() is window.managers_view
        assert window.current_managers_meeting_id() == window.managers.detail.meeting.id
        assert window.actions_by_name["managers_agenda"].isEnabled()
        assert window.built_workspace() is None   # the negotiation workspace is still not needed
        _press(window, "home")
        assert window.pages.currentWidget() is window.forums
    finally:
        window.close()

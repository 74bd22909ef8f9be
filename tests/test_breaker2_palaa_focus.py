""""Palaa" on the unsaved-text question brings the keyboard back to the text (found by breaker2).

With a refused text in the workspace, a search hit (or Enter on a meeting on the start page)
asks first; "Palaa" returns to the workspace. Before the fix the keyboard landed in the page's
first field, the meeting's date, so the next words the user typed went into the date (refused
again, as an invalid date) instead of into the item they were told to return to. Only
ui/dialogs.ask_unsaved is mocked (conftest's `unsaved_question`)."""

from __future__ import annotations

import test_ui_unsaved_text as unsaved
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_ui_unsaved_text import _refused_text
from ui_support import idle, type_text

from desktop_app.ui.workspace.autosave import BACK

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
opened = unsaved.opened   # the same fixture as the unsaved-text tests (elsewhere: conftest)


def _back_in_the_item(qtbot, window, unsaved_question, date: str) -> None:
    editor = window.workspace_view.editor.text
    assert len(unsaved_question.asked) == 1
    assert window.showing(window.workspace_view)
    assert QApplication.focusWidget() is editor
    type_text(QApplication.focusWidget(), " ja tie")   # the next words continue the item
    idle(qtbot, window)
    assert editor.toPlainText() == "Liikenne A ensin ja rata ja tie"
    assert window.workspace_view.header.date_edit.text() == date   # nothing typed into the date
    window.autosave.discard()   # the meeting stays closed: the test ends without the question


def test_palaa_from_a_search_hit_puts_the_keyboard_back_in_the_item(
        qtbot, services, elsewhere, opened, unsaved_question):
    window, meeting, _first = opened
    _refused_text(qtbot, window, elsewhere, meeting)
    date = window.workspace_view.header.date_edit.text()
    QTest.keyClick(QApplication.focusWidget(), K.Key_F, CTRL)
    view = window.search
    type_text(view.query, "Liikenne")
    QTest.keyClick(view.query, K.Key_Return)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 and not window.tasks.busy, timeout=5000)
    unsaved_question.answers.append(BACK)
    QTest.keyClick(QApplication.focusWidget(), K.Key_Down)
    QTest.keyClick(QApplication.focusWidget(), K.Key_Return)   # open the hit
    idle(qtbot, window)
    _back_in_the_item(qtbot, window, unsaved_question, date)


def test_palaa_from_the_start_page_puts_the_keyboard_back_in_the_item(
        qtbot, services, elsewhere, opened, make_meeting, unsaved_question):
    window, meeting, _first = opened
    make_meeting(2026, "205")   # another municipality's meeting to press Enter on
    _refused_text(qtbot, window, elsewhere, meeting)
    date = window.workspace_view.header.date_edit.text()
    QTest.keyClick(QApplication.focusWidget(), K.Key_1, Qt.KeyboardModifier.AltModifier)   # start page
    idle(qtbot, window)
    table = QApplication.focusWidget()
    assert not window.showing(window.workspace_view)
    unsaved_question.answers.append(BACK)
    QTest.keyClick(table, K.Key_Home)
    QTest.keyClick(QApplication.focusWidget(), K.Key_Return)   # open the first meeting of the list
    idle(qtbot, window)
    _back_in_the_item(qtbot, window, unsaved_question, date)

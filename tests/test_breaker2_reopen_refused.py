"""Words refused because the meeting was closed land once it is reopened (found by breaker2).

A colleague closes the meeting (another window, a sync) while the user types: the write is
refused and the words stay on screen, unsaved, with "Avaa se ensin uudelleen muokattavaksi".
Reopening it, here (Ctrl+Shift+O) or elsewhere, must save those words: before the fix the
meeting showed as editable, "Neuvottelu on taas muokattavissa", the editor still said it was
closed, the words never reached the file and Ctrl+Q asked about them with that stale reason; on
the managers' page the reopen action stayed disabled (the page never learnt of the close while a
text was unsaved) and reopening asked the unsaved-text question. Only ui/dialogs.ask_unsaved is
mocked (conftest's `unsaved_question`, which fails the test if it is asked unexpectedly)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_ui_unsaved_text import _quit, _refused_text
from ui_support import idle, open_window, type_text, ui_settings

from desktop_app.domain.enums import MeetingStatus

K = Qt.Key
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def opened(qtbot, services, tmp_path, make_meeting, make_feedback):
    meeting = make_meeting(2026, "290")
    services.participants.add(meeting.id, "Eeva Esimerkki", "municipality")
    first = make_feedback("Liikenne A", meeting=meeting, sector_code="LII")
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.open_meeting(meeting.id, "sector:" + first.sector_id, first.id)
    idle(qtbot, window)
    return window, meeting, first


def _saved_and_quits_without_asking(qtbot, window, services, item_id: str, words: str) -> None:
    assert services.feedback.get(item_id).text == words
    assert not window.autosave.has_unsaved
    assert window.save_state.text().startswith("Tallennettu klo")
    assert window.workspace_view.editor.error.text() == ""   # no stale "the meeting is closed"
    _quit(qtbot, window)   # the conftest fixture fails the test if the question is asked
    assert not window.isVisible()


def test_reopening_here_saves_the_words_the_closed_meeting_refused(
        qtbot, services, elsewhere, opened):
    window, meeting, first = opened
    _refused_text(qtbot, window, elsewhere, meeting)
    window.workspace.check_underneath()   # its 2 s timer: the page learns the meeting is closed
    assert not window.workspace.editable
    qtbot.keyClick(QApplication.focusWidget() or window, K.Key_O, CTRL_SHIFT)   # reopen
    idle(qtbot, window)
    assert window.workspace.editable
    _saved_and_quits_without_asking(qtbot, window, services, first.id, "Liikenne A ensin ja rata")


def test_reopened_elsewhere_the_refused_words_land_at_the_next_check(
        qtbot, services, elsewhere, opened):
    window, meeting, first = opened
    _refused_text(qtbot, window, elsewhere, meeting)
    window.workspace.check_underneath()
    elsewhere.meetings.reopen(meeting.id)   # the colleague reopens it
    window.workspace.check_underneath()
    idle(qtbot, window)
    assert window.workspace.editable
    _saved_and_quits_without_asking(qtbot, window, services, first.id, "Liikenne A ensin ja rata")


def test_a_managers_matter_refused_by_a_close_elsewhere_is_saved_by_reopening(
        qtbot, services, elsewhere, tmp_path):
    window = open_window(qtbot, services, ui_settings(tmp_path))
    meeting = services.managers.add_meeting("2.6.2026")
    first = services.agenda.add(meeting.id, "Ratayhteyden rahoitus", notes="Alku.")
    window.open_managers_meeting(meeting.id, first.id)
    idle(qtbot, window)
    editor = window.managers_view.editor
    elsewhere.managers.set_status(meeting.id, MeetingStatus.IN_PROGRESS)
    elsewhere.managers.set_status(meeting.id, MeetingStatus.CLOSED)   # a colleague's sync
    editor.notes.setFocus()
    editor.notes.moveCursor(editor.notes.textCursor().MoveOperation.End)
    type_text(editor.notes, " Kajaani kokoaa kannanoton.")
    idle(qtbot, window)
    assert services.agenda.get(first.id).notes == "Alku."
    assert window.save_state.text() == "Muutosta ei tallennettu"
    window.managers.check_underneath()   # its timer: the page shows the meeting closed, words kept
    assert not window.managers.editable
    assert editor.notes.toPlainText() == "Alku. Kajaani kokoaa kannanoton."
    assert window.actions_by_name["managers_reopen"].isEnabled()
    qtbot.keyClick(QApplication.focusWidget() or window, K.Key_O, CTRL_SHIFT)   # reopen
    idle(qtbot, window)
    assert window.managers.editable
    assert services.agenda.get(first.id).notes == "Alku. Kajaani kokoaa kannanoton."
    assert not window.autosave.has_unsaved
    assert window.save_state.text().startswith("Tallennettu klo")
    _quit(qtbot, window)
    assert not window.isVisible()


def test_a_managers_matter_refused_by_a_close_elsewhere_lands_when_reopened_elsewhere(
        qtbot, services, elsewhere, tmp_path):
    window = open_window(qtbot, services, ui_settings(tmp_path))
    meeting = services.managers.add_meeting("2.6.2026")
    first = services.agenda.add(meeting.id, "Ratayhteyden rahoitus", notes="Alku.")
    window.open_managers_meeting(meeting.id, first.id)
    idle(qtbot, window)
    editor = window.managers_view.editor
    elsewhere.managers.set_status(meeting.id, MeetingStatus.IN_PROGRESS)
    elsewhere.managers.set_status(meeting.id, MeetingStatus.CLOSED)
    editor.notes.setFocus()
    editor.notes.moveCursor(editor.notes.textCursor().MoveOperation.End)
    type_text(editor.notes, " Kajaani kokoaa kannanoton.")
    idle(qtbot, window)
    window.managers.check_underneath()
    assert not window.managers.editable
    elsewhere.managers.reopen(meeting.id)   # the colleague reopens it
    window.managers.check_underneath()
    idle(qtbot, window)
    assert window.managers.editable
    assert services.agenda.get(first.id).notes == "Alku. Kajaani kokoaa kannanoton."
    assert not window.autosave.has_unsaved
    _quit(qtbot, window)
    assert not window.isVisible()

"""Text on screen that the database does not hold is never dropped without a question.

A typed edit that is refused (the meeting closed elsewhere, a stale version, a half-typed date)
or deferred (an emptied text) stays on screen; the autosave counts it unsaved until a later write
for the same key lands or the user discards it, and quitting (Ctrl+Q, the close button, the
session ending) or switching away (another meeting, section, item or matter) asks first. The one
mocked edge is ui/dialogs.ask_unsaved (the `unsaved_question` fixture of conftest.py)."""

from __future__ import annotations

import pytest
from managers_ui_support import ALT, press, type_here
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from ui_support import idle, open_window, type_text, ui_settings

from desktop_app.domain.enums import MeetingStatus
from desktop_app.ui.workspace.autosave import BACK, COPY, DISCARD

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def opened(qtbot, services, tmp_path, make_meeting, make_feedback):
    meeting = make_meeting(2026, "290")
    services.participants.add(meeting.id, "Eeva Esimerkki", "municipality")
    first = make_feedback("Liikenne A", meeting=meeting, sector_code="LII")
    make_feedback("Liikenne B", meeting=meeting, sector_code="LII")
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.open_meeting(meeting.id, "sector:" + first.sector_id, first.id)
    idle(qtbot, window)
    return window, meeting, first


def _refused_text(qtbot, window, elsewhere, meeting, words: str = " ja rata") -> None:
    """Type into the open item, then a colleague closes the meeting and the user types more."""
    editor = window.workspace_view.editor
    editor.text.setFocus()
    type_text(editor.text, " ensin")
    idle(qtbot, window)
    assert window.save_state.text().startswith("Tallennettu klo")
    elsewhere.meetings.set_status(meeting.id, MeetingStatus.CLOSED)
    type_text(editor.text, words)
    idle(qtbot, window)
    assert window.save_state.text() == "Muutosta ei tallennettu"


def _quit(qtbot, window) -> None:
    """Ctrl+Q as the user presses it (the focus widget of the active window)."""
    qtbot.keyClick(QApplication.focusWidget() or window, K.Key_Q, CTRL)


def test_ctrl_q_after_a_refused_text_asks_and_palaa_keeps_window_and_text(
        qtbot, services, elsewhere, opened, unsaved_question):
    window, meeting, first = opened
    _refused_text(qtbot, window, elsewhere, meeting)
    assert window.autosave.has_unsaved and not window.autosave.flush()
    unsaved_question.answers.append(BACK)
    _quit(qtbot, window)
    (entries, closing), = unsaved_question.asked
    assert closing and len(entries) == 1
    assert entries[0].text == "Liikenne A ensin ja rata" and "suljettu" in entries[0].message
    assert window.isVisible()
    assert window.workspace_view.editor.text.toPlainText() == "Liikenne A ensin ja rata"
    assert services.feedback.get(first.id).text == "Liikenne A ensin"
    assert window.save_state.text() == "Muutosta ei tallennettu"   # still the truth

    unsaved_question.answers.append(DISCARD)   # "Sulje tallentamatta"
    _quit(qtbot, window)
    assert len(unsaved_question.asked) == 2 and not window.isVisible()


def test_the_close_button_asks_too_and_copy_puts_the_words_on_the_clipboard(
        qtbot, elsewhere, opened, unsaved_question):
    window, meeting, _first = opened
    _refused_text(qtbot, window, elsewhere, meeting, " ja lentoasema")
    QGuiApplication.clipboard().setText("")
    unsaved_question.answers.append(COPY)      # "Kopioi leikepöydälle ja sulje"
    assert window.close() is True              # the window manager's close button
    assert unsaved_question.asked and not window.isVisible()
    assert QGuiApplication.clipboard().text() == "Liikenne A ensin ja lentoasema"


def test_a_later_write_that_lands_clears_the_unsaved_state(
        qtbot, services, elsewhere, opened, unsaved_question):
    window, meeting, first = opened
    _refused_text(qtbot, window, elsewhere, meeting)
    elsewhere.meetings.reopen(meeting.id)     # a colleague reopens it: the next words land
    type_text(window.workspace_view.editor.text, "!")
    idle(qtbot, window)
    assert services.feedback.get(first.id).text == "Liikenne A ensin ja rata!"
    assert not window.autosave.has_unsaved
    assert window.save_state.text().startswith("Tallennettu klo")
    _quit(qtbot, window)
    assert unsaved_question.asked == [] and not window.isVisible()


def test_an_emptied_text_is_deferred_and_counts_as_unsaved(qtbot, services, opened, unsaved_question):
    window, _meeting, first = opened
    editor = window.workspace_view.editor
    editor.text.setFocus()
    qtbot.keyClick(editor.text, K.Key_A, CTRL)
    qtbot.keyClick(editor.text, K.Key_Backspace)
    idle(qtbot, window)
    assert services.feedback.get(first.id).text == "Liikenne A"
    assert window.save_state.text() == "Muutosta ei tallennettu"
    unsaved_question.answers.append(BACK)
    _quit(qtbot, window)
    (entries, _closing), = unsaved_question.asked
    assert "Tyhjää tekstiä ei tallenneta" in entries[0].message and window.isVisible()
    unsaved_question.answers.append(DISCARD)
    _quit(qtbot, window)
    assert not window.isVisible()


def test_switching_section_item_or_meeting_away_from_a_refused_text_asks(
        qtbot, services, elsewhere, opened, make_meeting, unsaved_question):
    window, meeting, first = opened
    other = make_meeting(2026, "105")
    _refused_text(qtbot, window, elsewhere, meeting)
    editor = window.workspace_view.editor
    section = window.workspace.section.key

    unsaved_question.answers.extend([BACK, BACK, BACK])
    qtbot.keyClick(editor.text, K.Key_PageDown, CTRL)          # the next section
    assert window.workspace.section.key == section
    assert window.workspace_view.sections.currentIndex().row() == \
        window.workspace.section_model.row_of(section)
    editor.items.setFocus()
    qtbot.keyClick(editor.items, K.Key_Down)                   # the next item
    assert window.workspace.buffer.item_id == first.id
    assert editor.items.currentIndex().row() == window.workspace.items_model.row_of(first.id)
    window.open_meeting(other.id)                              # another meeting (Enter on the list)
    assert window.current_meeting_id() == meeting.id
    assert [closing for _e, closing in unsaved_question.asked] == [False, False, False]
    assert editor.text.toPlainText() == "Liikenne A ensin ja rata"
    assert window.showing(window._workspace_view)

    unsaved_question.answers.append(DISCARD)                   # "Jatka tallentamatta"
    window.open_meeting(other.id)
    assert window.current_meeting_id() == other.id and not window.autosave.has_unsaved
    assert window.save_state.text() == "Tallentamaton teksti hylätty"
    _quit(qtbot, window)
    assert len(unsaved_question.asked) == 4 and not window.isVisible()


def test_a_sync_pull_that_reloads_the_view_asks_before_the_text_goes(
        qtbot, services, elsewhere, opened, unsaved_question):
    window, meeting, _first = opened
    _refused_text(qtbot, window, elsewhere, meeting)
    unsaved_question.answers.append(BACK)
    window.refresh()                      # what a sync pull or an import does when it lands
    assert unsaved_question.asked
    assert window.workspace_view.editor.text.toPlainText() == "Liikenne A ensin ja rata"
    unsaved_question.answers.append(DISCARD)
    window.refresh()
    assert window.workspace_view.editor.text.toPlainText() == "Liikenne A ensin"
    assert not window.autosave.has_unsaved


def test_the_session_ending_asks_and_palaa_cancels_the_shutdown(
        qtbot, elsewhere, opened, unsaved_question, tmp_path, db_path):
    window, meeting, _first = opened
    _refused_text(qtbot, window, elsewhere, meeting)

    class Manager:   # the desktop's session manager (an edge: Qt offers no way to make one)
        def __init__(self, interaction: bool) -> None:
            self.interaction, self.calls = interaction, []

        def allowsInteraction(self) -> bool:   # Qt's name
            return self.interaction

        def release(self) -> None:
            self.calls.append("release")

        def cancel(self) -> None:
            self.calls.append("cancel")

    unsaved_question.answers.append(BACK)
    manager = Manager(True)
    window._session_ending(manager)
    assert manager.calls == ["release", "cancel"] and window.autosave.has_unsaved
    window._session_ending(Manager(False))   # no questions allowed: the words go to a file
    kept = list(db_path.parent.glob("tallentamaton-teksti-*.txt"))
    assert len(kept) == 1 and "Liikenne A ensin ja rata" in kept[0].read_text(encoding="utf-8")
    unsaved_question.answers.append(DISCARD)


def test_a_half_typed_agreement_date_is_saved_when_focus_leaves_and_said_at_the_field(
        qtbot, services, tmp_path, unsaved_question):
    window = open_window(qtbot, services, ui_settings(tmp_path))
    meeting = services.managers.add_meeting("2.6.2026")
    matter = services.agenda.add(meeting.id, "Ratayhteyden rahoitus", notes="Alku.")
    window.open_managers_meeting(meeting.id)
    idle(qtbot, window)
    editor = window.managers_view.editor
    press(K.Key_U, ALT)
    type_here("Kajaani")
    press(K.Key_D, ALT)
    type_here("Kokoaa kannanoton")
    press(K.Key_R, ALT)
    type_here("30.9.")
    press(K.Key_Tab)                       # focus leaves the date: it is written (or said) now
    assert not window.autosave.has_pending
    assert editor.due.text() == "30.9." and editor.due.property("invalid") == "true"
    assert "30.9." in editor.error.text()
    assert [(f.owner, f.description) for f in services.agenda.get(matter.id).follow_ups] == [
        ("Kajaani", "Kokoaa kannanoton")]
    assert window.autosave.has_unsaved and window.save_state.text() == "Muutosta ei tallennettu"
    editor.due.setFocus()
    type_here("2026")                      # the timer writes it like every other field
    idle(qtbot, window)
    assert [str(f.due_date) for f in services.agenda.get(matter.id).follow_ups] == ["2026-09-30"]
    assert editor.due.property("invalid") == "false" and not window.autosave.has_unsaved
    assert window.save_state.text().startswith("Tallennettu klo")


def test_an_undoable_operation_and_its_undo_keep_a_refused_text_on_screen(
        qtbot, services, opened, unsaved_question):
    window, _meeting, first = opened
    editor = window.workspace_view.editor
    editor.due.setFocus()
    type_text(editor.due, "31.13.2026")
    idle(qtbot, window)
    assert window.autosave.has_unsaved and services.feedback.get(first.id).follow_ups == ()
    editor.text.setFocus()
    qtbot.keyClick(editor.text, K.Key_Down, ALT)               # Alt+Down: move the item down
    qtbot.waitUntil(lambda: window.workspace.items_model.row_of(first.id) == 1, timeout=3000)
    assert editor.due.text() == "31.13.2026" and window.workspace.buffer.item_id == first.id
    qtbot.keyClick(editor.text, K.Key_Z, CTRL)                 # and undo it
    qtbot.waitUntil(lambda: window.workspace.items_model.row_of(first.id) == 0, timeout=3000)
    assert editor.due.text() == "31.13.2026" and window.autosave.has_unsaved
    unsaved_question.answers.append(DISCARD)
    _quit(qtbot, window)
    assert unsaved_question.asked and not window.isVisible()


def test_a_refused_matter_text_is_asked_about_before_another_matter_or_meeting_replaces_it(
        qtbot, services, elsewhere, tmp_path, unsaved_question):
    window = open_window(qtbot, services, ui_settings(tmp_path))
    meeting = services.managers.add_meeting("2.6.2026")
    other = services.managers.add_meeting("9.6.2026")
    first = services.agenda.add(meeting.id, "Ratayhteyden rahoitus", notes="Alku.")
    services.agenda.add(meeting.id, "Sote-kiinteistöt", notes="")
    window.open_managers_meeting(meeting.id, first.id)
    idle(qtbot, window)
    editor, table = window.managers_view.editor, window.managers_view.agenda.table
    elsewhere.managers.set_status(meeting.id, MeetingStatus.IN_PROGRESS)
    elsewhere.managers.set_status(meeting.id, MeetingStatus.CLOSED)   # a colleague's sync
    editor.notes.setFocus()
    editor.notes.moveCursor(editor.notes.textCursor().MoveOperation.End)
    type_text(editor.notes, " Kajaani kokoaa kannanoton.")
    idle(qtbot, window)
    assert services.agenda.get(first.id).notes == "Alku."
    assert window.save_state.text() == "Muutosta ei tallennettu"

    unsaved_question.answers.extend([BACK, BACK])
    table.setFocus()
    qtbot.keyClick(table, K.Key_Down)                          # the next matter
    assert window.managers.matter.id == first.id
    assert table.currentIndex().row() == 0
    window.open_managers_meeting(other.id)                     # another meeting
    assert window.current_managers_meeting_id() == meeting.id
    assert editor.notes.toPlainText() == "Alku. Kajaani kokoaa kannanoton."
    (entries, closing), _second = unsaved_question.asked
    assert not closing and entries[0].text.endswith("Alku. Kajaani kokoaa kannanoton.")

    unsaved_question.answers.append(COPY)                      # "Kopioi leikepöydälle ja jatka"
    QGuiApplication.clipboard().setText("")
    window.open_managers_meeting(other.id)
    assert window.current_managers_meeting_id() == other.id
    assert "Alku. Kajaani kokoaa kannanoton." in QGuiApplication.clipboard().text()
    _quit(qtbot, window)
    assert len(unsaved_question.asked) == 3 and not window.isVisible()


def test_deleting_the_item_drops_its_refused_words_on_purpose(qtbot, services, opened, unsaved_question):
    window, _meeting, first = opened
    editor = window.workspace_view.editor
    editor.due.setFocus()
    type_text(editor.due, "31.13.2026")
    idle(qtbot, window)
    assert window.autosave.has_unsaved
    editor.text.setFocus()
    qtbot.keyClick(editor.text, K.Key_Delete, ALT)            # Alt+Delete: delete the item
    assert first.id not in {i.id for i in services.feedback.list_for_meeting(first.meeting_id)}
    assert window.workspace.buffer.item_id != first.id and editor.due.text() == ""
    assert not window.autosave.has_unsaved
    assert window.save_state.text().startswith("Tallennettu klo")
    _quit(qtbot, window)
    assert unsaved_question.asked == [] and not window.isVisible()


def test_ctrl_enter_after_a_refused_text_asks_before_starting_the_next_item(
        qtbot, elsewhere, opened, unsaved_question):
    window, meeting, first = opened
    _refused_text(qtbot, window, elsewhere, meeting)
    editor = window.workspace_view.editor
    unsaved_question.answers.append(BACK)
    qtbot.keyClick(editor.text, K.Key_Return, CTRL)            # Ctrl+Enter: the next item
    assert unsaved_question.asked and window.workspace.buffer.item_id == first.id
    assert editor.text.toPlainText() == "Liikenne A ensin ja rata" and editor.text.hasFocus()
    unsaved_question.answers.append(DISCARD)
    _quit(qtbot, window)
    assert not window.isVisible()

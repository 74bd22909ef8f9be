"""The managers' editor never swallows or misplaces typed text (a keyboard-only user test): a
half-typed agreement stays with its own matter, undo of a deleted matter puts it back at its own
number, F2 in the attendance list gives the keys back to the list, Home/End go by rows. Real main
window, a database from open_database, keys sent where the keyboard sends them."""

from __future__ import annotations

from pathlib import Path

import pytest
from managers_ui_support import ALT, CTRL, SHIFT, press, type_here
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_support import idle, open_window, ui_settings

from desktop_app.domain.enums import Attendance
from desktop_app.services import Services

K = Qt.Key


@pytest.fixture
def window(qtbot, services: Services, tmp_path: Path):
    return open_window(qtbot, services, ui_settings(tmp_path))


def _open(qtbot, window, services: Services, titles: tuple[str, ...]) -> tuple[str, list[str]]:
    meeting = services.managers.add_meeting("2.6.2026")
    ids = [services.agenda.add(meeting.id, title).id for title in titles]
    window.open_managers_meeting(meeting.id)
    idle(qtbot, window)
    return meeting.id, ids


def test_half_typed_agreement_is_not_recorded_under_another_matter(qtbot, window,
                                                                    services: Services) -> None:
    _meeting, (first, second) = _open(qtbot, window, services, ("Eka", "Toka"))
    editor = window.managers_view.editor
    press(K.Key_A, CTRL | SHIFT)              # the agenda
    press(K.Key_Down)                         # matter 2
    assert editor.title.text() == "Toka"
    press(K.Key_U, ALT)                       # Vastuu
    type_here("Kajaani")
    press(K.Key_D, ALT)                       # Toimenpide
    type_here("Kokoaa kannanoton")
    press(K.Key_A, CTRL | SHIFT)
    press(K.Key_Up)                           # matter 1
    assert editor.title.text() == "Eka"
    press(K.Key_D, ALT)
    press(K.Key_Return)                       # Enter in an empty line on matter 1
    idle(qtbot, window)
    assert services.agenda.get(first).follow_ups == ()
    # back on matter 2 the line is as it was typed, and Enter records it there
    press(K.Key_A, CTRL | SHIFT)
    press(K.Key_Down)
    assert (editor.owner.text(), editor.action.text()) == ("Kajaani", "Kokoaa kannanoton")
    press(K.Key_D, ALT)
    press(K.Key_Return)
    idle(qtbot, window)
    assert [(f.owner, f.description) for f in services.agenda.get(second).follow_ups] == [
        ("Kajaani", "Kokoaa kannanoton")]
    assert services.agenda.get(first).follow_ups == ()


def test_undo_of_deleted_matter_puts_it_back_at_its_own_number(qtbot, window,
                                                               services: Services) -> None:
    meeting_id, _ids = _open(qtbot, window, services, ("Eka", "Toka", "Kolmas"))
    press(K.Key_A, CTRL | SHIFT)
    press(K.Key_Down)
    assert window.managers_view.editor.title.text() == "Toka"
    press(K.Key_Delete, ALT)                  # Alt+Delete: delete the matter
    idle(qtbot, window)
    assert [m.title for m in services.agenda.detail(meeting_id).matters] == ["Eka", "Kolmas"]
    press(K.Key_Z, CTRL)
    idle(qtbot, window)
    assert [(m.number, m.title) for m in services.agenda.detail(meeting_id).matters] == [
        (1, "Eka"), (2, "Toka"), (3, "Kolmas")]
    assert window.managers_view.editor.title.text() == "Toka"
    assert "asiaksi 2" in window.statusBar().currentMessage()


def test_after_f2_edits_a_name_the_next_mark_goes_to_the_list(qtbot, window,
                                                              services: Services) -> None:
    meeting_id, _ids = _open(qtbot, window, services, ("Eka",))
    view = window.managers_view
    press(K.Key_P, CTRL | SHIFT)              # the attendance list
    assert view.attendance.table.hasFocus()
    press(K.Key_Down)
    press(K.Key_F2)
    type_here("Tuomo Kunnanjohtaja")
    press(K.Key_Return)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: view.attendance.table.hasFocus())
    press(K.Key_L)                            # marks the same person present
    idle(qtbot, window)
    assert view.attendance.name.text() == ""
    people = services.attendance.list_for_meeting(meeting_id)
    assert (people[1].name, people[1].attendance) == ("Tuomo Kunnanjohtaja", Attendance.PRESENT)


def test_home_and_end_go_to_the_first_and_last_row_of_the_lists(qtbot, window,
                                                                services: Services) -> None:
    _open(qtbot, window, services, ("Eka", "Toka", "Kolmas"))
    view = window.managers_view
    press(K.Key_A, CTRL | SHIFT)
    press(K.Key_Down, times=2)
    assert view.editor.title.text() == "Kolmas"
    press(K.Key_Home)
    assert view.agenda.table.currentIndex().row() == 0 and view.editor.title.text() == "Eka"
    press(K.Key_End)
    assert view.agenda.table.currentIndex().row() == 2 and view.editor.title.text() == "Kolmas"
    press(K.Key_P, CTRL | SHIFT)
    press(K.Key_Down, times=3)
    press(K.Key_Home)
    assert view.attendance.table.currentIndex().row() == 0
    press(K.Key_End)
    assert view.attendance.table.currentIndex().row() == view.attendance.model.rowCount() - 1


def test_typing_a_stream_through_the_raiser_choices_swallows_nothing_in_silence(
        qtbot, window, services: Services) -> None:
    meeting_id, _ids = _open(qtbot, window, services, ())
    editor = window.managers_view.editor
    press(K.Key_Return, CTRL)                 # a new matter, the title first
    type_here("Maakuntaohjelma")
    press(K.Key_Tab)                          # Tuoja
    type_here("Kuhmo")                        # K picks Kunta; the rest is no choice
    assert editor.raiser.currentText() == "Kunta"
    assert "ei tallentunut" in window.statusBar().currentMessage()
    press(K.Key_Tab)                          # Kunta: a text field that takes a name
    assert editor.municipality.lineEdit().hasFocus()
    type_here("Pentti Malinen")
    assert QApplication.activePopupWidget() is None    # the space opened no list
    press(K.Key_Tab)
    assert editor.municipality.currentText() == "Pentti Malinen"     # kept where it was typed
    assert editor.error.isVisible() and "Pentti Malinen" in editor.error.text()
    press(K.Key_Tab)                          # Tila
    assert editor.status.hasFocus()
    window.statusBar().clearMessage()
    type_here("Luonnos esiteltiin kunnille")
    assert QApplication.activePopupWidget() is None
    assert editor.status.currentText() == "Käsittelyssä"
    assert "ei tallentunut" in window.statusBar().currentMessage()
    # the municipality typed by its name (any case) is taken and saved
    press(K.Key_Tab, SHIFT)
    press(K.Key_Tab, SHIFT)
    assert editor.municipality.lineEdit().hasFocus()
    press(K.Key_A, CTRL)
    type_here("kuhmo")
    press(K.Key_Tab)
    idle(qtbot, window)
    [matter] = services.agenda.detail(meeting_id).matters
    assert (matter.title, matter.raised_by.value) == ("Maakuntaohjelma", "municipality")
    names = {m.code: m.name for m in services.rounds.municipalities()}
    assert names[matter.municipality_code] == "Kuhmo"
    assert not editor.error.isVisible()


def test_after_f2_edits_an_agreement_the_keys_stay_in_the_agreements(qtbot, window,
                                                                     services: Services) -> None:
    _meeting_id, (matter_id,) = _open(qtbot, window, services, ("Eka",))
    services.followups.add_agreement(matter_id, owner="Kajaani", description="Kokoaa kannanoton")
    window.open_managers_meeting(_meeting_id, matter_id)
    idle(qtbot, window)
    editor = window.managers_view.editor
    press(K.Key_D, ALT)                       # Toimenpide, then Shift+Tab… back to the grid
    while not editor.agreements.hasFocus():
        press(K.Key_Tab, SHIFT)
    press(K.Key_F2)
    press(K.Key_A, CTRL)
    type_here("Kainuun liitto")
    press(K.Key_Return)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: editor.agreements.hasFocus())
    assert [f.owner for f in services.agenda.get(matter_id).follow_ups] == ["Kainuun liitto"]
    assert editor.owner.text() == "" and editor.action.text() == ""

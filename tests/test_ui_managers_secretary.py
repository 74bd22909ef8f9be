"""The managers' meeting as a secretary expects it, on the real main window by the keyboard:
preparing the agenda keeps a planned meeting planned (only what happens in the meeting starts
it), the bring-to-agenda dialog never chooses a past meeting nor adds an item twice by Enter,
and a meeting cannot be re-dated into another year."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from managers_ui_support import ALT, CTRL, SHIFT, back_to, press, type_here
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from ui_support import close_expecting_question, idle, open_window, ui_settings

from desktop_app.domain.enums import Attendance, FeedbackKind, MatterStatus, MeetingStatus
from desktop_app.domain.messages import MESSAGES
from desktop_app.services import Services
from desktop_app.ui.managers import dialogs as managers_dialogs

K = Qt.Key


@pytest.fixture
def window(qtbot, services: Services, tmp_path: Path):
    return open_window(qtbot, services, ui_settings(tmp_path))


def test_preparing_the_agenda_keeps_a_planned_meeting_planned(qtbot, window, services: Services,
                                                              make_meeting, monkeypatch) -> None:
    meeting = services.managers.add_meeting("1.12.2026")
    target = services.feedback.add(make_meeting(2026, "290").id, FeedbackKind.ADVOCACY_TARGET,
                                   "Ratayhteyden sähköistys")
    window.open_managers_meeting(meeting.id)
    type_here("Maakuntaohjelman valmistelu")             # a title
    press(K.Key_S, ALT)
    type_here("Maakuntajohtaja")                         # a presenter
    press(K.Key_V, ALT)
    type_here("Luonnos lausunnoille tammikuussa.")       # a description
    press(K.Key_P, ALT)
    press(K.Key_Tab, times=4)
    type_here("Pentti Malinen")                          # the header's chair
    idle(qtbot, window)
    monkeypatch.setattr(managers_dialogs, "ask_feedback", lambda _parent, _choices: target.id)
    press(K.Key_A, CTRL | SHIFT)
    press(K.Key_T, CTRL | SHIFT)                         # bring a negotiation item
    idle(qtbot, window)
    assert len(services.agenda.detail(meeting.id).matters) == 2
    assert services.managers.get(meeting.id).status == MeetingStatus.PLANNED
    assert window.managers_view.header.status.text() == "Suunniteltu"

    press(K.Key_K, ALT)
    type_here("Keskusteltiin aikataulusta.")             # discussion notes: the meeting is on
    idle(qtbot, window)
    assert services.managers.get(meeting.id).status == MeetingStatus.IN_PROGRESS
    assert window.managers_view.header.status.text() == "Käynnissä"


def test_an_attendance_mark_starts_a_planned_meeting(qtbot, window, services: Services) -> None:
    meeting = services.managers.add_meeting("1.12.2026")
    person = services.attendance.add(meeting.id, "Pentti Malinen", "manager", attendance=Attendance.UNMARKED)
    window.open_managers_meeting(meeting.id)
    window.managers_tab(window.managers_view.ATTENDANCE)
    table = window.managers_view.attendance.table
    table.setFocus()
    table.selectRow(0)
    QTest.keyClick(table, K.Key_L)                       # L: läsnä
    idle(qtbot, window)
    assert services.attendance.list_for_meeting(meeting.id)[0].id == person.id
    assert services.attendance.list_for_meeting(meeting.id)[0].attendance == Attendance.PRESENT
    assert services.managers.get(meeting.id).status == MeetingStatus.IN_PROGRESS


def _bring_twice_by_enter(qtbot, window, services: Services, make_meeting, today: dt.date) -> list[str]:
    """Ctrl+Shift+T, Enter on a negotiation item twice; returns the texts of the second dialog's
    note about the item already being on an agenda (empty when hidden)."""
    meeting = make_meeting(2026, "290")
    item = services.feedback.add(meeting.id, FeedbackKind.ADVOCACY_TARGET, "Ratayhteyden sähköistys")
    window.workspace.today = lambda: today   # the clock, an edge
    window.open_item(meeting.id, item.id)
    editor = window.workspace_view.editor
    notes: list[str] = []

    def enter_in_dialog() -> None:
        modal, focus = QApplication.activeModalWidget(), QApplication.focusWidget()
        if modal is None or modal.objectName() != "bringToAgendaDialog" or focus is None \
                or not modal.isAncestorOf(focus):   # keys go where the focus is: wait for it
            QTimer.singleShot(20, enter_in_dialog)
            return
        already = getattr(modal, "already", None)
        notes.append(already.text() if already is not None and already.isVisibleTo(modal) else "")
        QTest.keyClick(QApplication.focusWidget(), K.Key_Return)
        if modal.isVisible():
            modal.reject()       # Enter did not choose: the test leaves by Esc's way

    for _ in range(2):
        QTimer.singleShot(0, enter_in_dialog)
        qtbot.keyClick(editor.text, K.Key_T, CTRL | SHIFT)
        window.activateWindow()
        QTest.qWaitForWindowActive(window)
    return notes


def test_bring_to_agenda_twice_by_enter_never_adds_to_a_past_meeting(qtbot, window, services: Services,
                                                                      make_meeting) -> None:
    planned = {m.number: m for m in services.managers.plan_year(2026)}
    today = dt.date(2026, 11, 20)          # after 10/2026 (3.11.), before 11/2026 (1.12.)
    notes = _bring_twice_by_enter(qtbot, window, services, make_meeting, today)
    links = [link for links in services.agenda.links_for_feedback(
        [m.feedback_id for m in services.agenda.detail(planned[11].id).matters]).values() for link in links]
    assert [link.managers_meeting_id for link in links] == [planned[11].id]   # once, the upcoming one
    assert services.agenda.detail(planned[10].id).matters == ()
    assert notes[0] == "" and "11/2026, asia 1" in notes[1]
    assert window.statusBar().currentMessage() == "Palaute on jo kokouksen 11/2026 asialistalla."


def test_bring_to_agenda_preselects_no_past_meeting(qtbot, window, services: Services, make_meeting) -> None:
    planned = {m.number: m for m in services.managers.plan_year(2026)}
    _bring_twice_by_enter(qtbot, window, services, make_meeting, dt.date(2026, 12, 20))   # all past
    assert all(services.agenda.detail(m.id).matters == () for m in planned.values())


def test_a_date_in_another_year_is_refused_beside_the_field(qtbot, window, services: Services,
                                                            unsaved_question) -> None:
    meeting = services.managers.plan_year(2026)[-1]     # 11/2026, 1.12.2026
    window.open_managers_meeting(meeting.id)
    header = window.managers_view.header
    press(K.Key_P, ALT)
    press(K.Key_A, CTRL)
    type_here("5.1.2027")
    idle(qtbot, window)
    assert header.error.isVisible() and "11/2026" in header.error.text() and "2026" in header.error.text()
    assert header.fields["meeting_date"].property("invalid") == "true"
    assert header.fields["meeting_date"].text() == "5.1.2027"            # the typing is kept
    assert services.managers.get(meeting.id).meeting_date == dt.date(2026, 12, 1)
    assert services.managers.list_meetings(2027) == []
    assert "managers.date_other_year" in MESSAGES
    # The refused date is still in the field: closing asks about it.
    close_expecting_question(window, unsaved_question)


def test_deleting_the_carried_copy_opens_the_original_again_and_undo_restores_both(
        qtbot, window, services: Services) -> None:
    first, second = services.managers.plan_year(2027)[:2]
    source = services.agenda.add(first.id, "Kesken jäänyt asia")
    window.open_managers_meeting(first.id)
    press(K.Key_A, CTRL | SHIFT)
    press(K.Key_M, CTRL | SHIFT)                         # carry it on to 2/2027
    assert services.agenda.get(source.id).status == MatterStatus.CARRIED
    window.open_managers_meeting(second.id)
    press(K.Key_A, CTRL | SHIFT)
    press(K.Key_Delete, ALT)                             # delete the carried copy
    assert services.agenda.detail(second.id).matters == ()
    assert services.agenda.get(source.id).status == MatterStatus.OPEN
    assert services.agenda.detail(first.id).carried_to == {}
    press(K.Key_Z, CTRL)                                 # undo: both come back
    assert len(services.agenda.detail(second.id).matters) == 1
    assert services.agenda.get(source.id).status == MatterStatus.CARRIED
    assert services.agenda.detail(first.id).carried_to == {source.id: "2/2027"}


def test_closing_with_unmarked_attendance_lists_what_is_missing_and_keeps_recording_by_default(
        qtbot, window, services: Services) -> None:
    meeting = services.managers.add_meeting("1.12.2026")
    for name in ("Pentti Malinen", "Leila Pulkkinen", "Jari Ylitalo"):
        services.attendance.add(meeting.id, name, "manager", attendance=Attendance.UNMARKED)
    services.agenda.add(meeting.id, "Maakuntaohjelma")
    services.agenda.add(meeting.id, "Ratayhteys", notes="Keskusteltiin.")
    window.open_managers_meeting(meeting.id)
    texts: list[str] = []

    def answer(button: str) -> None:
        def act() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox) or not box.isVisible():
                QTimer.singleShot(20, act)
                return
            texts.append(box.text())
            if button == "Enter":
                QTest.keyClick(box, K.Key_Return)      # Enter presses the default button
            else:
                box.findChild(QPushButton, button).click()
        QTimer.singleShot(0, act)

    answer("Enter")                                      # the default: Jatka kirjaamista
    press(K.Key_L, CTRL | SHIFT)
    assert texts and "Läsnäoloa ei ole merkitty (3)" in texts[0]
    assert "Pentti Malinen" in texts[0] and "Jari Ylitalo" in texts[0]
    assert "1. Maakuntaohjelma" in texts[0] and "Ratayhteys" not in texts[0]
    assert services.managers.get(meeting.id).status == MeetingStatus.PLANNED
    back_to(window)
    answer("closeMeeting")                               # Sulje kokous
    press(K.Key_L, CTRL | SHIFT)
    assert services.managers.get(meeting.id).status == MeetingStatus.CLOSED

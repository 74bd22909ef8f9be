"""The managers' meeting workspace: a closed meeting is read-only and every edit key says so; a
refused carry says why and leaves nothing on the undo stack; undo of a delete; the planning
dialog keeps its values when the service refuses; typing is durable within half a second."""

from __future__ import annotations

from pathlib import Path

import pytest
from managers_ui_support import ALT, CTRL, SHIFT, press, type_here
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from ui_support import idle, open_window, ui_settings

from desktop_app.domain.enums import Attendance, MeetingStatus
from desktop_app.services import Services
from desktop_app.ui.managers import dialogs as managers_dialogs
from desktop_app.ui.managers.dialogs import PlanYearDialog

K = Qt.Key
CLOSED = "Kuntajohtajakokous on suljettu, eikä sitä voi muuttaa."


@pytest.fixture
def window(qtbot, services: Services, tmp_path: Path):
    return open_window(qtbot, services, ui_settings(tmp_path))


def _open_with_matter(qtbot, window, services: Services, meeting_id: str) -> str:
    matter = services.agenda.add(meeting_id, "Ratayhteyden rahoitus", notes="Alku.")
    window.open_managers_meeting(meeting_id)
    idle(qtbot, window)
    return matter.id


def test_closed_meeting_is_read_only_and_every_edit_key_says_so(qtbot, window, services: Services,
                                                                 monkeypatch) -> None:
    meeting = services.managers.add_meeting("2.6.2026")
    matter_id = _open_with_matter(qtbot, window, services, meeting.id)
    monkeypatch.setattr(managers_dialogs, "confirm_close", lambda *_args: True)   # the modal
    press(K.Key_L, CTRL | SHIFT)              # Ctrl+Shift+L: close (the negotiation's key)
    assert services.managers.get(meeting.id).status == MeetingStatus.CLOSED
    view = window.managers_view
    assert view.banner.isVisible() and view.editor.notes.isReadOnly()
    assert window.undo_stack.count() == 0

    view.editor.notes.setFocus()
    type_here("lisää tekstiä")
    assert window.statusBar().currentMessage().startswith(CLOSED)
    window.statusBar().clearMessage()
    press(K.Key_Return, CTRL)                 # a new matter
    assert window.statusBar().currentMessage().startswith(CLOSED)
    window.statusBar().clearMessage()
    press(K.Key_P, CTRL | SHIFT)
    press(K.Key_L)                            # a mark
    assert window.statusBar().currentMessage().startswith(CLOSED)
    window.statusBar().clearMessage()
    window.statusBar().clearMessage()
    press(K.Key_F2)                           # edit a name
    assert window.statusBar().currentMessage().startswith(CLOSED)
    window.statusBar().clearMessage()
    press(K.Key_M, CTRL | SHIFT)              # carry on
    assert window.statusBar().currentMessage().startswith(CLOSED)
    idle(qtbot, window)
    assert services.agenda.get(matter_id).notes == "Alku."
    assert {a.attendance for a in services.attendance.list_for_meeting(meeting.id)} == {Attendance.UNMARKED}
    assert len(services.agenda.detail(meeting.id).matters) == 1
    assert window.undo_stack.count() == 0

    press(K.Key_O, CTRL | SHIFT)              # Ctrl+Shift+O: reopen for editing
    assert services.managers.get(meeting.id).status == MeetingStatus.IN_PROGRESS
    assert not view.banner.isVisible() and not view.editor.notes.isReadOnly()


def test_carry_without_a_next_meeting_says_why_and_records_nothing(qtbot, window, services: Services) -> None:
    meeting = services.managers.add_meeting("2.6.2026")
    matter_id = _open_with_matter(qtbot, window, services, meeting.id)
    press(K.Key_A, CTRL | SHIFT)
    before = window.undo_stack.count()
    press(K.Key_M, CTRL | SHIFT)
    assert window.statusBar().currentMessage() == (
        "Seuraavaa kuntajohtajakokousta ei ole suunniteltu. Lisää kokous ensin.")
    assert window.undo_stack.count() == before
    assert window.save_state.text() != "Tallennetaan…"
    assert services.agenda.get(matter_id).status.value == "open"
    assert len(services.managers.list_meetings()) == 1


def test_delete_a_matter_and_undo_it(qtbot, window, services: Services) -> None:
    meeting = services.managers.add_meeting("2.6.2026")
    matter_id = _open_with_matter(qtbot, window, services, meeting.id)
    press(K.Key_A, CTRL | SHIFT)
    press(K.Key_Delete, ALT)                  # Alt+Delete: delete the matter
    assert services.agenda.detail(meeting.id).matters == ()
    assert window.managers_view.agenda.model.rowCount() == 0
    press(K.Key_Z, CTRL)
    assert [m.id for m in services.agenda.detail(meeting.id).matters] == [matter_id]
    assert window.managers_view.agenda.model.rowCount() == 1
    assert window.managers_view.editor.title.text() == "Ratayhteyden rahoitus"


def test_typed_notes_are_durable_within_half_a_second(qtbot, window, services: Services) -> None:
    meeting = services.managers.add_meeting("2.6.2026")
    matter_id = _open_with_matter(qtbot, window, services, meeting.id)
    press(K.Key_K, ALT)
    type_here(" Sovittiin yhteisestä kannanotosta.")
    qtbot.waitUntil(lambda: services.agenda.get(matter_id).notes.endswith("kannanotosta."), timeout=500)
    assert services.managers.get(meeting.id).status == MeetingStatus.IN_PROGRESS   # writing started it


def test_plan_dialog_keeps_its_values_when_the_service_refuses(qtbot, services: Services) -> None:
    services.managers.plan_year(2026)
    dialog = PlanYearDialog(None, 2026, services.managers.plan_year)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    assert QTest.qWaitForWindowActive(dialog)
    dialog.time.setText("10.30")
    dialog.place.setText("Sotkamon kunnantalo")
    dialog.months[11].setChecked(False)
    QTest.keyClick(dialog.year, K.Key_Return)   # OK: 2026 is already planned
    assert dialog.isVisible() and dialog.result_value is None
    assert dialog.error.text() == ("Vuoden 2026 kuntajohtajakokoukset on jo suunniteltu. Lisää "
                                   "tarvittaessa ylimääräinen kokous.")
    assert dialog.year.property("invalid") == "true" and dialog.year.hasFocus()
    assert (dialog.time.text(), dialog.place.text(), dialog.months[11].isChecked()) == (
        "10.30", "Sotkamon kunnantalo", False)
    dialog.year.setValue(2027)
    QTest.keyClick(dialog.year, K.Key_Return)
    assert not dialog.isVisible()
    planned = services.managers.list_meetings(2027)
    assert len(planned) == 10                      # no July, no December
    assert {(s.meeting.place, s.meeting.start_time.strftime("%H.%M")) for s in planned} == {
        ("Sotkamon kunnantalo", "10.30")}
    QApplication.processEvents()


def test_every_managers_view_names_its_controls_as_they_are_shown(qtbot, window, services: Services,
                                                                   make_feedback) -> None:
    from test_ui_accessibility_tree import accessibility_problems

    make_feedback("Valtatie 22 kuntoon")
    services.managers.plan_year(2026)
    meeting = services.managers.find(2026, 7)
    matter = services.agenda.add(meeting.id, "Ratayhteyden rahoitus")
    services.followups.add_agreement(matter.id, owner="Kajaani", description="Kannanotto")
    found = {}
    for name, show in {"forums": lambda: window.show_forum(1),
                       "agenda": lambda: window.open_managers_meeting(meeting.id),
                       "attendance": lambda: window.managers_tab(1)}.items():
        show()
        idle(qtbot, window)
        found[name] = accessibility_problems(window)
    dialogs = [PlanYearDialog(window, 2027, services.managers.plan_year),
               managers_dialogs.BringFeedbackDialog(window, window.managers.feedback_choices())]
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        found[type(dialog).__name__] = accessibility_problems(dialog)
        dialog.reject()
    assert not any(found.values()), found


def test_header_details_autosave_and_a_bad_date_is_refused_beside_the_field(qtbot, window,
                                                                            services: Services) -> None:
    meeting = services.managers.add_meeting("2.6.2026")
    window.open_managers_meeting(meeting.id)
    header = window.managers_view.header
    press(K.Key_P, ALT)                       # Alt+P: Päivä
    assert header.fields["meeting_date"].hasFocus()
    press(K.Key_Tab, times=4)                 # time, place, remote link, chair
    assert header.fields["chair"].hasFocus()
    type_here("Pentti Malinen")
    idle(qtbot, window)
    assert services.managers.get(meeting.id).chair == "Pentti Malinen"
    press(K.Key_P, ALT)
    press(K.Key_A, CTRL)
    type_here("31.2.2026")
    idle(qtbot, window)
    assert header.error.isVisible() and header.error.text()
    assert header.fields["meeting_date"].property("invalid") == "true"
    assert header.fields["meeting_date"].text() == "31.2.2026"          # the typing is kept
    assert services.managers.get(meeting.id).meeting_date.isoformat() == "2026-06-02"
    press(K.Key_A, CTRL)
    type_here("9.6.2026")
    idle(qtbot, window)
    assert not header.error.isVisible()
    assert services.managers.get(meeting.id).meeting_date.isoformat() == "2026-06-09"


def test_notes_changed_elsewhere_while_typing_keep_both_texts(qtbot, window, services: Services) -> None:
    meeting = services.managers.add_meeting("2.6.2026")
    matter_id = _open_with_matter(qtbot, window, services, meeting.id)
    press(K.Key_K, ALT)
    services.agenda.update(matter_id, title="Ratayhteyden rahoitus 2027", notes="Alku. Toiselta koneelta.")
    type_here(" Omaa tekstiä.")
    idle(qtbot, window)
    stored = services.agenda.get(matter_id)
    assert stored.title == "Ratayhteyden rahoitus 2027"            # only they changed it: theirs
    assert "Alku. Omaa tekstiä." in stored.notes                    # both changed: both kept
    assert "Alku. Toiselta koneelta." in stored.notes
    assert window.managers_view.editor.notes.toPlainText() == stored.notes
    assert window.managers_view.editor.title.text() == "Ratayhteyden rahoitus 2027"
    assert "toisaalla" in window.statusBar().currentMessage()


def test_a_matter_changed_elsewhere_is_shown_fresh_when_untouched(qtbot, window, services: Services) -> None:
    meeting = services.managers.add_meeting("2.6.2026")
    matter_id = _open_with_matter(qtbot, window, services, meeting.id)
    services.agenda.update(matter_id, notes="Synkronoinnissa tullut teksti.")
    window.managers.check_underneath()
    assert window.managers_view.editor.notes.toPlainText() == "Synkronoinnissa tullut teksti."


def test_a_restart_returns_to_the_managers_meeting_and_matter(qtbot, services: Services,
                                                              tmp_path: Path) -> None:
    meeting = services.managers.add_meeting("2.6.2026")
    services.agenda.add(meeting.id, "Ensimmäinen")
    second = services.agenda.add(meeting.id, "Toinen")
    first_window = open_window(qtbot, services, ui_settings(tmp_path))
    first_window.open_managers_meeting(meeting.id)
    press(K.Key_A, CTRL | SHIFT)
    press(K.Key_Down)
    assert first_window.managers_view.editor.title.text() == "Toinen"
    first_window.close()
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.start()
    assert window.pages.currentWidget() is window.managers_view
    assert window.current_managers_meeting_id() == meeting.id
    assert window.managers.matter is not None and window.managers.matter.id == second.id


def test_the_first_matter_starting_the_meeting_keeps_header_typing_not_yet_saved(
        qtbot, window, services: Services) -> None:
    meeting = services.managers.add_meeting("2.6.2026")
    window.open_managers_meeting(meeting.id)
    assert window.managers_view.editor.title.hasFocus()
    type_here("EU-rahoitushaku")
    press(K.Key_K, ALT)
    type_here("Keskusteltiin.")                # queued first: the notes' write starts the meeting
    press(K.Key_P, ALT)
    press(K.Key_Tab, times=4)
    type_here("Pentti Malinen")                # queued second, in the header
    idle(qtbot, window)
    stored = services.managers.get(meeting.id)
    assert stored.status == MeetingStatus.IN_PROGRESS and stored.chair == "Pentti Malinen"
    assert window.managers_view.header.fields["chair"].text() == "Pentti Malinen"
    assert window.managers_view.header.status.text() == "Käynnissä"


def test_a_bad_due_date_is_refused_beside_the_field_and_the_agreement_line_is_kept(
        qtbot, window, services: Services) -> None:
    meeting = services.managers.add_meeting("2.6.2026")
    matter_id = _open_with_matter(qtbot, window, services, meeting.id)
    before = window.undo_stack.count()
    press(K.Key_U, ALT)
    type_here("Kajaani")
    press(K.Key_D, ALT)
    type_here("Kokoaa kannanoton")
    press(K.Key_R, ALT)
    type_here("31.13.2026")
    press(K.Key_Return)
    editor = window.managers_view.editor
    assert editor.error.isVisible() and "31.13.2026" in editor.error.text()
    assert editor.due.property("invalid") == "true" and editor.due.hasFocus()
    assert (editor.owner.text(), editor.action.text()) == ("Kajaani", "Kokoaa kannanoton")
    # what was typed is already durable (autosave wrote the row); the bad date is not written
    assert [(f.owner, f.description, f.due_date) for f in services.agenda.get(matter_id).follow_ups] == [
        ("Kajaani", "Kokoaa kannanoton", None)] and window.undo_stack.count() == before
    press(K.Key_A, CTRL)
    type_here("30.9.2026")
    press(K.Key_Return)
    assert [f.owner for f in services.agenda.get(matter_id).follow_ups] == ["Kajaani"]
    assert not editor.error.isVisible() and editor.owner.text() == ""


def test_marks_stay_shown_when_a_new_matter_is_typed_afterwards(qtbot, window, services: Services) -> None:
    meeting = services.managers.add_meeting("2.6.2026")
    _open_with_matter(qtbot, window, services, meeting.id)
    press(K.Key_P, CTRL | SHIFT)
    press(K.Key_L)
    press(K.Key_E)
    press(K.Key_A, CTRL | SHIFT)
    press(K.Key_Return, CTRL)
    type_here("Uusi asia kokouksessa")
    idle(qtbot, window)
    people = window.managers_view.attendance.model
    assert [people.record(row).attendance for row in range(2)] == [Attendance.PRESENT, Attendance.REMOTE]
    assert window.managers_view.header.counts.text() == "2 asiaa, 9 henkilöä"


def test_undo_of_an_added_person_updates_the_list_and_the_head_count(qtbot, window,
                                                                      services: Services) -> None:
    meeting = services.managers.add_meeting("2.6.2026")
    _open_with_matter(qtbot, window, services, meeting.id)
    press(K.Key_P, CTRL | SHIFT)
    press(K.Key_I, ALT)
    type_here("Varahenkilö Virtanen")
    press(K.Key_Return)
    assert window.managers_view.header.counts.text() == "1 asia, 10 henkilöä"
    press(K.Key_Z, CTRL)
    assert window.managers_view.attendance.model.rowCount() == 9
    assert window.managers_view.header.counts.text() == "1 asia, 9 henkilöä"
    assert len(services.attendance.list_for_meeting(meeting.id)) == 9


def test_add_meeting_dialog_keeps_its_values_when_the_date_is_refused(qtbot, services: Services) -> None:
    from desktop_app.ui.managers.dialogs import AddMeetingDialog

    dialog = AddMeetingDialog(None, services.managers.add_meeting)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.date.setText("30.2.2026")
    dialog.place.setText("Kuhmon kaupungintalo")
    QTest.keyClick(dialog.date, K.Key_Return)
    assert dialog.isVisible() and dialog.error.isVisible() and "30.2.2026" in dialog.error.text()
    assert dialog.date.property("invalid") == "true"
    assert (dialog.date.text(), dialog.place.text()) == ("30.2.2026", "Kuhmon kaupungintalo")
    assert services.managers.list_meetings() == []
    dialog.date.setText("3.3.2026")
    QTest.keyClick(dialog.date, K.Key_Return)
    assert not dialog.isVisible()
    [added] = services.managers.list_meetings()
    assert (added.meeting.number, added.meeting.year, added.meeting.place) == (
        1, 2026, "Kuhmon kaupungintalo")

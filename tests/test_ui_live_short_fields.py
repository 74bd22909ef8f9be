# ruff: noqa: F811 - the fixtures of test_ui_live.py are imported and used by name
"""The meeting header (date, time, place) and the participant details never overwrite a row
changed underneath (issue 14, "No silent overwrite"): a second Database handle writes the row, as a
sync, an import or another window would. An untouched editor shows the stored row; a touched one
keeps the other side's change in the fields the user did not touch, and where both changed the
same field it shows the stored value and says plainly what was typed (nothing overwritten, the
indicator does not claim a save). docs/ui.md explains the choice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_ui_live import opened  # noqa: F401
from ui_support import close_expecting_question, idle, type_text

ALT = Qt.KeyboardModifier.AltModifier


def _type_over(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    type_text(widget, text)


def test_an_untouched_header_shows_what_changed_underneath(qtbot, services, elsewhere, opened):
    window, meeting, *_ = opened
    header = window.workspace_view.header
    elsewhere.meetings.update_details(meeting.id, place="Sotkamon kunnantalo", start_time="13.30")
    window.workspace.check_underneath()
    assert header.place_edit.text() == "Sotkamon kunnantalo" and header.time_edit.text() == "13.30"
    _type_over(qtbot, header.place_edit, "Sotkamon kunnantalo, sali 2")
    idle(qtbot, window)
    stored = services.meetings.get(meeting.id)
    assert stored.place == "Sotkamon kunnantalo, sali 2" and stored.start_time.hour == 13


def test_a_touched_header_keeps_the_change_made_underneath_to_another_field(qtbot, services,
                                                                           elsewhere, opened):
    window, meeting, *_ = opened
    header = window.workspace_view.header
    _type_over(qtbot, header.place_edit, "Kuhmon kaupungintalo")
    elsewhere.meetings.update_details(meeting.id, start_time="09.15")   # before the autosave
    idle(qtbot, window)
    stored = services.meetings.get(meeting.id)
    assert stored.place == "Kuhmon kaupungintalo"           # ours
    assert stored.start_time.strftime("%H.%M") == "09.15"   # theirs, not overwritten
    assert header.time_edit.text() == "9.15"
    assert window.save_state.text().startswith("Tallennettu klo")


def test_a_header_field_changed_on_both_sides_is_not_overwritten_and_both_are_named(
        qtbot, services, elsewhere, opened):
    window, meeting, *_ = opened
    header = window.workspace_view.header
    _type_over(qtbot, header.place_edit, "Valtuustosali")
    elsewhere.meetings.update_details(meeting.id, place="Kaupungintalon kahvio")
    idle(qtbot, window)
    assert services.meetings.get(meeting.id).place == "Kaupungintalon kahvio"   # not overwritten
    assert header.place_edit.text() == "Kaupungintalon kahvio"              # the newer value shown
    message = header.error.text()
    assert "\u201cKaupungintalon kahvio\u201d" in message and "\u201cValtuustosali\u201d" in message
    assert "ei tallentunut" in message and header.error.isVisibleTo(window)
    assert window.save_state.text() == "Muutosta ei tallennettu"
    _type_over(qtbot, header.place_edit, "Valtuustosali")   # the user decides: written now
    idle(qtbot, window)
    assert services.meetings.get(meeting.id).place == "Valtuustosali"
    assert not header.error.isVisibleTo(window)


@pytest.fixture
def person(qtbot, services, opened):
    window, meeting, *_ = opened
    window.workspace.select_section("participants")
    panel = window.workspace_view.participants
    panel.municipality.people.setFocus()
    qtbot.keyClick(panel.municipality.people, Qt.Key.Key_Home)
    [eeva] = services.participants.list_for_meeting(meeting.id)
    assert panel.editor.name.text() == "Eeva Esimerkki"
    return window, panel.editor, eeva


def test_an_untouched_participant_shows_what_changed_underneath(qtbot, services, elsewhere, person):
    window, editor, eeva = person
    elsewhere.participants.update(eeva.id, title="Kunnanjohtaja")
    window.workspace.check_underneath()
    assert editor.role.text() == "Kunnanjohtaja"
    _type_over(qtbot, editor.name, "Eeva Virtanen")
    idle(qtbot, window)
    stored = services.participants.list_for_meeting(eeva.meeting_id)[0]
    assert (stored.name, stored.title) == ("Eeva Virtanen", "Kunnanjohtaja")


def test_a_touched_participant_keeps_the_change_made_underneath(qtbot, services, elsewhere, person):
    window, editor, eeva = person
    _type_over(qtbot, editor.name, "Eeva Virtanen")
    elsewhere.participants.update(eeva.id, organisation="Kuhmon kaupunki")
    idle(qtbot, window)
    stored = services.participants.list_for_meeting(eeva.meeting_id)[0]
    assert (stored.name, stored.organisation) == ("Eeva Virtanen", "Kuhmon kaupunki")
    assert editor.organisation.text() == "Kuhmon kaupunki"


def test_a_participant_name_changed_on_both_sides_is_not_overwritten(qtbot, services, elsewhere,
                                                                    person, unsaved_question):
    window, editor, eeva = person
    _type_over(qtbot, editor.name, "Eeva Virtanen")
    elsewhere.participants.update(eeva.id, name="Eeva Esimerkki-Korhonen")
    idle(qtbot, window)
    stored = services.participants.list_for_meeting(eeva.meeting_id)[0]
    assert stored.name == "Eeva Esimerkki-Korhonen"
    assert editor.name.text() == "Eeva Esimerkki-Korhonen"
    message = editor.error.text()
    assert "\u201cEeva Virtanen\u201d" in message and "\u201cEeva Esimerkki-Korhonen\u201d" in message
    assert window.save_state.text() == "Muutosta ei tallennettu"
    # The user's name did not land (it is in the message): closing asks about it.
    close_expecting_question(window, unsaved_question)

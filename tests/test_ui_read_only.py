"""A closed meeting in the real window: typing changes nothing, the banner says why and offers the
way back (Ctrl+Shift+O), the close dialog's buttons say what they do, and a refused edit is
reported in the UI's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from ui_support import close_expecting_question, idle, open_window, type_text, ui_settings

from desktop_app.domain.enums import FeedbackKind, MeetingStatus, Side
from desktop_app.domain.errors import MeetingLockedError, ValidationError
from desktop_app.ui import dialogs
from desktop_app.ui.error_text import CATALOGUE, FIELDS, error_text
from desktop_app.ui.i18n import install_translations, remove_translations

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def closed_meeting(services, make_meeting):
    meeting = make_meeting()
    sector = services.sectors.find("LII").id
    item = services.feedback.add(meeting.id, FeedbackKind.SECTOR_COMMENT, "Ratayhteys.", sector_id=sector)
    services.followups.add(item.id, owner="Liisa", description="Selvitetään.")
    services.participants.add(meeting.id, "Eeva Esimerkki", Side.MUNICIPALITY)
    services.meetings.set_status(meeting.id, MeetingStatus.CLOSED)
    return meeting, item


def _when_modal(qtbot, action) -> None:
    """Run `action(box)` on the next modal dialog, once it is up (polled, not a fixed delay)."""
    timer = QTimer()
    timer.setInterval(20)

    def check() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            timer.stop()
            try:
                action(box)
            finally:
                if box.isVisible():  # the action failed: never leave the test hanging on a modal
                    box.done(0)

    timer.timeout.connect(check)
    timer.start()
    _TIMERS.append(timer)


_TIMERS: list[QTimer] = []


def _open_item(qtbot, window, meeting, item) -> None:
    window.open_meeting(meeting.id, "sector:" + item.sector_id, item.id)
    idle(qtbot, window)
    assert window.workspace.buffer is not None and window.workspace.buffer.item_id == item.id


def test_closed_meeting_refuses_typing_and_shows_the_banner(qtbot, services, tmp_path, closed_meeting):
    meeting, item = closed_meeting
    window = open_window(qtbot, services, ui_settings(tmp_path))
    _open_item(qtbot, window, meeting, item)
    view = window.workspace_view
    assert view.banner.isVisible()
    assert "suljettu" in view.banner.text.text()
    assert view.banner.reopen_button.isVisible()

    view.editor.text.setFocus()
    type_text(view.editor.text, " lisäys")
    type_text(view.editor.owner, "Pekka")
    type_text(view.header.place_edit, "Kuhmo-talo")
    type_text(view.participants.municipality.entry, "Uusi Ihminen")
    idle(qtbot, window)
    assert view.editor.text.toPlainText() == "Ratayhteys."
    assert services.feedback.get(item.id).text == "Ratayhteys."
    assert services.feedback.get(item.id).follow_ups[0].owner == "Liisa"
    assert services.meetings.get(meeting.id).place == ""
    assert len(services.participants.list_for_meeting(meeting.id)) == 1
    assert not view.editor.new_button.isEnabled() and not view.editor.delete_button.isEnabled()
    # the follow-up status stays changeable after closing
    assert view.editor.follow_up_status.isEnabled()


def test_reopen_by_keyboard_makes_the_meeting_editable(qtbot, services, tmp_path, closed_meeting):
    meeting, item = closed_meeting
    window = open_window(qtbot, services, ui_settings(tmp_path))
    _open_item(qtbot, window, meeting, item)
    view = window.workspace_view
    qtbot.keyClick(view.editor.text, Qt.Key.Key_O, CTRL | SHIFT)
    assert services.meetings.get(meeting.id).status == MeetingStatus.IN_PROGRESS
    assert not view.banner.isVisible()
    assert "LUONNOS" in window.statusBar().currentMessage()
    view.editor.text.setFocus()
    view.editor.text.moveCursor(view.editor.text.textCursor().MoveOperation.End)
    type_text(view.editor.text, " Lisätty.")
    idle(qtbot, window)
    assert services.feedback.get(item.id).text == "Ratayhteys. Lisätty."


def test_close_dialog_lists_what_is_empty_and_its_buttons_say_what_they_do(qtbot, services, tmp_path,
                                                                         make_meeting):
    meeting = make_meeting()
    services.feedback.add(meeting.id, FeedbackKind.DEVELOPMENT_VIEW, "Kainuu kasvaa.", scope="region")
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.open_meeting(meeting.id)
    seen: dict[str, object] = {}

    def answer(box: QMessageBox) -> None:
        seen["text"] = box.text()
        seen["buttons"] = sorted(b.text() for b in box.findChildren(QPushButton) if b.isVisible())
        seen["default"] = box.defaultButton().text()
        box.findChild(QPushButton, "keepRecording").click()

    _when_modal(qtbot, answer)
    qtbot.keyClick(window.workspace_view.editor.text, Qt.Key.Key_L, CTRL | SHIFT)
    assert seen["buttons"] == ["Jatka kirjaamista", "Sulje neuvottelu"]
    assert seen["default"] == "Jatka kirjaamista"
    text = str(seen["text"])
    assert "Liikenne ja saavutettavuus" in text  # an uncovered sector
    assert "Kunnan oma kehitys" in text and "Koko Kainuun kehitys" not in text
    assert services.meetings.get(meeting.id).status != MeetingStatus.CLOSED  # "Jatka" keeps it open

    window.activateWindow()  # offscreen, no window is active after a modal dialog closes
    assert QTest.qWaitForWindowActive(window)
    _when_modal(qtbot, lambda box: box.findChild(QPushButton, "closeMeeting").click())
    qtbot.keyClick(window.workspace_view.editor.text, Qt.Key.Key_L, CTRL | SHIFT)
    assert services.meetings.get(meeting.id).status == MeetingStatus.CLOSED
    assert window.workspace_view.banner.isVisible()


def test_english_ui_shows_an_english_error_for_a_refused_edit(qtbot, services, tmp_path, qapp,
                                                             closed_meeting, monkeypatch):
    meeting, item = closed_meeting
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message: shown.append(message))
    installed = install_translations(qapp, "en")
    try:
        window = open_window(qtbot, services, ui_settings(tmp_path), "en")
        _open_item(qtbot, window, meeting, item)
        # The service refuses writes to the closed meeting; the UI says so in English.
        with pytest.raises(MeetingLockedError) as caught:
            services.feedback.update(item.id, text="Muutos")
        assert error_text(caught.value) == ("The meeting is closed and cannot be changed. "
                                            "Reopen it for editing first.")
        # The real path: the meeting was approved elsewhere; reopening it is refused in English.
        services.meetings.set_status(meeting.id, MeetingStatus.APPROVED)
        window.reopen_meeting()
        assert shown == ["Only a closed meeting can be reopened for editing."]
        # Field names in a validation message are translated too.
        with pytest.raises(ValidationError) as invalid:  # input is checked before the state
            services.meetings.update_details(meeting.id, meeting_date="31.2.2026")
        assert error_text(invalid.value) == ("The value '31.2.2026' of 'date' is not a date "
                                             "(format 27.11.2026).")
    finally:
        remove_translations(qapp, installed)
    # Finnish (no translator): the catalogue's own text
    assert error_text(caught.value).startswith("Neuvottelu on suljettu")


def test_ui_catalogue_is_the_domain_catalogue():
    from desktop_app.domain.messages import FIELD_NAMES, MESSAGES
    assert CATALOGUE == MESSAGES
    assert tuple(FIELDS) == FIELD_NAMES and all(FIELDS[name] == name for name in FIELDS)


def test_typing_into_a_meeting_closed_elsewhere_is_refused_in_english(qtbot, services, tmp_path, qapp,
                                                                     make_meeting, unsaved_question):
    """The real path: the window shows the meeting as editable, another handle (a sync, another
    window) closes it, the user types; the autosave is refused and says so in the UI language."""
    from desktop_app.services import Services
    from desktop_app.storage.migrate import open_database

    meeting = make_meeting()
    sector = services.sectors.find("LII").id
    item = services.feedback.add(meeting.id, FeedbackKind.SECTOR_COMMENT, "Ratayhteys.", sector_id=sector)
    installed = install_translations(qapp, "en")
    other = open_database(services.db.path, "Toinen ikkuna")
    try:
        window = open_window(qtbot, services, ui_settings(tmp_path), "en")
        _open_item(qtbot, window, meeting, item)
        Services.for_database(other).meetings.set_status(meeting.id, MeetingStatus.CLOSED)
        editor = window.workspace_view.editor
        editor.text.setFocus()
        editor.text.moveCursor(editor.text.textCursor().MoveOperation.End)
        type_text(editor.text, " lisäys")
        idle(qtbot, window)
        assert editor.error.text() == ("The meeting is closed and cannot be changed. "
                                       "Reopen it for editing first.")
        assert services.feedback.get(item.id).text == "Ratayhteys."
        # The refused words are still on screen: closing asks about them (in English too).
        close_expecting_question(window, unsaved_question)
        assert unsaved_question.asked[-1][0][0].message.startswith("The meeting is closed")
    finally:
        other.dispose()
        remove_translations(qapp, installed)


def test_hints_in_fields_survive_an_editable_meeting_opened_first(qtbot, services, tmp_path, make_meeting):
    """The placeholder hints ('pp.kk.vvvv', 'Kirjoita, mitä kunta sanoo…') were lost for the whole
    session when the first meeting opened was editable: the hint was only kept on the way to
    read-only."""
    meeting = make_meeting()
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.open_meeting(meeting.id, "advocacy")
    editor, header = window.workspace_view.editor, window.workspace_view.header
    assert editor.text.placeholderText() and header.date_edit.placeholderText() == "pp.kk.vvvv"
    assert editor.due.placeholderText()


def test_typing_and_edit_keys_in_a_closed_meeting_say_why_nothing_happens(qtbot, services, tmp_path,
                                                                          closed_meeting):
    """Qt drops keys typed into a read-only field without a sound; the user, who is looking at
    the mayor, must hear and see at once that nothing is written and how to reopen."""
    meeting, item = closed_meeting
    window = open_window(qtbot, services, ui_settings(tmp_path))
    _open_item(qtbot, window, meeting, item)
    alt = Qt.KeyboardModifier.AltModifier
    for keys in ([Qt.Key.Key_A], [Qt.Key.Key_Return, CTRL], [Qt.Key.Key_Delete, alt]):
        window.statusBar().clearMessage()
        qtbot.keyClick(QApplication.focusWidget(), *keys)
        assert window.statusBar().currentMessage().startswith("Neuvottelu on suljettu"), keys
    # the participants' quick-add line: Enter says the same, never "Kenttä 'nimi' ei voi olla tyhjä"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, CTRL)
    entry = QApplication.focusWidget()
    assert entry.isReadOnly()
    window.statusBar().clearMessage()
    window.workspace._read_only_typing._last = float("-inf")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert window.statusBar().currentMessage().startswith("Neuvottelu on suljettu")
    assert [p.name for p in services.participants.list_for_meeting(meeting.id)] == ["Eeva Esimerkki"]
    assert [i.text for i in services.meetings.detail(meeting.id).feedback] == ["Ratayhteys."]

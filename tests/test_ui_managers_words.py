"""The managers' meetings speak the user's language: field names as the labels say them, error
messages that go away once the text is valid again, no Finnish left in the English UI, numbers
that agree with their nouns."""

from __future__ import annotations

from pathlib import Path

import pytest
from managers_ui_support import CTRL, press
from PySide6.QtCore import QLocale, Qt
from ui_support import idle, open_window, ui_settings

from desktop_app.domain.validation import MAX_TEXT_LENGTH
from desktop_app.services import Services
from desktop_app.ui.i18n import install_translations, remove_translations

K = Qt.Key


@pytest.fixture
def english_window(qtbot, qapp, services: Services, tmp_path: Path):
    installed = install_translations(qapp, "en")
    try:
        yield open_window(qtbot, services, ui_settings(tmp_path), language="en")
    finally:
        remove_translations(qapp, installed)
        QLocale.setDefault(QLocale(QLocale.Language.Finnish, QLocale.Country.Finland))


def test_too_long_notes_name_the_discussion_field_and_the_message_goes_after_undo(
        qtbot, english_window, services: Services) -> None:
    window = english_window
    meeting = services.managers.add_meeting("2.6.2026")
    matter = services.agenda.add(meeting.id, "Ratayhteyden rahoitus", notes="Alku.")
    window.open_managers_meeting(meeting.id)
    idle(qtbot, window)
    editor = window.managers_view.editor
    editor.notes.setFocus()
    editor.notes.moveCursor(editor.notes.textCursor().MoveOperation.End)
    editor.notes.insertPlainText("x" * MAX_TEXT_LENGTH)      # a paste far too long
    qtbot.waitUntil(lambda: editor.error.isVisible(), timeout=3000)
    message = editor.error.text()
    assert "'discussion'" in message and "notes" not in message
    assert services.agenda.get(matter.id).notes == "Alku."  # nothing half-written
    press(K.Key_Z, CTRL)                                      # undo the paste: valid again
    assert editor.notes.toPlainText() == "Alku."
    idle(qtbot, window)
    qtbot.waitUntil(lambda: not editor.error.isVisible(), timeout=3000)
    assert editor.error.text() == ""

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
    before = QLocale()
    installed = install_translations(qapp, "en")
    try:
        yield open_window(qtbot, services, ui_settings(tmp_path), language="en")
    finally:
        remove_translations(qapp, installed)
        QLocale.setDefault(before)


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


# Finnish words the managers' pages use; none may be left in the English UI.
FINNISH = ("asia", "Tuotu", "neuvottelu", "Kokous", "kokous", "tammikuu", "heinäkuu", "joulukuu",
           "maanantai", "tiistai", "siirretty", "Sovittiin", "läsnä", "henkilö", "muistiinpano",
           "Vuoden", "suunniteltu", "ä", "ö")


def _finnish_in(text: str) -> list[str]:
    return [word for word in FINNISH if word in text]


def test_english_managers_page_history_and_plan_dialog_have_no_finnish_left(
        qtbot, english_window, services: Services, make_meeting) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from desktop_app.domain.enums import FeedbackKind
    from desktop_app.ui.managers.dialogs import PlanYearDialog

    window = english_window
    negotiation = make_meeting(2026)
    item = services.feedback.add(negotiation.id, FeedbackKind.QUESTION,
                                 "Rail yard plan.")
    first = services.managers.add_meeting("2.6.2026")
    services.managers.add_meeting("1.9.2026")
    matter = services.agenda.bring_feedback(item.id, first.id)
    services.agenda.update(matter.id, notes="Discussed.")
    carried = services.agenda.carry_forward(matter.id)
    window.open_managers_meeting(carried.managers_meeting_id, carried.id)
    idle(qtbot, window)
    view = window.managers_view
    history = view.history.toPlainText()
    assert "1/2026" in history and _finnish_in(history) == [], history
    window.managers_view.grab().save("/tmp/fixc/managers_en.png")

    services.managers.plan_year(2027)
    dialog = PlanYearDialog(window, 2027, services.managers.plan_year)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.buttons.accepted.emit()                    # 2027 is planned already: refused
    assert dialog.error.isVisible()
    texts = [dialog.windowTitle()]
    texts += [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)]
    texts += [dialog.weekday.itemText(i) for i in range(dialog.weekday.count())]
    texts += [dialog.nth.itemText(i) for i in range(dialog.nth.count())]
    dialog.grab().save("/tmp/fixc/plan_en.png")
    assert [t for t in texts if _finnish_in(t)] == []
    assert [box.text() for box in dialog.months][::11] == ["January", "December"]
    assert dialog.weekday.currentText() == "Tuesday"


def test_plan_dialog_names_months_and_weekdays_in_finnish(qtbot, services: Services) -> None:
    from desktop_app.ui.managers.dialogs import PlanYearDialog

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Finnish, QLocale.Country.Finland))  # as i18n.py does
    try:
        dialog = PlanYearDialog(None, 2027, services.managers.plan_year)
    finally:
        QLocale.setDefault(before)
    qtbot.addWidget(dialog)
    assert [box.text() for box in dialog.months][6] == "heinäkuu"
    assert not dialog.months[6].isChecked()
    assert dialog.weekday.currentText() == "tiistai"


def test_one_matter_is_counted_in_the_singular_in_english(qtbot, english_window,
                                                          services: Services) -> None:
    meeting = services.managers.add_meeting("2.6.2026")
    services.agenda.add(meeting.id, "Rail yard plan")
    english_window.open_managers_meeting(meeting.id)
    idle(qtbot, english_window)
    people = len(services.attendance.list_for_meeting(meeting.id))
    assert english_window.managers_view.header.counts.text() == f"1 matter, {people} people"


def test_planning_one_meeting_reports_1_kokous_in_the_status_bar(qtbot, services: Services,
                                                                 tmp_path: Path, monkeypatch) -> None:
    from desktop_app.ui.managers import dialogs as managers_dialogs

    window = open_window(qtbot, services, ui_settings(tmp_path))
    shown: list[str] = []
    window.managers_navigation.message.connect(shown.append)

    def plan_only_december(parent, year, plan):   # the dialog, filled as a user would
        dialog = managers_dialogs.PlanYearDialog(parent, year, plan)
        for box in dialog.months[:11]:
            box.setChecked(False)
        dialog.months[11].setChecked(True)
        dialog.year.setValue(2027)
        dialog.buttons.accepted.emit()
        return dialog.result_value

    monkeypatch.setattr(managers_dialogs, "ask_plan_year", plan_only_december)
    window.plan_managers_year()
    idle(qtbot, window)
    assert "Vuoden 2027 kuntajohtajakokoukset suunniteltu: 1 kokous." in shown

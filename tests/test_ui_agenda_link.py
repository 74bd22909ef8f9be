"""The negotiation side of the link to managers' meetings, on the real main window and a real
database, by the keyboard: bring an item onto an agenda (Ctrl+Shift+T and the dialog), see the
link, open it (Ctrl+Shift+K), refusals that claim nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QListWidget
from ui_support import open_window, ui_settings

from desktop_app.domain.enums import FeedbackKind, MatterRaiser, MeetingStatus

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
JULY_20 = dt.date(2026, 7, 20)   # before 7/2026 (ti 4.8.2026): the upcoming one


def _in_dialog(qtbot, act: Callable[[QDialog], None]) -> list[list[str]]:
    """Run `act` on the bring-to-agenda dialog once it is open (modal); returns the rows it listed."""
    seen: list[list[str]] = []

    def check() -> None:
        modal = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if modal is None or modal.objectName() != "bringToAgendaDialog" or focus is None \
                or not modal.isAncestorOf(focus):
            QTimer.singleShot(20, check)   # keys go where the focus is: wait until it is in the dialog
            return
        rows = modal.findChild(QListWidget)
        assert focus is rows   # the list of meetings takes the arrows and Enter
        seen.append([rows.item(n).text() for n in range(rows.count())])
        act(modal)

    QTimer.singleShot(0, check)
    return seen


def _keys(*keys: Qt.Key) -> Callable[[QDialog], None]:
    """Press `keys` in the dialog, each into whatever has the focus (as a person does)."""
    def press(dialog: QDialog) -> None:
        for key in keys:
            QTest.keyClick(QApplication.focusWidget() or dialog, key)
    return press


def _back_in(window) -> None:
    """The offscreen platform does not give the window back its activation after a dialog (a
    window manager does); Qt then restores the window's own focus widget, which is checked."""
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    QApplication.processEvents()


@pytest.fixture
def kuhmo(services, make_meeting):
    meeting = make_meeting(2026, "290")
    target = services.feedback.add(meeting.id, FeedbackKind.ADVOCACY_TARGET,
                                   "Kajaani–Kontiomäki–Vartius-ratayhteyden sähköistys valtion "
                                   "talousarvioon")
    return meeting, target


def test_bring_an_advocacy_target_onto_an_agenda_see_the_link_undo_and_open_it(qtbot, services, tmp_path,
                                                                               kuhmo):
    meeting, target = kuhmo
    planned = {m.number: m for m in services.managers.plan_year(2026)}
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.workspace.today = lambda: JULY_20   # the clock, an edge
    opened: list[tuple[str, str]] = []
    window.open_managers_meeting = lambda mid, matter_id: opened.append((mid, matter_id))
    window.open_item(meeting.id, target.id)
    editor = window.workspace_view.editor
    assert editor.text.hasFocus() and not editor.link_button.isVisible()

    # Ctrl+Shift+T: the dialog lists the open meetings, the upcoming 7/2026 first and chosen; Enter.
    listed = _in_dialog(qtbot, _keys(Qt.Key.Key_Return))
    qtbot.keyClick(editor.text, Qt.Key.Key_T, CTRL | SHIFT)
    qtbot.waitUntil(lambda: bool(listed))
    assert listed[0][0].startswith("7/2026 · ") and listed[0][0].endswith(" 4.8.2026")
    assert listed[0][1].startswith("8/2026 · ") and listed[0][-1].startswith("1/2026 · ")  # then the past
    links = services.agenda.links_for_feedback([target.id])[target.id]
    assert [(link.managers_meeting_id, link.matter_number) for link in links] == [(planned[7].id, 1)]
    matter = services.agenda.get(links[0].matter_id)
    assert (matter.feedback_id, matter.raised_by, matter.municipality_code) == (
        target.id, MatterRaiser.MUNICIPALITY, "290")
    assert matter.description == target.text and matter.title.startswith("Kajaani–Kontiomäki")
    # Both places on this side show it; the status bar says what happened; Undo can take it back.
    assert editor.link_button.isVisible() and editor.link_button.text() == "Kuntajohtajakokous 7/2026, asia 1"
    assert "asialistalla 7/2026" in window.workspace.items_model.index(0).data()
    assert "Kuntajohtajakokous 7/2026, asia 1" in window.workspace.items_model.index(0).data(
        Qt.ItemDataRole.AccessibleTextRole)
    said = window.statusBar().currentMessage()
    assert "Kohta viety asialistalle: Kuntajohtajakokous 7/2026, asia 1." in said
    assert window.undo_stack.count() == 1
    _back_in(window)
    assert editor.text.hasFocus()   # where the next words go

    # Again, and Up to 7/2026 (marked "jo asialistalla"): refused in Finnish, nothing recorded.
    listed = _in_dialog(qtbot, _keys(Qt.Key.Key_Up, Qt.Key.Key_Return))
    qtbot.keyClick(editor.text, Qt.Key.Key_T, CTRL | SHIFT)
    qtbot.waitUntil(lambda: bool(listed))
    assert listed[0][0].endswith("jo asialistalla, asia 1")
    assert window.statusBar().currentMessage() == "Palaute on jo kokouksen 7/2026 asialistalla."
    assert window.undo_stack.count() == 1 and not window.undo_stack.canRedo()
    assert len(services.agenda.detail(planned[7].id).matters) == 1
    assert window.save_state.text() != "Tallennus epäonnistui"
    _back_in(window)
    assert editor.text.hasFocus()

    # Ctrl+Shift+K opens the linked managers' meeting at the matter.
    qtbot.keyClick(editor.text, Qt.Key.Key_K, CTRL | SHIFT)
    assert opened == [(planned[7].id, matter.id)]

    # Ctrl+Z from the editor takes the matter off the agenda; Ctrl+Y puts the same one back.
    qtbot.keyClick(editor.text, Qt.Key.Key_Z, CTRL)
    assert services.agenda.links_for_feedback([target.id]) == {}
    assert not editor.link_button.isVisible()
    assert "asialistalla" not in window.workspace.items_model.index(0).data()
    qtbot.keyClick(editor.text, Qt.Key.Key_Y, CTRL)
    again = services.agenda.links_for_feedback([target.id])[target.id]
    assert [link.matter_id for link in again] == [matter.id] and editor.link_button.isVisible()


def test_a_meeting_closed_while_choosing_is_refused_and_nothing_is_claimed(qtbot, services, tmp_path,
                                                                          kuhmo):
    meeting, target = kuhmo
    planned = {m.number: m for m in services.managers.plan_year(2026)}
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.workspace.today = lambda: JULY_20
    window.open_item(meeting.id, target.id)

    def close_then_enter(dialog: QDialog) -> None:
        services.managers.set_status(planned[7].id, MeetingStatus.CLOSED)   # on another laptop
        _keys(Qt.Key.Key_Return)(dialog)

    listed = _in_dialog(qtbot, close_then_enter)
    qtbot.keyClick(window.workspace_view.editor.text, Qt.Key.Key_T, CTRL | SHIFT)
    qtbot.waitUntil(lambda: bool(listed))
    assert window.statusBar().currentMessage().startswith("Kuntajohtajakokous on suljettu")
    assert window.undo_stack.count() == 0
    assert services.agenda.links_for_feedback([target.id]) == {}
    assert not window.workspace_view.editor.link_button.isVisible()


def test_no_open_managers_meeting_says_so_without_a_dialog(qtbot, services, tmp_path, kuhmo):
    meeting, target = kuhmo
    only = services.managers.add_meeting("4.8.2026")
    services.managers.set_status(only.id, MeetingStatus.CLOSED)
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.open_item(meeting.id, target.id)
    qtbot.keyClick(window.workspace_view.editor.text, Qt.Key.Key_T, CTRL | SHIFT)
    assert QApplication.activeModalWidget() is None
    assert window.statusBar().currentMessage().startswith("Yhtään avointa kuntajohtajakokousta ei ole")
    assert window.undo_stack.count() == 0
    # An item without a link: the open key says how to make one, and opens nothing.
    qtbot.keyClick(window.workspace_view.editor.text, Qt.Key.Key_K, CTRL | SHIFT)
    assert window.statusBar().currentMessage().startswith("Kohta ei ole minkään kuntajohtajakokouksen")


def test_earlier_rounds_show_where_an_item_was_brought(qtbot, services, tmp_path, make_meeting):
    earlier = services.feedback.add(make_meeting(2025, "290").id, FeedbackKind.SECTOR_COMMENT,
                                    "Henkilöjunaliikenne Kajaanista Ouluun",
                                    sector_id=services.sectors.find("LII").id)
    extra = services.managers.add_meeting("3.3.2026")
    services.agenda.bring_feedback(earlier.id, extra.id)
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.open_meeting(make_meeting(2026, "290").id, "sector:" + services.sectors.find("LII").id)
    history = window.workspace.history_model
    qtbot.waitUntil(lambda: history.rowCount() == 1)
    assert "Kuntajohtajakokous 1/2026, asia 1" in history.index(0).data()


def test_a_matter_removed_on_the_managers_side_leaves_no_stale_link(qtbot, services, tmp_path, kuhmo):
    meeting, target = kuhmo
    extra = services.managers.add_meeting("4.8.2026")
    matter = services.agenda.bring_feedback(target.id, extra.id)
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.open_item(meeting.id, target.id)
    editor = window.workspace_view.editor
    assert editor.link_button.text() == "Kuntajohtajakokous 1/2026, asia 1"
    qtbot.keyClick(editor.text, Qt.Key.Key_J, CTRL)   # elsewhere (the managers' workspace) …
    services.agenda.delete(matter.id)                  # … the matter is taken off the agenda
    qtbot.keyClick(window.followups.table, Qt.Key.Key_E, CTRL)   # back to the open meeting
    assert window.pages.currentWidget() is window.workspace_view
    assert not editor.link_button.isVisible()
    assert "asialistalla" not in window.workspace.items_model.index(0).data()


def test_an_item_of_a_closed_negotiation_can_be_brought(qtbot, services, tmp_path, kuhmo):
    """The negotiation does not change (the matter is on the managers' side), so a closed one's
    items — last year's, typically — can be brought onto an agenda."""
    meeting, target = kuhmo
    services.meetings.set_status(meeting.id, MeetingStatus.CLOSED)
    extra = services.managers.add_meeting("4.8.2026")
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.workspace.today = lambda: JULY_20
    window.open_item(meeting.id, target.id)
    assert window.workspace_view.banner.isVisible()   # read-only
    listed = _in_dialog(qtbot, _keys(Qt.Key.Key_Return))
    qtbot.keyClick(window.workspace_view.editor.text, Qt.Key.Key_T, CTRL | SHIFT)
    qtbot.waitUntil(lambda: bool(listed))
    links = services.agenda.links_for_feedback([target.id])[target.id]
    assert [link.managers_meeting_id for link in links] == [extra.id]
    assert window.workspace_view.editor.link_button.text() == "Kuntajohtajakokous 1/2026, asia 1"
    assert services.meetings.get(meeting.id).status == MeetingStatus.CLOSED
    assert services.feedback.get(target.id).version == target.version   # the item is untouched

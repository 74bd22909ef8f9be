"""Keyboard faults found by a keyboard-only user: access keys, the F1 list, F10, Tab in the search,
Enter on the rounds list, silent no-ops, cut section names."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QWidget,
)
from ui_support import idle, open_window, type_text, ui_settings

from desktop_app.ui import dialogs, screen_fit
from desktop_app.ui.i18n import install_translations, remove_translations
from desktop_app.ui.sectors_dialog import SectorsDialog
from desktop_app.ui.shortcuts import ShortcutsDialog, shortcut_rows

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _visible_access_keys(window: QWidget) -> list[tuple[str, str]]:
    """(key, where) for every visible widget with an access key, and the window's menu bar."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.isEnabled():
            continue
        text = ""
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            text = widget.title()
        key = mnemonic(text)
        if key:
            found.append((key, f"{type(widget).__name__} {text!r}"))
    bar = getattr(window, "menuBar", None)
    if bar is not None and callable(bar):
        for action in bar().actions():
            key = mnemonic(action.text())
            if key:
                found.append((key, f"menu {action.text()!r}"))
    return found


def _assert_unique(keys: list[tuple[str, str]], where: str) -> None:
    seen: dict[str, str] = {}
    clashes = []
    for key, what in keys:
        if key in seen:
            clashes.append(f"Alt+{key.upper()}: {seen[key]} / {what}")
        seen.setdefault(key, what)
    assert not clashes, f"{where}: " + "; ".join(clashes)


def _assert_menus_unique(menu: QMenu) -> None:
    keys = [(mnemonic(a.text()), a.text()) for a in menu.actions() if not a.isSeparator()]
    _assert_unique([(k, t) for k, t in keys if k], f"menu {menu.title()!r}")
    for action in menu.actions():
        if action.menu() is not None:
            _assert_menus_unique(action.menu())


@pytest.fixture(params=["fi", "en"])
def language(request, qapp):
    installed = install_translations(qapp, request.param)
    yield request.param
    remove_translations(qapp, installed)


def test_access_keys_are_unique_on_every_page_and_in_every_menu(qtbot, services, tmp_path, make_feedback,
                                                                 language):
    item = make_feedback("Asia")
    window = open_window(qtbot, services, ui_settings(tmp_path), language)
    pages = {"rounds": window.show_navigation, "search": window.show_search,
             "follow-ups": window.show_followups,
             "participants": lambda: window.open_meeting(item.meeting_id, "participants"),
             "item editor": lambda: window.open_item(item.meeting_id, item.id)}
    for name, show in pages.items():
        show()
        idle(qtbot, window)
        _assert_unique(_visible_access_keys(window), name)
    for action in window.menuBar().actions():
        _assert_menus_unique(action.menu())
    for dialog in (SectorsDialog(services, window), ShortcutsDialog([], [], window)):
        dialog.show()
        _assert_unique(_visible_access_keys(dialog), type(dialog).__name__)
        dialog.close()


def test_alt_m_opens_the_edit_menu_not_a_field(qtbot, services, tmp_path, make_feedback):
    item = make_feedback("Asia")
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.open_item(item.meeting_id, item.id)
    keys = dict(_visible_access_keys(window))
    assert keys["m"] == "menu '&Muokkaa'"


def test_the_shortcut_list_names_each_action_once_with_its_real_keys(qtbot, services, tmp_path):
    window = open_window(qtbot, services, ui_settings(tmp_path))
    rows = shortcut_rows(list(window.actions_by_name.values())) + window.shortcut_extra()
    names = [name for name, _keys in rows]
    assert len(names) == len(set(names))
    shown = {name: keys for name, keys in rows}
    native = QKeySequence.SequenceFormat.NativeText
    assert shown["Kumoa"].split(", ")[0] == QKeySequence("Ctrl+Z").toString(native)
    assert shown["Kopioi aiemmalta kierrokselta"] == QKeySequence("Ctrl+Shift+C").toString(native)
    all_keys = " ".join(shown.values())
    for junk in ("F13", "F14", "F15", "Undo", "Redo", "Find", "Help", "Back", "Kumoa,"):
        assert junk not in all_keys.split(", ") and f" {junk}" not in all_keys, junk
    assert "F10" in shown["Avaa valikkorivi"]


def test_f10_opens_the_first_menu(qtbot, services, tmp_path):
    window = open_window(qtbot, services, ui_settings(tmp_path))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F10)
    assert window.menuBar().activeAction() is window.menuBar().actions()[0]


def test_tab_from_the_search_box_goes_to_the_hits(qtbot, services, tmp_path, make_feedback):
    make_feedback("Junayhteys etelään")
    window = open_window(qtbot, services, ui_settings(tmp_path))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, CTRL)
    type_text(QApplication.focusWidget(), "junayhteys")
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 1)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.search.results


def test_enter_on_the_rounds_list_opens_the_round(qtbot, services, tmp_path, make_meeting):
    make_meeting(2026)
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.navigation.rounds.setFocus()
    qtbot.keyClick(window.navigation.rounds, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.navigation.meetings.hasFocus())
    qtbot.keyClick(window.navigation.meetings, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.workspace_view


@pytest.mark.parametrize("keys, expected", [
    ((Qt.Key.Key_C, CTRL | SHIFT), "Valitse ensin kohta aiemmilta kierroksilta"),
    ((Qt.Key.Key_Delete, ALT), "Ei poistettavaa"),
])
def test_a_key_with_nothing_to_act_on_says_so(qtbot, services, tmp_path, make_meeting, keys, expected):
    meeting = make_meeting()
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.open_meeting(meeting.id, "advocacy")
    qtbot.keyClick(QApplication.focusWidget(), *keys)
    assert window.statusBar().currentMessage().startswith(expected)


def test_long_sector_names_and_counts_are_not_cut(qtbot, services, tmp_path, make_feedback, monkeypatch):
    item = make_feedback("Asia", sector_code="KAA")   # Maakuntakaavoitus ja alueidenkäyttö
    laptop = QRect(0, 0, 1366, 728)
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget: laptop)
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.open_item(item.meeting_id, item.id)
    view = window.workspace_view.sections
    qtbot.wait(50)
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row)
        room = view.visualRect(index).width() - 12 - 6   # style.py item padding, text margins
        assert view.fontMetrics().horizontalAdvance(index.data()) <= room, index.data()
    row = model.row_of("sector:" + item.sector_id)
    assert model.index(row).data().endswith("(1)")
    # Where the window is narrower, the middle of a name gives way, never the ✓ or the count,
    # and the whole name is the tooltip.
    assert view.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert model.index(row).data(Qt.ItemDataRole.ToolTipRole) == "Maakuntakaavoitus ja alueidenkäyttö"


def test_the_plan_dialog_keys_are_unique(qtbot, services, tmp_path):
    window = open_window(qtbot, services, ui_settings(tmp_path))
    checked: list[bool] = []

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, check)
            return
        _assert_unique(_visible_access_keys(modal), "plan round")
        checked.append(True)
        modal.close()

    QTimer.singleShot(0, check)
    dialogs.ask_plan_round(window, 2027)
    assert checked

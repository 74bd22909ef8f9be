"""The main window's actions and menus. Standard shortcuts (QKeySequence.StandardKey) where Qt has
one; the rest are chosen not to collide with text editing (Alt+arrows, Ctrl+Enter, Ctrl+PgUp/PgDn)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from desktop_app.domain.enums import MeetingStatus

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

Key = QKeySequence.StandardKey


def _action(win: MainWindow, text: str, slot: Callable[[], object],
            keys: list[QKeySequence | Key | str] | None = None) -> QAction:
    action = QAction(text, win)
    sequences = [k if isinstance(k, QKeySequence) else QKeySequence(k) for k in (keys or [])]
    action.setShortcuts(sequences)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    win.addAction(action)
    return action


def create_actions(win: MainWindow) -> dict[str, QAction]:
    tr = QCoreApplication.translate
    ws = win.workspace
    a: dict[str, QAction] = {}
    a["plan"] = _action(win, tr("Actions", "&Suunnittele kierros…"), win.navigation.plan_round, [Key.New])
    a["quit"] = _action(win, tr("Actions", "&Lopeta"), win.close, [Key.Quit, "Ctrl+Q"])
    a["user"] = _action(win, tr("Actions", "Vaihda &tekijän nimi…"), win.change_user)
    a["undo"] = win.undo_stack.createUndoAction(win, tr("Actions", "&Kumoa"))
    a["undo"].setShortcuts(QKeySequence.keyBindings(Key.Undo))
    a["redo"] = win.undo_stack.createRedoAction(win, tr("Actions", "&Tee uudelleen"))
    a["redo"].setShortcuts(QKeySequence.keyBindings(Key.Redo))
    for key in ("undo", "redo"):
        win.addAction(a[key])
    a["new_item"] = _action(win, tr("Actions", "&Uusi kohta"), ws.new_item, ["Ctrl+Return", "Ctrl+Enter"])
    a["delete_item"] = _action(win, tr("Actions", "&Poista kohta"), ws.delete_current, ["Alt+Delete"])
    a["move_up"] = _action(win, tr("Actions", "Siirrä kohta &ylös"), lambda: ws.move_current(-1),
                           ["Alt+Up"])
    a["move_down"] = _action(win, tr("Actions", "Siirrä kohta &alas"), lambda: ws.move_current(1),
                             ["Alt+Down"])
    a["copy_forward"] = _action(win, tr("Actions", "&Kopioi aiemmalta kierrokselta"), ws.copy_forward,
                                ["Ctrl+Shift+C"])
    a["search"] = _action(win, tr("Actions", "&Hae…"), win.show_search, [Key.Find])
    a["home"] = _action(win, tr("Actions", "&Kierrokset ja neuvottelut"), win.show_navigation, ["Alt+Home"])
    a["workspace"] = _action(win, tr("Actions", "Avoin &neuvottelu"), win.show_workspace, ["Ctrl+E"])
    a["followups"] = _action(win, tr("Actions", "&Jatkotoimenpiteet"), win.show_followups, ["Ctrl+J"])
    a["back"] = _action(win, tr("Actions", "&Takaisin"), win.go_back, [Key.Back])
    a["next_section"] = _action(win, tr("Actions", "&Seuraava osio"), lambda: win.step_section(1),
                                ["Ctrl+PgDown"])
    a["prev_section"] = _action(win, tr("Actions", "&Edellinen osio"), lambda: win.step_section(-1),
                                ["Ctrl+PgUp"])
    a["participants"] = _action(win, tr("Actions", "&Osallistujat"), lambda: win.goto_section("participants"),
                                ["Ctrl+1"])
    a["advocacy"] = _action(win, tr("Actions", "&Edunajamiskohteet"), lambda: win.goto_section("advocacy"),
                            ["Ctrl+2"])
    a["sectors_section"] = _action(win, tr("Actions", "Seuraava &kommentoimaton sektori"),
                                   win.goto_uncovered_sector, ["Ctrl+3"])
    a["development"] = _action(win, tr("Actions", "&Aluekehitys"),
                               lambda: win.goto_section("development:municipality"), ["Ctrl+4"])
    a["focus_sections"] = _action(win, tr("Actions", "Siirry osioluetteloon"), win.focus_sections, ["F6"])
    a["start_meeting"] = _action(win, tr("Actions", "&Aloita neuvottelu"),
                                 lambda: win.set_meeting_status(MeetingStatus.IN_PROGRESS))
    a["close_meeting"] = _action(win, tr("Actions", "&Sulje neuvottelu…"), win.close_meeting,
                                 ["Ctrl+Shift+L"])
    a["reopen_meeting"] = _action(win, tr("Actions", "Avaa neuvottelu &uudelleen"),
                                  lambda: win.set_meeting_status(MeetingStatus.IN_PROGRESS))
    a["sectors"] = _action(win, tr("Actions", "&Toimintasektorit…"), win.edit_sectors)
    a["shortcuts"] = _action(win, tr("Actions", "&Pikanäppäimet"), win.show_shortcuts, [Key.HelpContents])
    a["about"] = _action(win, tr("Actions", "&Tietoja"), win.show_about)
    return a


def build_menus(win: MainWindow, a: dict[str, QAction]) -> dict[str, QMenu]:
    tr = QCoreApplication.translate
    bar = win.menuBar()
    menus = {
        "file": bar.addMenu(tr("Actions", "&Tiedosto")),
        "edit": bar.addMenu(tr("Actions", "&Muokkaa")),
        "view": bar.addMenu(tr("Actions", "&Näytä")),
        "meeting": bar.addMenu(tr("Actions", "N&euvottelu")),
        "tools": bar.addMenu(tr("Actions", "Ty&ökalut")),
        "help": bar.addMenu(tr("Actions", "&Ohje")),
    }
    menus["file"].addAction(a["plan"])
    menus["file"].addSeparator()
    language = menus["file"].addMenu(tr("Actions", "&Kieli"))
    group = QActionGroup(win)
    for code, name in (("fi", "Suomi"), ("en", "English")):
        action = QAction(name, win, checkable=True)
        action.setChecked(win.language == code)
        action.triggered.connect(lambda _c=False, c=code: win.change_language(c))
        group.addAction(action)
        language.addAction(action)
    menus["file"].addAction(a["user"])
    menus["file"].addSeparator()
    menus["file"].addAction(a["quit"])
    for key in ("undo", "redo", None, "new_item", "delete_item", "move_up", "move_down", "copy_forward",
                None, "search"):
        menus["edit"].addSeparator() if key is None else menus["edit"].addAction(a[key])
    for key in ("home", "workspace", "search", "followups", "back", None, "participants", "advocacy",
                "sectors_section", "development", "next_section", "prev_section", "focus_sections"):
        menus["view"].addSeparator() if key is None else menus["view"].addAction(a[key])
    for key in ("start_meeting", "close_meeting", "reopen_meeting"):
        menus["meeting"].addAction(a[key])
    menus["meeting"].addSeparator()
    menus["tools"].addAction(a["sectors"])
    menus["help"].addAction(a["shortcuts"])
    menus["help"].addAction(a["about"])
    return menus

"""The main window's actions and menus; their keys are defined in keys.py (SHORTCUTS), where the
texts that name a key take them from too."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from desktop_app.domain.enums import MeetingStatus
from desktop_app.ui.keys import SHORTCUTS, sequences

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

T = QCoreApplication  # lupdate finds `T.translate("Actions", ...)`; short lines


def _action(win: MainWindow, text: str, slot: Callable[[], object], name: str) -> QAction:
    action = QAction(text, win)
    action.setShortcuts(sequences(name) if name in SHORTCUTS else [])   # keys.py: one definition
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    win.addAction(action)
    return action


def create_actions(win: MainWindow) -> dict[str, QAction]:
    status = win.set_meeting_status
    specs: list[tuple[str, str, Callable[[], object]]] = [
        ("plan", T.translate("Actions", "&Suunnittele kierros…"), win.navigation.plan_round),
        ("quit", T.translate("Actions", "&Lopeta"), win.close),
        ("user", T.translate("Actions", "Vaihda tekijän &nimi…"), win.change_user),
        ("new_item", T.translate("Actions", "&Uusi kohta"), win.new_item),
        ("delete_item", T.translate("Actions", "&Poista kohta"), win.delete_item),
        ("move_up", T.translate("Actions", "Siirrä kohta &ylös"), lambda: win.move_item(-1)),
        ("move_down", T.translate("Actions", "Siirrä kohta &alas"), lambda: win.move_item(1)),
        ("copy_forward", T.translate("Actions", "Kopioi a&iemmalta kierrokselta"),
         lambda: win.workspace.copy_forward()),   # the pages are built on first use (ui/pages.py)
        ("search", T.translate("Actions", "&Hae…"), win.show_search),
        ("home", T.translate("Actions", "&Kierrokset ja neuvottelut"), win.show_navigation),
        ("workspace", T.translate("Actions", "Avoin &neuvottelu"), win.show_workspace),
        ("followups", T.translate("Actions", "&Jatkotoimenpiteet"), win.show_followups),
        ("back", T.translate("Actions", "&Takaisin"), win.go_back),
        ("mark_done", T.translate("Actions", "&Merkitse jatkotoimenpide tehdyksi"),
         lambda: win.followups.mark_done()),
        ("next_section", T.translate("Actions", "Seu&raava osio"), lambda: win.step_section(1)),
        ("prev_section", T.translate("Actions", "Ede&llinen osio"), lambda: win.step_section(-1)),
        ("participants", T.translate("Actions", "&Osallistujat"), lambda: win.goto_section("participants")),
        ("advocacy", T.translate("Actions", "&Edunajamiskohteet"), lambda: win.goto_section("advocacy")),
        ("sectors_section", T.translate("Actions", "Seuraava kommentoimaton &sektori"),
         win.goto_uncovered_sector),
        ("development", T.translate("Actions", "&Aluekehitys"),
         lambda: win.goto_section("development:municipality")),
        ("focus_sections", T.translate("Actions", "S&iirry osioluetteloon"), win.focus_sections),
        ("menus", T.translate("Actions", "Avaa valikkorivi"), win.open_menus),
        ("start_meeting", T.translate("Actions", "&Aloita neuvottelu"),
         lambda: status(MeetingStatus.IN_PROGRESS)),
        ("close_meeting", T.translate("Actions", "&Sulje neuvottelu…"), win.close_meeting),
        ("reopen_meeting", T.translate("Actions", "Avaa uudelleen &muokattavaksi"), win.reopen_meeting),
        ("bring_to_agenda", T.translate("Actions", "&Vie kuntajohtajakokouksen asialistalle…"),
         lambda: win.workspace.bring_to_agenda()),
        ("open_agenda_link", T.translate("Actions", "Avaa kohdan &kuntajohtajakokous"),
         lambda: win.workspace.open_agenda_link()),
        ("sectors", T.translate("Actions", "&Toimintasektorit…"), win.edit_sectors),
        ("forum_negotiations", T.translate("Actions", "Kuntaneu&vottelut"), lambda: win.show_forum(0)),
        ("forum_managers", T.translate("Actions", "K&untajohtajakokoukset"), lambda: win.show_forum(1)),
        ("managers_plan", T.translate("Actions", "&Suunnittele vuoden kokoukset…"), win.plan_managers_year),
        ("managers_add", T.translate("Actions", "&Lisää ylimääräinen kokous…"),
         win.managers_navigation.add_meeting),
        ("managers_agenda", T.translate("Actions", "&Asialista"), lambda: win.managers_tab(0)),
        ("managers_attendance", T.translate("Actions", "L&äsnäolo"), lambda: win.managers_tab(1)),
        ("managers_carry", T.translate("Actions", "Siirrä asia s&euraavaan kokoukseen"),
         lambda: win.managers.carry_forward()),
        ("managers_bring", T.translate("Actions", "&Tuo asia neuvotteluista…"),
         lambda: win.managers.bring_feedback()),
        ("managers_start", T.translate("Actions", "Aloita &kokous"),
         lambda: win.set_managers_status(MeetingStatus.IN_PROGRESS)),
        ("managers_close", T.translate("Actions", "Sul&je kokous…"), win.close_managers_meeting),
        ("managers_reopen", T.translate("Actions", "Avaa kokous uudelleen &muokattavaksi"),
         win.reopen_managers_meeting),
        ("shortcuts", T.translate("Actions", "&Pikanäppäimet"), win.show_shortcuts),
        ("about", T.translate("Actions", "&Tietoja"), win.show_about),
    ]
    a = {key: _action(win, text, slot, key) for key, text, slot in specs}
    a["undo"] = win.undo_stack.createUndoAction(win, T.translate("Actions", "&Kumoa"))
    a["undo"].setShortcuts(sequences("undo"))
    a["redo"] = win.undo_stack.createRedoAction(win, T.translate("Actions", "&Tee uudelleen"))
    a["redo"].setShortcuts(sequences("redo"))
    for key in ("undo", "redo"):
        win.addAction(a[key])
    return a


def build_menus(win: MainWindow, a: dict[str, QAction]) -> dict[str, QMenu]:
    bar = win.menuBar()
    menus = {
        "file": bar.addMenu(T.translate("Actions", "&Tiedosto")),
        "edit": bar.addMenu(T.translate("Actions", "&Muokkaa")),
        "view": bar.addMenu(T.translate("Actions", "&Näytä")),
        "meeting": bar.addMenu(T.translate("Actions", "N&euvottelu")),
        "managers": bar.addMenu(T.translate("Actions", "Kuntajo&htajakokous")),
        "tools": bar.addMenu(T.translate("Actions", "Ty&ökalut")),
        "help": bar.addMenu(T.translate("Actions", "&Ohje")),
    }
    menus["file"].addAction(a["plan"])
    menus["file"].addSeparator()
    language = menus["file"].addMenu(T.translate("Actions", "&Kieli"))
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
    for key in ("forum_negotiations", "forum_managers", "home", "workspace", "search", "followups",
                "mark_done", "back", None, "participants",
                "advocacy", "sectors_section", "development", "next_section", "prev_section",
                "focus_sections"):
        menus["view"].addSeparator() if key is None else menus["view"].addAction(a[key])
    for key in ("start_meeting", "close_meeting", "reopen_meeting", None, "bring_to_agenda",
                "open_agenda_link"):
        menus["meeting"].addSeparator() if key is None else menus["meeting"].addAction(a[key])
    menus["meeting"].addSeparator()
    for key in ("forum_managers", "managers_plan", "managers_add", None, "managers_agenda",
                "managers_attendance", "managers_carry", "managers_bring", None, "managers_start",
                "managers_close", "managers_reopen"):
        menus["managers"].addSeparator() if key is None else menus["managers"].addAction(a[key])
    menus["managers"].addSeparator()
    menus["tools"].addAction(a["sectors"])
    menus["help"].addAction(a["shortcuts"])
    menus["help"].addAction(a["about"])
    return menus

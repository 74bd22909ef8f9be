"""The agenda and minutes from the real main window's Kuntajohtajakokous menu, by keyboard: the
entries wait for an open managers' meeting, preview and save what the CLI prints. Only the save
dialog (a modal edge) is replaced."""

from __future__ import annotations

from pathlib import Path

import pytest
from managers_report_support import Filled, fill_managers_year
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu
from report_pdf_tools import flat, page_texts
from ui_support import open_window, ui_settings

from desktop_app.services import Services
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.report_actions import ReportActions

ALT = Qt.KeyboardModifier.AltModifier
SHOTS = Path("/tmp/mrep")


@pytest.fixture
def window(qtbot, services: Services, tmp_path: Path) -> tuple[MainWindow, ReportActions, Filled]:
    filled = fill_managers_year(services)
    main = open_window(qtbot, services, ui_settings(tmp_path))
    actions = main.findChildren(ReportActions)
    assert len(actions) == 1
    yield main, actions[0], filled
    main.tasks.wait()
    for dialog in list(actions[0].dialogs):  # closing releases the PDF document
        dialog.close()


def _open_managers_menu(qtbot, main: MainWindow) -> QMenu:
    main.activateWindow()  # back from a preview window, as a user clicks or Alt+Tabs back
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main, timeout=5000)
    qtbot.keyClick(main, Qt.Key.Key_H, ALT)  # Kuntajo&htajakokous
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=5000)
    menu = QApplication.activePopupWidget()
    assert menu is main.menu("managers")
    return menu


def _choose(qtbot, menu: QMenu, action: QAction) -> None:
    """Arrow down to `action` and press Enter, as a keyboard user does."""
    for _ in range(len(menu.actions()) + 1):
        if menu.activeAction() is action:
            break
        qtbot.keyClick(menu, Qt.Key.Key_Down)
    assert menu.activeAction() is action, action.text()
    qtbot.keyClick(menu, Qt.Key.Key_Return)


def _texts(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def test_agenda_and_minutes_entries_wait_for_a_managers_meeting(qtbot, window) -> None:
    main, actions, _ = window
    menu = _open_managers_menu(qtbot, main)
    for text in ("Esikatsele asialista…", "Tulosta asialista…", "Tallenna asialista PDF:ksi…",
                 "Esikatsele muistio…", "Tulosta muistio…", "Tallenna muistio PDF:ksi…",
                 "Kuntajohtajakokousten avoimet jatkotoimenpiteet (PDF)…"):
        assert text in _texts(menu), text
    assert not any(action.isEnabled() for action in actions.managers_documents)
    assert actions.managers_follow_ups.isEnabled()  # needs no open meeting
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    actions._managers_document("agenda", actions._show)  # a shortcut reaching it anyway
    assert main.statusBar().currentMessage() == "Valitse ensin kuntajohtajakokous."
    assert not actions.dialogs


def test_preview_the_agenda_and_save_the_minutes_by_keyboard(qtbot, window, tmp_path: Path,
                                                            monkeypatch) -> None:
    main, actions, filled = window
    main._managers_meeting_id = filled.meeting_id  # what the managers' workspace sets
    menu = _open_managers_menu(qtbot, main)
    assert all(action.isEnabled() for action in actions.managers_documents)
    _choose(qtbot, menu, actions.preview_agenda)
    qtbot.waitUntil(lambda: bool(actions.dialogs), timeout=20_000)
    dialog = actions.dialogs[-1]
    assert dialog.windowTitle() == "Asialista: kuntajohtajakokous 7/2026"
    first_page = dialog.pages.text(0)
    assert "KUNTAJOHTAJAKOKOUKSEN ASIALISTA" in first_page and "EU-rahoitushaku 2027" in first_page
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "asialista-esikatselu.png"))
    dialog.close()

    target = tmp_path / "muistio"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    menu = _open_managers_menu(qtbot, main)
    _choose(qtbot, menu, actions.save_minutes)
    saved = tmp_path / "muistio.pdf"
    qtbot.waitUntil(saved.exists, timeout=20_000)
    text = flat(" ".join(page_texts(saved)))
    assert "KUNTAJOHTAJAKOKOUKSEN MUISTIO" in text and "Siirretty kokoukseen 8/2026" in text
    assert main.statusBar().currentMessage().startswith("Tallennettu:")


def test_the_managers_follow_up_list_from_the_menu(qtbot, window, services: Services) -> None:
    main, actions, _ = window
    round_ = services.rounds.find_by_year(2026)
    item = services.feedback.list_for_meeting(services.meetings.find(round_.id, "290").id)[0]
    services.followups.add(item.id, owner="Aino", description="Neuvottelun lupaus")
    menu = _open_managers_menu(qtbot, main)
    _choose(qtbot, menu, actions.managers_follow_ups)
    qtbot.waitUntil(lambda: bool(actions.dialogs), timeout=20_000)
    dialog = actions.dialogs[-1]
    assert dialog.windowTitle() == "Kuntajohtajakokousten avoimet jatkotoimenpiteet"
    text = " ".join(dialog.pages.text(page) for page in range(dialog.pages.count))
    assert "Kootaan kuntien painotukset" in text and "Neuvottelun lupaus" not in text
    dialog.close()
    actions.negotiation_follow_ups.trigger()
    title = "Kuntaneuvottelujen avoimet jatkotoimenpiteet"
    qtbot.waitUntil(lambda: any(d.windowTitle() == title for d in actions.dialogs), timeout=20_000)
    negotiations = next(d for d in actions.dialogs if d.windowTitle() == title)
    text = " ".join(negotiations.pages.text(page) for page in range(negotiations.pages.count))
    assert "Neuvottelun lupaus" in text and "Kootaan kuntien painotukset" not in text

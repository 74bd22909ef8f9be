"""Identity: the version in the title, Ohje → Tietoja with where the data lives and the licences,
the application icon, and Tiedosto → Lisää esimerkkiaineisto… (confirmed, in a worker, refused
when the database has data)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_support import open_window, ui_settings

from desktop_app import __version__
from desktop_app.config import data_dir
from desktop_app.storage.migrations import HEAD
from desktop_app.ui import about, screen_fit


def _menu_action(window, menu_title: str, text: str):
    for top in window.menuBar().actions():
        if top.text().replace("&", "") == menu_title:
            for action in top.menu().actions():
                if action.text().replace("&", "") == text:
                    return action
    raise AssertionError(f"{menu_title} → {text} not found")


def test_title_icon_and_about_dialog(qtbot, services, tmp_path, monkeypatch) -> None:
    window = open_window(qtbot, services, ui_settings(tmp_path))
    assert window.windowTitle() == f"Kuntapalaute {__version__}"
    assert not QApplication.windowIcon().isNull()
    assert not window.windowIcon().pixmap(32, 32).isNull()

    shown: list[about.AboutDialog] = []
    monkeypatch.setattr(screen_fit, "available_geometry", lambda widget: QRect(0, 0, 1366, 728))
    monkeypatch.setattr(about.AboutDialog, "exec", lambda self: shown.append(self) or 0)
    _menu_action(window, "Ohje", "Tietoja").trigger()
    [dialog] = shown
    facts = dialog.facts
    assert facts["Versio"] == __version__
    assert facts["Tietokansio"] == str(data_dir())
    assert facts["Tietokanta"] == str(services.db.path)
    assert facts["Tietokannan rakenneversio"] == HEAD
    licences = dialog.licences.toPlainText()
    for expected in ("Qt 6 ja PySide6", "LGPL-3.0-only", "ReportLab", "BSD-3-Clause", "SQLAlchemy", "MIT",
                     "Noto Sans", "OFL-1.1", "DejaVu Sans", "Bitstream-Vera", "PDFium", "EUPL-1.2"):
        assert expected in licences, expected
    dialog.show()
    qtbot.waitExposed(dialog)
    assert QRect(0, 0, 1366, 728).contains(dialog.frameGeometry())


def _answer(monkeypatch, role: QMessageBox.ButtonRole, asked: list[str]) -> None:
    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        [button] = [b for b in box.buttons() if box.buttonRole(b) == role]
        button.click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", exec_)


def test_demo_data_from_the_menu_confirmed_then_refused(qtbot, services, tmp_path, monkeypatch) -> None:
    window = open_window(qtbot, services, ui_settings(tmp_path))
    action = _menu_action(window, "Tiedosto", "Lisää esimerkkiaineisto…")
    asked: list[str] = []

    _answer(monkeypatch, QMessageBox.ButtonRole.RejectRole, asked)
    action.trigger()
    assert len(asked) == 1 and services.rounds.list_rounds() == []
    assert window.statusBar().currentMessage() == "Esimerkkiaineistoa ei lisätty."

    _answer(monkeypatch, QMessageBox.ButtonRole.AcceptRole, asked)
    action.trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Esimerkkiaineisto lisätty"),
                    timeout=30_000)
    rounds = services.rounds.list_rounds()
    assert len(rounds) == 2
    assert window.navigation.isVisible()

    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: refused.append(text))
    action.trigger()
    assert len(asked) == 2  # no question asked when the answer can only be no
    assert refused and "jo kierroksia" in refused[0]
    assert "ei lisätty" in window.statusBar().currentMessage()
    assert len(services.rounds.list_rounds()) == 2

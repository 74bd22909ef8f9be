"""Tiedosto → Lisää esimerkkiaineisto…: the demo data offered at the first start, on request later.

The demo goes only into an empty database (DemoService refuses otherwise); the menu says so
before asking anything, asks before writing, and builds the data in a worker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from desktop_app.ui.host import MENU_FILE, AppHost

if TYPE_CHECKING:
    from desktop_app.services.demo import DemoSummary


class DemoAction(QObject):
    def __init__(self, host: AppHost) -> None:
        super().__init__(host.window())
        self.host = host
        self.action = QAction(self.tr("Lisää &esimerkkiaineisto…"), host.window())
        self.action.setStatusTip(self.tr("Täyttää tyhjän tietokannan kahden kierroksen esimerkeillä"))
        self.action.triggered.connect(self.add_demo)
        menu = host.menu(MENU_FILE)
        last = menu.actions()[-1] if menu.actions() else None  # quit stays last
        if last is not None:
            menu.insertAction(last, self.action)
            menu.insertSeparator(last)
        else:
            menu.addAction(self.action)

    def add_demo(self) -> bool:
        """Returns True when the demo was started (it finishes in the worker)."""
        from desktop_app.services.demo import DemoService

        window = self.host.window()
        demo = DemoService(self.host.services.db)
        if demo.has_data():
            QMessageBox.information(window, self.tr("Esimerkkiaineisto"), self.tr(
                "Esimerkkiaineisto lisätään vain tyhjään tietokantaan, ja tässä tietokannassa on jo "
                "kierroksia. Mitään ei muutettu."))
            self.host.show_status(self.tr("Esimerkkiaineistoa ei lisätty: tietokannassa on jo tietoja."))
            return False
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Lisää esimerkkiaineisto"), self.tr(
            "Lisätäänkö tietokantaan esimerkkiaineisto: viime vuoden hyväksytty kierros, tämän "
            "vuoden kesken oleva kierros ja vuoden kuntajohtajakokoukset? Esimerkit voi poistaa vain "
            "aloittamalla uuden tietokannan, eikä tietokantaa, jossa ne ovat, synkronoida "
            "keskitietokantaan."),
            QMessageBox.StandardButton.NoButton, window)
        add = box.addButton(self.tr("&Lisää esimerkkiaineisto"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Peruuta"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(add)
        box.exec()
        if box.clickedButton() is not add:
            self.host.show_status(self.tr("Esimerkkiaineistoa ei lisätty."))
            return False
        self.action.setEnabled(False)
        self.host.show_status(self.tr("Lisätään esimerkkiaineistoa…"), 0)
        db = self.host.services.db
        self.host.tasks.start(lambda _progress: DemoService(db).create(), on_done=self._done,
                              on_error=self._failed)
        return True

    def _done(self, summary: DemoSummary) -> None:
        self.action.setEnabled(True)
        self.host.refresh()
        self.host.show_status(
            self.tr("Esimerkkiaineisto lisätty: %1 kierrosta, %2 kohtaa.")
            .replace("%1", str(summary.rounds)).replace("%2", str(summary.feedback_items)), 10_000)

    def _failed(self, exc: BaseException) -> None:
        self.action.setEnabled(True)
        self.host.show_status(self.tr("Esimerkkiaineiston lisäys epäonnistui."), 10_000)
        QMessageBox.warning(self.host.window(), self.tr("Esimerkkiaineisto"), str(exc))


def install_demo_action(host: AppHost) -> DemoAction:
    """Installer for `ui.extensions.INSTALLERS`; lives as long as the main window."""
    return DemoAction(host)

"""Sector administration: add, rename, reorder, retire/restore. A retired sector keeps its history."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import KuntapalauteError
from desktop_app.services import Services
from desktop_app.ui.error_text import error_text
from desktop_app.ui.models.list_models import SectorAdminModel
from desktop_app.ui.widgets import setup_table


class SectorsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.changed = False
        self.setWindowTitle(self.tr("Toimintasektorit"))
        self.resize(720, 480)
        self.model = SectorAdminModel(self)
        self.table = QTableView()
        setup_table(self.table, self.tr("Toimintasektorit"))
        self.table.setModel(self.model)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        buttons = QHBoxLayout()
        self.add_button = self._button(self.tr("&Lisää…"), self.add)
        self.rename_button = self._button(self.tr("&Nimeä uudelleen…"), self.rename)
        self.up_button = self._button(self.tr("&Ylös"), lambda: self.move(-1))
        self.down_button = self._button(self.tr("&Alas"), lambda: self.move(1))
        self.retire_button = self._button(self.tr("&Poista käytöstä / ota käyttöön"), self.toggle_retired)
        for button in (self.add_button, self.rename_button, self.up_button, self.down_button,
                       self.retire_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        hint = QLabel(self.tr("Käytöstä poistettu sektori säilyttää historiansa, mutta sitä ei "
                              "näytetä uusissa neuvotteluissa."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.reload()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        return button

    def reload(self, select_id: str | None = None) -> None:
        current = self.current()
        self.model.set_rows(self.services.sectors.list_sectors(include_retired=True))
        row = self.model.row_of(select_id or (current.id if current else ""))
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(max(row, 0), 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def current(self):
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _do(self, operation, select_id: str | None = None) -> None:
        try:
            result = operation()
        except KuntapalauteError as exc:
            self.error.setText(error_text(exc))
            return
        self.error.setText("")
        self.changed = True
        self.reload(select_id or getattr(result, "id", None))

    def add(self) -> None:
        code, ok = QInputDialog.getText(self, self.tr("Uusi sektori"), self.tr("Koodi (esim. MAT):"))
        if not ok:
            return
        name, ok = QInputDialog.getText(self, self.tr("Uusi sektori"), self.tr("Nimi:"))
        if ok:
            self._do(lambda: self.services.sectors.add(code, name))

    def rename(self) -> None:
        sector = self.current()
        if sector is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Nimeä sektori"), self.tr("Uusi nimi:"),
                                        text=sector.name_fi)
        if ok:
            self._do(lambda: self.services.sectors.rename(sector.id, name))

    def move(self, delta: int) -> None:
        sector = self.current()
        if sector is None:
            return
        ids = [self.model.record(row).id for row in range(self.model.rowCount())]
        old = ids.index(sector.id)
        new = old + delta
        if not 0 <= new < len(ids):
            return
        ids.insert(new, ids.pop(old))
        self._do(lambda: self.services.sectors.reorder(ids), select_id=sector.id)

    def toggle_retired(self) -> None:
        sector = self.current()
        if sector is not None:
            self._do(lambda: self.services.sectors.retire(sector.id, not sector.retired))

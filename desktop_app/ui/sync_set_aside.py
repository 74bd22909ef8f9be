"""Rows the central store refused (sync/set_aside.py), listed with the reason: the user fixes the
row in the ordinary way (it then goes up with the next sync), keeps it here without sending, or
sends it again unchanged."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import KuntapalauteError
from desktop_app.storage.database import Database
from desktop_app.sync.set_aside import SetAsideRecord, drop, list_set_aside, retry
from desktop_app.ui.sync_labels import entity_label, field_label


class SetAsideDialog(QDialog):
    """Table: what | field | why | state; buttons: keep here only / send again / close."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.records: list[SetAsideRecord] = []
        self.setWindowTitle(self.tr("Keskitietokannan hylkäämät rivit"))
        self.resize(860, 380)
        self.info = QLabel(self.tr(
            "Keskitietokanta ei hyväksynyt näitä rivejä; muut muutokset siirtyivät. Korjaa rivi "
            "tavalliseen tapaan (esimerkiksi muokkaa tekstiä): korjattu rivi lähtee seuraavassa "
            "synkronoinnissa. Mitään ei ole poistettu.") + " " + self.tr(
            "Keskitietokannasta haetut rivit, joita tämä kone ei voinut tallentaa, korjataan "
            "keskitietokannassa; korjattu rivi tallentuu seuraavassa synkronoinnissa."))
        self.info.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Hylätyt rivit"))
        self.table.setHorizontalHeaderLabels([self.tr("Rivi"), self.tr("Kenttä"), self.tr("Syy"),
                                              self.tr("Tila")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.keep_here = QPushButton(self.tr("Jätä lähettämättä"))
        self.keep_here.setToolTip(self.tr("Rivi säilyy tällä koneella, mutta sitä ei lähetetä. "
                                          "Jos muokkaat sitä, se lähtee taas."))
        self.keep_here.clicked.connect(self._drop)
        self.send_again = QPushButton(self.tr("Lähetä uudelleen"))
        self.send_again.setToolTip(self.tr("Lähetä muuttamattomana seuraavassa synkronoinnissa "
                                           "(esimerkiksi kun keskitietokanta on korjattu)."))
        self.send_again.clicked.connect(self._retry)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_here)
        buttons.addWidget(self.send_again)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        self.records = list_set_aside(self.db)
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            what = entity_label(record.entity)
            if record.snippet:
                what += f": \u201c{record.snippet}\u201d"
            state = (self.tr("haettu, korjataan keskitietokannassa")
                     if record.pulled and not record.dropped else
                     self.tr("korjattu, lähtee seuraavassa synkronoinnissa") if record.edited else
                     self.tr("jätetty lähettämättä") if record.dropped else
                     self.tr("odottaa korjausta"))
            cells = [what, field_label(record.entity, record.field) if record.field else "",
                     record.reason, state]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if self.records:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        """A pulled row is not sent from here: "send again" only undoes "keep here" for it."""
        record = self.current()
        self.keep_here.setEnabled(record is not None)
        self.send_again.setEnabled(record is not None and (not record.pulled or record.dropped))

    def current(self) -> SetAsideRecord | None:
        row = self.table.currentRow()
        return self.records[row] if 0 <= row < len(self.records) else None

    def _drop(self) -> None:
        self._act(drop)

    def _retry(self) -> None:
        self._act(retry)

    def _act(self, action) -> None:  # type: ignore[no-untyped-def]
        record = self.current()
        if record is None:
            return
        try:
            action(self.db, record.id)
        except KuntapalauteError as exc:
            QMessageBox.warning(self, self.tr("Hylätyt rivit"), str(exc))
        self.reload()

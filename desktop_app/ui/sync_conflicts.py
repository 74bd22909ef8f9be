"""The conflict dialog: open conflicts on the left; field | mine | central | editable merge on the
right, differences highlighted and marked with ≠; keep mine / keep theirs / save the merge."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import KuntapalauteError
from desktop_app.storage.database import Database
from desktop_app.storage.types import utcnow
from desktop_app.sync.conflicts import (
    DELETE_CHILD,
    KEEP_MINE,
    KEEP_THEIRS,
    MERGED,
    RESTORE_PARENT,
    ConflictRecord,
    list_conflicts,
    parse_edited,
    resolve,
)
from desktop_app.sync.rows import merge_fields, to_wire
from desktop_app.ui.error_text import error_text
from desktop_app.ui.sync_labels import (
    edit_value,
    entity_label,
    field_label,
    row_title,
    show_value,
    typed_to_wire,
)

DIFF_BRUSH = QBrush(QColor("#ffe8a3"))


class ConflictDialog(QDialog):
    """Left: the open conflicts. Right: field | mine | central | merge, differences marked."""

    COL_FIELD, COL_MINE, COL_THEIRS, COL_MERGE = range(4)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Synkronoinnin ristiriidat"))
        self.resize(900, 480)
        self.conflicts: list[ConflictRecord] = []
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Ratkaisemattomat ristiriidat"))
        self.list.currentRowChanged.connect(self._show)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Versiot rinnakkain"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Kenttä"), self.tr("Oma versio"), self.tr("Keskitietokannan versio"),
            self.tr("Yhdistelmä (muokattava)")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_FIELD, QHeaderView.ResizeMode.ResizeToContents)
        for column in (self.COL_MINE, self.COL_THEIRS, self.COL_MERGE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.keep_mine = QPushButton(self.tr("Pidä oma versio"))
        self.keep_theirs = QPushButton(self.tr("Pidä keskitietokannan versio"))
        self.keep_merge = QPushButton(self.tr("Tallenna yhdistelmä"))
        for button, choice in ((self.keep_mine, KEEP_MINE), (self.keep_theirs, KEEP_THEIRS),
                               (self.keep_merge, MERGED)):
            button.clicked.connect(lambda _=False, c=choice: self.choose(c))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.keep_mine, self.keep_theirs, self.keep_merge):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        right = QVBoxLayout()
        right.addWidget(self.info)
        right.addWidget(self.table, 1)
        right.addLayout(buttons)
        body = QHBoxLayout(self)
        body.addWidget(self.list, 1)
        body.addLayout(right, 3)
        self.reload()

    def reload(self) -> None:
        self.conflicts = list_conflicts(self.db)
        self.list.clear()
        for conflict in self.conflicts:
            fields = ", ".join(field_label(conflict.entity, key).lower() for key in conflict.fields)
            if conflict.is_orphan:
                fields = self.tr("poistetun kohteen alla ({0})").format(conflict.parent_label.lower())
            snippet = str(conflict.mine.get("text") or conflict.mine.get("name_fi")
                          or conflict.mine.get("name") or conflict.mine.get("place")
                          or conflict.mine.get("description") or "")
            snippet = snippet if len(snippet) <= 40 else snippet[:39] + "…"
            if conflict.entity == "agenda_matters":
                snippet = str(conflict.mine.get("title") or "")[:40] or snippet
            # "Asialistan asia 3 (12/2028)", "Kuntajohtajakokous 12/2028": not an internal id
            heading = " ".join(part for part in (entity_label(conflict.entity), row_title(conflict)) if part)
            item = QListWidgetItem(f"{heading}: {fields}\n{snippet}".rstrip())
            item.setToolTip(snippet)
            self.list.addItem(item)
        has_any = bool(self.conflicts)
        for button in (self.keep_mine, self.keep_theirs, self.keep_merge):
            button.setEnabled(has_any)
        if has_any:
            self.list.setCurrentRow(0)
        else:
            self.table.setRowCount(0)
            self.info.setText(self.tr("Ei ratkaisemattomia ristiriitoja."))

    def current(self) -> ConflictRecord | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show(self, row: int) -> None:
        conflict = self.current()
        if conflict is None:
            return
        self._label_buttons(conflict)
        if conflict.is_orphan:
            self._show_orphan(conflict)
            return
        self.info.setText(self.tr(
            "{0} on muuttunut sekä tällä koneella että keskitietokannassa. Erot on korostettu. "
            "Valitse säilytettävä versio tai muokkaa yhdistelmää.").format(
                " ".join(part for part in (entity_label(conflict.entity), row_title(conflict)) if part)))
        # Internal references (ids) mean nothing to a reader; show them only when they differ.
        fields = [key for key in merge_fields(conflict.entity)
                  if not key.endswith("_id") or conflict.mine.get(key) != conflict.theirs.get(key)]
        self.table.setRowCount(len(fields))
        bold = QFont()
        bold.setBold(True)
        for index, key in enumerate(fields):
            mine, theirs = conflict.mine.get(key), conflict.theirs.get(key)
            differs = mine != theirs
            label = field_label(conflict.entity, key) + ("  ≠" if differs else "")
            entity = conflict.entity
            cells = [label, show_value(entity, key, mine), show_value(entity, key, theirs),
                     edit_value(entity, key, mine)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, key)
                if column != self.COL_MERGE:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if differs:
                    item.setBackground(DIFF_BRUSH)
                    item.setFont(bold)
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()

    def _label_buttons(self, conflict: ConflictRecord) -> None:
        """An orphan offers other choices: restore the deleted parent, or delete this too."""
        if conflict.is_orphan:
            self.keep_mine.setText(self.tr("Palauta poistettu: {0}").format(conflict.parent_label.lower()))
            self.keep_theirs.setText(self.tr("Poista myös tämä"))
        else:
            self.keep_mine.setText(self.tr("Pidä oma versio"))
            self.keep_theirs.setText(self.tr("Pidä keskitietokannan versio"))
        self.keep_merge.setVisible(not conflict.is_orphan)
        self.table.setColumnHidden(self.COL_MERGE, conflict.is_orphan)
        if conflict.is_orphan:
            self.table.setHorizontalHeaderLabels([
                self.tr("Kenttä"), self.tr("Tämä rivi"),
                self.tr("Poistettu kohde ({0})").format(conflict.parent_label.lower()), ""])
        else:
            self.table.setHorizontalHeaderLabels([
                self.tr("Kenttä"), self.tr("Oma versio"), self.tr("Keskitietokannan versio"),
                self.tr("Yhdistelmä (muokattava)")])

    def _show_orphan(self, conflict: ConflictRecord) -> None:
        self.info.setText(self.tr(
            "{0} on lisätty tai sitä on muutettu kohteen ({1}) alle, jonka toinen käyttäjä on "
            "poistanut. Palauta poistettu kohde, tai poista tämäkin.").format(
                entity_label(conflict.entity), conflict.parent_label.lower()))
        # Left: this row; right: the deleted parent. No merge column: there is nothing to merge.
        fields = [key for key in merge_fields(conflict.entity) if not key.endswith("_id")]
        parent_fields = [key for key in merge_fields(conflict.parent_entity or "")
                         if not key.endswith("_id")]
        self.table.setRowCount(max(len(fields), len(parent_fields)))
        for index in range(self.table.rowCount()):
            key = fields[index] if index < len(fields) else ""
            parent_key = parent_fields[index] if index < len(parent_fields) else ""
            parent_entity = conflict.parent_entity or ""
            cells = [field_label(conflict.entity, key) if key else "",
                     show_value(conflict.entity, key, conflict.mine.get(key)) if key else "",
                     (field_label(parent_entity, parent_key) + ": "
                      + show_value(parent_entity, parent_key, conflict.theirs.get(parent_key)))
                     if parent_key else "",
                     ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if parent_key == "deleted_at" and column == self.COL_THEIRS:
                    item.setBackground(DIFF_BRUSH)
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()

    def differing_rows(self) -> list[int]:
        return [row for row in range(self.table.rowCount())
                if self.table.item(row, self.COL_FIELD).text().endswith("≠")]

    def edited_values(self, conflict: ConflictRecord) -> dict[str, Any]:
        edited: dict[str, Any] = {}
        for row in range(self.table.rowCount()):
            item = self.table.item(row, self.COL_MERGE)
            key = item.data(Qt.ItemDataRole.UserRole)
            if key == "deleted_at":
                stamp = conflict.mine.get(key) or conflict.theirs.get(key)
                edited[key] = (stamp or to_wire(utcnow())) if item.text().strip() else None
            else:
                edited[key] = parse_edited(conflict.entity, key,
                                           typed_to_wire(conflict.entity, key, item.text()))
        return edited

    def choose(self, choice: str) -> None:
        conflict = self.current()
        if conflict is None:
            return
        if conflict.is_orphan:  # the two buttons mean restore / delete for an orphan
            choice = {KEEP_MINE: RESTORE_PARENT, KEEP_THEIRS: DELETE_CHILD}.get(choice, choice)
        try:
            edited = self.edited_values(conflict) if choice == MERGED else None
            resolve(self.db, conflict.id, choice, edited)
        except KuntapalauteError as exc:
            QMessageBox.warning(self, self.tr("Ristiriidan ratkaisu"), error_text(exc))
            return
        self.reload()


"""Sync in the app: "Synkronoi" in the Tools menu (a worker with progress and cancel) and the
conflict dialog (both versions side by side, differences marked, keep mine / theirs / a merge).

The main window's status bar can show `sync_status_text(db)`: unsynced changes and the time of
the last successful sync."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
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
    FIELD_LABELS,
    KEEP_MINE,
    KEEP_THEIRS,
    MERGED,
    ConflictRecord,
    list_conflicts,
    parse_edited,
    resolve,
)
from desktop_app.sync.credentials import parse_central_url, resolve_password, store_password
from desktop_app.sync.engine import SyncReport
from desktop_app.sync.rows import merge_fields, to_wire
from desktop_app.sync.service import remembered_url, synchronize
from desktop_app.sync.status import sync_status
from desktop_app.ui.host import MENU_TOOLS, AppHost

DIFF_BRUSH = QBrush(QColor("#ffe8a3"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncActions", text)


def sync_status_text(db: Database) -> str:
    """For the main window's status bar: e.g. 'Synkronoimatta: 3, viimeksi 27.11.2026 klo 14.05'."""
    return sync_status(db).summary_fi()


def install_sync_actions(host: AppHost) -> SyncController:
    controller = SyncController(host)
    menu = host.menu(MENU_TOOLS)
    menu.addAction(controller.sync_action)
    menu.addAction(controller.conflicts_action)
    return controller


class SyncController(QObject):
    """Reacts to the menu actions; the dialogs only lay out and report choices."""

    def __init__(self, host: AppHost) -> None:
        super().__init__(host.window())
        self.host = host
        self.db: Database = host.services.db
        self.sync_action = QAction(self.tr("Synkronoi keskitietokannan kanssa…"), self)
        self.sync_action.setShortcut("Ctrl+Shift+S")
        self.sync_action.triggered.connect(self.start_sync)
        self.conflicts_action = QAction(self.tr("Synkronoinnin ristiriidat…"), self)
        self.conflicts_action.triggered.connect(self.show_conflicts)
        self.progress_dialog: QProgressDialog | None = None
        self.task: Any = None
        self.last_report: SyncReport | None = None
        self.last_error: str | None = None

    # -- sync ---------------------------------------------------------------------------------
    def ask_url(self) -> str | None:
        text, ok = QInputDialog.getText(
            self.host.window(), self.tr("Keskitietokanta"),
            self.tr("Keskitietokannan osoite (PostgreSQL), esim.\n"
                    "postgresql://kayttaja@palvelin/kuntapalaute?sslmode=verify-full"))
        return text.strip() if ok and text.strip() else None

    def ask_password(self) -> str | None:
        text, ok = QInputDialog.getText(self.host.window(), self.tr("Keskitietokanta"),
                                        self.tr("Salasana:"), QLineEdit.EchoMode.Password)
        return text if ok and text else None

    def start_sync(self) -> None:
        if self.task is not None:
            return
        url_text = remembered_url(self.db) or self.ask_url()
        if not url_text:
            return
        try:
            url, password = parse_central_url(url_text)
            if url.get_backend_name() != "sqlite" and not password and resolve_password(url) is None:
                password = self.ask_password()
                if password:
                    store_password(url, password)
        except KuntapalauteError as exc:
            self._fail(exc)
            return
        dialog = QProgressDialog(self.tr("Synkronoidaan…"), self.tr("Peruuta"), 0, 4, self.host.window())
        dialog.setWindowTitle(self.tr("Synkronointi"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAccessibleName(self.tr("Synkronoinnin edistyminen"))
        self.progress_dialog = dialog
        self.sync_action.setEnabled(False)
        self.task = self.host.tasks.start(
            lambda progress: synchronize(self.db, url_text, password=password, progress=progress),
            on_done=self._done, on_error=self._fail, on_progress=self._progress,
            on_cancelled=self._cancelled,
        )
        dialog.canceled.connect(self.task.cancel)

    def _progress(self, done: int, total: int, message: str) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setMaximum(total)
            self.progress_dialog.setValue(done)
            self.progress_dialog.setLabelText(message)

    def _finish(self) -> None:
        self.task = None
        self.sync_action.setEnabled(True)
        if self.progress_dialog is not None:
            self.progress_dialog.reset()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _done(self, report: SyncReport) -> None:
        self._finish()
        self.last_report = report
        message = self.tr("Synkronoitu: lähetetty {0}, haettu {1}, ristiriitoja {2}.").format(
            report.pushed, report.pulled, report.open_conflicts)
        self.host.show_status(message, 10_000)
        self.host.refresh()
        if report.notes or report.rejected:
            QMessageBox.information(self.host.window(), self.tr("Synkronointi"),
                                    "\n".join(report.notes + report.rejected))
        if report.open_conflicts:
            self.show_conflicts()

    def _fail(self, exc: BaseException) -> None:
        self._finish()
        text = str(exc) if isinstance(exc, KuntapalauteError) else self.tr(
            "Synkronointi epäonnistui odottamatta. Muutokset ovat tallessa tällä koneella.")
        self.last_error = text
        QMessageBox.warning(self.host.window(), self.tr("Synkronointi epäonnistui"), text)

    def _cancelled(self) -> None:
        self._finish()
        self.host.show_status(self.tr("Synkronointi peruttiin. Jo siirretyt muutokset säilyvät."))

    # -- conflicts ----------------------------------------------------------------------------
    def show_conflicts(self) -> None:
        dialog = ConflictDialog(self.db, self.host.window())
        dialog.exec()
        self.host.refresh()


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
            fields = ", ".join(FIELD_LABELS.get(key, key).lower() for key in conflict.fields)
            snippet = str(conflict.mine.get("text") or conflict.mine.get("name_fi")
                          or conflict.mine.get("name") or conflict.mine.get("place") or "")
            snippet = snippet if len(snippet) <= 40 else snippet[:39] + "…"
            item = QListWidgetItem(f"{conflict.label}: {fields}\n{snippet}".rstrip())
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
        self.info.setText(self.tr(
            "{0} on muuttunut sekä tällä koneella että keskitietokannassa. Erot on korostettu. "
            "Valitse säilytettävä versio tai muokkaa yhdistelmää.").format(conflict.label))
        # Internal references (ids) mean nothing to a reader; show them only when they differ.
        fields = [key for key in merge_fields(conflict.entity)
                  if not key.endswith("_id") or conflict.mine.get(key) != conflict.theirs.get(key)]
        self.table.setRowCount(len(fields))
        bold = QFont()
        bold.setBold(True)
        for index, key in enumerate(fields):
            mine, theirs = conflict.mine.get(key), conflict.theirs.get(key)
            differs = mine != theirs
            label = FIELD_LABELS.get(key, key) + ("  ≠" if differs else "")
            cells = [label, _show_value(key, mine), _show_value(key, theirs), _edit_value(key, mine)]
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
                edited[key] = parse_edited(conflict.entity, key, item.text())
        return edited

    def choose(self, choice: str) -> None:
        conflict = self.current()
        if conflict is None:
            return
        try:
            edited = self.edited_values(conflict) if choice == MERGED else None
            resolve(self.db, conflict.id, choice, edited)
        except KuntapalauteError as exc:
            QMessageBox.warning(self, self.tr("Ristiriidan ratkaisu"), str(exc))
            return
        self.reload()


def _show_value(key: str, value: Any) -> str:
    if key == "deleted_at":
        return _tr("poistettu") if value else _tr("voimassa")
    return "" if value is None else str(value)


def _edit_value(key: str, value: Any) -> str:
    if key == "deleted_at":  # any text = keep deleted, empty = keep alive
        return _tr("poistettu") if value else ""
    return "" if value is None else str(value)

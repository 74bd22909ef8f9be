"""Sync in the app: "Synkronoi" in the Tools menu (a worker with progress and cancel), the
conflict dialog (ui/sync_conflicts.py) and the central store's address and password.

A status-bar label (ui/sync_status.py) shows unsynced changes, open conflicts and the time of
the last successful sync."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
)

from desktop_app.domain.errors import KuntapalauteError
from desktop_app.sync.errors import CentralLoginError
from desktop_app.ui.busy import dismiss_progress
from desktop_app.ui.error_text import error_text
from desktop_app.ui.host import MENU_TOOLS, AppHost
from desktop_app.ui.keys import sequences
from desktop_app.ui.sync_status import SyncStatusLabel

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    from desktop_app.storage.database import Database
    from desktop_app.sync.engine import SyncReport


# The credential helpers need SQLAlchemy's URL: they load on first use, after the first paint (the
# module-level names stay, so tests can replace them).
def keyring_problem() -> str | None:
    from desktop_app.sync import credentials

    return credentials.keyring_problem()


def parse_central_url(text: str) -> tuple[URL, str | None]:
    from desktop_app.sync import credentials

    return credentials.parse_central_url(text)


def resolve_password(url: URL) -> str | None:
    from desktop_app.sync import credentials

    return credentials.resolve_password(url)


def safe_url_text(url: URL) -> str:
    from desktop_app.sync import credentials

    return credentials.safe_url_text(url)


def store_password(url: URL, password: str) -> str | None:
    from desktop_app.sync import credentials

    return credentials.store_password(url, password)


def install_sync_actions(host: AppHost) -> SyncController:
    controller = SyncController(host)
    menu = host.menu(MENU_TOOLS)
    menu.addAction(controller.sync_action)
    menu.addAction(controller.conflicts_action)
    menu.addAction(controller.set_aside_action)
    menu.addAction(controller.settings_action)
    window = host.window()
    if isinstance(window, QMainWindow):
        controller.status_label = SyncStatusLabel(
            lambda: controller.db, window,
            ready=lambda: getattr(host.services, "loaded", True))  # StartingServices: loading?
    return controller


class SyncController(QObject):
    """Reacts to the menu actions; the dialogs only lay out and report choices."""

    def __init__(self, host: AppHost) -> None:
        super().__init__(host.window())
        self.host = host
        self.sync_action = QAction(self.tr("Synkronoi keskitietokannan kanssa…"), self)
        self.sync_action.setShortcuts(sequences("sync"))
        self.sync_action.triggered.connect(self.start_sync)
        self.conflicts_action = QAction(self.tr("Synkronoinnin ristiriidat…"), self)
        self.conflicts_action.triggered.connect(self.show_conflicts)
        self.set_aside_action = QAction(self.tr("Keskitietokannan hylkäämät rivit…"), self)
        self.set_aside_action.triggered.connect(self.show_set_aside)
        self.settings_action = QAction(self.tr("Keskitietokannan osoite ja salasana…"), self)
        self.settings_action.triggered.connect(self.change_settings)
        self.progress_dialog: QProgressDialog | None = None
        self.task: Any = None
        self.last_report: SyncReport | None = None
        self.last_error: str | None = None
        self.status_label: SyncStatusLabel | None = None
        # Passwords the keyring could not keep, by URL without password: this session only.
        self.session_passwords: dict[str, str] = {}
        self.password_note: str | None = None

    @property
    def db(self) -> Database:
        """Read when used: at start-up the services load after the window's first paint."""
        return self.host.services.db

    # -- sync ---------------------------------------------------------------------------------
    def ask_url(self) -> str | None:
        text, ok = QInputDialog.getText(
            self.host.window(), self.tr("Keskitietokanta"),
            self.tr("Keskitietokannan osoite (PostgreSQL), esim.\n"
                    "postgresql://kayttaja@palvelin/kuntapalaute?sslmode=verify-full"))
        return text.strip() if ok and text.strip() else None

    def ask_password(self) -> str | None:
        prompt = self.tr("Salasana:")
        if keyring_problem() is not None:  # say it before the user types, not after
            note = self.tr("Salasanaa ei voi tallentaa tälle koneelle, koska käyttöjärjestelmän "
                           "avainnippua (esimerkiksi Secret Service) ei ole. Se on käytössä vain "
                           "kunnes sovellus suljetaan.")
            prompt = textwrap.fill(note, 64) + "\n\n" + prompt  # the dialog's label does not wrap
        text, ok = QInputDialog.getText(self.host.window(), self.tr("Keskitietokanta"),
                                        prompt, QLineEdit.EchoMode.Password)
        return text if ok and text else None

    def _remember(self, url: URL, password: str) -> None:
        """Keyring if it works; otherwise only in memory for this session, with a note."""
        note = store_password(url, password)
        if note:
            self.session_passwords[safe_url_text(url)] = password
            self.password_note = note

    def _password_for(self, url: URL) -> str | None:
        return self.session_passwords.get(safe_url_text(url)) or resolve_password(url)

    def change_settings(self) -> None:
        """A new address, or a new password after a failed login; used on the next sync."""
        url_text = self.ask_url()
        if not url_text:
            return
        try:
            url, password = parse_central_url(url_text)
            if url.get_backend_name() != "sqlite":
                password = password or self.ask_password()
                if password:
                    self._remember(url, password)
        except KuntapalauteError as exc:
            self._fail(exc)
            return
        from desktop_app.sync.local_tables import CENTRAL_URL_KEY

        self.db.set_setting(CENTRAL_URL_KEY, safe_url_text(url))
        message = self.tr("Keskitietokannan osoite tallennettu.")
        if self.password_note:
            message += " " + self.password_note
            self.password_note = None
        self.host.show_status(message, 15_000)

    def start_sync(self) -> None:
        if self.task is not None:
            return
        # The sync engine, the central store's drivers and Alembic load on the first sync only.
        from desktop_app.sync.errors import SyncError
        from desktop_app.sync.service import remembered_url, synchronize

        if self.db.holds_demo_data():  # said before asking for an address it would not use
            self._fail(SyncError(code="sync.demo_data"))
            return
        url_text = remembered_url(self.db) or self.ask_url()
        if not url_text:
            return
        try:
            url, password = parse_central_url(url_text)
            if url.get_backend_name() != "sqlite":
                if password:  # typed into the address: the remembered address drops it
                    self._remember(url, password)
                else:
                    password = self._password_for(url)
                    if password is None:
                        password = self.ask_password()
                        if password:
                            self._remember(url, password)
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
        # setValue() of a modal progress dialog processes events, and the sync's end (which
        # drops the dialog) may be handled inside it: keep a reference, set the label first.
        dialog = self.progress_dialog
        if dialog is not None:
            dialog.setMaximum(total)
            dialog.setLabelText(message)
            dialog.setValue(done)

    def _finish(self) -> None:
        self.task = None
        if self.status_label is not None:
            self.status_label.refresh()
        self.sync_action.setEnabled(True)
        if self.progress_dialog is not None:
            dismiss_progress(self.progress_dialog)
            self.progress_dialog = None

    def _done(self, report: SyncReport) -> None:
        self._finish()
        self.last_report = report
        message = self.tr("Synkronoitu: lähetetty {0}, haettu {1}, ristiriitoja {2}.").format(
            report.pushed, report.pulled, report.open_conflicts)
        self.host.show_status(message, 10_000)
        self.host.refresh()
        notes = report.notes + report.rejected
        if report.set_aside:  # not everything arrived: say what and why
            notes.append(report.set_aside_note())
        if self.password_note:  # shown once, with the sync it served
            notes = [self.password_note, *notes]
            self.password_note = None
        if notes:
            QMessageBox.information(self.host.window(), self.tr("Synkronointi"), "\n\n".join(notes))
        if report.open_conflicts:
            self.show_conflicts()

    def _fail(self, exc: BaseException) -> None:
        self._finish()
        text = error_text(exc) if isinstance(exc, KuntapalauteError) else self.tr(
            "Synkronointi epäonnistui odottamatta. Muutokset ovat tallessa tällä koneella.")
        self.last_error = text
        if isinstance(exc, CentralLoginError):
            self.session_passwords.clear()  # a wrong typed password: ask again next time
            text += "\n\n" + self.tr("Voit antaa uuden salasanan kohdasta Työkalut → "
                                      "Keskitietokannan osoite ja salasana.")
        QMessageBox.warning(self.host.window(), self.tr("Synkronointi epäonnistui"), text)

    def _cancelled(self) -> None:
        self._finish()
        self.host.show_status(self.tr("Synkronointi peruttiin. Jo siirretyt muutokset säilyvät."))

    # -- conflicts ----------------------------------------------------------------------------
    def show_set_aside(self) -> None:
        from desktop_app.ui.sync_set_aside import SetAsideDialog

        dialog = SetAsideDialog(self.db, self.host.window())
        dialog.exec()
        if self.status_label is not None:
            self.status_label.refresh()

    def show_conflicts(self) -> None:
        from desktop_app.ui.sync_conflicts import ConflictDialog

        dialog = ConflictDialog(self.db, self.host.window())
        dialog.exec()
        self.host.refresh()

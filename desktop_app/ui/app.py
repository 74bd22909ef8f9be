"""`python main.py` with no command: the desktop app."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop_app import APP_NAME, ORG_NAME, __version__
from desktop_app.config import resolve_db_path
from desktop_app.ui.i18n import install_source_plurals, install_translations
from desktop_app.ui.icon import app_icon
from desktop_app.ui.settings import UiSettings
from desktop_app.ui.shell import StartupShell
from desktop_app.ui.style import STYLE

if TYPE_CHECKING:
    from pathlib import Path

    from desktop_app.services import Services
    from desktop_app.services.first_screen import FirstScreenRead, ServicesLoader, StartupReads
    from desktop_app.storage.database import Database
    from desktop_app.storage.startup_check import BackgroundQuickCheck
    from desktop_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        if existing.windowIcon().isNull():  # made by a host (tests, a plug-in): still ours to brand
            existing.setWindowIcon(app_icon())
        install_source_plurals(existing)
        return existing
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("kuntapalaute")
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setWindowIcon(app_icon())
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE)
    install_source_plurals(app)
    return app


def create_main_window(services: Services, settings: UiSettings, language: str | None = None) -> MainWindow:
    """The main window with all its pages built (the full start-up path, tests, tools); the
    first-screen path builds only the start page before its first paint (ui/pages.py)."""
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(services, settings, language or settings.language)
    window.build_pages()
    window.start()
    return window


def show_shell(app: QApplication, settings: UiSettings) -> StartupShell:
    """Paint a window before the database layer is imported (see ui/shell.py)."""
    shell = StartupShell(settings)
    shell.show()
    app.processEvents()
    return shell


def finish_startup(settings: UiSettings, args: argparse.Namespace, parent: StartupShell | None = None,
                   reads: StartupReads | None = None, check: BackgroundQuickCheck | None = None,
                   ) -> tuple[MainWindow, Database | ServicesLoader] | None:
    """Everything that needs the data: who is typing, the database (with recovery), the demo
    offer and the main window. None when the user gave up on a damaged database. The second
    item is what to dispose of when the app ends.

    An up-to-date file that has been set up before starts from its first screen, read with plain
    `sqlite3`; SQLAlchemy and the services load on a thread after the window's first paint
    (services/first_screen.py). A new, old (to migrate) or unreadable file, or the demo offer,
    takes the full path, which opens the database before the window.

    `reads` are the quick check and the first-screen read (started here when not given; `check`:
    the quick check `launch_gui` started before Qt loaded, used when it is of the same file).
    SQLite releases the GIL while it reads, so both run on the other core while this one imports
    and builds the main window (docs/performance/startup.md)."""
    from desktop_app.services.first_screen import begin_reads

    db_path = resolve_db_path(getattr(args, "db", None))
    if reads is None or reads.path != db_path:
        reads = begin_reads(db_path, settings.position()[0], check)   # the meeting start() will reopen
    check, first = reads.check, reads.first
    from desktop_app.ui.startup import resolve_actor

    actor = resolve_actor(settings, getattr(args, "user", None), parent)
    if check is not None and first is not None:
        started = _start_from_first_screen(settings, db_path, actor, check, first)
        if started is not None:
            return started
    return _start_with_services(settings, db_path, actor, check, parent)


def _start_from_first_screen(settings: UiSettings, db_path: Path, actor: str, check: BackgroundQuickCheck,
                             read: FirstScreenRead) -> tuple[MainWindow, ServicesLoader] | None:
    """The main window on the first-screen snapshot; None when the full path must run (the file
    is not ready for it, or the quick check found damage: the full path offers the backup)."""
    from desktop_app.domain.errors import StorageError
    from desktop_app.services.first_screen import ServicesLoader, StartingServices
    from desktop_app.ui.main_window import MainWindow

    loader = ServicesLoader(db_path, actor, check)
    # Built while the two reads run on their threads (it waits for the snapshot only where it
    # shows reference data); thrown away unused when the full path must run after all. Only the
    # start page (and a reopened meeting's page) is built before the first paint; the other
    # pages after the services have loaded, one per event-loop turn (ui/pages.py).
    window = MainWindow(StartingServices(loader, read), settings, settings.language)  # type: ignore[arg-type]
    first = read.result()
    if first is None or not (settings.demo_offered or first.has_rounds):
        window.deleteLater()
        return None
    # The last meeting (crash or not) reopens from the snapshot, read with the first screen, while
    # the quick check still runs on its thread (nothing is shown or typed before it has passed).
    # What is typed into it waits in the autosave until the services are there, never on this
    # thread (services/first_screen.py).
    window.autosave.hold(until=loader.ready.is_set)   # released at once by services_arrived
    window.start()
    try:
        sound = not check.result()   # awaited before anything can be seen or typed
    except StorageError:
        sound = False
    if not sound:
        window.deleteLater()
        return None
    _LoadAfterFirstPaint(window, loader)
    window.show()
    return window, loader


class _LoadAfterFirstPaint(QObject):
    """Starts the services' loader when the window has painted, then the rotating safety-net
    backup (online backup API), both off the GUI thread, and builds the pages not built yet
    (one per event-loop turn, so that keys typed meanwhile wait for one page at most)."""

    def __init__(self, window: MainWindow, loader: ServicesLoader) -> None:
        super().__init__(window)
        self.window, self.loader = window, loader
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # getattr: Qt may still deliver an event while the window tears this object down
        if watched is getattr(self, "window", None) and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._start)
        return False

    def _start(self) -> None:
        self.loader.start()
        loader = self.loader

        def load(_progress: object) -> object:
            return loader.services()   # waits; raises what opening the file raised

        def backup(_progress: object) -> object:
            from desktop_app.services.maintenance import MaintenanceService

            return MaintenanceService.automatic_backup_if_due(loader.path)

        def loaded(_services: object) -> None:
            self.window.services_arrived()   # the held edits are written first
            # What the loader imported (SQLAlchemy, the models' mappers) lives as long as the app:
            # out of the collector, as run_app does with what start-up built (see there).
            gc.freeze()
            # The backup starts when the services are there: one thread imports the database layer.
            self.window.tasks.start(
                backup, on_error=lambda exc: log.warning("Automatic backup failed: %s", exc))
            self.window.build_pages_in_turn()

        self.window.tasks.start(load, on_done=loaded, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        """The file could not be opened after all (another process is restoring it, say): nothing
        can have been saved yet, so say why, as a failed start does, and close."""
        from desktop_app.ui import dialogs

        log.error("Opening the database failed after the first paint: %s", exc)
        dialogs.show_error(self.window, QCoreApplication.translate(
            "Startup", "Kuntapalaute ei voinut käynnistyä:\n%1").replace("%1", str(exc)))
        self.window.close()


def _start_with_services(settings: UiSettings, db_path: Path, actor: str, check: BackgroundQuickCheck | None,
                         parent: StartupShell | None) -> tuple[MainWindow, Database] | None:
    from desktop_app.services import Services
    from desktop_app.services.maintenance import MaintenanceService
    from desktop_app.ui.startup import maybe_offer_demo, open_with_recovery

    database = open_with_recovery(db_path, actor, parent, check)
    if database is None:
        return None
    services = Services.for_database(database)
    maybe_offer_demo(services, settings, parent)
    window = create_main_window(services, settings)
    window.show()
    # The rotating safety-net backup (online backup API) runs off the GUI thread.
    window.tasks.start(lambda _progress: MaintenanceService.automatic_backup_if_due(database.path),
                       on_error=lambda exc: log.warning("Automatic backup failed: %s", exc))
    return window, database


def run_app(args: argparse.Namespace, check: BackgroundQuickCheck | None = None) -> int:
    """The desktop app until its window closes; `check`: the quick check started before Qt loaded
    (cli/gui.py). Returns the exit code."""
    app = create_application()
    settings = UiSettings()
    translators = install_translations(app, settings.language)
    shell = show_shell(app, settings)
    try:
        started = finish_startup(settings, args, shell, check=check)
    except Exception as exc:
        # started from a menu there is no terminal: say why before going (the CLI prints it too)
        from desktop_app.ui import dialogs

        dialogs.show_error(shell, QCoreApplication.translate(
            "Startup", "Kuntapalaute ei voinut käynnistyä:\n%1").replace("%1", str(exc)))
        raise
    finally:
        shell.close()
    if started is None:
        return 3
    _window, database = started
    # What start-up built (modules, SQLAlchemy's mappers, Qt wrappers: ~100,000 objects) lives as
    # long as the app. Left in the collector's oldest generation, every full collection walked it
    # all again: 50–90 ms on the GUI thread, once every few meeting switches at 100,000 items.
    # Frozen (O(1); reference counting still frees these objects), a full collection walks only
    # what was made since (docs/performance/switch-search.md); unfrozen when the loop ends.
    gc.freeze()
    try:
        code = app.exec()
    finally:
        gc.unfreeze()
        del translators
        database.dispose()
    failure = getattr(database, "failure", None)
    if failure is not None:
        # The services could not open the file after the first paint (the user was told and the
        # window closed): the exit code says so, as for a start that failed before it (the
        # command line turns a StorageError into its storage exit code).
        raise failure
    return code

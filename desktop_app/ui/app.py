"""`python main.py` with no command: the desktop app."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
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
    from desktop_app.services import Services
    from desktop_app.storage.database import Database
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
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(services, settings, language or settings.language)
    window.start()
    return window


def show_shell(app: QApplication, settings: UiSettings) -> StartupShell:
    """Paint a window before the database layer is imported (see ui/shell.py)."""
    shell = StartupShell(settings)
    shell.show()
    app.processEvents()
    return shell


def finish_startup(settings: UiSettings, args: argparse.Namespace,
                   parent: StartupShell | None = None) -> tuple[MainWindow, Database] | None:
    """Everything that needs the data: who is typing, the database (with recovery), the demo
    offer and the main window. None when the user gave up on a damaged database."""
    from desktop_app.services import Services
    from desktop_app.services.maintenance import MaintenanceService
    from desktop_app.ui.startup import maybe_offer_demo, open_with_recovery, resolve_actor

    actor = resolve_actor(settings, getattr(args, "user", None), parent)
    database = open_with_recovery(resolve_db_path(getattr(args, "db", None)), actor, parent)
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


def run_app(args: argparse.Namespace) -> int:
    app = create_application()
    settings = UiSettings()
    translators = install_translations(app, settings.language)
    shell = show_shell(app, settings)
    try:
        started = finish_startup(settings, args, shell)
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
        return app.exec()
    finally:
        gc.unfreeze()
        del translators
        database.dispose()

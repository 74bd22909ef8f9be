"""`python main.py` with no command: the desktop app."""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop_app import APP_NAME, ORG_NAME, __version__
from desktop_app.config import resolve_db_path
from desktop_app.services import Services
from desktop_app.services.maintenance import MaintenanceService
from desktop_app.ui import refcount_guard
from desktop_app.ui.i18n import install_translations
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import UiSettings
from desktop_app.ui.startup import maybe_offer_demo, open_with_recovery, resolve_actor
from desktop_app.ui.style import STYLE

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("kuntapalaute")
    app = QApplication(argv if argv is not None else sys.argv[:1])
    refcount_guard.install(app)
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE)
    return app


def create_main_window(services: Services, settings: UiSettings, language: str | None = None) -> MainWindow:
    window = MainWindow(services, settings, language or settings.language)
    window.start()
    return window


def run_app(args: argparse.Namespace) -> int:
    app = create_application()
    settings = UiSettings()
    translators = install_translations(app, settings.language)
    actor = resolve_actor(settings, getattr(args, "user", None))
    database = open_with_recovery(resolve_db_path(getattr(args, "db", None)), actor)
    if database is None:
        return 3
    services = Services.for_database(database)
    maybe_offer_demo(services, settings)
    window = create_main_window(services, settings)
    window.show()
    # The rotating safety-net backup (online backup API) runs off the GUI thread.
    window.tasks.start(lambda _progress: MaintenanceService.automatic_backup_if_due(database.path),
                       on_error=lambda exc: log.warning("Automatic backup failed: %s", exc))
    try:
        return app.exec()
    finally:
        del translators
        database.dispose()

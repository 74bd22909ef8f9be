"""What a feature (reports, sync, exchange) may ask of the main window, so features plug in
without the window knowing them. The main window implements `AppHost` and calls every installer
listed in `desktop_app.ui.extensions.INSTALLERS` once, after building its menus."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QMenu, QWidget

from desktop_app.ui.workers import TaskRunner

if TYPE_CHECKING:
    from desktop_app.services import Services

# Menu keys the main window provides.
MENU_FILE = "file"        # Tiedosto: export/import, print, quit
MENU_MEETING = "meeting"  # Neuvottelu: actions on the open meeting (handout preview/print)
MENU_MANAGERS = "managers"  # Kuntajohtajakokous: actions on the open managers' meeting
MENU_TOOLS = "tools"      # Työkalut: sync, sectors, backups
MENU_HELP = "help"


class AppHost(Protocol):
    services: Services
    tasks: TaskRunner

    def window(self) -> QWidget: ...

    def menu(self, key: str) -> QMenu: ...

    def current_round_id(self) -> str | None: ...

    def current_meeting_id(self) -> str | None: ...

    def current_managers_meeting_id(self) -> str | None:
        """The managers' meeting open in its workspace, or None."""
        ...

    def show_status(self, message: str, timeout_ms: int = 5000) -> None: ...

    def refresh(self) -> None:
        """Reload what is shown from the database (after an import or a sync)."""
        ...

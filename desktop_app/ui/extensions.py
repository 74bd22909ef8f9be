"""Feature installers called by the main window once its menus exist: `installer(host)`."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.ui.host import AppHost

Installer = Callable[[AppHost], None]

# Each feature appends its installer here (one import, one line).
INSTALLERS: list[Installer] = []

from desktop_app.ui.sync_actions import install_sync_actions  # noqa: E402

INSTALLERS.append(install_sync_actions)

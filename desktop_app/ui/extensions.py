"""Feature installers called by the main window once its menus exist: `installer(host)`."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.ui.demo_action import install_demo_action
from desktop_app.ui.exchange_actions import install_exchange_actions
from desktop_app.ui.host import AppHost
from desktop_app.ui.report_actions import install_report_actions
from desktop_app.ui.sync_actions import install_sync_actions

Installer = Callable[[AppHost], None]

# Each feature adds its installer here (one import, one entry).
INSTALLERS: list[Installer] = [install_report_actions, install_exchange_actions, install_sync_actions,
                               install_demo_action]

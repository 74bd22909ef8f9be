"""The application icon, kept apart so start-up can set it before the data layer loads."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from desktop_app.resources import resource_path

ICON_FILE = ("icons", "kuntapalaute.svg")  # hand-written; installer/icons.py renders PNG/ICO from it


def app_icon() -> QIcon:
    """The icon from resources/icons/kuntapalaute.svg (Qt's SVG icon engine draws every size)."""
    return QIcon(str(resource_path(*ICON_FILE)))

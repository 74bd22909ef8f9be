"""The application icon, kept apart so start-up can set it before the data layer loads."""

from __future__ import annotations

import logging

from PySide6.QtGui import QIcon

from desktop_app.resources import resource_path

log = logging.getLogger(__name__)
ICON_FILE = ("icons", "kuntapalaute.svg")  # hand-written; installer/icons.py renders PNG/ICO from it


def app_icon() -> QIcon:
    """The icon from resources/icons/kuntapalaute.svg (Qt's SVG icon engine draws every size);
    an empty icon when the file is missing: a missing icon must not stop the app."""
    try:
        return QIcon(str(resource_path(*ICON_FILE)))
    except FileNotFoundError as exc:
        log.warning("%s", exc)
        return QIcon()

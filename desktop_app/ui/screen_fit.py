"""Windows open inside the screen's available area (taskbar and docks excluded), so no button or
status bar is hidden on a 1366×768 laptop or at 150 % scaling on a 1920×1080 one (1280×720
logical px). `available_geometry` is the one place that reads the screen, so tests can give it
any size; `ScreenFit` applies `fit_on_screen` to every window as it becomes active."""

from __future__ import annotations

import logging

from PySide6.QtCore import QMargins, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

# Title bar and borders a window manager adds around a window, assumed until the real frame is
# known (a window not yet mapped, or the offscreen platform, reports none). Windows 11 at 100 %:
# 31 px title, 8 px borders; at 150 % (1280×720 logical) the same in logical pixels.
FRAME_ALLOWANCE = QMargins(8, 32, 8, 8)


def available_geometry(widget: QWidget) -> QRect | None:
    """The available geometry (taskbar and docks excluded) of the screen the widget or its parent
    is on, logical px; None without a real screen (the offscreen platform of tests and screenshot
    tools, whose windows keep the size they ask for; tests inject a geometry here instead)."""
    if QGuiApplication.platformName() == "offscreen":
        return None
    anchor = widget.parentWidget() or widget
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def _frame_margins(window: QWidget) -> QMargins:
    frame, inner = window.frameGeometry(), window.geometry()
    if window.isVisible() and frame != inner:
        return QMargins(inner.left() - frame.left(), inner.top() - frame.top(),
                        frame.right() - inner.right(), frame.bottom() - inner.bottom())
    return FRAME_ALLOWANCE


def fit_on_screen(window: QWidget, preferred: QSize | None = None) -> None:
    """Size `window` to `preferred` (default: its current size) but never beyond the available
    screen area with its frame, lower its minimum size when the screen is smaller, and move it so
    the whole frame, title bar included, is on the screen: centred when not yet shown, otherwise
    moved only as far as needed."""
    # QWidget's own methods: a window class may define e.g. its own `move` (a sector up/down).
    area, frame = available_geometry(window), _frame_margins(window)
    if area is None:
        if preferred is not None:
            QWidget.resize(window, preferred)
        return
    room = area.marginsRemoved(frame)
    if room.width() <= 0 or room.height() <= 0:
        return
    QWidget.setMinimumSize(window, min(window.minimumWidth(), room.width()),
                           min(window.minimumHeight(), room.height()))
    wanted = preferred or window.size()
    QWidget.resize(window, min(wanted.width(), room.width()), min(wanted.height(), room.height()))
    size = window.size()
    if window.isVisible():
        left = min(max(window.geometry().left(), room.left()), room.right() - size.width() + 1)
        top = min(max(window.geometry().top(), room.top()), room.bottom() - size.height() + 1)
    else:
        left = room.left() + (room.width() - size.width()) // 2
        top = room.top() + (room.height() - size.height()) // 2
    QWidget.move(window, QPoint(left - frame.left(), top - frame.top()))


class ScreenFit(QObject):
    """Application-wide: every window (main window, dialogs, message boxes) is fitted on the
    screen when it becomes the active window, so no dialog keeps its buttons below the taskbar.

    Listens to QGuiApplication.focusWindowChanged rather than filtering every event: a Python
    event filter on the whole application would run for each paint and mouse move."""

    def __init__(self, app: QGuiApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        app.focusWindowChanged.connect(self._activated)

    def _activated(self, window: object) -> None:
        if window is None:
            return
        widget = next((w for w in QApplication.topLevelWidgets() if w.windowHandle() is window), None)
        if widget is None or widget.windowType() not in (Qt.WindowType.Window, Qt.WindowType.Dialog):
            return
        try:
            fit_on_screen(widget)
        except Exception:  # a failure here must never stop the dialog from working
            log.exception("Could not fit %r on the screen", widget)

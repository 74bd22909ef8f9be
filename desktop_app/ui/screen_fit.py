"""Windows open inside the screen's available area (taskbar and docks excluded), so no button or
status bar is hidden on a 1366×768 laptop or at 150 % scaling on a 1920×1080 one."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What the window manager adds around a top-level window (title bar, borders). Qt knows the real
# frame only after the first show, so the size is chosen with this allowance.
FRAME_ALLOWANCE = QSize(16, 40)


def available_geometry(widget: QWidget) -> QRect:
    """The available area (logical pixels) of the screen the widget or its parent is on, or of the
    primary screen. The one place that reads the screen, so tests can give it any size."""
    anchor = widget.parentWidget() or widget
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(widget: QWidget, preferred: QSize) -> QRect:
    """Resize `widget` to `preferred`, shrunk so that it and its frame fit the available area,
    and centre it there; returns the client geometry chosen."""
    area = available_geometry(widget)
    room = area.size() - FRAME_ALLOWANCE
    size = preferred.boundedTo(room)
    widget.resize(size)
    left = area.left() + max(0, (area.width() - size.width() - FRAME_ALLOWANCE.width()) // 2)
    top = area.top() + max(0, (area.height() - size.height() - FRAME_ALLOWANCE.height()) // 2)
    widget.move(QPoint(left, top))
    return QRect(QPoint(left, top), size)

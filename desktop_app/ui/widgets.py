"""Shared widget set-up: every table behaves the same for keyboard and screen reader users, and
every window fits the screen it opens on."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QMargins, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

log = logging.getLogger(__name__)


def setup_table(table: QTableView, accessible_name: str) -> None:
    """Row selection, read-only, Tab leaves the table, no row header, calm look."""
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    corner = table.findChild(QAbstractButton)  # the "select all" corner button
    if corner is not None:
        corner.setAccessibleName(QCoreApplication.translate("Widgets", "Valitse kaikki rivit"))


def set_field_read_only(field: QLineEdit | QPlainTextEdit, read_only: bool) -> None:
    """Read-only that shows: the style sheet greys `[readOnly="true"]` fields, which needs a
    re-polish when the property changes at run time. The placeholder (an invitation to type) is
    hidden while the field is read-only and comes back after."""
    if read_only and field.property("placeholderKept") is None:
        field.setProperty("placeholderKept", field.placeholderText())
    kept = field.property("placeholderKept") or ""
    field.setReadOnly(read_only)
    field.setPlaceholderText("" if read_only else str(kept))
    field.style().unpolish(field)
    field.style().polish(field)


# ---- windows fit the screen --------------------------------------------------------------------

# Title bar and borders a window manager adds around a window, assumed until the real frame is
# known (a window not yet mapped, or the offscreen platform, reports none). Windows 11 at 100 %:
# 31 px title, 8 px borders; at 150 % (1280×720 logical) the same in logical pixels.
FRAME_ALLOWANCE = QMargins(8, 32, 8, 8)


def screen_area(widget: QWidget) -> QRect | None:
    """The available geometry (taskbar and docks excluded) of the widget's screen, logical px;
    None without a real screen (the offscreen platform of tests and screenshot tools, whose
    windows keep the size they ask for; tests inject a geometry here instead)."""
    if QGuiApplication.platformName() == "offscreen":
        return None
    screen = widget.screen() or QGuiApplication.primaryScreen()
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
    the whole frame, title bar included, is on the screen (a 1366×768 laptop, or 1920×1080 at
    150 % = 1280×720 logical px, both minus the taskbar)."""
    # QWidget's own methods: a window class may define e.g. its own `move` (a sector up/down).
    area, frame = screen_area(window), _frame_margins(window)
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
    left = min(max(window.geometry().left(), room.left()), room.right() - size.width() + 1)
    top = min(max(window.geometry().top(), room.top()), room.bottom() - size.height() + 1)
    QWidget.move(window, left - frame.left(), top - frame.top())


class ScreenFit(QObject):
    """Application-wide: every window (main window, dialogs, message boxes) is fitted on the
    screen when it becomes the active window, so no dialog keeps its buttons below the taskbar.

    Listens to QGuiApplication.focusWindowChanged rather than filtering every event: a Python
    event filter on the whole application runs for each paint and mouse move, and on PySide6
    6.12.0 + Python 3.11 each call costs a lost reference (see refcount_guard.py)."""

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

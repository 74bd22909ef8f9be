"""Keyboard helpers for the managers' meeting UI tests: keys go where a keyboard sends them (the
focus widget), and a modal dialog is driven by keys from inside its own event loop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE, times: int = 1) -> None:
    """A key pressed on the keyboard: delivered to the widget that has the focus."""
    for _ in range(times):
        target = QApplication.focusWidget()
        assert target is not None, "no widget has the keyboard focus"
        QTest.keyClick(target, key, modifiers)


def type_here(text: str) -> None:
    """Type `text` (Finnish letters too) into the focus widget."""
    from ui_support import type_text
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard focus"
    type_text(target, text)


def when_dialog(act: Callable[[QDialog], None], seen: list[QDialog] | None = None) -> None:
    """Run `act(dialog)` as soon as a modal dialog is open (from inside its exec loop)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible() and dialog.focusWidget() is not None:
            if seen is not None:
                seen.append(dialog)
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def back_to(window: QWidget) -> None:
    """After a modal dialog closed: the window manager gives the main window the keys back (the
    offscreen platform has none, so the test does it)."""
    if not window.isActiveWindow():
        window.activateWindow()
        assert QTest.qWaitForWindowActive(window)

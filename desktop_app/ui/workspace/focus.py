"""Keyboard routing that keeps typed words out of places where they would be lost.

- TypeThrough: a list (the sections, the items) has no use for typed letters: its type-ahead
  would jump to another row and drop the text. Printable keys go to the field where the next
  words belong, and Enter moves there.
- UndoPassThrough: a text field claims Ctrl+Z even when it has nothing of its own to undo, which
  would hide the workspace's undo stack (undo a delete, a move) whenever the editor has focus.
- ReadOnlyTyping: keys typed into a field of a closed or approved meeting are dropped by Qt
  without a sound; the user, looking at the mayor, must be told at once that nothing is written.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QPlainTextEdit

_COMMAND = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier
_ALT_GR = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier  # Windows reports AltGr so


def is_typing(event: QKeyEvent) -> bool:
    """A key that writes a character (letters, digits, punctuation, space; AltGr characters such
    as @ and € too), not a command or a mnemonic."""
    text = event.text()
    if not text or not text.isprintable():
        return False
    modifiers = event.modifiers()
    if (modifiers & _ALT_GR) == _ALT_GR:
        return True
    return not modifiers & (_COMMAND | Qt.KeyboardModifier.AltModifier)


class TypeThrough(QObject):
    """Installed on `view`: printable keys and Enter call `focus_target()` and the keys are
    delivered to whatever then has the focus."""

    def __init__(self, view: QAbstractItemView, focus_target: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view, self._focus_target = view, focus_target
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._view or event.type() != QEvent.Type.KeyPress \
                or not isinstance(event, QKeyEvent):
            return False
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & (_COMMAND | Qt.KeyboardModifier.AltModifier):
            self._focus_target()
            return True
        if not is_typing(event):
            return False
        self._focus_target()
        target = QApplication.focusWidget()
        if target is None or target is self._view:
            return False
        QCoreApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, event.key(), event.modifiers(),
                                                     event.text(), event.isAutoRepeat(), event.count()))
        return True


class UndoPassThrough(QObject):
    """Installed on text fields: Ctrl+Z / Ctrl+Y go to the window's undo actions when the field
    itself has nothing to undo / redo."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if event.matches(QKeySequence.StandardKey.Undo):
            own = _can(watched, undo=True)
        elif event.matches(QKeySequence.StandardKey.Redo):
            own = _can(watched, undo=False)
        else:
            return False
        return not own   # filtered without accepting: the shortcut reaches the window


def _can(widget: QObject, *, undo: bool) -> bool:
    if isinstance(widget, QPlainTextEdit):
        document = widget.document()
        return document.isUndoAvailable() if undo else document.isRedoAvailable()
    if isinstance(widget, QLineEdit):
        return widget.isUndoAvailable() if undo else widget.isRedoAvailable()
    return True


class ReadOnlyTyping(QObject):
    """Installed on text fields: Enter, or a printable key, in a read-only field calls `refuse()`;
    printable keys at most once per `quiet_s` seconds, so a sentence typed into a closed meeting
    gives one message, not one per key."""

    def __init__(self, refuse: Callable[[], object], quiet_s: float = 3.0,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._refuse, self._quiet_s, self._last = refuse, quiet_s, float("-inf")

    def watch(self, field: QLineEdit | QPlainTextEdit) -> None:
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) \
                or not isinstance(watched, QLineEdit | QPlainTextEdit) or not watched.isReadOnly():
            return False
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._refuse()   # an Enter is one deliberate act: always answered
        elif is_typing(event):
            now = time.monotonic()
            if now - self._last >= self._quiet_s:
                self._last = now
                self._refuse()
        return False

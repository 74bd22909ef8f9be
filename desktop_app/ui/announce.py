"""Status messages for screen readers (WCAG 2.1 4.1.3, EN 301 549 §11.4.1.3): one function sends a
polite accessibility announcement that does not move the focus, so Orca (AT-SPI) and NVDA/Narrator
(UI Automation) read "Tallennus epäonnistui…", "Kohta poistettu…", a section's name or a hit count
while the user keeps typing where they were.

Qt ≥ 6.8 carries announcements as `QAccessibleAnnouncementEvent` (AT-SPI `Announcement` signal on
Linux, UIA `RaiseNotificationEvent` on Windows); without an active assistive technology
`QAccessible.updateAccessibility` costs nothing. Everything the UI announces goes through
`announce`, so tests can listen with `listen`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

Listener = Callable[[QObject, str, bool], None]
_listeners: list[Listener] = []


def announce(source: QObject, message: str, *, assertive: bool = False) -> None:
    """Say `message` (plain text, already translated) on behalf of `source` (the widget the
    message is about: an announcement needs an object in the accessibility tree). Polite by
    default: it waits for the current speech; `assertive` interrupts it (only for errors that
    lose work). An empty message says nothing. The focus never moves."""
    message = message.strip()
    if not message:
        return
    for listener in list(_listeners):
        listener(source, message, assertive)
    event = QAccessibleAnnouncementEvent(source, message)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


def listen(listener: Listener) -> Callable[[], None]:
    """Call `listener(source, message, assertive)` for each announcement (tests, a log); returns
    the function that stops listening."""
    _listeners.append(listener)
    return lambda: _listeners.remove(listener) if listener in _listeners else None

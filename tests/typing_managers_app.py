"""Test-only: start the real main window on a database, open the first managers' meeting of
2026 on its first matter and type an agreement line (Vastuu, then Toimenpide after Alt+D)
through real key events, without Enter; print TYPED when the last key is down, keep running.
tests/test_ui_kill_managers.py SIGKILLs this process after that.

Usage: python tests/typing_managers_app.py DB SETTINGS_INI OWNER ACTION
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.services import Services
from desktop_app.storage.migrate import open_database
from desktop_app.ui.app import create_application, create_main_window
from desktop_app.ui.settings import UiSettings

KEY_INTERVAL_MS = 25


def main() -> int:
    db_path, ini, owner, action = sys.argv[1:]
    app = create_application()
    services = Services.for_database(open_database(Path(db_path), "Kirjaaja"))
    window = create_main_window(services, UiSettings(QSettings(ini, QSettings.Format.IniFormat)))
    window.show()
    window.activateWindow()
    meeting = services.managers.find(2026, 1)
    window.open_managers_meeting(meeting.id)
    editor = window.managers_view.editor
    keys: list[str | None] = [*owner, None, *action]   # None: Alt+D (Toimenpide)

    def press() -> None:
        if not keys:
            print("TYPED", flush=True)
            return
        target = QApplication.focusWidget() or editor.owner
        char = keys.pop(0)
        if char is None:
            QTest.keyClick(target, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
        else:
            code = ord(char.upper()) if len(char.upper()) == 1 else ord(char)
            QTest.sendKeyEvent(QTest.KeyAction.Click, target, Qt.Key(code), char,
                               Qt.KeyboardModifier.NoModifier)
        QTimer.singleShot(KEY_INTERVAL_MS, press)

    def start() -> None:
        editor.owner.setFocus()   # as Alt+U does
        press()

    QTimer.singleShot(300, start)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

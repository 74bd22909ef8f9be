"""Test-only: start the real main window on a database, type scripted text into a sector of
Kuhmo's meeting through real key events, print TYPED when the last key is down, keep running.
tests/test_ui_kill.py SIGKILLs this process 0.6 s later.

Usage: python tests/typing_app.py [--every MIN_MS,MAX_MS] DB SETTINGS_INI SECTOR_CODE TEXT [TEXT ...]
(each TEXT after the first is started with Ctrl+Enter, as a user adds the next item).
With --every, keys come at random intervals in that range (a typist who never pauses), and each
key is reported as "KEY <count of characters typed> <time.monotonic()>" the moment it is sent.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest

from desktop_app.services import Services
from desktop_app.storage.migrate import open_database
from desktop_app.ui.app import create_application, create_main_window
from desktop_app.ui.settings import UiSettings

KEY_INTERVAL_MS = 25


def main() -> int:
    args = sys.argv[1:]
    every: tuple[int, int] | None = None
    if args[0] == "--every":
        low, high = args[1].split(",")
        every, args = (int(low), int(high)), args[2:]
    db_path, ini, sector_code, *texts = args
    rhythm = random.Random(14)
    typed = 0
    app = create_application()
    services = Services.for_database(open_database(Path(db_path), "Kirjaaja"))
    settings = UiSettings(QSettings(ini, QSettings.Format.IniFormat))
    window = create_main_window(services, settings)
    window.show()
    round_ = services.rounds.list_rounds()[0]
    meeting = services.meetings.find(round_.id, "290")
    window.open_meeting(meeting.id, "sector:" + services.sectors.find(sector_code).id)
    editor = window.workspace_view.editor.text
    keys: list[str | None] = []
    for n, text in enumerate(texts):
        if n:
            keys.append(None)  # Ctrl+Enter
        keys.extend(text)

    def press() -> None:
        nonlocal typed
        if not keys:
            print("TYPED", flush=True)
            return
        char = keys.pop(0)
        if char is None:
            QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        else:
            code = ord(char.upper()) if len(char.upper()) == 1 else ord(char)
            QTest.sendKeyEvent(QTest.KeyAction.Click, editor, Qt.Key(code), char,
                               Qt.KeyboardModifier.NoModifier)
            typed += 1
        if every is None:
            QTimer.singleShot(KEY_INTERVAL_MS, press)
            return
        print(f"KEY {typed} {time.monotonic()}", flush=True)
        QTimer.singleShot(rhythm.randint(*every), press)

    QTimer.singleShot(200, press)
    print("READY", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

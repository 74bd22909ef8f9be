"""Helpers for the UI tests: a real main window on the test's temporary database, with its own
QSettings file (never the user's)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest

from desktop_app.services import Services
from desktop_app.ui.app import create_application, create_main_window
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import UiSettings

REPO_ROOT = Path(__file__).resolve().parent.parent


def ui_settings(folder: Path) -> UiSettings:
    return UiSettings(QSettings(str(folder / "ui-settings.ini"), QSettings.Format.IniFormat))


def open_window(qtbot, services: Services, settings: UiSettings, language: str = "fi") -> MainWindow:
    create_application()
    window = create_main_window(services, settings, language)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)  # shortcuts only reach the active window
    return window


def idle(qtbot, window: MainWindow) -> None:
    """Wait until autosave has written everything and background reads are back."""
    qtbot.waitUntil(lambda: not window.autosave.has_pending and not window.tasks.busy, timeout=5000)


def type_text(widget, text: str) -> None:
    """Type like a keyboard, including Finnish letters (QTest.keyClicks only handles ASCII)."""
    from PySide6.QtCore import Qt
    for char in text:
        if char == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
            continue
        code = ord(char.upper()) if len(char.upper()) == 1 else ord(char)
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(code), char, Qt.KeyboardModifier.NoModifier)


def demo_database_file(folder: Path) -> Path:
    """A database file with the demo's data, made and closed as the app makes it (2026 rounds)."""
    from desktop_app.services.demo import DemoService
    from desktop_app.storage.migrate import open_database

    path = folder / "kuntapalaute.db"
    database = open_database(path, "Testi")
    DemoService(database).create(current_year=2026)
    database.dispose()
    return path


def gate_services_loader(monkeypatch):
    """Hold the start-up's services loader (services/first_screen.py) until the returned event is
    set. In the test process SQLAlchemy is imported already, so the loader could otherwise finish
    before the first row appears, and 'before the services load' would not be tested."""
    import threading

    from desktop_app.services.first_screen import ServicesLoader

    gate = threading.Event()
    real_load = ServicesLoader._load

    def gated_load(self: ServicesLoader) -> None:
        gate.wait(30)
        real_load(self)

    monkeypatch.setattr(ServicesLoader, "_load", gated_load)
    return gate


def close_started(window: MainWindow, disposable) -> None:
    """Close a window from finish_startup, let its task runner's last signals arrive while it
    still exists, then let go of the database (or the services' loader)."""
    from PySide6.QtWidgets import QApplication

    window.close()
    window.tasks.wait(5000)
    QApplication.processEvents()
    disposable.dispose()


def close_expecting_question(window: MainWindow, question, answer: str = "discard") -> None:
    """Close `window` while a refused text is still on screen: the unsaved-text question
    (conftest.py's `unsaved_question`) must be asked once, answered `answer` ("discard": *Sulje
    tallentamatta*), and the window then closes."""
    asked = len(question.asked)
    question.answers.append(answer)
    window.close()
    assert len(question.asked) == asked + 1 and question.asked[-1][1] is True
    assert not window.isVisible()

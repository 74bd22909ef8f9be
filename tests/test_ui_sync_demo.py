"""A database holding the demo's invented data never syncs: the real main window says so in its
status bar instead of an 'unsynced' count, and its sync action refuses before asking for an
address (nothing is claimed, nothing connects)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox
from ui_support import open_window, ui_settings

from desktop_app.services import Services
from desktop_app.services.demo import DemoService
from desktop_app.ui.sync_status import SyncStatusLabel


def test_the_window_of_a_demo_database_refuses_to_sync(qtbot, services: Services, tmp_path: Path,
                                                       monkeypatch) -> None:
    DemoService(services.db).create(current_year=2026)
    asked: list[str] = []
    shown: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (asked.append("url"), ("", False))[1])
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    window = open_window(qtbot, services, ui_settings(tmp_path))
    label = window.findChild(SyncStatusLabel)
    assert label is not None
    label.refresh()
    qtbot.waitUntil(lambda: label.text() == "Esimerkkiaineisto · ei synkronoida", timeout=5000)
    sync = next(a for a in window.findChildren(QAction)
                if a.text().replace("&", "").startswith("Synkronoi keskitietokannan"))
    sync.trigger()
    assert asked == []
    assert len(shown) == 1 and "esimerkkiaineistoa" in shown[0]
    assert sync.isEnabled()

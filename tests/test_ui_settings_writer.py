"""Where the user was is written to disk off the GUI thread (ui/settings.py): a section or meeting
switch must not wait for the settings file's fsync, and the position still reaches the file."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop_app.ui.settings import UiSettings


def test_the_position_is_synced_on_another_thread_and_reaches_the_file(tmp_path: Path,
                                                                         monkeypatch) -> None:
    ini = tmp_path / "ui.ini"
    syncing_threads: list[int] = []
    real_sync = QSettings.sync

    def recording_sync(self: QSettings) -> None:
        syncing_threads.append(threading.get_ident())
        real_sync(self)

    monkeypatch.setattr(QSettings, "sync", recording_sync)
    settings = UiSettings(QSettings(str(ini), QSettings.Format.IniFormat))
    for n in range(20):   # a user flicking through sections: every position is asked for
        settings.remember_position("meeting-1", f"sector:{n}", f"item-{n}")
    assert settings.wait_written()
    assert syncing_threads and threading.get_ident() not in syncing_threads
    # What a restart after a crash reads: the file itself, through a new object of its own.
    written = ini.read_text(encoding="utf-8")
    assert "meeting-1" in written and "sector:19" in written and "item-19" in written
    monkeypatch.undo()
    assert UiSettings(QSettings(str(ini), QSettings.Format.IniFormat)).position() == (
        "meeting-1", "sector:19", "item-19")


def test_forgetting_the_position_reaches_the_file_too(tmp_path: Path) -> None:
    ini = tmp_path / "ui.ini"
    settings = UiSettings(QSettings(str(ini), QSettings.Format.IniFormat))
    settings.remember_position("meeting-1", "advocacy")
    assert settings.wait_written()
    settings.remember_position(None)
    assert settings.wait_written()
    assert "meeting-1" not in ini.read_text(encoding="utf-8")

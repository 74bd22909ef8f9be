"""The status bar's sync counts run off the GUI thread: the first imports the sync modules and
compiles its statements (~40 ms, it landed on the user's first meeting switch), and every count
reads all synced tables (~30 ms at 100,000 items, after every autosave). The label still shows
each count once it is there, and a count asked for while one runs is not lost."""

from __future__ import annotations

import threading
from pathlib import Path

from ui_support import open_window, ui_settings

from desktop_app.services import Services
from desktop_app.sync import status as sync_status_module
from desktop_app.ui.sync_status import SyncStatusLabel


def test_every_count_runs_on_a_worker_and_is_shown(qtbot, services: Services, tmp_path: Path,
                                                       monkeypatch) -> None:
    threads: list[bool] = []
    real = sync_status_module.sync_status

    def recording(db):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(db)

    monkeypatch.setattr(sync_status_module, "sync_status", recording)
    window = open_window(qtbot, services, ui_settings(tmp_path))
    label = window.findChild(SyncStatusLabel)
    assert label is not None
    qtbot.waitUntil(lambda: label.text().startswith("Synkronoimatta"), timeout=5000)
    assert threads and threads[0] is False   # the first count: not on the GUI thread
    counted = len(threads)
    label.refresh()                          # a later one (the timer, a write)
    qtbot.waitUntil(lambda: len(threads) > counted and not label.counting, timeout=5000)
    assert True not in threads               # none ran on the GUI thread


def test_a_write_during_a_count_is_counted_after_it(qtbot, services: Services, tmp_path: Path,
                                                    monkeypatch, make_feedback) -> None:
    """A write committed while a count runs must not leave the label on the count before it."""
    gate = threading.Event()
    entered = threading.Event()
    real = sync_status_module.sync_status

    def slow(db):
        status = real(db)
        if not gate.is_set():
            entered.set()
            gate.wait(10)
        return status

    window = open_window(qtbot, services, ui_settings(tmp_path))
    label = window.findChild(SyncStatusLabel)
    label.timer.stop()
    qtbot.waitUntil(lambda: label.text().startswith("Synkronoimatta") and not label.counting,
                    timeout=5000)
    before = int(label.text().split(":")[1].split("·")[0])
    monkeypatch.setattr(sync_status_module, "sync_status", slow)
    label.refresh()
    assert entered.wait(5)                   # a count is running (it read the old numbers)
    make_feedback("Kirjoitettu laskennan aikana")
    label.refresh()                          # what the window's "written" signal does
    gate.set()
    qtbot.waitUntil(lambda: not label.counting, timeout=5000)
    assert int(label.text().split(":")[1].split("·")[0]) > before

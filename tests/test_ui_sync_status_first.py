"""The status bar's first sync count runs off the GUI thread: it imports the sync modules and
compiles its statements (~40 ms), which landed on the user's first meeting switch. The label still
shows the count once it is there."""

from __future__ import annotations

import threading
from pathlib import Path

from ui_support import open_window, ui_settings

from desktop_app.services import Services
from desktop_app.sync import status as sync_status_module
from desktop_app.ui.sync_status import SyncStatusLabel


def test_the_first_count_runs_on_a_worker_and_is_shown(qtbot, services: Services, tmp_path: Path,
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
    label.refresh()                          # later ones (timer, a write) are cheap: in place
    assert threads[-1] is True

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent

from desktop_app.ui.busy import ObservedTaskRunner


def test_a_runner_deleted_before_its_idle_check_raises_nothing(qtbot) -> None:
    """The 'no longer busy' check runs one event-loop turn after a task ends; a runner (and its
    window) closed in between must not raise "Signal source has been deleted" into the event
    loop (it surfaced in the next test's set-up)."""
    runner = ObservedTaskRunner()
    finished = []

    def done(_result: object) -> None:
        finished.append(True)
        runner.deleteLater()

    runner.start(lambda _progress: 1, on_done=done)
    qtbot.waitUntil(lambda: bool(finished))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()

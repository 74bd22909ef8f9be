"""Run slow work off the GUI thread (QThreadPool) and get the result back by signal.

Each task gets a `Progress` it can report through and that the user can cancel. Services open
their own sessions per call, so a worker thread never shares a session with the GUI thread.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop_app.domain.progress import Cancelled, Progress


class TaskSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)   # the return value
    failed = Signal(object)     # the exception
    cancelled = Signal()


class Task(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.signals = TaskSignals()
        self.progress = Progress(self.signals.progress.emit)
        self._fn = fn
        self.setAutoDelete(False)  # the caller keeps the task (and its signals) alive

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn(self.progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except BaseException as exc:
            exc.__dict__.setdefault("formatted_traceback", traceback.format_exc())
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)

    def cancel(self) -> None:
        self.progress.cancel()


class TaskRunner(QObject):
    """Keeps running tasks alive until they report back; one per window is enough."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running: set[Task] = set()

    def start(self, fn: Callable[[Progress], Any], *,
              on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[BaseException], None] | None = None,
              on_progress: Callable[[int, int, str], None] | None = None,
              on_cancelled: Callable[[], None] | None = None) -> Task:
        task = Task(fn)
        # A task may report after its window (and this runner) has closed: its callbacks reach
        # into that window's widgets, so they run only while the runner is alive.
        for signal, callback in ((task.signals.progress, on_progress),
                                 (task.signals.finished, on_done),
                                 (task.signals.failed, on_error),
                                 (task.signals.cancelled, on_cancelled)):
            if callback is not None:
                signal.connect(self._while_alive(callback))
        for signal in (task.signals.finished, task.signals.failed, task.signals.cancelled):
            signal.connect(lambda *_: self._running.discard(task))
        self._running.add(task)
        self._pool.start(task)
        return task

    def _while_alive(self, callback: Callable[..., None]) -> Callable[..., None]:
        def call(*args: Any) -> None:
            if shiboken6.isValid(self):
                callback(*args)
        return call

    def cancel_all(self) -> None:
        for task in list(self._running):
            task.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._running)

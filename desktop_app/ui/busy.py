"""A visible sign of background work: an indeterminate progress bar and a cancel button in the
status bar while any task runs (search, lists, and later sync/PDF/export from the features)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QProgressDialog, QPushButton, QWidget

from desktop_app.domain.progress import Progress
from desktop_app.ui.workers import Task, TaskRunner


class ObservedTaskRunner(TaskRunner):
    """A TaskRunner that says when it becomes busy or idle."""

    busy_changed = Signal(bool)
    progress = Signal(int, int, str)

    def start(self, fn: Callable[[Progress], Any], **callbacks: Any) -> Task:
        was_busy = self.busy
        task = super().start(fn, **callbacks)
        for signal in (task.signals.finished, task.signals.failed, task.signals.cancelled):
            signal.connect(self._maybe_idle)
        task.signals.progress.connect(self._progress)
        if not was_busy:
            self.busy_changed.emit(True)
        return task

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.emit(done, total, message)

    def _maybe_idle(self, *_args: object) -> None:
        # The runner drops the task in its own slot; look once that has happened (with the runner
        # as context: a runner deleted meanwhile, its window closed, gets no call).
        QTimer.singleShot(0, self, lambda: None if self.busy else self.busy_changed.emit(False))


class BusyIndicator(QWidget):
    """Shown only after 300 ms of work, so quick reads never flicker."""

    def __init__(self, tasks: ObservedTaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.tasks = tasks
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setMaximumWidth(140)
        self.bar.setAccessibleName(self.tr("Taustatyö käynnissä"))
        self.cancel = QPushButton(self.tr("Keskeytä"))
        self.cancel.setAccessibleName(self.tr("Keskeytä taustatyö"))
        self.cancel.clicked.connect(tasks.cancel_all)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(300)
        self._delay.timeout.connect(lambda: self.setVisible(self.tasks.busy))
        tasks.busy_changed.connect(self._busy_changed)
        tasks.progress.connect(self._progress)
        self.hide()

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self.bar.setRange(0, 0)
            self._delay.start()
        else:
            self._delay.stop()
            self.hide()

    def _progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        self.bar.setToolTip(message)


def dismiss_progress(dialog: QProgressDialog) -> None:
    """Close a job's progress window for good. QProgressDialog shows itself from a timer once
    its minimum duration has passed; a job that ended sooner would otherwise have the window pop
    up later, over the result message, and the two modal windows then block each other.
    `reset()` stops that timer; the window is hidden and deleted."""
    with contextlib.suppress(RuntimeError, TypeError):  # nothing connected
        dialog.canceled.disconnect()
    dialog.reset()
    dialog.hide()
    dialog.deleteLater()

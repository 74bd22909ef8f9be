"""Progress and cancellation for long jobs, without Qt: the UI adapts it to signals."""

from __future__ import annotations

import threading
from collections.abc import Callable

from desktop_app.domain.errors import KuntapalauteError


class Cancelled(KuntapalauteError):
    def __init__(self) -> None:
        super().__init__("Toiminto peruttiin.")


ProgressCallback = Callable[[int, int, str], None]


class Progress:
    """Passed into long operations. `step` reports (done, total, message) and raises `Cancelled`
    once `cancel()` was called from another thread, so the job stops at a safe point."""

    def __init__(self, callback: ProgressCallback | None = None) -> None:
        self._callback = callback
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise Cancelled()

    def step(self, done: int, total: int, message: str = "") -> None:
        self.check()
        if self._callback is not None:
            self._callback(done, total, message)


NO_PROGRESS = Progress()

"""Debounced autosave with a maximum wait, and retry. No Save button: an edit is written 300 ms
after the last keystroke, and never later than 350 ms after the first unsaved one, so even a typist
who never pauses has every character durable within half a second (DESIGN §7).

Writes run on the GUI thread on purpose: one small SQLite transaction measures a few ms
(benchmarks/bench_ui.py prints it), it keeps edits strictly ordered, and "Tallennettu klo …"
is only shown once the commit really happened. A failing write stays queued and is retried every
two seconds; the text is never dropped (it also stays in the editor).

While the services are still loading after the first paint (services/first_screen.py), the
window `hold`s the autosave: typed text is queued and the timers write nothing, so no keystroke
waits for the loader on the GUI thread; "Tallennetaan…" stays until the services are there: then
`release` (or the next timer, which looks every 100 ms while something waits) writes the queue.
An explicit `flush` (switching item or section, closing, an operation through `run`) writes at
once, waiting for the services if it must: its caller needs the answer.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Hashable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.domain.errors import KuntapalauteError, StorageError
from desktop_app.ui.error_text import error_text

log = logging.getLogger(__name__)


class Deferred(KuntapalauteError):
    """The write cannot happen yet (e.g. an emptied text); not an error, not retried."""


class AutosaveController(QObject):
    """Every write the UI makes goes through here, so the save indicator is the truth: typed
    text via `schedule` (debounced), one-off operations (participants, order, delete, undo,
    status, copy forward, …) via `run`. `saved` fires after each successful commit."""

    saved = Signal(object)      # datetime of the last successful write
    failed = Signal(str)        # message; a queued write stays queued and is retried
    rejected = Signal(str)      # message; the input is invalid, fixed by the next edit
    refused = Signal(str)       # message; an operation (`run`) was refused and changed nothing
    deferred = Signal(str)
    busy = Signal()

    DEBOUNCE_MS = 300
    MAX_WAIT_MS = 350   # from the first unsaved edit; leaves ~150 ms for the write itself
    RETRY_MS = 2000
    HELD_POLL_MS = 100   # while held with edits queued: how often to look whether the hold can end

    def __init__(self, parent: QObject | None = None,
                 clock: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        super().__init__(parent)
        self._pending: dict[Hashable, Callable[[], object]] = {}
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._timed_flush)
        self._deadline = QTimer(self)   # not restarted by later keys: caps the debounce
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._timed_flush)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._timed_flush)
        self.last_saved: dt.datetime | None = None
        self.last_error: str = ""
        self._flushing = False
        self._held_until: Callable[[], bool] | None = None

    def hold(self, until: Callable[[], bool]) -> None:
        """Keep what is typed queued until `until()` is true (the services have loaded) or
        `release` is called: the timers write nothing meanwhile (see the module)."""
        self._held_until = until

    def release(self) -> None:
        """End the hold and write what waited, now."""
        self._held_until = None
        if self._pending:
            self.flush()

    def _timed_flush(self) -> None:
        if self._held_until is not None:
            if not self._held_until():
                self._deadline.start(self.HELD_POLL_MS)   # look again; nothing blocks meanwhile
                return
            self._held_until = None
        self.flush()

    def schedule(self, key: Hashable, write: Callable[[], object]) -> None:
        """Queue `write` (it reads the latest state when it runs); a later call for the same key
        replaces the earlier one."""
        self._pending.pop(key, None)
        self._pending[key] = write
        self.busy.emit()
        self._timer.start(self.DEBOUNCE_MS)
        if not self._deadline.isActive():
            self._deadline.start(self.MAX_WAIT_MS)

    def save_now(self, key: Hashable, write: Callable[[], object]) -> bool:
        self._pending.pop(key, None)
        self._pending[key] = write
        return self.flush()

    def run(self, write: Callable[[], object]) -> bool:
        """Run one operation now, after the queued edits, and report it: True (and `saved`) when
        it committed; False when it was refused (`refused` carries the service's message) or the
        database failed (`failed`). Nothing is retried: the caller records only what happened."""
        self.flush()
        try:
            write()
        except StorageError as exc:
            self.last_error = error_text(exc)
            log.warning("Write failed: %s", exc)
            self.failed.emit(error_text(exc))
            return False
        except KuntapalauteError as exc:
            self.refused.emit(error_text(exc))
            return False
        except Exception as exc:  # a bug must not escape into Qt (e.g. out of QUndoCommand.redo)
            log.exception("Write failed unexpectedly")
            self.last_error = error_text(exc)
            self.failed.emit(error_text(exc))
            return False
        self.note_saved()
        return True

    def note_saved(self) -> None:
        """A write that committed elsewhere (e.g. a dialog's own service call) is shown as saved."""
        self.last_error = ""
        self.last_saved = self._clock()
        self.saved.emit(self.last_saved)

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    def flush(self) -> bool:
        """Write everything queued, oldest first. True when nothing is left waiting.

        Re-entrant calls (a write that itself asks for a flush) return at once."""
        if self._flushing:
            return not self._pending
        self._timer.stop()
        self._deadline.stop()
        self._flushing = True
        try:
            return self._flush_queue()
        finally:
            self._flushing = False

    def _flush_queue(self) -> bool:
        wrote = False
        while self._pending:
            key = next(iter(self._pending))
            write = self._pending.pop(key)
            try:
                write()
            except Deferred as exc:
                self.deferred.emit(error_text(exc))
                continue
            except KuntapalauteError as exc:
                if not isinstance(exc, StorageError):
                    self.rejected.emit(error_text(exc))
                    continue
                return self._keep(key, write, exc)
            except Exception as exc:  # unexpected: keep the edit and keep trying
                log.exception("Autosave failed unexpectedly")
                return self._keep(key, write, exc)
            wrote = True
        if wrote:
            self.note_saved()
        return True

    def _keep(self, key: Hashable, write: Callable[[], object], exc: Exception) -> bool:
        """Put a failed write back at the front (unless a newer one replaced it) and retry later."""
        if key not in self._pending:
            self._pending = {key: write, **self._pending}
        self.last_error = error_text(exc)
        log.warning("Autosave failed, retrying: %s", exc)
        self.failed.emit(error_text(exc))
        self._retry.start(self.RETRY_MS)
        return False

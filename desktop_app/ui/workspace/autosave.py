"""Debounced autosave with a maximum wait, and retry. No Save button: an edit is written 300 ms
after the last keystroke, and never later than 350 ms after the first unsaved one, so even a typist
who never pauses has every character durable within half a second (DESIGN §7).

Writes run on the GUI thread on purpose: one small SQLite transaction measures a few ms
(benchmarks/bench_ui.py prints it), it keeps edits strictly ordered, and "Tallennettu klo …"
is only shown once the commit really happened. A failing write stays queued and is retried every
two seconds; the text is never dropped (it also stays in the editor).

A write that is refused (an invalid value, a closed meeting, an item deleted elsewhere) or deferred
(an emptied text) is not retried, but its key stays *unsaved* until a later write for the same key
lands or the user discards it (`leave`): the status bar, a switch of view and the window's close
all ask `unsaved()` instead of believing that an empty queue means everything is stored.

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
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.domain.errors import KuntapalauteError, StorageError
from desktop_app.ui.error_text import error_text

log = logging.getLogger(__name__)


class Deferred(KuntapalauteError):
    """The write cannot happen yet (e.g. an emptied text); not an error, not retried."""


@dataclass
class Unsaved:
    """One key whose latest write did not land: why (`message`, Finnish) and the words on the
    screen (`text`, for the clipboard; empty when the caller gave no way to read them)."""

    key: Hashable
    message: str
    text: str


#: Answers of the unsaved-text question (ui/dialogs.ask_unsaved).
BACK, COPY, DISCARD = "back", "copy", "discard"

#: The first element of the managers' meeting page's autosave keys; every other key belongs to
#: the negotiation workspace. `leave` asks only about the keys whose text a switch throws away.
MANAGERS_KEY_KINDS = frozenset({"matter", "agreement", "managers_meeting"})


def managers_key(key: Hashable) -> bool:
    return isinstance(key, tuple) and bool(key) and key[0] in MANAGERS_KEY_KINDS


def workspace_key(key: Hashable) -> bool:
    return not managers_key(key)


class AutosaveController(QObject):
    """Every write the UI makes goes through here, so the save indicator is the truth: typed
    text via `schedule` (debounced), one-off operations (participants, order, delete, undo,
    status, copy forward, …) via `run`. `saved` fires after each successful commit."""

    saved = Signal(object)      # datetime of the last successful write
    failed = Signal(str)        # message; a queued write stays queued and is retried
    rejected = Signal(str)      # message; the input is invalid, fixed by the next edit
    rejected_key = Signal(object, str)   # the same, with the key (for the view that shows it)
    refused = Signal(str)       # message; an operation (`run`) was refused and changed nothing
    deferred = Signal(str)
    busy = Signal()
    discarded = Signal()        # the user dropped the unsaved texts (`leave`)
    settled = Signal()          # an unsaved key was forgotten (the indicator is restated)

    DEBOUNCE_MS = 300
    MAX_WAIT_MS = 350   # from the first unsaved edit; leaves ~150 ms for the write itself
    RETRY_MS = 2000
    HELD_POLL_MS = 100   # while held with edits queued: how often to look whether the hold can end

    def __init__(self, parent: QObject | None = None,
                 clock: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        super().__init__(parent)
        self._pending: dict[Hashable, Callable[[], object]] = {}
        self._texts: dict[Hashable, Callable[[], str]] = {}
        self._unsaved: dict[Hashable, str] = {}   # key -> why its latest write did not land
        self._refused: dict[Hashable, Callable[[], object]] = {}   # key -> its refused write
        # Asked by `leave` when something is unsaved: (entries, closing) -> BACK | COPY | DISCARD.
        # The main window sets it to ui/dialogs.ask_unsaved; without one nothing is thrown away.
        self.ask: Callable[[list[Unsaved], bool], str] | None = None
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

    def schedule(self, key: Hashable, write: Callable[[], object],
                 text: Callable[[], str] | None = None) -> None:
        """Queue `write` (it reads the latest state when it runs); a later call for the same key
        replaces the earlier one. `text` returns the words the write stores, for the unsaved-text
        question's clipboard copy."""
        self._pending.pop(key, None)
        self._pending[key] = write
        self._refused.pop(key, None)   # the newer write replaces the refused one
        if text is not None:
            self._texts[key] = text
        self.busy.emit()
        self._timer.start(self.DEBOUNCE_MS)
        if not self._deadline.isActive():
            self._deadline.start(self.MAX_WAIT_MS)

    def save_now(self, key: Hashable, write: Callable[[], object],
                 text: Callable[[], str] | None = None) -> bool:
        """`schedule` and `flush` at once; True when everything (this write too) is stored."""
        self.schedule(key, write, text)
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

    @property
    def has_unsaved(self) -> bool:
        """Some text on screen is not in the database: queued, failing, refused or deferred."""
        return bool(self._pending or self._unsaved)

    def unsaved(self, only: Callable[[Hashable], bool] | None = None) -> list[Unsaved]:
        """What the database does not hold, one entry per key (those `only` accepts): the
        refused or deferred writes (with their message) and the queued or failing ones (with
        the last error, if any)."""
        keys = [key for key in dict.fromkeys([*self._unsaved, *self._pending]) if only is None or only(key)]
        return [Unsaved(key, self._unsaved.get(key, self.last_error), self._text_of(key)) for key in keys]

    def _text_of(self, key: Hashable) -> str:
        read = self._texts.get(key)
        if read is None:
            return ""
        try:
            return read()
        except Exception:   # a view already torn down: the entry is still counted
            log.exception("Reading the unsaved text failed")
            return ""

    def forget(self, key: Hashable) -> None:
        """The user threw this one text away on purpose (e.g. cleared an unsaved draft)."""
        was = self._pending.pop(key, None) is not None
        was = self._unsaved.pop(key, None) is not None or was
        self._refused.pop(key, None)
        self._texts.pop(key, None)
        if was:
            self.settled.emit()

    def discard(self, only: Callable[[Hashable], bool] | None = None) -> None:
        """The user chose to drop what did not land (the keys `only` accepts; None: all)."""
        for key in [*self._pending, *self._unsaved]:
            if only is None or only(key):
                self.forget(key)
        if not self._pending:
            self._timer.stop()
            self._deadline.stop()
            self._retry.stop()

    def leave(self, closing: bool = False, only: Callable[[Hashable], bool] | None = None) -> bool:
        """Before the words on screen are thrown away (a switch of meeting, section, item or
        page, a reload, the window's close): write what is queued; if a text the switch throws
        away (a key `only` accepts; None: every key) still did not land, ask the user (`ask`).
        True: go on (stored, copied to the clipboard, or discarded on purpose); False: stay,
        nothing changes."""
        self.flush()
        entries = self.unsaved(only)
        if not entries:
            return True
        if self.ask is None:
            return False
        answer = self.ask(entries, closing)
        if answer == BACK:
            return False
        if answer == COPY:
            from PySide6.QtGui import QGuiApplication

            words = "\n\n".join(e.text for e in entries if e.text.strip())
            QGuiApplication.clipboard().setText(words)
        self.discard(only)
        self.discarded.emit()
        return True

    def retry_refused(self, only: Callable[[Hashable], bool] | None = None) -> bool:
        """What refused a write may be gone (the meeting was reopened, here or elsewhere): write
        the refused texts (the keys `only` accepts; None: all) again now, as they are on screen.
        One still refused stays unsaved, with its new reason. True when nothing is left unsaved.
        (A deferred, emptied text is not retried: only the user's next words can end it.)"""
        for key, write in list(self._refused.items()):
            if only is None or only(key):
                del self._refused[key]
                if key not in self._pending:
                    self._pending[key] = write
        return self.flush()

    def flush(self) -> bool:
        """Write everything queued, oldest first. True when nothing is left unsaved (a refused
        or deferred write counts as unsaved, see `unsaved`).

        Re-entrant calls (a write that itself asks for a flush) return at once."""
        if self._flushing:
            return not self.has_unsaved
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
                self._unsaved[key] = error_text(exc)
                self.deferred.emit(error_text(exc))
                continue
            except KuntapalauteError as exc:
                if not isinstance(exc, StorageError):
                    self._unsaved[key] = error_text(exc)
                    self._refused[key] = write
                    self.rejected.emit(error_text(exc))
                    self.rejected_key.emit(key, error_text(exc))
                    continue
                return self._keep(key, write, exc)
            except Exception as exc:  # unexpected: keep the edit and keep trying
                log.exception("Autosave failed unexpectedly")
                return self._keep(key, write, exc)
            wrote = True
            self._unsaved.pop(key, None)   # a later write for the key landed
            self._refused.pop(key, None)
            if key not in self._pending:
                self._texts.pop(key, None)
        if wrote:
            self.note_saved()
        return not self._unsaved

    def _keep(self, key: Hashable, write: Callable[[], object], exc: Exception) -> bool:
        """Put a failed write back at the front (unless a newer one replaced it) and retry later."""
        if key not in self._pending:
            self._pending = {key: write, **self._pending}
        self.last_error = error_text(exc)
        log.warning("Autosave failed, retrying: %s", exc)
        self.failed.emit(error_text(exc))
        self._retry.start(self.RETRY_MS)
        return False

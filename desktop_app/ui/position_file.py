"""Where the user was (meeting, section, item), made durable off the GUI thread.

Every section and meeting switch changes the position, and after a crash the app must reopen
there. `QSettings.sync()` made it durable on the GUI thread: a new file, fsync and rename, 1–25 ms
on a busy disk, and PySide holds the GIL for the whole call, so even a writer thread made the GUI
thread wait (docs/performance/switch-search.md). This small JSON file beside the settings is
written by a thread of its own with Python's file calls (`write`, `os.fsync`, `os.replace` let go
of the GIL while they wait); the newest position wins, a failed write is logged and the next one
tries again. Each position carries a stamp (nanoseconds since the epoch) so that the reader can
tell it from the copy QSettings writes at a clean exit.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from pathlib import Path

log = logging.getLogger(__name__)

Position = tuple[str, str, str]   # meeting id, section key, item id ("" when none)


class PositionFile:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._wanted = threading.Condition(self._lock)
        self._pending: tuple[Position, int] | None = None
        self._busy = False
        self._thread: threading.Thread | None = None

    def read(self) -> tuple[Position, int] | None:
        """The last position written and its stamp; None without a readable file. Never raises:
        whatever a crash or a hand left in the file, start-up goes on without it (JSON too deep
        to parse raises RecursionError, an infinite stamp OverflowError)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            position = (str(data["meeting"]), str(data["section"]), str(data["item"]))
            return position, int(data["stamp"])
        except (OSError, ValueError, KeyError, TypeError, ArithmeticError, RecursionError):
            return None

    def write(self, position: Position, stamp: int) -> None:
        """Queue `position` for writing (returns at once; a newer one replaces a queued one)."""
        with self._lock:
            self._pending = (position, stamp)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="position-writer", daemon=True)
                self._thread.start()
            self._wanted.notify_all()

    def wait(self, timeout: float = 5.0) -> bool:
        """True once everything queued is on disk (False after `timeout` seconds)."""
        with self._lock:
            return self._wanted.wait_for(lambda: self._pending is None and not self._busy, timeout)

    def _run(self) -> None:
        while True:
            with self._lock:
                self._wanted.wait_for(lambda: self._pending is not None)
                assert self._pending is not None
                (position, stamp), self._pending = self._pending, None
                self._busy = True
            try:
                self._store(position, stamp)
            except OSError as exc:   # the QSettings copy stays; the next switch tries again
                log.warning("Could not write the position file %s: %s", self.path, exc)
            with self._lock:
                self._busy = False
                self._wanted.notify_all()

    def _store(self, position: Position, stamp: int) -> None:
        meeting, section, item = position
        text = json.dumps({"meeting": meeting, "section": section, "item": item, "stamp": stamp})
        temporary = self.path.with_name(self.path.name + ".tmp")
        self.path.parent.mkdir(parents=True, exist_ok=True)   # a first start: no settings yet
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.path)
        if os.name == "posix":   # the rename itself survives a power cut once the folder is synced
            folder = os.open(self.path.parent, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)

"""The start-up quick check on its own thread, overlapping the slow imports of start-up.

SQLite releases the GIL while it reads, so `PRAGMA quick_check` (~0.2 s at 100,000 items, it
reads every page) runs on the second core while the GUI thread imports SQLAlchemy, the services
and the main window (pure Python, ~0.6 s). The result is awaited before the database is opened
for use, so a damaged file still gets the backup offer before anything reads or writes it and
before the main window can take a keystroke (docs/performance/startup.md).
Only `sqlite3` and the standard library are imported here: this module loads before SQLAlchemy.
"""

from __future__ import annotations

import threading
from pathlib import Path

from desktop_app.storage.backup import integrity_problems
from desktop_app.storage.failures import location_problem


class BackgroundQuickCheck:
    """`integrity_problems(path, quick=True)` started now, on a daemon thread; `result()` waits."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._problems: list[str] = []
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="kuntapalaute-quick-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._problems = integrity_problems(self.path, quick=True)
        except BaseException as exc:  # handed to the waiting thread, raised there
            self._error = exc

    def result(self) -> list[str]:
        """Wait for the check. Empty when the file is sound, else SQLite's findings (as
        `integrity_problems`); raises what it raises (StorageError when the file cannot be opened
        at all, which says nothing about its contents)."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._problems


def start_quick_check(path: Path) -> BackgroundQuickCheck | None:
    """Start the check for an existing, non-empty file in a usable place; None otherwise (a new
    file needs no check, and a blocked place is reported by `open_database` in its own words)."""
    try:
        if not path.is_file() or path.stat().st_size == 0 or location_problem(path):
            return None
    except OSError:
        return None
    return BackgroundQuickCheck(path)

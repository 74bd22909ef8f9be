"""One sync at a time per laptop database, across processes.

The app's Synkronoi, a `python main.py sync` in a terminal and a double click must not run two
syncs of one database at once (two pushes of the same dirty rows under different op ids, two
pulls racing on the cursor). An exclusive OS lock on a file beside the database does it: the
operating system releases it when the holding process ends in any way (even SIGKILL or a power
cut's reboot), so a killed sync never leaves a stale lock behind. The file itself stays; only the
lock on it matters.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop_app.sync.errors import SyncBusyError

BUSY_MESSAGE = ("Tämän tietokannan synkronointi on jo käynnissä (toisessa ikkunassa tai "
                "komennossa). Odota, että se valmistuu, ja yritä sitten uudelleen. Mitään ei muutettu.")


_held = threading.local()  # paths whose lock this thread holds: nested use is not a second sync


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".sync-lock")


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt
        os.lseek(fd, 0, os.SEEK_SET)  # msvcrt locks bytes from the current position
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl
        fcntl.flock(fd, fcntl.LOCK_UN)


@contextmanager
def sync_lock(db_path: Path) -> Iterator[None]:
    """Hold the database's sync lock, or raise SyncBusyError at once (never wait).

    Re-entrant in the thread that holds it (synchronize() locks before connecting, the engine
    again inside). flock conflicts between two open() calls even inside one process, so a sync
    started from another thread of the same app is refused too."""
    path = lock_path(Path(db_path).resolve())
    held: set[Path] = getattr(_held, "paths", None) or set()
    _held.paths = held
    if path in held:
        yield
        return
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if not _try_lock(fd):
            raise SyncBusyError(BUSY_MESSAGE)
        try:
            if sys.platform != "win32":  # the holder's pid, for a person looking; not trusted
                os.ftruncate(fd, 0)
                os.write(fd, f"{os.getpid()}\n".encode())
            held.add(path)
            yield
        finally:
            held.discard(path)
            _unlock(fd)
    finally:
        os.close(fd)

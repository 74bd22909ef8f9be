"""Who has a database open, across processes: shared for users, exclusive for replacing it.

Every process that opens a database through `migrate.open_database` (the app, each CLI command)
holds a SHARED OS lock on a file beside it (`<name>.open-lock`) until it disposes the database.
An operation that replaces or rewrites the file under other users (`restore`, `check --repair`,
a schema migration at open) needs the lock EXCLUSIVELY and refuses at once, without waiting,
while anyone else holds it: otherwise the other process would keep writing into a file that is
no longer the database, and its "Tallennettu" would be a lie (issue 13, item 7).

The operating system releases the locks when a process ends in any way (SIGKILL included), so a
crash never leaves a stale lock. POSIX uses flock(2) shared/exclusive locks. Windows' msvcrt has
only exclusive byte-range locks, so there a user locks one byte of its own in a range and an
exclusive holder must lock the whole range (the same semantics, built from byte ranges).
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop_app.domain.errors import StorageError
from desktop_app.storage.failures import describe_os_error

IN_USE_MESSAGE = ("Tietokanta on auki toisessa Kuntapalaute-ikkunassa tai -komennossa. Sulje se "
                  "ja yritä uudelleen. Mitään ei muutettu.")
BEING_REPLACED_MESSAGE = ("Tietokantaa palautetaan tai korjataan parhaillaan toisessa ikkunassa tai "
                          "komennossa. Odota, että se valmistuu, ja avaa sitten uudelleen.")
SHARED_WAIT_S = 5.0  # a restore or repair takes seconds; an open waits that long, then says why
_SLOTS = 4096  # Windows: users take one byte each in 1..SLOTS; exclusive takes 0..SLOTS

_guard = threading.Lock()
_exclusive: set[Path] = set()  # paths this process holds exclusively (its own opens pass)


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".open-lock")


def _key(db_path: Path) -> Path:
    return Path(os.path.abspath(db_path))


def _open_lock_file(db_path: Path) -> int:
    try:
        return os.open(lock_path(db_path), os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise StorageError(describe_os_error(exc, lock_path(db_path))) from exc


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock_range(fd: int, start: int, length: int) -> bool:
        os.lseek(fd, start, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, length)
        except OSError:
            return False
        return True

    def _unlock_range(fd: int, start: int, length: int) -> None:
        os.lseek(fd, start, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, length)

    def _try_shared(fd: int) -> int | None:
        for slot in range(1, _SLOTS + 1):
            if _lock_range(fd, slot, 1):
                return slot
        return None

    def _release_shared(fd: int, slot: int) -> None:
        _unlock_range(fd, slot, 1)

    def _try_exclusive(fd: int) -> bool:
        return _lock_range(fd, 0, _SLOTS + 1)

    def _release_exclusive(fd: int) -> None:
        _unlock_range(fd, 0, _SLOTS + 1)
else:
    import fcntl

    def _try_shared(fd: int) -> int | None:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return None
        return 0

    def _release_shared(fd: int, slot: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    def _try_exclusive(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _release_exclusive(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class SharedUse:
    """This process uses the database: held from open to dispose. `release` is idempotent."""

    def __init__(self, db_path: Path, *, wait_s: float = SHARED_WAIT_S) -> None:
        self.path = _key(db_path)
        self._fd: int | None = None
        self._slot: int | None = None
        with _guard:
            if self.path in _exclusive:
                return  # this process is restoring/repairing it and opens it itself
        fd = _open_lock_file(self.path)
        deadline = time.monotonic() + wait_s
        while (slot := _try_shared(fd)) is None:
            if time.monotonic() >= deadline:
                os.close(fd)
                raise StorageError(BEING_REPLACED_MESSAGE)
            time.sleep(0.05)
        self._fd, self._slot = fd, slot

    def upgrade(self) -> _Upgrade:
        """Exclusive for a while (a migration), back to shared afterwards; StorageError at once
        when another process also has the database open."""
        return _Upgrade(self)

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _release_shared(fd, self._slot or 0)
        finally:
            os.close(fd)


class _Upgrade:
    def __init__(self, use: SharedUse) -> None:
        self.use = use

    def __enter__(self) -> None:
        fd = self.use._fd
        if fd is None:
            return  # the process already holds it exclusively
        if sys.platform == "win32":  # pragma: no cover
            _release_shared(fd, self.use._slot or 0)
            if not _try_exclusive(fd):
                self.use._slot = _try_shared(fd)
                raise StorageError(_migration_refused())
        elif not _try_exclusive(fd):  # flock converts the lock held on this descriptor
            raise StorageError(_migration_refused())

    def __exit__(self, *exc: object) -> None:
        fd = self.use._fd
        if fd is None:
            return
        if sys.platform == "win32":  # pragma: no cover
            _release_exclusive(fd)
        self.use._slot = _try_shared(fd)


def _migration_refused() -> str:
    return ("Tietokannan rakenne pitää päivittää tälle versiolle, mutta tietokanta on auki "
            "toisessa Kuntapalaute-ikkunassa tai -komennossa. Sulje se ja avaa uudelleen. "
            "Mitään ei muutettu.")


@contextmanager
def exclusive_use(db_path: Path, *, refusal: str = IN_USE_MESSAGE) -> Iterator[None]:
    """Hold the database alone (no other process has it open) or raise StorageError(refusal) at
    once. Re-entrant within the process; `open_database` inside it opens without a second lock."""
    path = _key(db_path)
    with _guard:
        nested = path in _exclusive
    if nested:
        yield
        return
    fd = _open_lock_file(path)
    try:
        if not _try_exclusive(fd):
            raise StorageError(refusal)
        with _guard:
            _exclusive.add(path)
        try:
            yield
        finally:
            with _guard:
                _exclusive.discard(path)
            _release_exclusive(fd)
    finally:
        os.close(fd)

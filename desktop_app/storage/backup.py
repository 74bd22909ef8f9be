"""Backups through SQLite's online backup API (never a file copy of an open database)."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.errors import StorageError
from desktop_app.storage.failures import describe_os_error, describe_storage_failure, location_problem
from desktop_app.storage.use_lock import exclusive_use

AUTO_PREFIX = "auto-"
KEEP_AUTOMATIC = 10
AUTO_INTERVAL = dt.timedelta(hours=6)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    automatic: bool
    size: int


def readonly_uri(path: Path) -> str:
    """`path` as an SQLite URI filename opened read-only (https://sqlite.org/uri.html): "file:"
    and the path as given, with only the characters that would end or change it escaped ("%",
    "?", "#"). Unescaped, a "#" in a folder name ("Kokous #3") ended the file name, and the check
    opened (and created) an empty file beside the folder and found it sound. Everything else
    (drive letters, backslashes, network paths) is passed exactly as before."""
    text = str(path).replace("%", "%25").replace("?", "%3F").replace("#", "%23")
    return f"file:{text}?mode=ro"


def _connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    if readonly:
        return sqlite3.connect(readonly_uri(path), uri=True, timeout=10)
    return sqlite3.connect(path, timeout=10)


def integrity_problems(path: Path, *, quick: bool = False) -> list[str]:
    """Empty when the file is sound; otherwise SQLite's own findings (or why it can't be read).

    Raises StorageError (Finnish, naming the cause) when the file cannot be opened at all (a
    read-only or missing folder, no permission, locked): that says nothing about its contents,
    so no caller may treat such a file as damaged and set it aside or overwrite it."""
    if not path.exists():
        return [f"Tiedostoa ei ole: {path}"]
    try:
        conn = _connect(path, readonly=True)
        try:
            pragma = "quick_check" if quick else "integrity_check"
            rows = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}")]
            rows += [f"viiteavain rikki: {row}" for row in conn.execute("PRAGMA foreign_key_check")]
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if _cannot_open(exc):
            raise StorageError(describe_storage_failure(exc, path)) from exc
        return [f"tiedostoa ei voi lukea tietokantana (SQLite: {exc})"]
    except sqlite3.DatabaseError as exc:
        return [f"tiedosto ei ole tietokanta tai se on vioittunut (SQLite: {exc})"]
    return [] if rows == ["ok"] else [row for row in rows if row != "ok"]


def _cannot_open(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return any(part in text for part in ("unable to open", "readonly", "read-only", "locked",
                                         "disk i/o"))


def copy_database(source: Path, target: Path) -> None:
    """Consistent snapshot of `source` into a new owner-only file `target`. Raises StorageError
    (Finnish, naming the cause) when either side cannot be used."""
    tmp = target.with_name(target.name + ".tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp.unlink(missing_ok=True)
        fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except OSError as exc:
        raise StorageError(f"Varmuuskopiointi epäonnistui. {describe_os_error(exc, target)}") from exc
    try:
        src = _connect(source, readonly=True)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
            src.close()
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        reason = describe_storage_failure(exc, source if isinstance(exc, sqlite3.Error) else None)
        raise StorageError(f"Varmuuskopiointi epäonnistui. {reason}") from exc


def backup_now(db_path: Path, backup_dir: Path, *, automatic: bool = True,
               label: str = "") -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    prefix = AUTO_PREFIX if automatic else ""
    suffix = f"-{label}" if label else ""
    target = backup_dir / f"{prefix}{db_path.stem}-{stamp}{suffix}.db"
    copy_database(db_path, target)
    if automatic:
        rotate(backup_dir)
    return target


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """Newest first."""
    if not backup_dir.is_dir():
        return []
    found = []
    for path in backup_dir.glob("*.db"):
        stat = path.stat()
        found.append(BackupInfo(
            path=path,
            created=dt.datetime.fromtimestamp(stat.st_mtime),
            automatic=path.name.startswith(AUTO_PREFIX),
            size=stat.st_size,
        ))
    return sorted(found, key=lambda info: (info.created, info.path.name), reverse=True)


def rotate(backup_dir: Path, keep: int = KEEP_AUTOMATIC) -> None:
    automatic = [info for info in list_backups(backup_dir) if info.automatic]
    for info in automatic[keep:]:
        info.path.unlink(missing_ok=True)


def automatic_backup_due(backup_dir: Path, now: dt.datetime | None = None) -> bool:
    automatic = [info for info in list_backups(backup_dir) if info.automatic]
    if not automatic:
        return True
    return (now or dt.datetime.now()) - automatic[0].created >= AUTO_INTERVAL


def latest_good_backup(backup_dir: Path) -> BackupInfo | None:
    for info in list_backups(backup_dir):
        try:
            if not integrity_problems(info.path, quick=True):
                return info
        except StorageError:
            continue  # unreadable here: not a backup to offer

    return None


def set_aside(db_path: Path, reason: str) -> Path:
    """Move the database and its WAL/SHM out of the way, keeping them; returns the new path."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.stem}.{reason}-{stamp}{db_path.suffix}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(db_path) + suffix)
        if part.exists():
            os.replace(part, Path(str(aside) + suffix))
    return aside


RESTORE_REFUSED = ("Tietokantaa ei palautettu: se on auki toisessa Kuntapalaute-ikkunassa tai "
                   "-komennossa. Sulje se ja yritä uudelleen. Mitään ei muutettu.")


def restore(backup_file: Path, db_path: Path, backup_dir: Path) -> Path | None:
    """Replace `db_path` with `backup_file`. The current file is never destroyed: it is backed up
    when readable, and set aside otherwise. Close every connection to `db_path` first.

    Raises StorageError (nothing changed) while any process, this one included, has the database
    open through `open_database`."""
    problems = integrity_problems(backup_file)
    if problems:
        raise StorageError(f"Varmuuskopio {backup_file.name} on vioittunut: {problems[0]}")
    blocked = location_problem(db_path)
    if blocked:
        raise StorageError(f"Palautus ei onnistu. {blocked}")
    # Nobody else may have the file open: their next save would go into the replaced file and be
    # lost while they show "Tallennettu". Refuse at once instead (issue 13, item 7).
    with exclusive_use(db_path, refusal=RESTORE_REFUSED):
        aside: Path | None = None
        if db_path.exists():
            if integrity_problems(db_path, quick=True):
                aside = set_aside(db_path, "vioittunut")
            else:
                aside = backup_now(db_path, backup_dir, automatic=False, label="ennen-palautusta")
                for suffix in ("", "-wal", "-shm"):
                    Path(str(db_path) + suffix).unlink(missing_ok=True)
        copy_database(backup_file, db_path)
    return aside

"""One mapping from what the OS and SQLite say (in English) to what a user reads (Finnish).

Every command and the app pass database failures through `describe_storage_failure` and file
system failures through `describe_os_error`; where the raw message is vague ("unable to open
database file"), `location_problem` looks at the folder and the file to name the real cause (a
read-only folder, a read-only file, a missing folder). Imports only the standard library, so the
CLI can use it without loading SQLAlchemy.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

_OS_MESSAGES = {
    errno.EROFS: "levy tai kansio on vain luku -tilassa",
    errno.EACCES: "käyttöoikeus ei riitä",
    errno.EPERM: "käyttöoikeus ei riitä",
    errno.ENOENT: "tiedostoa tai kansiota ei ole",
    errno.ENOTDIR: "polun osa ei ole kansio",
    errno.EISDIR: "polku on kansio, ei tiedosto",
    errno.ENOSPC: "levy on täynnä",
    errno.EDQUOT: "levykiintiö on täynnä",
    errno.EIO: "levyn luku- tai kirjoitusvirhe",
    errno.ENAMETOOLONG: "tiedostonimi on liian pitkä",
    errno.EBUSY: "tiedosto on toisen ohjelman käytössä",
}


def os_reason(exc: OSError) -> str:
    """Just the cause, in Finnish: 'levy tai kansio on vain luku -tilassa' (errno's symbolic name
    for causes without a Finnish text, never the OS's English sentence)."""
    reason = _OS_MESSAGES.get(exc.errno or 0)
    return reason or f"käyttöjärjestelmän virhe {errno.errorcode.get(exc.errno or 0, exc.errno)}"


def describe_os_error(exc: OSError, path: Path | str | None = None) -> str:
    """'Tiedostoa /x/y ei voitu käsitellä: levy tai kansio on vain luku -tilassa.' (Finnish, one
    line). The path is the one the error names, else `path`; the errno's symbolic name stands in
    for causes without a Finnish text, never the OS's English sentence."""
    where = exc.filename if exc.filename is not None else path
    reason = os_reason(exc)
    target = f" {os.fsdecode(where)}" if where is not None else ""
    return f"Tiedostoa{target} ei voitu käsitellä: {reason}."


def _read_only_mount(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def location_problem(db_path: Path, *, write: bool = True) -> str | None:
    """Why `db_path` cannot be opened (for writing, or for reading when `write` is False), in
    Finnish, or None when the folder and the file look usable. A WAL database needs to create its
    -wal and -shm files beside it, so even reading needs a writable folder."""
    folder = db_path.parent
    if not folder.exists():
        return f"Tietokannan kansiota {folder} ei ole. Tarkista polku (--db tai KUNTAPALAUTE_DB)."
    if not folder.is_dir():
        return f"Tietokannan polun osa {folder} ei ole kansio. Tarkista polku."
    if db_path.is_dir():
        return f"{db_path} on kansio, ei tietokantatiedosto. Tarkista polku."
    if _read_only_mount(folder) or not os.access(folder, os.W_OK | os.X_OK):
        return (f"Tietokannan kansio {folder} on vain luku -tilassa, eikä tietokantaa voi käyttää "
                "siinä. Siirrä tiedosto kansioon, johon sinulla on kirjoitusoikeus, tai korjaa "
                "kansion oikeudet.")
    if db_path.exists():
        if not os.access(db_path, os.R_OK):
            return f"Tietokantatiedostoa {db_path} ei voi lukea: käyttöoikeus ei riitä."
        if write and not _writable_file(db_path):
            return (f"Tietokantatiedosto {db_path} on vain luku -tilassa. Korjaa tiedoston "
                    "oikeudet tai käytä sen kopiota.")
    return None


def _writable_file(path: Path) -> bool:
    """os.access says yes to root even for a read-only bind mount of one file; opening tells."""
    if not os.access(path, os.W_OK):
        return False
    try:
        fd = os.open(path, os.O_WRONLY)
    except OSError:
        return False
    os.close(fd)
    return True


def describe_storage_failure(exc: BaseException, path: Path | None = None) -> str:
    """SQLite's (or SQLAlchemy's wrapping) error as one Finnish sentence. With `path`, a vague
    'unable to open' or 'readonly' names the real cause found by `location_problem`."""
    if isinstance(exc, OSError):
        return describe_os_error(exc, path)
    text = str(getattr(exc, "orig", exc)).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return "Levy on täynnä: muutosta ei voitu tallentaa. Vapauta levytilaa ja yritä uudelleen."
    if "locked" in text or "busy" in text:
        return "Tietokanta on toisen ohjelman käytössä. Sulje muut Kuntapalaute-ikkunat ja yritä uudelleen."
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return "Tietokantatiedosto on vioittunut. Palauta se varmuuskopiosta."
    if "readonly" in text or "read-only" in text or "unable to open" in text or "disk i/o" in text:
        found = location_problem(path) if path is not None else None
        if found:
            return found
        if "unable to open" in text:
            return "Tietokantatiedostoa ei voitu avata. Tarkista polku ja oikeudet."
        if "disk i/o" in text:
            return "Tietokantaa ei voitu lukea tai kirjoittaa (levyvirhe). Tarkista levy ja oikeudet."
        return "Tietokantaan ei voi kirjoittaa (vain luku). Tarkista tiedoston ja kansion oikeudet."
    return f"Tietokantavirhe: {getattr(exc, 'orig', exc)}"


def translate_failure(exc: BaseException) -> tuple[str, bool] | None:
    """(Finnish message, is it the database) for an OS or database error that reached the top
    of a command unhandled; None for any other exception. Used by the CLI's last resort so that
    no raw English from the OS or SQLite reaches the user."""
    import sqlite3
    import sys

    if isinstance(exc, OSError):
        return describe_os_error(exc), False
    database_errors: tuple[type[BaseException], ...] = (sqlite3.Error,)
    if "sqlalchemy" in sys.modules:  # loaded by every command that opened a database
        from sqlalchemy.exc import DBAPIError

        database_errors += (DBAPIError,)
    if isinstance(exc, database_errors):
        return describe_storage_failure(exc), True
    return None

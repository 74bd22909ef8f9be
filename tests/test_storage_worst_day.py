"""The disk fills up mid-meeting; two windows write at once. Nothing half-written, nothing lost."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import event

from desktop_app.domain.enums import FeedbackKind
from desktop_app.domain.errors import StorageError
from desktop_app.services import Services
from desktop_app.storage.database import Database
from desktop_app.storage.migrate import open_database


def _dump(path: Path) -> dict[str, list[tuple]]:
    raw = sqlite3.connect(path)
    try:
        names = [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: sorted(raw.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    finally:
        raw.close()


def test_disk_full_gives_a_clear_error_and_keeps_everything(services: Services, make_feedback,
                                                             db: Database) -> None:
    saved = make_feedback("Tämä on jo tallessa.")
    db.engine.dispose()
    page_limit: dict[str, int] = {}

    @event.listens_for(db.engine, "connect")
    def _cap(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # SQLITE_FULL the honest way: the file may not grow past its current size.
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        page_limit.setdefault("pages", pages)
        dbapi_connection.execute(f"PRAGMA max_page_count = {page_limit['pages']}")

    before = _dump(db.path)
    with pytest.raises(StorageError, match="Levy on täynnä"):
        services.feedback.add(saved.meeting_id, FeedbackKind.QUESTION, "iso " * 50_000)
    assert _dump(db.path) == before
    assert services.feedback.get(saved.id).text == "Tämä on jo tallessa."


def test_two_writers_at_once_both_land(db_path: Path, db: Database, make_meeting) -> None:
    meeting = make_meeting()
    second = open_database(db_path, "Toinen ikkuna")
    errors: list[BaseException] = []

    def write(database: Database, label: str) -> None:
        services = Services.for_database(database)
        try:
            for n in range(40):
                services.feedback.add(meeting.id, FeedbackKind.QUESTION, f"{label} {n}")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(d, label))
               for d, label in ((db, "eka"), (second, "toka"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    second.dispose()
    assert errors == []
    texts = [i.text for i in Services.for_database(db).feedback.list_for_meeting(meeting.id)]
    assert sorted(texts) == sorted([f"eka {n}" for n in range(40)] + [f"toka {n}" for n in range(40)])

"""Helpers for the exchange tests: a full table dump to prove "unchanged", and bundle editing."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.exchange.bundle import bundle_bytes, checksum
from desktop_app.storage.database import Database


def dump_database(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (audit log and FTS index included), in a stable order."""
    connection = sqlite3.connect(db.path)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%_config' AND name NOT LIKE '%_data' AND name NOT LIKE '%_idx' "
            "AND name NOT LIKE '%_docsize' AND name NOT LIKE '%_content' ORDER BY name")]
        return {table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
                for table in tables}
    finally:
        connection.close()


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def save(bundle: dict[str, Any], path: Path, *, fix_checksum: bool = True) -> Path:
    """Write an edited bundle; by default with counts and checksum recomputed, so the edit itself
    (not a stale checksum) is what the importer has to catch."""
    if fix_checksum and isinstance(bundle.get("data"), dict):
        try:
            bundle["manifest"]["counts"] = {k: len(v) for k, v in bundle["data"].items()}
            bundle["manifest"]["sha256"] = checksum(bundle["data"])
        except (TypeError, KeyError, AttributeError):
            pass
    path.write_bytes(bundle_bytes(bundle))
    return path


AWKWARD_TEXT = '=SUM(A1) Äänestys "lainaus"; pilkku, rivi\nvaihto ja €-merkki – ÅÖ 🌲 -loppu'


class DemoSource:
    """A demo database (DemoService) with an edit, a tombstone and awkward text, exported once."""

    def __init__(self, folder: Path) -> None:
        from sqlalchemy import select

        from desktop_app.domain.enums import MeetingStatus
        from desktop_app.exchange.bundle import export_bundle
        from desktop_app.exchange.scope import parse_scope
        from desktop_app.services import Services
        from desktop_app.services.demo import DemoService
        from desktop_app.storage import models as m
        from desktop_app.storage.migrate import open_database

        self.db_path = folder / "lahde.db"
        db = open_database(self.db_path, "Lähde Käyttäjä")
        try:
            DemoService(db).create(current_year=2026)
            services = Services.for_database(db)
            with db.read() as session:
                open_items = list(session.scalars(
                    select(m.Feedback.id).join(m.Meeting, m.Meeting.id == m.Feedback.meeting_id)
                    .where(m.Meeting.status == MeetingStatus.IN_PROGRESS).order_by(m.Feedback.id)))
                self.meeting_id = session.scalar(select(m.Feedback.meeting_id)
                                                 .where(m.Feedback.id == open_items[0]))
            services.feedback.update(open_items[0], text=AWKWARD_TEXT)
            services.feedback.delete(open_items[1])
            self.edited_id, self.deleted_id = open_items[0], open_items[1]
            self.all = folder / "kaikki.json"
            self.meeting = folder / "neuvottelu.json"
            export_bundle(db, parse_scope("all"), self.all)
            export_bundle(db, parse_scope(f"meeting:{self.meeting_id}"), self.meeting)
        finally:
            db.dispose()


@pytest.fixture(scope="session", name="demo_source")
def demo_source_fixture(tmp_path_factory: pytest.TempPathFactory) -> DemoSource:
    return DemoSource(tmp_path_factory.mktemp("exchange_demo"))


@pytest.fixture(name="empty_db")
def empty_db_fixture(tmp_path: Path) -> Iterator[Database]:
    """Truly empty: no seeded municipalities or sectors (a fresh central copy, say)."""
    from desktop_app.storage.migrate import open_database
    database = open_database(tmp_path / "tyhja.db", "Vastaanottaja", seed=False)
    yield database
    database.dispose()


REPO_ROOT = Path(__file__).resolve().parent.parent

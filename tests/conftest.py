"""Shared fixtures: every test gets a fresh, real SQLite file in its own temporary folder."""

from __future__ import annotations

import ctypes
import importlib.metadata
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt tests run headless; set here (configuration), not inside test modules.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.domain.enums import FeedbackKind
from desktop_app.domain.records import FeedbackRecord, MeetingRecord, RoundRecord
from desktop_app.services import Services
from desktop_app.storage.database import Database
from desktop_app.storage.migrate import open_database

REPO_ROOT = Path(__file__).resolve().parent.parent


def _qt_refcount_reserve() -> list[object]:
    """PySide6 6.12.0 on Python 3.11 loses references to None (and True/False) in its bindings
    (tests/test_ui_qt_refcount.py); a long UI test run then aborts at exit with 'none_dealloc'
    / 'bool_dealloc' after every test passed. Spare references keep the counts above zero until
    the environment moves to Python 3.12+ (immortal singletons) or a fixed PySide6."""
    if sys.version_info >= (3, 12):
        return []
    try:
        version = importlib.metadata.version("shiboken6")
    except importlib.metadata.PackageNotFoundError:
        return []
    return [None, True, False] * 300_000 if version.startswith("6.12.0") else []


_QT_REFCOUNT_RESERVE = _qt_refcount_reserve()
# Never freed (as in desktop_app/ui/refcount_guard.py): released at interpreter exit, the reserve
# would hand back references the binding already lost and end a passing run with "bool_dealloc".
ctypes.pythonapi.Py_IncRef(ctypes.py_object(_QT_REFCOUNT_RESERVE))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kuntapalaute.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path, "Testi Käyttäjä")
    yield database
    database.dispose()


@pytest.fixture
def services(db: Database) -> Services:
    return Services.for_database(db)


@pytest.fixture
def make_round(services: Services):
    def factory(year: int = 2026) -> RoundRecord:
        return services.rounds.plan_round(year)
    return factory


@pytest.fixture
def make_meeting(services: Services, make_round):
    def factory(year: int = 2026, municipality: str = "290") -> MeetingRecord:
        try:
            round_ = services.rounds.find_by_year(year)
        except Exception:
            round_ = make_round(year)
        return services.meetings.find(round_.id, municipality)
    return factory


@pytest.fixture
def make_feedback(services: Services, make_meeting):
    def factory(text: str = "Liikenneyhteydet ovat tärkeitä.", *, meeting: MeetingRecord | None = None,
                sector_code: str | None = "LII",
                kind: FeedbackKind = FeedbackKind.SECTOR_COMMENT) -> FeedbackRecord:
        meeting = meeting or make_meeting()
        sector_id = services.sectors.find(sector_code).id if sector_code else None
        return services.feedback.add(meeting.id, kind, text, sector_id=sector_id)
    return factory


# -- sync: a throwaway PostgreSQL server for the whole session, and a central store per test --

@pytest.fixture(scope="session")
def postgres_server():
    from sync_support import start_postgres_or_skip
    server = start_postgres_or_skip()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def central_url(request, tmp_path: Path) -> str:
    """A fresh, empty central store: a SQLite file always, and a PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'keskus.db'}"
    server = request.getfixturevalue("postgres_server")
    return server.admin_url(server.new_database())

"""Shared fixtures: every test gets a fresh, real SQLite file in its own temporary folder."""

from __future__ import annotations

import os
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
def elsewhere(db_path: Path) -> Iterator[Services]:
    """A second handle on the same file, as a colleague's sync or another window writes."""
    database = open_database(db_path, "Toinen Laite")
    yield Services.for_database(database)
    database.dispose()


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

class UnsavedQuestion:
    """The one mocked edge of "text on screen that was not saved" (ui/dialogs.ask_unsaved).

    A test that expects the question queues its answers (`answers.append(BACK)`) and reads
    `asked` (one list of Unsaved entries per question, with `closing`). A question nobody
    expected is answered "Jatka/Sulje tallentamatta" so the window never hangs under
    pytest-qt, and the test fails at teardown: it must say which answer it expects."""

    def __init__(self) -> None:
        self.answers: list[str] = []
        self.asked: list[tuple[list, bool]] = []
        self.unexpected = 0

    def __call__(self, parent, entries, closing):  # type: ignore[no-untyped-def]
        self.asked.append((list(entries), closing))
        if self.answers:
            return self.answers.pop(0)
        self.unexpected += 1
        return "discard"


@pytest.fixture(autouse=True)
def unsaved_question(monkeypatch) -> Iterator[UnsavedQuestion]:  # type: ignore[no-untyped-def]
    question = UnsavedQuestion()
    monkeypatch.setattr("desktop_app.ui.dialogs.ask_unsaved", question)
    yield question
    assert not question.unexpected, (
        f"the unsaved-text question was asked {question.unexpected} time(s) without an expected "
        f"answer: {[[(e.message, e.text) for e in entries] for entries, _c in question.asked]}")


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


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    """The Finnish search measurements (tests/test_search_finnish.py), also without -s."""
    import sys

    # The module may be imported under two names (as a test file and by other tests).
    for name in ("test_search_finnish", "tests.test_search_finnish"):
        module = sys.modules.get(name)
        if module is not None and module.REPORT:
            terminalreporter.write_sep("-", "Finnish search: recall and precision")
            for line in module.REPORT:
                terminalreporter.write_line(line)
            return

"""The first screen read with plain sqlite3 (start-up before the services load) gives the very
records the ORM services give, and the stand-in for the services answers only those reads."""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys

from desktop_app.domain.enums import MeetingStatus
from desktop_app.services import Services
from desktop_app.services.demo import DemoService
from desktop_app.services.first_screen import ServicesLoader, StartingServices, read_first_screen
from desktop_app.storage.migrate import open_database


def _varied(services: Services) -> None:
    """Demo data plus what the queries must tell apart: a deleted item, a retired sector with
    comments, a meeting with date, time and status, a deleted managers' meeting."""
    DemoService(services.db).create(current_year=2026)
    newest = services.rounds.list_rounds()[0]
    open_ = [s.meeting for s in services.rounds.overview(newest.id)
             if s.meeting.status in (MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS)]
    first, second = open_[0], open_[1]
    items = services.feedback.list_for_meeting(first.id)
    services.feedback.delete(items[0].id)
    sector_ids = [item.sector_id for item in services.feedback.list_for_meeting(second.id) if item.sector_id]
    services.sectors.retire(sector_ids[0])
    services.meetings.update_details(first.id, meeting_date=dt.date(2026, 3, 4), start_time=dt.time(9, 30),
                                     place="Kuhmo-talo")
    services.meetings.set_status(second.id, MeetingStatus.CLOSED)
    year = services.managers.years()[0]
    services.managers.delete(services.managers.list_meetings(year)[-1].meeting.id)


def test_the_first_screen_is_what_the_services_read(services: Services) -> None:
    _varied(services)
    first = read_first_screen(services.db.path)
    assert first is not None and first.has_rounds
    assert first.rounds == services.rounds.list_rounds()
    assert first.round_id == first.rounds[0].id
    overview = services.rounds.overview(first.round_id)
    assert first.overview == overview
    assert {s.item_count for s in overview} != {0} and {s.sectors_covered for s in overview} != {0}
    assert first.municipalities == services.rounds.municipalities()
    assert first.managers_years == services.managers.years()
    managers = services.managers.list_meetings(first.managers_years[0])
    assert first.managers_meetings == managers
    assert any(s.matter_count for s in managers) and any(s.open_agreements for s in managers)


def test_an_empty_database_has_an_empty_first_screen(services: Services) -> None:
    first = read_first_screen(services.db.path)
    assert first is not None and not first.has_rounds
    assert (first.rounds, first.overview, first.managers_years, first.managers_meetings) == ([], [], [], [])
    assert first.municipalities == services.rounds.municipalities()


def test_a_file_behind_the_schema_head_is_left_to_the_migration(services: Services, tmp_path) -> None:
    services.rounds.plan_round(2026)
    services.db.dispose()
    with sqlite3.connect(services.db.path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0008_older'")
    assert read_first_screen(services.db.path) is None
    assert read_first_screen(tmp_path / "uusi.db") is None
    (tmp_path / "roskaa.db").write_bytes(b"roskaa" * 1000)
    assert read_first_screen(tmp_path / "roskaa.db") is None


def test_the_stand_in_answers_the_first_screen_and_waits_for_the_rest(services: Services) -> None:
    _varied(services)
    path, actor = services.db.path, services.db.actor
    first = read_first_screen(path)
    assert first is not None
    loader = ServicesLoader(path, actor)
    starting = StartingServices(loader, first)
    assert starting.rounds.list_rounds() == first.rounds
    assert starting.rounds.overview(first.round_id) == first.overview
    assert starting.managers.years() == first.managers_years
    assert not loader.ready.is_set()   # the first screen needs no services
    try:
        # anything else loads the services and is theirs
        sectors = starting.sectors.list_sectors()
        assert loader.ready.is_set() and starting.loaded
        assert sectors == services.sectors.list_sectors()
        assert isinstance(starting.real, Services) and starting.db.actor == actor
        assert type(starting.rounds).__name__ == "RoundService"   # the snapshot is no longer used
        assert starting.rounds.list_rounds() == services.rounds.list_rounds()
    finally:
        loader.dispose()


def test_the_stand_in_is_imported_without_sqlalchemy() -> None:
    import subprocess

    from conftest import REPO_ROOT

    code = ("import sys\nimport desktop_app.services.first_screen, desktop_app.storage.startup_check\n"
            "print('sqlalchemy' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO_ROOT,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_the_loader_never_opens_a_file_the_quick_check_found_damaged(tmp_path) -> None:
    from desktop_app.domain.errors import StorageError
    from desktop_app.storage.startup_check import BackgroundQuickCheck

    path = tmp_path / "roskaa.db"
    path.write_bytes(b"roskaa" * 1000)
    loader = ServicesLoader(path, "AK", BackgroundQuickCheck(path))
    try:
        loader.services()
    except StorageError as exc:
        assert "vioittunut" in str(exc)
    else:
        raise AssertionError("a damaged file was opened")
    assert path.read_bytes() == b"roskaa" * 1000


def test_open_database_still_reads_what_the_first_screen_read(tmp_path) -> None:
    """After the stand-in, the real open (triggers, reference data) changes nothing it showed."""
    path = tmp_path / "k.db"
    database = open_database(path, "AK")
    services = Services.for_database(database)
    _varied(services)
    database.dispose()
    first = read_first_screen(path)
    database = open_database(path, "AK")
    try:
        again = Services.for_database(database)
        assert first is not None and first.overview == again.rounds.overview(first.round_id)
    finally:
        database.dispose()

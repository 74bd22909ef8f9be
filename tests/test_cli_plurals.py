"""CLI counts agree with their number ("1 osuma", "3 osumaa"), through the glossary's counts."""

from __future__ import annotations

from pathlib import Path

from desktop_app.domain.enums import FeedbackKind
from desktop_app.services import Services
from tests.test_cli import run
from tests.test_search_finnish import needs_voikko


@needs_voikko
def test_search_suggestion_with_one_hit_says_1_osuma_not_1_osuman(
        services: Services, make_meeting, db_path: Path) -> None:
    meeting = make_meeting(2026, "290")
    services.feedback.add(meeting.id, FeedbackKind.QUESTION, "Lentoliikenne puuttuu.")
    services.db.dispose()
    found = run("--db", str(db_path), "search", "lentoliikenne")
    assert found.returncode == 0, found.stderr
    assert found.stdout.startswith("1 osuma haulle 'lentoliikenne'")
    suggested = run("--db", str(db_path), "search", "lentoliikennevero")
    assert "Kokeile: kuntapalaute search 'lentoliikenne' (1 osuma)" in suggested.stdout, suggested.stdout
    filtered = run("--db", str(db_path), "search", "lentoliikenne", "--municipality", "Kajaani")
    assert "löytyy 1 osuma: kuntapalaute search 'lentoliikenne'" in filtered.stdout, filtered.stdout


def test_planning_a_single_managers_meeting_says_1_kuntajohtajakokous(db_path: Path) -> None:
    result = run("--db", str(db_path), "managers", "plan", "2027", "--skip", "1,2,3,4,5,6,7,8,9,10,11")
    assert result.returncode == 0, result.stderr
    assert "Suunniteltu 1 kuntajohtajakokous vuodelle 2027:" in result.stdout, result.stdout


def test_every_bad_managers_argument_exits_2_and_a_refused_plan_exits_1(db_path: Path) -> None:
    """README: 2 is bad usage. 'abc' as a year and 25.00 as a time are as bad as --week 5."""
    for args in (("plan", "abc"), ("plan", "2027", "--time", "25.00"), ("plan", "2027", "--week", "5"),
                 ("add", "31.2.2027"), ("list", "abc")):
        result = run("--db", str(db_path), "managers", *args)
        assert result.returncode == 2, (args, result.stderr)
        assert result.stderr.startswith("Virhe: ") and "Traceback" not in result.stderr
    assert run("--db", str(db_path), "managers", "plan", "2027").returncode == 0
    again = run("--db", str(db_path), "managers", "plan", "2027")
    assert again.returncode == 1 and "on jo suunniteltu" in again.stderr

"""`kuntapalaute managers plan|add|list` and `report agenda|minutes|followups --kind`, run as a user
runs them: a real process on a real database, files read back, exit codes, one Finnish error line."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from managers_report_support import fill_managers_year
from report_pdf_tools import flat, page_texts

from desktop_app.services import Services
from desktop_app.storage.migrate import open_database
from tests.conftest import REPO_ROOT


def run(*args: str, cwd: Path = REPO_ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.run([sys.executable, str(REPO_ROOT / "main.py"), *args], capture_output=True,
                          text=True, env=env, cwd=cwd, timeout=120)


def one_error_line(result: subprocess.CompletedProcess[str], code: int, *words: str) -> None:
    assert result.returncode == code, (result.stdout, result.stderr)
    err = result.stderr.strip()
    assert err.startswith("Virhe: ") and len(err.splitlines()) == 1, err
    assert "Traceback" not in err
    for word in words:
        assert word in err, (word, err)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled_db(tmp_path: Path) -> Path:
    path = tmp_path / "k.db"
    db = open_database(path, "Sihteeri")
    fill_managers_year(Services.for_database(db))
    db.dispose()
    return path


def test_help_names_the_managers_commands() -> None:
    assert "managers" in run("--help").stdout
    result = run("managers", "--help")
    assert result.returncode == 0 and all(word in result.stdout for word in ("plan", "add", "list"))
    assert all(word in run("report", "--help").stdout for word in ("agenda", "minutes"))


def test_plan_the_year_list_it_and_refuse_to_plan_it_twice(tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    result = run("--db", db, "managers", "plan", "2026")
    assert result.returncode == 0, result.stderr
    assert "Suunniteltu 11 kuntajohtajakokousta vuodelle 2026" in result.stdout
    listed = run("--db", db, "managers", "list", "2026")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert len(lines) == 11
    assert "1/2026  ti 6.1.2026" in lines[0] and "7/2026  ti 4.8.2026" in lines[6]  # no July
    assert all("Kainuun liitto, Kajaani / Teams · suunniteltu · 0 asiaa" in line for line in lines)
    before = digest(tmp_path / "k.db")
    one_error_line(run("--db", db, "managers", "plan", "2026"), 1, "2026", "jo suunniteltu")
    assert digest(tmp_path / "k.db") == before
    empty = run("--db", db, "managers", "list", "2030")
    assert empty.returncode == 0 and "Vuodelle 2030 ei ole kuntajohtajakokouksia." in empty.stdout


def test_plan_with_a_weekday_week_skipped_months_time_place_and_link(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    result = run("--db", str(db), "managers", "plan", "2027", "--weekday", "ke", "--week", "viimeinen",
                 "--skip", "7", "--skip", "12", "--time", "13.15", "--place", "Sotkamon kunnantalo",
                 "--remote", "Teams-linkki kutsussa")
    assert result.returncode == 0, result.stderr
    database = open_database(db, "Testi")
    try:
        meetings = [s.meeting for s in Services.for_database(database).managers.list_meetings(2027)]
    finally:
        database.dispose()
    assert [m.meeting_date.month for m in meetings if m.meeting_date] == [1, 2, 3, 4, 5, 6, 8, 9, 10, 11]
    assert meetings[0].meeting_date == dt.date(2027, 1, 27)  # the last Wednesday of January
    assert all(m.meeting_date and m.meeting_date.weekday() == 2 for m in meetings)
    assert {(m.start_time, m.place, m.remote_link) for m in meetings} == {
        (dt.time(13, 15), "Sotkamon kunnantalo", "Teams-linkki kutsussa")}
    every_month = run("--db", str(db), "managers", "plan", "2028", "--skip", "ei")
    assert every_month.returncode == 0 and "Suunniteltu 12 kuntajohtajakokousta" in every_month.stdout


@pytest.mark.parametrize(("args", "words"), [
    (["--weekday", "tiistaina"], ["viikonpäivä 'tiistaina'", "ma, ti"]),
    (["--week", "5"], ["viikko '5'", "1–4"]),
    (["--skip", "13"], ["kuukausi '13'"]),
    (["--skip", "heinä"], ["kuukausi 'heinä'"]),
])
def test_bad_plan_options_are_usage_errors_that_write_nothing(tmp_path: Path, args: list[str],
                                                              words: list[str]) -> None:
    db = tmp_path / "k.db"
    one_error_line(run("--db", str(db), "managers", "plan", "2026", *args), 2, *words)
    assert not db.exists()


def test_bad_values_the_services_refuse_are_one_line(tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    # a value the services refuse as input is bad usage (2) like one argparse refuses
    one_error_line(run("--db", db, "managers", "plan", "2026", "--time", "yhdeksältä"), 2, "kellonaika")
    one_error_line(run("--db", db, "managers", "plan", "20266"), 2)
    one_error_line(run("--db", db, "managers", "add", "31.2.2026"), 2, "31.2.2026")
    one_error_line(run("--db", db, "managers", "plan", "2026", "--skip", "1,2,3,4,5,6,7,8,9,10,11,12"), 1,
                   "ainakin yksi kuukausi")


def test_add_an_extra_meeting(tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    assert run("--db", db, "managers", "plan", "2026").returncode == 0
    result = run("--db", db, "managers", "add", "15.9.2026", "--time", "13.30", "--place", "Kuhmo",
                 "--remote", "Teams")
    assert result.returncode == 0, result.stderr
    assert "Lisätty kuntajohtajakokous 12/2026" in result.stdout
    assert "12/2026  ti 15.9.2026  13.30  Kuhmo / Teams" in result.stdout
    lines = run("--db", db, "managers", "list").stdout.splitlines()
    assert "12/2026" in lines[8] and "8/2026" in lines[7]  # in date order, between 8 and 9


def test_agenda_and_minutes_are_written_and_read_back(filled_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "tulosteet"
    folder.mkdir()
    agenda = run("--db", str(filled_db), "report", "agenda", "7/2026", cwd=folder)
    assert agenda.returncode == 0, agenda.stderr
    assert "Kuntajohtajakokouksen asialista 7/2026 tallennettu: asialista-7-2026.pdf" in agenda.stdout
    text = flat(" ".join(page_texts(folder / "asialista-7-2026.pdf")))
    assert "KUNTAJOHTAJAKOKOUKSEN ASIALISTA" in text and "3. EU-rahoitushaku 2027" in text
    out = tmp_path / "muistio 7.pdf"
    minutes = run("--db", str(filled_db), "report", "minutes", "7/2026", "-o", str(out))
    assert minutes.returncode == 0, minutes.stderr
    text = flat(" ".join(page_texts(out)))
    assert "KUNTAJOHTAJAKOKOUKSEN MUISTIO" in text and "Siirretty kokoukseen 8/2026" in text
    assert "Aiempien kokousten avoimet jatkotoimet" in text and "MYÖHÄSSÄ" in text


@pytest.mark.parametrize(("args", "code", "words"), [
    (["agenda", "7-2026"], 2, ["numero/vuosi", "7-2026"]),
    (["minutes", "seitsemäs"], 2, ["numero/vuosi"]),
    (["agenda", "7/2031"], 1, ["Kuntajohtajakokousta 7/2031 ei ole", "managers list 2031"]),
    (["minutes", "0/2026"], 1, ["numero"]),
    (["minutes", "7/2026", "-o", "puuttuva/kansio/m.pdf"], 1, ["Kansiota ei ole"]),
    (["agenda", "7/2026", "-o", "asialista.txt"], 1, [".pdf"]),
])
def test_report_errors_are_one_line_and_write_nothing(filled_db: Path, tmp_path: Path, args: list[str],
                                                      code: int, words: list[str]) -> None:
    before = digest(filled_db)
    one_error_line(run("--db", str(filled_db), "report", *args, cwd=tmp_path), code, *words)
    assert not list(tmp_path.rglob("*.pdf")) and not list(tmp_path.glob("*.txt"))
    assert digest(filled_db) == before


def test_follow_up_list_by_kind(filled_db: Path, tmp_path: Path) -> None:
    database = open_database(filled_db, "Testi")
    services = Services.for_database(database)
    kuhmo = services.meetings.find(services.rounds.find_by_year(2026).id, "290")
    item = services.feedback.list_for_meeting(kuhmo.id)[0]
    services.followups.add(item.id, owner="Aino", description="Neuvottelun lupaus")
    database.dispose()

    def listed(*kind: str) -> str:
        out = tmp_path / f"jatko-{'-'.join(kind) or 'kaikki'}.pdf"
        result = run("--db", str(filled_db), "report", "followups", *kind, "-o", str(out))
        assert result.returncode == 0, result.stderr
        return flat(" ".join(page_texts(out)))

    both = listed()
    assert "Neuvottelun lupaus" in both and "Kuntajohtajakokous 7/2026, asia 2" in both
    managers = listed("--kind", "managers")
    assert "Neuvottelun lupaus" not in managers and "Kootaan kuntien painotukset" in managers
    negotiations = listed("--kind", "negotiation")
    assert "Neuvottelun lupaus" in negotiations and "Kuntajohtajakokous" not in negotiations
    this_year = listed("--kind", "managers", "--year", "2026")
    assert "Kuntajohtajakokoukset 2026" in this_year and "Kootaan kuntien painotukset" in this_year
    no_round = listed("--kind", "managers", "--year", "2027")  # there is no round 2027: no matter
    assert "Kuntajohtajakokoukset 2027" in no_round and "Ei avoimia jatkotoimenpiteitä." in no_round
    bad = run("--db", str(filled_db), "report", "followups", "--kind", "kaikki",
              "-o", str(tmp_path / "x.pdf"))
    assert bad.returncode == 2 and not (tmp_path / "x.pdf").exists()


def test_the_list_counts_one_matter_and_one_agreement_in_the_singular(tmp_path: Path) -> None:
    db_path = tmp_path / "yksi.db"
    db = open_database(db_path, "Sihteeri")
    services = Services.for_database(db)
    meeting = services.managers.plan_year(2027)[0]
    matter = services.agenda.add(meeting.id, "Maakuntaohjelman toimeenpanosuunnitelma")
    services.followups.add_agreement(matter.id, owner="Aluekehitysjohtaja")
    db.dispose()
    result = run("--db", str(db_path), "managers", "list", "2027")
    assert result.returncode == 0, result.stderr
    assert "· 1 asia, 1 avoin jatkotoimi" in result.stdout.splitlines()[0], result.stdout

"""The command line, run as a user runs it: a real process, real files, exit codes, one-line errors."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), **(env or {})}
    return subprocess.run([sys.executable, str(REPO_ROOT / "main.py"), *args], capture_output=True,
                          text=True, env=full_env, cwd=REPO_ROOT, timeout=120)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    result = run("--db", str(path), "demo", "--year", "2026")
    assert result.returncode == 0, result.stderr
    assert "Esimerkkiaineisto luotu" in result.stdout
    return path


def test_help_lists_the_commands() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in ("demo", "search", "backup", "restore", "check", "--self-test"):
        assert command in result.stdout


def test_demo_then_search_finds_traffic_items(demo_db: Path) -> None:
    result = run("--db", str(demo_db), "search", "liikenne")
    assert result.returncode == 0, result.stderr
    assert "osumaa haulle 'liikenne'" in result.stdout
    assert "Liikenne ja saavutettavuus" in result.stdout
    assert "[liikenne" in result.stdout.lower()


def test_search_filters_by_municipality_and_year(demo_db: Path) -> None:
    result = run("--db", str(demo_db), "search", "liikenne", "--municipality", "Kuhmo", "--year", "2026")
    assert result.returncode == 0, result.stderr
    places = [line for line in result.stdout.splitlines() if line.startswith("• ")]
    # Negotiation items of Kuhmo's 2026 meeting, and 2026 managers' meeting matters Kuhmo raised.
    assert places and all(re.match(r"• (2026|Kuntajohtajakokous \d+/2026, asia \d+) / Kuhmo", line)
                          for line in places)


def test_demo_refuses_a_database_that_has_data(demo_db: Path) -> None:
    result = run("--db", str(demo_db), "demo")
    assert result.returncode == 1
    assert result.stderr.strip().startswith("Virhe: ") and "jo kierroksia" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_unknown_municipality_is_one_clear_line(demo_db: Path) -> None:
    result = run("--db", str(demo_db), "search", "x", "--municipality", "Oulu")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "Virhe: Kuntaa 'Oulu' ei ole. Jäsenkunnat: Hyrynsalmi, Kajaani, Kuhmo, Paltamo, Puolanka, "
        "Ristijärvi, Sotkamo, Suomussalmi."]


def test_debug_shows_the_traceback(demo_db: Path) -> None:
    result = run("--debug", "--db", str(demo_db), "search", "x", "--municipality", "Oulu")
    assert result.returncode == 1 and "Traceback" in result.stderr


def test_corrupt_database_exits_3_with_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "rikki.db"
    path.write_bytes(b"roskaa" * 1000)
    result = run("--db", str(path), "search", "x")
    assert result.returncode == 3
    assert "vioittunut" in result.stderr and "Traceback" not in result.stderr
    assert path.read_bytes() == b"roskaa" * 1000


def test_usage_error_exits_2() -> None:
    assert run("search").returncode == 2


def test_environment_variable_chooses_the_database(tmp_path: Path) -> None:
    path = tmp_path / "ymparisto.db"
    result = run("demo", env={"KUNTAPALAUTE_DB": str(path)})
    assert result.returncode == 0, result.stderr
    assert path.exists()


def test_self_test_passes_and_names_every_part() -> None:
    result = run("--self-test")
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(": ", 1) for line in result.stdout.splitlines() if ": " in line)
    from desktop_app.storage.migrations import HEAD
    from desktop_app.sync.central import head_revision as central_head

    CENTRAL_HEAD = central_head()

    assert lines["Migraatiot"].startswith(f"löytyivät (paikallinen {HEAD}, keskitietokanta {CENTRAL_HEAD}")
    assert "fontit upotettu (" in lines["PDF"] and "ääkköset luettavissa" in lines["PDF"]
    assert "kuntapalaute_en.qm ladattu (Lopeta → Quit)" in lines["Käännökset"]
    assert "qtbase_fi.qm ladattu" in lines["Käännökset"]
    assert lines["Avainnippu"].startswith("keyring.backends.")
    assert "Itsetesti OK" in result.stdout


def test_self_test_fails_when_a_part_is_missing(tmp_path: Path, monkeypatch, capsys) -> None:
    """A frozen build without the translation file must not report OK."""
    import argparse
    import shutil

    from desktop_app.cli import self_test
    from desktop_app.ui import i18n

    copy = tmp_path / "resources"
    shutil.copytree(REPO_ROOT / "resources", copy)
    (copy / "translations" / i18n.QM_FILE).unlink()
    monkeypatch.setattr(i18n, "resources_dir", lambda: copy)
    code = self_test.self_test(argparse.Namespace(user="AK", db=None))
    out = capsys.readouterr().out
    assert code == 1
    assert "Käännökset: EPÄONNISTUI: käännöstiedostoa ei voitu ladata" in out
    assert "Itsetesti EPÄONNISTUI: Käännökset" in out and "Itsetesti OK" not in out
    # the check made no bare QCoreApplication: widgets made later in the process still work
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    assert QCoreApplication.instance() is None or isinstance(QCoreApplication.instance(), QApplication)


def test_backup_check_and_restore_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    assert run("--db", str(path), "demo").returncode == 0
    made = run("--db", str(path), "backup")
    assert made.returncode == 0 and "Varmuuskopio tallennettu" in made.stdout
    listed = run("--db", str(path), "backup", "--list")
    assert "käsin tehty" in listed.stdout

    raw = sqlite3.connect(path)
    raw.execute("DELETE FROM feedback_fts")
    raw.commit()
    raw.close()
    broken = run("--db", str(path), "check")
    assert broken.returncode == 3 and "hakuhakemisto ei vastaa" in broken.stdout
    repaired = run("--db", str(path), "check", "--repair")
    assert repaired.returncode == 0 and "Kaikki kunnossa." in repaired.stdout

    restored = run("--db", str(path), "restore")
    assert restored.returncode == 0, restored.stderr
    assert "palautettu" in restored.stdout and "säilytettiin" in restored.stdout
    assert run("--db", str(path), "check").returncode == 0


def test_restore_without_backups_says_so(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "ei.db"), "restore")
    assert result.returncode == 1 and "Eheää varmuuskopiota ei löytynyt" in result.stderr


def test_an_empty_search_is_a_usage_error_not_zero_hits(demo_db: Path) -> None:
    for query in ("", "   "):
        result = run("--db", str(demo_db), "search", query)
        assert result.returncode == 2 and "anna hakusana" in result.stderr, result
        assert "Ei osumia" not in result.stdout

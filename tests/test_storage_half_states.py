"""A start, a seeding or a demo that stopped halfway never leaves a file the app cannot use:
reference data is complete after any open, `check` names what is missing, `demo` is all or nothing.

Each half-state is made the way it happens: a real child process opens the database through
`open_database` like the app and is killed (os._exit, no clean-up) at the chosen step.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.resources import load_json_resource
from desktop_app.storage.migrate import open_database
from tests.conftest import REPO_ROOT

KILLED = 9

# The child replaces one step of the real start-up with a hard exit, after everything before it
# has been committed: that is exactly the file a crash at that point leaves.
_CHILD = """
import os, sys
from pathlib import Path
import desktop_app.storage.seed as seed
import desktop_app.services.demo as demo
from desktop_app.storage.migrate import open_database

step, path = sys.argv[1], Path(sys.argv[2])
die = lambda *args, **kwargs: os._exit(9)
if step == "before-seeding":
    seed.seed_reference_data = die
elif step == "between-municipalities-and-sectors":
    seed._add_sectors = die
elif step == "during-demo":
    demo.DemoService._follow_up = staticmethod(die)
elif step == "during-first-migration":
    import alembic.op as op
    create_table, made = op.create_table, []
    def dying_create_table(*args, **kwargs):
        made.append(args[0])
        if len(made) == 4:  # three tables created, in the middle of 0001
            os._exit(9)
        return create_table(*args, **kwargs)
    op.create_table = dying_create_table
db = open_database(path, "Kaatuva")
if step == "during-demo":
    demo.DemoService(db).create(current_year=2026)
os._exit(0)
"""


def _crash(step: str, path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    result = subprocess.run([sys.executable, "-c", _CHILD, step, str(path)], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == KILLED, result.stderr


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.run([sys.executable, str(REPO_ROOT / "main.py"), *args], capture_output=True,
                          text=True, env=env, timeout=120)


def _codes(path: Path, table: str) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute(f"SELECT code FROM {table}")}
    finally:
        conn.close()


DEFAULT_SECTORS = {row["code"] for row in load_json_resource("sectors.json")["sectors"]}
MUNICIPALITIES = {row["code"] for row in load_json_resource("municipalities.json")["municipalities"]}


@pytest.mark.parametrize("step", ["before-seeding", "between-municipalities-and-sectors"])
def test_first_start_killed_before_seeding_is_completed_by_the_next_open(tmp_path: Path, step: str) -> None:
    path = tmp_path / "kesken.db"
    _crash(step, path)
    assert _codes(path, "sectors") == set()  # the half-state the crash leaves

    checked = _cli("--db", str(path), "check")  # on the broken file, before any reopen
    assert checked.returncode == 3, checked.stdout
    assert "Kaikki kunnossa" not in checked.stdout
    assert "viitetietoja puuttuu" in checked.stdout and "EDU" in checked.stdout

    database = open_database(path, "Testi")  # the next start
    database.dispose()
    assert _codes(path, "sectors") == DEFAULT_SECTORS
    assert _codes(path, "municipalities") == MUNICIPALITIES
    demo = _cli("--db", str(path), "demo", "--year", "2026")
    assert demo.returncode == 0, demo.stderr
    assert _cli("--db", str(path), "check").returncode == 0


def test_check_repair_reseeds_the_missing_reference_rows(tmp_path: Path) -> None:
    path = tmp_path / "kesken.db"
    _crash("before-seeding", path)
    repaired = _cli("--db", str(path), "check", "--repair")
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert "Puuttuvat viitetiedot lisätty" in repaired.stdout
    assert _codes(path, "sectors") == DEFAULT_SECTORS and _codes(path, "municipalities") == MUNICIPALITIES


def test_a_lost_default_sector_is_reported_and_reseeded(tmp_path: Path) -> None:
    """Another half-state of the kind: a file (an old copy, a hand-made repair) with some of the
    default sectors; the others must not stay missing for ever."""
    path = tmp_path / "osittain.db"
    open_database(path, "Testi").dispose()
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM sectors WHERE code IN ('TAL', 'HYV')")
    conn.commit()
    conn.close()
    checked = _cli("--db", str(path), "check")
    assert checked.returncode == 3 and "toimintasektorit HYV, TAL" in checked.stdout
    open_database(path, "Testi").dispose()
    assert _codes(path, "sectors") == DEFAULT_SECTORS


def test_retired_and_renamed_sectors_are_not_reseeded(tmp_path: Path) -> None:
    from desktop_app.services import Services

    path = tmp_path / "k.db"
    database = open_database(path, "Testi")
    services = Services.for_database(database)
    tal = services.sectors.find("TAL")
    services.sectors.rename(tal.id, "Talous")
    services.sectors.retire(tal.id)
    database.dispose()
    open_database(path, "Testi").dispose()
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT name_fi, retired_at IS NOT NULL FROM sectors WHERE code='TAL'").fetchall()
    conn.close()
    assert rows == [("Talous", 1)]


def test_demo_killed_halfway_leaves_no_half_written_rounds(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    open_database(path, "Testi").dispose()
    _crash("during-demo", path)
    conn = sqlite3.connect(path)
    counts = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("rounds", "meetings", "feedback")]
    conn.close()
    assert counts == [0, 0, 0]
    demo = _cli("--db", str(path), "demo", "--year", "2026")  # and a new demo is not refused
    assert demo.returncode == 0, demo.stderr


def test_demo_refuses_missing_reference_data_before_writing(tmp_path: Path) -> None:
    """`demo` on a file without sectors (opened with seeding off) says why and writes nothing,
    instead of failing halfway with Python's 'empty range for randrange()'."""
    from desktop_app.domain.errors import ValidationError
    from desktop_app.services.demo import DemoService

    path = tmp_path / "ilman.db"
    database = open_database(path, "Testi", seed=False)
    try:
        with pytest.raises(ValidationError, match="check --repair"):
            DemoService(database).create(current_year=2026)
    finally:
        database.dispose()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM meetings").fetchone()[0] == 0
    conn.close()


def test_first_start_killed_during_its_migration(tmp_path: Path) -> None:
    """The schema is created in one transaction: the kill leaves an empty file, which `check`
    names (not SQLite's "no such table") and the next open sets up completely."""
    path = tmp_path / "kesken.db"
    _crash("during-first-migration", path)
    checked = _cli("--db", str(path), "check")
    assert checked.returncode == 3
    assert "ensimmäinen käynnistys jäi kesken" in checked.stdout, checked.stdout + checked.stderr
    assert "no such table" not in checked.stdout + checked.stderr
    repaired = _cli("--db", str(path), "check", "--repair")
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert _codes(path, "sectors") == DEFAULT_SECTORS
    assert _cli("--db", str(path), "demo", "--year", "2026").returncode == 0

"""Replacing a database under a running app: refused, with a Finnish message, nothing lost.

The holder is a real second process that opened the database through `open_database` exactly as
the app does and keeps it open, saving when told to (the app's autosave, without the window).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.config import backup_dir_for
from desktop_app.domain.enums import FeedbackKind
from desktop_app.domain.errors import StorageError
from desktop_app.services import Services
from desktop_app.storage import backup
from desktop_app.storage.migrate import open_database
from tests.conftest import REPO_ROOT

_HOLDER = """
import sys
from pathlib import Path
from desktop_app.config import backup_dir_for
from desktop_app.domain.enums import FeedbackKind
from desktop_app.services import Services
from desktop_app.storage.migrate import open_database

db = open_database(Path(sys.argv[1]), "Sovellus")
services = Services.for_database(db)
meeting = services.meetings.find(services.rounds.find_by_year(2026).id, "290")
print("valmis", flush=True)
for line in sys.stdin:
    command, _, text = line.rstrip("\\n").partition(" ")
    if command == "tallenna":
        item = services.feedback.add(meeting.id, FeedbackKind.ADVOCACY_TARGET, text)
        print("Tallennettu", item.id, flush=True)
    elif command == "lopeta":
        break
db.dispose()
"""


class Holder:
    def __init__(self, path: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
        self.process = subprocess.Popen([sys.executable, "-c", _HOLDER, str(path)], env=env,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self._line() == "valmis"

    def _line(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def save(self, text: str) -> str:
        assert self.process.stdin is not None
        self.process.stdin.write(f"tallenna {text}\n")
        self.process.stdin.flush()
        said, item_id = self._line().split()
        assert said == "Tallennettu"
        return item_id

    def close(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.write("lopeta\n")
            self.process.stdin.flush()
            self.process.wait(timeout=30)


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.run([sys.executable, str(REPO_ROOT / "main.py"), *args], capture_output=True,
                          text=True, env=env, cwd=REPO_ROOT, timeout=120)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def texts(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT text FROM feedback")}
    finally:
        conn.close()


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    path = tmp_path / "k.db"
    db = open_database(path, "Testi")
    services = Services.for_database(db)
    round_ = services.rounds.plan_round(2026)
    meeting = services.meetings.find(round_.id, "290")
    services.feedback.add(meeting.id, FeedbackKind.ADVOCACY_TARGET, "ennen varmuuskopiota")
    snapshot = backup.backup_now(path, backup_dir_for(path), automatic=False)
    services.feedback.add(meeting.id, FeedbackKind.ADVOCACY_TARGET, "varmuuskopion jälkeen")
    db.dispose()
    yield path, snapshot


@pytest.fixture
def holder(setup: tuple[Path, Path]) -> Iterator[Holder]:
    held = Holder(setup[0])
    yield held
    held.close()


@pytest.mark.parametrize("command", [["restore", "{backup}"], ["restore"], ["check", "--repair"]])
def test_replacing_commands_refuse_while_another_process_has_the_database_open(
        setup: tuple[Path, Path], holder: Holder, command: list[str]) -> None:
    path, snapshot = setup
    holder.save("ennen yritystä")
    before, backup_before = digest(path), digest(snapshot)
    args = [part.format(backup=snapshot) for part in command]
    result = cli("--db", str(path), *args)
    assert result.returncode != 0, result.stdout
    assert "auki toisessa Kuntapalaute-ikkunassa" in result.stderr + result.stdout
    assert "Mitään ei muutettu" in result.stderr + result.stdout
    assert "palautettu" not in result.stdout.lower()
    assert digest(path) == before and digest(snapshot) == backup_before
    # the app's next save, after the refused replacement, is in the database
    holder.save("tallennus yrityksen jälkeen")
    holder.close()
    assert {"ennen yritystä", "tallennus yrityksen jälkeen", "varmuuskopion jälkeen"} <= texts(path)


def test_restore_works_once_the_other_process_has_closed(setup: tuple[Path, Path]) -> None:
    path, snapshot = setup
    held = Holder(path)
    held.save("sovelluksessa")
    held.close()
    result = cli("--db", str(path), "restore", str(snapshot))
    assert result.returncode == 0, result.stderr
    assert texts(path) == {"ennen varmuuskopiota"}
    repaired = cli("--db", str(path), "check", "--repair")
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr


def test_restore_refuses_a_database_open_in_this_process_too(setup: tuple[Path, Path]) -> None:
    """The app's own window counts: restore it only after disposing of the database."""
    path, snapshot = setup
    db = open_database(path, "Ikkuna")
    try:
        with pytest.raises(StorageError, match="auki toisessa"):
            backup.restore(snapshot, path, backup_dir_for(path))
    finally:
        db.dispose()
    backup.restore(snapshot, path, backup_dir_for(path))
    assert texts(path) == {"ennen varmuuskopiota"}


def test_an_open_waits_for_a_restore_in_progress_then_says_why(setup: tuple[Path, Path]) -> None:
    from desktop_app.storage import use_lock

    path, _ = setup
    with use_lock.exclusive_use(path):
        env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
        result = subprocess.run(
            [sys.executable, "-c", "import sys; from pathlib import Path; "
             "import desktop_app.storage.use_lock as u; u.SHARED_WAIT_S = 0.2; "
             "from desktop_app.storage.migrate import open_database; "
             "open_database(Path(sys.argv[1]), 'x')", str(path)],
            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "palautetaan tai korjataan parhaillaan" in result.stderr


_OLDER_APP = """
import sys
from pathlib import Path
import desktop_app.storage.migrate as migrate

migrate.HEAD = "0002_sync"  # an older release of the app, whose newest schema was 0002
migrate.head_revision = lambda: "0002_sync"
migrate._ensure_search_analyser = lambda database: None  # 0002 had no base-form index
db = migrate.open_database(Path(sys.argv[1]), "Vanha sovellus")
print("valmis", flush=True)
sys.stdin.readline()
db.dispose()
"""


def test_a_migration_at_open_refuses_while_an_older_app_has_the_file_open(tmp_path: Path) -> None:
    path = tmp_path / "vanha.db"
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    older = subprocess.Popen([sys.executable, "-c", _OLDER_APP, str(path)], env=env,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert older.stdout is not None and older.stdout.readline().strip() == "valmis"
        before = digest(path)
        with pytest.raises(StorageError, match=r"rakenne pitää päivittää.*auki toisessa"):
            open_database(path, "Uusi sovellus")
        result = cli("--db", str(path), "search", "liikenne")
        assert result.returncode == 3 and "rakenne pitää päivittää" in result.stderr
        assert digest(path) == before
    finally:
        assert older.stdin is not None
        older.stdin.write("\n")
        older.stdin.close()
        older.wait(timeout=30)
    open_database(path, "Uusi sovellus").dispose()  # alone now: the migration runs
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] != "0002_sync"
    finally:
        conn.close()

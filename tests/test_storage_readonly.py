"""Every command on a database it cannot write (a read-only folder, a read-only file, a folder that
does not exist and cannot be made) says so in Finnish: never SQLite's or the OS's raw English.

Run as root (as CI does), chmod does not stop anything, so the read-only places are real: a small
tmpfs remounted read-only, and a read-only bind mount of a single file. Where mounting is not
allowed (not root, no CAP_SYS_ADMIN) the tests skip and say so.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

# Fragments of what the OS and SQLite say; none may reach a user.
ENGLISH = ("unable to open", "readonly", "read-only file system", "errno", "attempt to write",
           "odottamaton virhe", "permission denied", "no such file", "traceback")


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.run([sys.executable, str(REPO_ROOT / "main.py"), *args], capture_output=True,
                          text=True, env=env, cwd=REPO_ROOT, timeout=120)


def _mount(*args: str) -> None:
    result = subprocess.run(["mount", *args], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"read-only mounts need root (mount {' '.join(args)}: {result.stderr.strip()})")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """A demo database with a backup and a bundle, in a folder that is then made read-only, plus
    a copy whose FILE alone is read-only (bind mount) in a writable folder."""
    base = tmp_path_factory.mktemp("vainluku")
    ro_dir, rw_dir, side = base / "ro", base / "rw", base / "side"
    for folder in (ro_dir, rw_dir, side):
        folder.mkdir()
    _mount("-t", "tmpfs", "-o", "size=16m", "tmpfs", str(ro_dir))
    mounted = [ro_dir]
    try:
        db = ro_dir / "k.db"
        assert cli("--db", str(db), "demo", "--year", "2026").returncode == 0
        assert cli("--db", str(db), "backup", "--out", str(side / "vk.db")).returncode == 0
        assert cli("--db", str(db), "export", "--format", "json", "--out",
                   str(side / "paketti.json")).returncode == 0
        assert cli("--db", str(db), "backup", "--out", str(rw_dir / "k.db")).returncode == 0
        _mount("-o", "remount,ro", str(ro_dir))
        file_db = rw_dir / "k.db"
        _mount("--bind", str(file_db), str(file_db))
        mounted.append(file_db)
        _mount("-o", "remount,bind,ro", str(file_db))
        yield {"ro_db": db, "file_db": file_db, "side": side, "ro_dir": ro_dir}
    finally:
        for point in reversed(mounted):
            subprocess.run(["umount", str(point)], capture_output=True)


def _commands(side: Path) -> dict[str, list[str]]:
    return {
        "check": ["check"],
        "check --repair": ["check", "--repair"],
        "backup": ["backup"],
        "restore": ["restore", str(side / "vk.db")],
        "search": ["search", "liikenne"],
        "demo": ["demo", "--year", "2026"],
        "report": ["report", "round", "--out", str(side / "y.pdf")],
        "export": ["export", "--format", "csv", "--out", str(side / "x.csv")],
        "import": ["import", str(side / "paketti.json")],
        "sync": ["sync", "--central", f"sqlite:///{side / 'keskus.db'}"],
    }


def _assert_finnish_refusal(result: subprocess.CompletedProcess[str], *expected: str) -> None:
    said = result.stdout + result.stderr
    assert result.returncode != 0, said
    assert "Kaikki kunnossa" not in said
    for fragment in ENGLISH:
        assert fragment not in said.lower(), (fragment, said)
    assert any(word in said for word in expected), said


@pytest.mark.parametrize("command", list(_commands(Path("x"))))
def test_every_command_on_a_read_only_folder_speaks_finnish(prepared: dict[str, Path], command: str) -> None:
    db = prepared["ro_db"]
    before = _digest(db)
    result = cli("--db", str(db), *_commands(prepared["side"])[command])
    _assert_finnish_refusal(result, "vain luku")
    assert _digest(db) == before


@pytest.mark.parametrize("command", ["check --repair", "restore", "demo", "import", "sync"])
def test_writing_commands_on_a_read_only_file_speak_finnish(prepared: dict[str, Path], command: str) -> None:
    db = prepared["file_db"]
    before = _digest(db)
    result = cli("--db", str(db), *_commands(prepared["side"])[command])
    _assert_finnish_refusal(result, "vain luku")
    assert _digest(db) == before


def test_a_database_folder_that_cannot_be_made(prepared: dict[str, Path]) -> None:
    missing = prepared["ro_dir"] / "ei-ole" / "k.db"
    for args in (["check"], ["demo"], ["search", "x"]):
        result = cli("--db", str(missing), *args)
        _assert_finnish_refusal(result, "ei ole", "ei voitu", "vain luku")


def test_outputs_into_a_read_only_folder_speak_finnish(prepared: dict[str, Path], tmp_path: Path) -> None:
    """The same kind on the other side: a report, export or backup written where it cannot be."""
    db = tmp_path / "ok.db"
    assert cli("--db", str(db), "demo", "--year", "2026").returncode == 0
    target = prepared["ro_dir"]
    for args in (["report", "round", "--out", str(target / "y.pdf")],
                 ["export", "--format", "json", "--out", str(target / "x.json")],
                 ["backup", "--out", str(target / "vk.db")]):
        result = cli("--db", str(db), *args)
        _assert_finnish_refusal(result, "vain luku")

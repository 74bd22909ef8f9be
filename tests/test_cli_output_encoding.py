"""What a command prints and its exit code match what happened, whatever the file names and the
terminal's encoding (issue 13, item 12). Run as real subprocesses: the encoding of stdout and the
bytes of argv are what the bug was about."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from exchange_support import REPO_ROOT, demo_source_fixture  # noqa: F401

ODD = b"paketti-\xff\xfe-\xe4"  # not UTF-8: Python keeps these bytes as lone surrogates (PEP 383)

TERMINALS = {
    "utf-8": {"LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "utf-8"},
    "ascii": {"LC_ALL": "C", "PYTHONIOENCODING": "ascii"},
    "latin-1": {"LC_ALL": "C", "PYTHONIOENCODING": "latin-1"},
}


def _run(env: dict[str, str], *args: str | bytes) -> subprocess.CompletedProcess[bytes]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "PYTHONIO"))}
    return subprocess.run([sys.executable, str(REPO_ROOT / "main.py"), *args], capture_output=True,
                          timeout=300, check=False, env={**clean, **env, "PYTHONUTF8": "0"})


def _feedback_count(db: Path) -> int:
    with sqlite3.connect(db) as connection:
        return connection.execute("SELECT count(*) FROM feedback").fetchone()[0]


@pytest.mark.parametrize("terminal", list(TERMINALS))
def test_an_import_that_committed_exits_0_whatever_the_name_and_terminal(
        demo_source, tmp_path: Path, terminal: str) -> None:
    env = TERMINALS[terminal]
    folder = os.fsencode(tmp_path)
    bundle = folder + b"/" + ODD + b".json"
    with open(bundle, "wb") as handle:
        handle.write(demo_source.meeting.read_bytes())
    db = folder + b"/kanta.db"
    result = _run(env, "--db", db, "import", bundle)
    assert result.returncode == 0, result.stderr
    assert b"Tuonti valmis" in result.stdout and b"Lis" in result.stdout
    assert _feedback_count(Path(os.fsdecode(db))) > 0
    again = _run(env, "--db", db, "import", bundle, "--dry-run")
    assert again.returncode == 0 and b"Koetuonti" in again.stdout, again.stderr


@pytest.mark.parametrize("terminal", ["ascii", "latin-1"])
def test_every_command_reports_success_on_a_terminal_that_cannot_show_the_text(
        demo_source, tmp_path: Path, terminal: str) -> None:
    """Finnish output (ä, ö, –) and odd file names through every command's output path."""
    env = TERMINALS[terminal]
    folder = os.fsencode(tmp_path) + b"/" + ODD
    os.mkdir(folder)
    db = folder + b"/kanta.db"
    commands: list[tuple[str | bytes, ...]] = [
        ("import", os.fsencode(demo_source.all)),
        ("export", "--format", "json", "--out", folder + b"/vienti.json"),
        ("export", "--format", "csv", "--out", folder + b"/csv"),
        ("export", "--format", "xlsx", "--out", folder + b"/koonti.xlsx"),
        ("export", "--format", "csv", "--flat", "--out", folder + b"/koonti.csv"),
        ("search", "liikenne"),
        ("backup",),
        ("backup", "--out", folder + b"/kopio.db"),
        ("backup", "--list"),
        ("restore", folder + b"/kopio.db"),
        ("check",),
        ("sync", "--central", f"sqlite:///{tmp_path / 'keskus.db'}"),
        ("sync", "--status"),
        ("report", "followups", "--out", folder + b"/jatko.pdf"),
    ]
    for command in commands:
        result = _run(env, "--db", db, *command)
        assert result.returncode == 0, (command, result.stderr)
        assert b"Virhe" not in result.stderr, (command, result.stderr)
    for made in (b"vienti.json", b"csv/feedback.csv", b"koonti.xlsx", b"koonti.csv", b"kopio.db",
                 b"jatko.pdf"):
        assert os.path.getsize(folder + b"/" + made) > 0, made


def test_a_refusal_is_still_one_readable_line_on_an_ascii_terminal(tmp_path: Path) -> None:
    missing = os.fsencode(tmp_path) + b"/" + ODD + b".json"
    result = _run(TERMINALS["ascii"], "--db", os.fsencode(tmp_path / "k.db"), "import", missing)
    assert result.returncode == 1
    lines = result.stderr.decode("ascii").strip().splitlines()
    assert len(lines) == 1 and "tiedostoa ei l\\xf6ydy" in lines[0] and "Odottamaton" not in lines[0]

"""The battery dies mid-sentence: SIGKILL a writer at random moments; every commit it reported
must be there afterwards, and the file must be sound (DESIGN.md §3, synchronous=FULL + WAL)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.storage.backup import integrity_problems
from tests.conftest import REPO_ROOT

KILLS = 50


def _run_and_kill(db_path: Path, run: int, rng: random.Random) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.crash_writer", str(db_path), str(run)],
        cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert child.stdout is not None
    ready = child.stdout.readline()
    assert ready.strip() == "READY", child.stderr.read() if child.stderr else ready
    time.sleep(rng.uniform(0.0, 0.25))
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL
    # Only complete lines count as reported; a line cut by the kill reported nothing.
    return [line for line in out.split("\n")[:-1] if line]


@pytest.mark.slow
def test_every_reported_commit_survives_kill_9(tmp_path: Path) -> None:
    db_path = tmp_path / "kaatuva.db"
    rng = random.Random(20261127)
    added: dict[str, tuple[int, int]] = {}
    edited: set[str] = set()
    for run in range(KILLS):
        for line in _run_and_kill(db_path, run, rng):
            verb, item_id, n = line.split()
            if verb == "ADD":
                added[item_id] = (run, int(n))
            else:
                edited.add(item_id)
    assert len(added) > KILLS  # the kills did land in the middle of real work

    assert integrity_problems(db_path) == []
    raw = sqlite3.connect(db_path)
    try:
        rows = dict(raw.execute("SELECT id, text FROM feedback").fetchall())
        indexed = raw.execute("SELECT count(*) FROM feedback_fts").fetchone()[0]
        audited = {r[0] for r in raw.execute("SELECT DISTINCT entity_id FROM audit_log")}
    finally:
        raw.close()
    for item_id, (run, n) in added.items():
        assert item_id in rows, f"reported commit lost: run {run} item {n}"
        edited_text = f"ajo {run} kohta {n} päätös muokattu ✓"
        if item_id in edited:
            assert rows[item_id] == edited_text
        else:  # killed between the commit of the edit and its report, or before the edit
            assert rows[item_id] in (f"ajo {run} kohta {n} päätös", edited_text)
        assert item_id in audited
    assert indexed == len(rows)

"""The app survives the PySide6 6.12.0 / Python 3.11 reference leak (desktop_app/ui/refcount_guard)."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import REPO_ROOT

from desktop_app.ui import refcount_guard


def test_the_app_survives_far_more_void_calls_than_none_has_references() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "tests.helpers.void_call_storm", "1500000"], cwd=REPO_ROOT, env=env,
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "OK"


def test_guard_is_idle_where_nothing_leaks(qapp, monkeypatch) -> None:
    monkeypatch.setattr(refcount_guard, "void_calls_leak", lambda: False)
    assert refcount_guard.install(qapp) is None

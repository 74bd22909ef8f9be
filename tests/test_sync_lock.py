"""One sync per laptop database at a time, across processes; a killed sync leaves no lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sync_support import central_counts, dirty_count, make_device, run_sync

from desktop_app.services import Services
from desktop_app.sync.errors import SyncBusyError
from desktop_app.sync.lock import lock_path, sync_lock
from desktop_app.sync.service import synchronize

REPO = Path(__file__).resolve().parent.parent
WORKER = Path(__file__).with_name("sync_lock_worker.py")
ENV = {**os.environ, "PYTHONPATH": str(REPO)}


@pytest.fixture
def laptop(tmp_path: Path):
    services = Services.for_database(make_device(tmp_path, "Aino"))
    services.rounds.plan_round(2026)  # 20 unsynced rows (11 sectors, 1 round, 8 meetings)
    yield services.db
    services.db.dispose()


def _start_holder(db_path: Path, url: str, folder: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, str(WORKER), str(db_path), url, str(folder)],
                            env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not (folder / "ready").exists():  # the holder is inside its push, lock held
        assert proc.poll() is None, proc.communicate()[1]
        assert time.monotonic() < deadline
        time.sleep(0.02)
    return proc


def _cli_sync(db_path: Path, url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(REPO / "main.py"), "--db", str(db_path), "--user",
                           "Toinen", "sync", "--central", url],
                          env=ENV, capture_output=True, text=True, timeout=120)


def _snapshot(db, url: str) -> tuple[int, dict[str, int], str | None]:
    return dirty_count(db), central_counts(url), db.get_setting("sync.cursor")


def test_a_second_sync_from_another_process_is_refused_at_once(laptop, tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'keskus.db'}"
    holder = _start_holder(laptop.path, url, tmp_path)
    try:
        before = _snapshot(laptop, url)
        started = time.monotonic()
        second = _cli_sync(laptop.path, url)
        assert second.returncode == 1, second.stderr
        assert "synkronointi on jo käynnissä" in second.stderr
        assert second.stderr.count("\n") == 1  # one Finnish line, no traceback
        assert time.monotonic() - started < 60  # refused, not queued behind the first
        with pytest.raises(SyncBusyError, match="jo käynnissä"):  # this process, another path
            synchronize(laptop, url)
        assert _snapshot(laptop, url) == before  # nothing changed on either side
    finally:
        (tmp_path / "go").touch()
        out, err = holder.communicate(timeout=120)
    assert holder.returncode == 0, err
    assert int(out) == 20  # the first sync finished its work untouched
    assert dirty_count(laptop) == 0
    assert _cli_sync(laptop.path, url).returncode == 0  # the lock is free again


def test_a_killed_sync_leaves_no_lock_behind(laptop, tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'keskus.db'}"
    holder = _start_holder(laptop.path, url, tmp_path)
    holder.send_signal(signal.SIGKILL)
    holder.communicate(timeout=60)
    assert holder.returncode == -signal.SIGKILL
    assert lock_path(laptop.path).exists()  # the file stays; the OS dropped the lock on it
    result = _cli_sync(laptop.path, url)
    assert result.returncode == 0, result.stderr
    assert "Lähetetty keskitietokantaan: 20 muutosta" in result.stdout
    assert dirty_count(laptop) == 0 and central_counts(url)["meetings"] == 8


def test_another_thread_of_the_same_app_is_refused(laptop, tmp_path) -> None:
    import threading
    url = f"sqlite:///{tmp_path / 'keskus.db'}"
    errors: list[BaseException] = []

    def second() -> None:
        try:
            run_sync(laptop, url)
        except BaseException as exc:
            errors.append(exc)

    with sync_lock(laptop.path):
        thread = threading.Thread(target=second)
        thread.start()
        thread.join(60)
        run_sync(laptop, url)  # the holding thread itself may sync (re-entrant)
    assert len(errors) == 1 and isinstance(errors[0], SyncBusyError)
    assert dirty_count(laptop) == 0

"""A frozen laptop holding the central lock must not block everyone (issue 13, item 10).

Real PostgreSQL, real processes: a laptop's sync stops itself with SIGSTOP right after taking a
central lock (the push's counter-row lock, or the schema lock every connect takes), leaving its
session "idle in transaction". Another laptop's sync must then finish (once the server has ended
the frozen session's transaction) or say clearly that the store is busy, within a bounded time.
Continued with SIGCONT, the frozen sync fails cleanly, marks nothing clean, and a re-run
converges. Timeouts are the sync's own settings (KUNTAPALAUTE_SYNC_TIMEOUTS), made short here."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sync_support import central_counts, central_state, dirty_count, local_state, make_device, run_sync

from desktop_app.services import Services
from desktop_app.sync.local_tables import sync_outbox
from desktop_app.sync.service import open_transport
from desktop_app.sync.timeouts import BUSY_RETRYING, ENV

pytestmark = pytest.mark.postgres
REPO = Path(__file__).resolve().parent.parent
WORKER = Path(__file__).with_name("sync_stall_worker.py")
FAST = "lock=1,idle=3,attempts=15,pause=0.2,statement=30"
BOUND_S = 60  # far above what the settings allow; the old code waited without end


def _env(timeouts: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO), ENV: timeouts}


def _freeze(db_path: Path, url: str, folder: Path, at: str, timeouts: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, str(WORKER), str(db_path), url, str(folder), at],
                            env=_env(timeouts), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    deadline = time.monotonic() + 60
    while not (folder / "ready").exists():
        assert proc.poll() is None, proc.communicate()[1]
        assert time.monotonic() < deadline
        time.sleep(0.02)
    return proc


def _cli_sync(db_path: Path, url: str, timeouts: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(REPO / "main.py"), "--db", str(db_path), "--user",
                           "Toinen", "sync", "--central", url], env=_env(timeouts),
                          capture_output=True, text=True, timeout=BOUND_S)


def _outbox(db) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(sync_outbox)) or 0


@pytest.fixture
def laptops(tmp_path: Path, postgres_server, monkeypatch):
    monkeypatch.setenv(ENV, FAST)
    url = postgres_server.admin_url(postgres_server.new_database())
    frozen = Services.for_database(make_device(tmp_path, "Jaatyva"))
    other = Services.for_database(make_device(tmp_path, "Toinen"))
    run_sync(other.db, url)  # the schema exists; the seeded sectors are central
    run_sync(frozen.db, url)
    frozen.rounds.plan_round(2026)  # 9 new rows on the laptop that will freeze
    other.rounds.plan_round(2027)   # 9 new rows on the one that must get through
    yield frozen.db, other.db, url
    frozen.db.dispose()
    other.db.dispose()


@pytest.mark.parametrize("at", ["push", "schema"])
def test_a_frozen_lock_holder_is_rolled_back_and_the_other_sync_finishes(at, laptops, tmp_path) -> None:
    frozen, other, url = laptops
    holder = _freeze(frozen.path, url, tmp_path, at, FAST)
    try:
        started = time.monotonic()
        second = _cli_sync(other.path, url, FAST)
        elapsed = time.monotonic() - started
        assert second.returncode == 0, second.stderr
        assert BUSY_RETRYING in second.stderr  # the user was told why it waited
        assert "Lähetetty keskitietokantaan: 9 muutosta" in second.stdout
        assert elapsed < BOUND_S
    finally:
        holder.send_signal(signal.SIGCONT)
        _out, err = holder.communicate(timeout=BOUND_S)
    # The frozen sync's transaction was ended by the server: it fails cleanly, marks nothing.
    assert holder.returncode == 3, err
    assert "keskeytti synkronoinnin" in err and "Traceback" not in err
    assert dirty_count(frozen) == 9
    assert _outbox(frozen) == (1 if at == "push" else 0)  # re-sent under its op id next time
    assert central_counts(url)["meetings"] == 8  # only the other laptop's round arrived
    # A re-run converges: both rounds once, nothing duplicated, both laptops equal to central.
    assert run_sync(frozen, url).pushed == 9
    run_sync(other, url)
    central = central_state(url)
    assert len(central["meetings"]) == 16 and central_counts(url)["meetings"] == 16
    assert local_state(frozen) == local_state(other) == central
    assert dirty_count(frozen) == dirty_count(other) == _outbox(frozen) == 0


def test_a_holder_the_server_keeps_alive_gets_a_clear_busy_message_in_bounded_time(
        laptops, tmp_path) -> None:
    frozen, other, url = laptops
    holder = _freeze(frozen.path, url, tmp_path, "push", "idle=600,lock=1")  # not ended soon
    try:
        started = time.monotonic()
        second = _cli_sync(other.path, url, "lock=1,attempts=3,pause=0.2")
        assert time.monotonic() - started < BOUND_S
        assert second.returncode == 1
        assert second.stderr.count(BUSY_RETRYING) == 2  # told, then two more tries
        assert "Keskitietokanta on varattu: toinen synkronointi on kesken" in second.stderr
        assert "Traceback" not in second.stderr
        assert dirty_count(other) == 9 and _outbox(other) == 1  # nothing marked, batch kept
    finally:
        holder.send_signal(signal.SIGCONT)
        out, err = holder.communicate(timeout=BOUND_S)
    assert holder.returncode == 0, err  # the holder itself was only paused: it finishes
    assert int(out) == 9
    assert run_sync(other, url).pushed == 9  # the kept batch goes up under its op id
    assert central_counts(url)["meetings"] == 16


def test_the_sync_session_carries_its_own_limits(postgres_server, monkeypatch) -> None:
    monkeypatch.setenv(ENV, "lock=2,idle=7,statement=40")
    transport = open_transport(postgres_server.admin_url(postgres_server.new_database()))
    try:
        with transport.engine.connect() as conn:
            shown = {name: conn.scalar(text(f"SHOW {name}")) for name in
                     ("lock_timeout", "idle_in_transaction_session_timeout", "statement_timeout")}
            params = conn.connection.driver_connection.info.get_parameters()
    finally:
        transport.close()
    assert shown == {"lock_timeout": "2s", "idle_in_transaction_session_timeout": "7s",
                     "statement_timeout": "40s"}
    assert params["keepalives"] == "1" and int(params["keepalives_idle"]) > 0
    assert int(params["tcp_user_timeout"]) > 0 and int(params["connect_timeout"]) > 0


def test_the_app_says_another_sync_is_in_progress_and_then_finishes(laptops, tmp_path, qtbot,
                                                                    monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox
    from test_sync_ui import FakeHost

    from desktop_app.sync.local_tables import CENTRAL_URL_KEY
    from desktop_app.ui.sync_actions import install_sync_actions

    frozen, other, url = laptops
    other.set_setting(CENTRAL_URL_KEY, url)
    monkeypatch.setattr("desktop_app.ui.sync_actions.resolve_password", lambda url: "")  # trust
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    host = FakeHost(Services.for_database(other))
    qtbot.addWidget(host.main)
    controller = install_sync_actions(host)
    shown: list[str] = []
    real_progress = controller._progress

    def progress(done: int, total: int, message: str) -> None:
        shown.append(message)
        dialog = controller.progress_dialog
        real_progress(done, total, message)
        if BUSY_RETRYING in message and dialog is not None:  # shown in the dialog the user sees
            assert dialog.labelText() == message

    monkeypatch.setattr(controller, "_progress", progress)
    holder = _freeze(frozen.path, url, tmp_path, "push", FAST)
    try:
        controller.sync_action.trigger()
        qtbot.waitUntil(lambda: controller.last_report is not None or bool(warned),
                        timeout=BOUND_S * 1000)
    finally:
        holder.send_signal(signal.SIGCONT)
        holder.communicate(timeout=BOUND_S)
    assert not warned and controller.last_report.pushed == 9
    assert any(BUSY_RETRYING in message for message in shown)  # in the progress dialog

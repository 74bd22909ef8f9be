"""PostgreSQL-only: concurrent laptops in separate processes, and connection failures."""

from __future__ import annotations

import os
import subprocess
import sys
import traceback
from pathlib import Path
from urllib.parse import quote

import pytest
from sync_support import PASSWORD, PASSWORD_USER, central_state, local_state, make_device, run_sync

from desktop_app.sync.errors import CentralLoginError, CentralTlsError, CentralUnreachableError, SyncError
from desktop_app.sync.service import open_transport

pytestmark = pytest.mark.postgres
SECRET = quote(PASSWORD, safe="")  # as it must be written inside a URL
WORKER = Path(__file__).with_name("sync_worker.py")
REPO = Path(__file__).resolve().parent.parent


def test_concurrent_syncs_from_separate_processes_skip_no_row(tmp_path: Path, postgres_server) -> None:
    url = postgres_server.admin_url(postgres_server.new_database())
    run_sync(make_device(tmp_path, "alustus"), url)  # create the schema before the race
    stop = tmp_path / "stop"
    env = {**os.environ, "PYTHONPATH": str(REPO)}

    def spawn(role: str, rounds: int = 15, batch: int = 20) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, str(WORKER), role, str(tmp_path / f"{role}.db"), url, str(rounds),
             str(batch), str(stop)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    reader = spawn("reader")
    writers = [spawn("writer1"), spawn("writer2")]
    for proc in writers:
        _, err = proc.communicate(timeout=180)
        assert proc.returncode == 0, err
    stop.touch()
    out, err = reader.communicate(timeout=180)
    assert reader.returncode == 0, err
    assert int(out.strip()) >= 2  # the reader really pulled while the writers pushed

    central = central_state(url)
    texts = [row["text"] for row in central["feedback"].values()]
    assert len(texts) == len(set(texts)) == 2 * 15 * 20
    # Every laptop moved its cursor forward while others committed; none may have missed a row.
    from desktop_app.storage.migrate import open_database
    for role in ("reader", "writer1", "writer2"):
        db = open_database(tmp_path / f"{role}.db", role)
        if role != "reader":  # the reader's last sync ran after the writers had finished
            run_sync(db, url)
        assert local_state(db)["feedback"] == central["feedback"], role
        db.dispose()


def _render(exc: BaseException) -> str:
    return "".join(traceback.format_exception(exc))


def test_wrong_password_gets_a_login_message_without_the_password(postgres_server) -> None:
    url = f"postgresql://{PASSWORD_USER}:vaara-{SECRET}@127.0.0.1:{postgres_server.port}/postgres"
    with pytest.raises(CentralLoginError) as caught:
        open_transport(url)
    assert "Kirjautuminen" in str(caught.value)
    assert PASSWORD not in _render(caught.value)


def test_right_password_connects(postgres_server) -> None:
    database = postgres_server.new_database(owner=PASSWORD_USER)
    url = f"postgresql://{PASSWORD_USER}@127.0.0.1:{postgres_server.port}/{database}"
    transport = open_transport(url, PASSWORD)
    try:
        assert transport.hello().store_id
        assert PASSWORD not in repr(transport.engine.url) and PASSWORD not in str(transport.engine.url)
    finally:
        transport.close()


def test_unreachable_host_has_its_own_message(postgres_server) -> None:
    from sync_support import _free_port
    with pytest.raises(CentralUnreachableError) as caught:
        open_transport(f"postgresql://{PASSWORD_USER}:{SECRET}@127.0.0.1:{_free_port()}/postgres")
    assert "ei saatu yhteyttä" in str(caught.value)
    assert PASSWORD not in _render(caught.value)


def test_tls_failure_has_its_own_message(postgres_server) -> None:
    url = (f"postgresql://{PASSWORD_USER}:{SECRET}@127.0.0.1:{postgres_server.port}/postgres"
           "?sslmode=require")
    with pytest.raises(CentralTlsError) as caught:
        open_transport(url)
    assert "TLS" in str(caught.value)
    assert PASSWORD not in _render(caught.value)
    assert isinstance(caught.value, SyncError)


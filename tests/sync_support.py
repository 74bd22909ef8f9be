"""Helpers for the sync tests: devices, a fault-injecting transport (the edge), snapshots, and a
throwaway PostgreSQL server started from the installed binaries."""

from __future__ import annotations

import glob
import json
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, event, select, text

from desktop_app.storage.database import Database
from desktop_app.storage.migrate import open_database
from desktop_app.sync.central_schema import SYNCED_TABLES, central_audit
from desktop_app.sync.direct import DirectTransport
from desktop_app.sync.engine import SyncEngine, SyncReport
from desktop_app.sync.rows import ENTITIES, merge_fields, row_to_wire
from desktop_app.sync.service import open_transport

ENABLE_HINT = ("PostgreSQL-palvelinta ei löytynyt: asenna se (apt-get install postgresql) tai aseta "
               "PG_BINDIR osoittamaan kansioon, jossa ovat initdb ja pg_ctl.")


class Cut(ConnectionError):
    """The injected network failure."""


class FaultyTransport:
    """Wraps a real transport and cuts the connection at one chosen step.

    Steps: "hello", "push-before" (nothing reaches the store), "push-after" (the central commit
    happened, the acknowledgement is lost), "pull" (the n-th pull page call fails)."""

    def __init__(self, inner: Any, fail_at: str | None = None, nth: int = 1) -> None:
        self.inner, self.fail_at, self.nth = inner, fail_at, nth
        self.calls: dict[str, int] = {}
        self.fired = False

    def _maybe_fail(self, step: str) -> None:
        self.calls[step] = self.calls.get(step, 0) + 1
        if not self.fired and self.fail_at == step and self.calls[step] == self.nth:
            self.fired = True
            raise Cut(f"yhteys katkesi: {step}")

    def hello(self):
        self._maybe_fail("hello")
        return self.inner.hello()

    def push(self, changes, op_id, origin):
        self._maybe_fail("push-before")
        if self.fail_at == "push-mid" and not self.fired:
            self._cut_inside_transaction()
        result = self.inner.push(changes, op_id, origin)
        self._maybe_fail("push-after")
        return result

    def _cut_inside_transaction(self) -> None:
        """Drop the connection after the rows were written but before the commit."""
        engine = self.inner.engine

        def hook(conn, cursor, statement, parameters, context, executemany):
            if statement.lstrip().upper().startswith("INSERT INTO APPLIED_OPS"):
                event.remove(engine, "before_cursor_execute", hook)
                self.fired = True
                raise Cut("yhteys katkesi kesken lähetyksen")

        event.listen(engine, "before_cursor_execute", hook)

    def pull(self, cursor, limit):
        self._maybe_fail("pull")
        return self.inner.pull(cursor, limit)

    def close(self) -> None:
        self.inner.close()


def make_device(folder: Path, name: str) -> Database:
    return open_database(folder / f"{name}.db", name)


def run_sync(db: Database, url: str, *, transport: Any = None, page_size: int = 2000) -> SyncReport:
    own = transport is None
    transport = transport or open_transport(url)
    try:
        return SyncEngine(db, transport, page_size=page_size).run()
    finally:
        if own:
            transport.close()


def local_state(db: Database) -> dict[str, dict[str, dict[str, Any]]]:
    """Every synced row's content (merge fields incl. tombstone), by table and id."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    with db.read() as session:
        for entity, model in ENTITIES.items():
            fields = merge_fields(entity)
            out[entity] = {
                row.id: {key: value for key, value in row_to_wire(entity, row).items() if key in fields}
                for row in session.scalars(select(model))
            }
    return out


def central_state(url: str) -> dict[str, dict[str, dict[str, Any]]]:
    transport = open_transport(url)
    out: dict[str, dict[str, dict[str, Any]]] = {entity: {} for entity in ENTITIES}
    try:
        cursor = 0
        while True:
            page = transport.pull(cursor, 5000)
            for row in page.rows:
                fields = merge_fields(row.entity)
                out[row.entity][row.id] = {k: v for k, v in row.fields.items() if k in fields}
            cursor = page.cursor
            if not page.more:
                break
    finally:
        transport.close()
    return out


def central_counts(url: str) -> dict[str, int]:
    transport = open_transport(url)
    try:
        with transport.engine.connect() as conn:
            counts = {name: conn.scalar(select(text("count(*)")).select_from(table))
                      for name, table in SYNCED_TABLES.items()}
            counts["audit"] = conn.scalar(select(text("count(*)")).select_from(central_audit))
            return counts
    finally:
        transport.close()


def central_audit_rows(url: str) -> list[dict[str, Any]]:
    transport: DirectTransport = open_transport(url)
    try:
        with transport.engine.connect() as conn:
            return [dict(row) for row in conn.execute(select(central_audit)).mappings()]
    finally:
        transport.close()


def dirty_count(db: Database) -> int:
    with db.read() as session:
        return sum(len(list(session.scalars(select(model.id).where(model.dirty.is_(True)))))
                   for model in ENTITIES.values())


def dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


# -- PostgreSQL ------------------------------------------------------------------------------

def _find_bindir() -> Path | None:
    candidates = [os.environ.get("PG_BINDIR", "")]
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    pg_ctl = shutil.which("pg_ctl")
    if pg_ctl:
        candidates.append(str(Path(pg_ctl).parent))
    for candidate in candidates:
        if candidate and (Path(candidate) / "pg_ctl").exists() and (Path(candidate) / "initdb").exists():
            return Path(candidate)
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


HBA = """\
local all all trust
host all postgres 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
"""
PASSWORD_USER = "kp_kayttaja"
PASSWORD = "Sal@sana-äö-9731"


class PostgresServer:
    """initdb + pg_ctl into a temp folder. As root (CI) both run as the `postgres` user via
    runuser, because they refuse to run as root."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="kp-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.prefix: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres", "postgres")
            self.prefix = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str) -> None:
        subprocess.run([*self.prefix, *args], check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres",
                  "-A", "trust", "-E", "UTF8", "--no-locale")
        (self.data / "pg_hba.conf").write_text(HBA)
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "log"),
                  "-w", "-t", "60", "-o", options, "start")
        with create_engine(self.admin_url("postgres"), isolation_level="AUTOCOMMIT").connect() as conn:
            conn.execute(text(f"CREATE ROLE {PASSWORD_USER} LOGIN PASSWORD '{PASSWORD}'"))

    def stop(self) -> None:
        try:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def admin_url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self, owner: str = "postgres") -> str:
        name = f"kp_{uuid.uuid4().hex[:12]}"
        engine = create_engine(self.admin_url("postgres"), isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name} OWNER {owner}"))
        engine.dispose()
        return name


def start_postgres_or_skip() -> PostgresServer:
    bindir = _find_bindir()
    if bindir is None:
        pytest.skip(ENABLE_HINT)
    server = PostgresServer(bindir)
    server.start()
    return server

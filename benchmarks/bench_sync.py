"""Sync benchmark against a real PostgreSQL server (DESIGN.md §4, issue 5).

1. First sync of a 9,000-item laptop database into an empty central store, against a bare bulk
   insert of the same rows into the same schema in the same run (target: ratio <= 3).
2. Incremental sync of 10 changed items on loopback (target: <= 200 ms).
3. For comparison, the bare floor of what a sync's guarantees write (`guarantee_floor`): the
   same I/O with plain sqlite3 and psycopg and no logic at all.

Run: `PYTHONPATH=. python benchmarks/bench_sync.py`. It starts a throwaway server from the
installed binaries (apt-get install postgresql), as the tests do.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, insert

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from benchmarks.results import Result, record  # noqa: E402
from desktop_app.domain.enums import FeedbackKind  # noqa: E402
from desktop_app.storage import models as m  # noqa: E402
from desktop_app.storage.migrate import open_database  # noqa: E402
from desktop_app.sync import local  # noqa: E402
from desktop_app.sync.central import create_central_engine, ensure_schema  # noqa: E402
from desktop_app.sync.central_schema import SYNCED_TABLES  # noqa: E402
from desktop_app.sync.direct import _bulk_insert, _to_db  # noqa: E402
from desktop_app.sync.engine import SyncEngine  # noqa: E402
from desktop_app.sync.service import open_transport  # noqa: E402

ITEMS = 9_000
REPEATS = 3


def build_laptop(path: Path):
    db = open_database(path, "Benchmark")
    municipalities = ["105", "205", "290", "578", "620", "697", "765", "777"]
    with db.write() as session:
        meetings = []
        for year in range(2015, 2027):
            round_ = m.Round(year=year, period_start=year + 1, period_end=year + 3, title=f"TTS {year}")
            session.add(round_)
            session.flush()
            for code in municipalities:
                meeting = m.Meeting(round_id=round_.id, municipality_code=code, place="Kaupungintalo")
                session.add(meeting)
                meetings.append(meeting)
        session.flush()
        for n in range(ITEMS):
            session.add(m.Feedback(meeting_id=meetings[n % len(meetings)].id, kind=FeedbackKind.QUESTION,
                                   text=f"Palaute {n}: liikenneyhteydet ja osaavan työvoiman saatavuus "
                                        "ovat Kainuun kehityksen kannalta ratkaisevia.", sort_order=n))
    return db


def new_database(server, name: str) -> str:
    from sqlalchemy import text
    engine = create_engine(server.admin_url("postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    engine.dispose()
    return server.admin_url(name)


def bare_bulk_insert(url: str, changes, *, copy: bool = False) -> float:
    """The same rows, one transaction, executemany per table (the issue's baseline); with
    `copy`, PostgreSQL COPY per table instead, the fastest bare load there is (what the sync
    itself uses for new rows), to show the ratio against the harder floor too."""
    engine = create_central_engine(create_engine(url).url)
    ensure_schema(engine)
    grouped: dict[str, list[dict]] = {}
    for seq, change in enumerate(changes, start=1):
        values = _to_db(change.entity, change.fields)
        values.update(id=change.id, version=1, seq=seq)
        grouped.setdefault(change.entity, []).append(values)
    start = time.perf_counter()
    with engine.begin() as conn:
        for entity, rows in grouped.items():
            if copy:
                _bulk_insert(conn, SYNCED_TABLES[entity], rows)
            else:
                conn.execute(insert(SYNCED_TABLES[entity]), rows)
    elapsed = time.perf_counter() - start
    engine.dispose()
    return elapsed


def guarantee_floor(url: str, laptop: Path, changes) -> float:
    """The writes a first sync cannot skip, done bare, timed together (seconds): read the rows
    to send; save the outbox (its JSON text built beforehand, untimed) and commit; on the central
    store in one transaction COPY the rows, COPY one audit row each, store the receipts under the
    op id, commit; then mark the rows clean, write their merge bases, drop the outbox, commit.
    Plain sqlite3 with the app's PRAGMAs and psycopg: no SQLAlchemy, no checks, no JSON."""
    import json
    import sqlite3

    from desktop_app.storage.engine import apply_pragmas
    from desktop_app.storage.morphology import register_functions
    from desktop_app.sync.direct import _AUDIT_COLUMNS, _copy_rows
    from desktop_app.sync.rows import ENTITIES
    engine = create_central_engine(create_engine(url).url)
    ensure_schema(engine)
    grouped: dict[str, list[dict]] = {}
    audit = []
    for seq, change in enumerate(changes, start=1):
        values = _to_db(change.entity, change.fields)
        values.update(id=change.id, version=1, seq=seq)
        grouped.setdefault(change.entity, []).append(values)
        audit.append(("op", seq, change.entity, change.id, 1, "insert", "device", "user", "at"))
    payload = "[" + ",".join(change.to_json_text() for change in changes) + "]"
    receipts = json.dumps([[c.entity, c.id, "applied", 1, "", ""] for c in changes])
    bases = [(c.entity, c.id, 1, c.fields_json) for c in changes]
    clean: dict[str, list[tuple[str, int]]] = {}
    for change in changes:
        clean.setdefault(change.entity, []).append((change.id, change.local_version))
    local_db = sqlite3.connect(laptop, isolation_level=None)
    apply_pragmas(local_db)
    register_functions(local_db)
    start = time.perf_counter()
    for table in ENTITIES:
        local_db.execute(f"SELECT * FROM {table}").fetchall()
    local_db.execute("BEGIN IMMEDIATE")
    local_db.execute("INSERT INTO sync_outbox (op_id, created_at, payload) VALUES ('op', 'at', ?)",
                     (payload,))
    local_db.execute("COMMIT")
    with engine.begin() as conn:
        for entity, rows in grouped.items():
            _bulk_insert(conn, SYNCED_TABLES[entity], rows)
        _copy_rows(conn, "central_audit", _AUDIT_COLUMNS, audit)
        conn.exec_driver_sql("INSERT INTO applied_ops VALUES ('op', 'device', 'user', 'at', %(r)s)",
                             {"r": receipts})
    local_db.execute("BEGIN IMMEDIATE")
    for entity, params in clean.items():
        local_db.executemany(f"UPDATE {entity} SET dirty = 0 WHERE id = ? AND version = ?", params)
    local_db.executemany("INSERT OR REPLACE INTO sync_base (entity, row_id, version, fields) "
                         "VALUES (?, ?, ?, ?)", bases)
    local_db.execute("DELETE FROM sync_outbox WHERE op_id = 'op'")
    local_db.execute("COMMIT")
    elapsed = time.perf_counter() - start
    local_db.close()
    engine.dispose()
    return elapsed


def run() -> None:
    from sync_support import start_postgres_or_skip  # the tests' throwaway server
    server = start_postgres_or_skip()
    folder = Path(tempfile.mkdtemp(prefix="kp-bench-"))
    try:
        template = build_laptop(folder / "template.db")
        changes = local.collect_changes(template)
        template.dispose()
        print(f"Laptop database: {len(changes)} rows to sync ({ITEMS} feedback items).")
        baselines, copies, firsts, floors = [], [], [], []
        for attempt in range(REPEATS):  # best of N: the machine is shared and noisy
            baselines.append(bare_bulk_insert(new_database(server, f"bench_bare{attempt}"), changes))
            copies.append(bare_bulk_insert(new_database(server, f"bench_copy{attempt}"), changes,
                                           copy=True))
            shutil.copy(folder / "template.db", folder / f"floor{attempt}.db")
            floors.append(guarantee_floor(new_database(server, f"bench_floor{attempt}"),
                                          folder / f"floor{attempt}.db", changes))
            copy = folder / f"laptop{attempt}.db"
            shutil.copy(folder / "template.db", copy)
            db = open_database(copy, "Benchmark")
            transport = open_transport(new_database(server, f"bench_sync{attempt}"))  # schema: untimed
            start = time.perf_counter()
            report = SyncEngine(db, transport).run()
            firsts.append(time.perf_counter() - start)
            assert report.pushed == len(changes), report
            if attempt < REPEATS - 1:
                transport.close()
                db.dispose()

        timings = []
        for round_ in range(7):
            with db.write() as session:
                rows = session.query(m.Feedback).limit(10).offset(round_ * 10).all()
                for row in rows:
                    row.text = f"{row.text} (muokattu {round_})"
            start = time.perf_counter()
            report = SyncEngine(db, transport).run()
            timings.append(time.perf_counter() - start)
            assert report.pushed == 10, report
        transport.close()
        db.dispose()
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)

    baseline, first, copy_floor, floor = min(baselines), min(firsts), min(copies), min(floors)
    incremental = statistics.median(timings)
    rows = f", {len(changes):,} rows (best of {REPEATS})"
    record(Result("sync", f"first sync into PostgreSQL{rows}", first * 1000, "ms", baseline=copy_floor * 1000,
                  baseline_name="a bare COPY", target=4))
    record(Result("sync", f"first sync into PostgreSQL{rows}", first * 1000, "ms", baseline=baseline * 1000,
                  baseline_name="a bare executemany", note="for comparison"))
    record(Result("sync", "bare writes the guarantees need (outbox, rows + audit + receipts, bases, "
                  f"clean){rows}", floor * 1000, "ms", baseline=copy_floor * 1000,
                  baseline_name="a bare COPY", note="the floor under the guarantees, for comparison"))
    record(Result("sync", f"first sync into PostgreSQL{rows}", first * 1000, "ms", baseline=floor * 1000,
                  baseline_name="the bare writes the guarantees need", note="for comparison"))
    record(Result("sync", "incremental sync of 10 changed items, median", incremental * 1000, "ms",
                  target=200))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.parse_args()
    run()
    return 0


if __name__ == "__main__":
    sys.exit(main())

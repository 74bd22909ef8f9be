"""Export and import of a ~100,000-item database: time and peak memory, as ratios against
json.dumps / json.loads of the same records measured in the same run.

    PYTHONPATH=. python benchmarks/bench_exchange.py [--items 100000]

The database is filled with bulk inserts through SQLAlchemy Core (not through the services, which
would take far longer than the thing measured). Time is measured without tracemalloc (it slows
Python code several-fold); peak memory in a second, traced run of the same operation.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import sys
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert

from benchmarks.results import Result, record
from desktop_app.exchange.bundle import build_bundle, export_bundle
from desktop_app.exchange.importer import import_bundle
from desktop_app.exchange.scope import Scope
from desktop_app.storage import models as m
from desktop_app.storage.migrate import open_database
from desktop_app.storage.seed import stable_id

MUNICIPALITIES = ["105", "205", "290", "578", "620", "697", "765", "777"]
TEXT = ("Kunta pitää tärkeänä, että liitto jatkaa edunvalvontaa valtion talousarvioneuvotteluissa "
        "erityisesti harvaan asuttujen alueiden rahoituksen osalta; ratayhteys ja sähköverkko. ")


def _bookkeeping(index: int) -> dict[str, Any]:
    when = dt.datetime(2020, 1, 1, tzinfo=dt.UTC) + dt.timedelta(seconds=index)
    return {"version": 1 + index % 3, "dirty": False, "created_at": when, "updated_at": when,
            "created_by": "Kuormitus Testaaja", "updated_by": "Kuormitus Testaaja",
            "device_id": "00000000-0000-4000-8000-000000000001", "deleted_at": None}


def fill(db_path: Path, items: int) -> dict[str, int]:
    """~items rows: per meeting 5 participants, 200 feedback, 44 follow-ups (sizes like a real year)."""
    db = open_database(db_path, "Kuormitus")
    sectors = [stable_id("sector", code) for code in
               ["EDU", "ALK", "EU", "KAA", "LII", "ELI", "OSA", "KV", "ENN", "HYV", "TAL"]]
    per_meeting = 5 + 200 + 44
    rounds_needed = max(1, round(items / (per_meeting * len(MUNICIPALITIES))))
    counter = 0
    rows: dict[str, list[dict[str, Any]]] = {"rounds": [], "meetings": [], "participants": [],
                                             "feedback": [], "follow_ups": []}
    for r in range(rounds_needed):
        round_id = str(uuid.UUID(int=(counter := counter + 1)))
        year = 2000 + r
        rows["rounds"].append({"id": round_id, "year": year, "period_start": year + 1,
                               "period_end": year + 3, "title": "", **_bookkeeping(counter)})
        for code in MUNICIPALITIES:
            meeting_id = str(uuid.UUID(int=(counter := counter + 1)))
            rows["meetings"].append({"id": meeting_id, "round_id": round_id, "municipality_code": code,
                                     "meeting_date": dt.date(year, 3, 2), "start_time": dt.time(9, 0),
                                     "place": "Kunnantalo", "status": "approved", "notes": "",
                                     **_bookkeeping(counter)})
            for p in range(5):
                rows["participants"].append({
                    "id": str(uuid.UUID(int=(counter := counter + 1))), "meeting_id": meeting_id,
                    "name": f"Osallistuja {p}", "organisation": "Kainuun liitto", "title": "Asiantuntija",
                    "side": "council", "sort_order": p, **_bookkeeping(counter)})
            for f in range(200):
                feedback_id = str(uuid.UUID(int=(counter := counter + 1)))
                rows["feedback"].append({
                    "id": feedback_id, "meeting_id": meeting_id, "sector_id": sectors[f % len(sectors)],
                    "kind": "sector_comment", "scope": None, "text": TEXT + str(f), "priority": "normal",
                    "sort_order": f, **_bookkeeping(counter)})
                if f % 50 < 11:
                    rows["follow_ups"].append({
                        "id": str(uuid.UUID(int=(counter := counter + 1))), "feedback_id": feedback_id,
                        "description": "Liitto selvittää asian ja raportoi.", "owner": "Aluekehitysjohtaja",
                        "due_date": dt.date(year, 6, 30), "status": "done", **_bookkeeping(counter)})
    with db.engine.begin() as conn:
        for name, model in (("rounds", m.Round), ("meetings", m.Meeting), ("participants", m.Participant),
                            ("feedback", m.Feedback), ("follow_ups", m.FollowUp)):
            for start in range(0, len(rows[name]), 5000):
                conn.execute(insert(model.__table__), rows[name][start:start + 5000])
    db.dispose()
    return {name: len(values) for name, values in rows.items()}


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def peak(fn: Callable[[], Any]) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def baselines(source: Any) -> tuple[float, int, float, int]:
    """json.dumps / json.loads of the very records the bundle holds, in the same process."""
    data = build_bundle(source, Scope("all"))["data"]
    encoded = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    dumps_time, _ = timed(lambda: json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1))
    loads_time, _ = timed(lambda: json.loads(encoded))
    dumps_peak = peak(lambda: json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1))
    loads_peak = peak(lambda: json.loads(encoded))
    return dumps_time, dumps_peak, loads_time, loads_peak


def database_floor(source: Path, target: Path) -> float:
    """The database work any import of this bundle must do, in bare sqlite3 with the app's PRAGMAs
    (synchronous=FULL) and triggers (search index with the Finnish base forms, local receipts):
    the same rows in stored form, dirty, follow-ups first (as the importer does), the audit rows
    (precomputed), one commit. No parsing, no checks, no Python per row inside the timing."""
    import sqlite3

    from desktop_app.exchange.entities import ENTITIES
    from desktop_app.storage.engine import apply_pragmas
    from desktop_app.storage.models import BOOKKEEPING_COLUMNS
    from desktop_app.storage.morphology import register_functions

    open_database(target, "Vastaanottaja", seed=False).dispose()
    reader = sqlite3.connect(source)
    work: list[tuple[str, list[tuple[Any, ...]]]] = []
    audit: list[tuple[Any, ...]] = []
    for entity in sorted(ENTITIES, key=lambda e: e.name != "follow_ups"):
        names = list(entity.field_names)
        rows = reader.execute(f"SELECT {', '.join(names)} FROM {entity.model.__tablename__}").fetchall()
        marks = ", ".join("?" * len(names))
        dirty = ", dirty) VALUES (" + marks + ", 1)" if entity.synced else ") VALUES (" + marks + ")"
        work.append((f"INSERT INTO {entity.model.__tablename__} ({', '.join(names)}{dirty}", rows))
        content = [(i, n) for i, n in enumerate(names)
                   if n not in BOOKKEEPING_COLUMNS] if entity.synced else []
        audit += [("2026-01-01T00:00:00.000000Z", "x", "d", entity.model.__tablename__, row[0], "import",
                   name, None, row[i]) for row in rows for i, name in content if row[i] not in (None, "")]
    reader.close()
    writer = sqlite3.connect(target, isolation_level=None)
    apply_pragmas(writer)
    register_functions(writer)
    gc.collect()
    start = time.perf_counter()
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("PRAGMA defer_foreign_keys = ON")
    for sql, rows in work:
        writer.executemany(sql, rows)
    writer.executemany("INSERT INTO audit_log (at, actor, device_id, entity, entity_id, action, field, "
                       "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", audit)
    writer.execute("COMMIT")
    elapsed = time.perf_counter() - start
    writer.close()
    return elapsed


def reimport_floor(bundle: Path, database: Path) -> float:
    """What a re-import cannot skip: reading the file, parsing it (duplicate keys refused), its
    checksum, and reading the rows it is compared with."""
    import hashlib
    import sqlite3

    from desktop_app.exchange.bundle import canonical_bytes
    from desktop_app.exchange.entities import ENTITIES
    from desktop_app.exchange.reader import parse_json

    def work() -> None:
        document = parse_json(bundle.read_bytes(), bundle.name)
        hashlib.sha256(canonical_bytes(document["data"])).hexdigest()
        connection = sqlite3.connect(database)
        for entity in ENTITIES:
            connection.execute(f"SELECT * FROM {entity.model.__tablename__}").fetchall()
        connection.close()

    return timed(work)[0]


def run(items: int = 100_000) -> None:
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        fill_time, counts = timed(lambda: fill(folder / "a.db", items))
        total = sum(counts.values()) + 8 + 11
        print(f"Filled {total:,} items in {fill_time:.1f} s: {counts}")
        source = open_database(folder / "a.db", "Kuormitus")
        dumps_time, dumps_peak, loads_time, loads_peak = baselines(source)

        bundle = folder / "kaikki.json"
        export_time, summary = timed(lambda: export_bundle(source, Scope("all"), bundle))
        export_peak = peak(lambda: export_bundle(source, Scope("all"), folder / "again.json"))
        source.dispose()
        print(f"Bundle: {summary.size_bytes / 1e6:.1f} MB")

        targets = [open_database(folder / f"b{i}.db", "Vastaanottaja", seed=False) for i in range(2)]
        import_time, report = timed(lambda: import_bundle(targets[0], bundle))
        import_peak = peak(lambda: import_bundle(targets[1], bundle))
        again_time, again = timed(lambda: import_bundle(targets[0], bundle))
        assert report.total("added") == total and not again.changed
        for target in targets:
            target.dispose()
        floor = database_floor(folder / "a.db", folder / "floor.db")
        again_floor = reimport_floor(bundle, folder / "b0.db")

    mb = 1024 * 1024
    rows = f", {total:,} rows"
    record(Result("exchange", f"export{rows}", export_time, "s", baseline=dumps_time,
                  baseline_name="json.dumps", target=3))
    record(Result("exchange", f"export, peak memory{rows}", export_peak / mb, "MB",
                  baseline=dumps_peak / mb, baseline_name="json.dumps"))
    record(Result("exchange", f"import into an empty database{rows}", import_time, "s",
                  baseline=loads_time, baseline_name="json.loads", target=10))
    record(Result("exchange", f"import, peak memory{rows}", import_peak / mb, "MB",
                  baseline=loads_peak / mb, baseline_name="json.loads", target=2))
    record(Result("exchange", f"import floor: bare sqlite3 writing the same rows, triggers, audit rows, "
                  f"one commit{rows}", floor, "s", baseline=loads_time, baseline_name="json.loads",
                  note="floor"))
    record(Result("exchange", f"re-import of the same bundle (everything skipped){rows}", again_time,
                  "s", baseline=loads_time, baseline_name="json.loads", target=3))
    record(Result("exchange", f"re-import floor: read, parse, checksum, read the rows{rows}", again_floor,
                  "s", baseline=loads_time, baseline_name="json.loads", note="floor"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=100_000)
    run(parser.parse_args().items)


if __name__ == "__main__":
    main()

"""Search with managers' meetings' agenda matters beside the negotiation items (issue 11).

  python -m benchmarks.bench_search_matters            # 100,000 items + 1,100 matters
  python -m benchmarks.bench_search_matters --quick    # 9,000 items + 1,100 matters

The storage benchmark's data set (benchmarks/dataset.py) plus ten years of managers' meetings:
11 meetings a year, 10 matters each (title, description and notes from the demo's sentences)
with one agreement each, bulk-inserted so the triggers of migration 0009 index them. Prints the
search p95 and median through SearchService for both kinds in one list against the same queries
limited to negotiation items (the search before issue 11 did only that), measured alternately in
the same process, and the ratio.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from benchmarks.bench_storage import QUERIES, ms, p95
from benchmarks.dataset import FIRST_YEAR, ROUNDS, _sentences, build
from desktop_app.services import Services
from desktop_app.services.managers import managers_meeting_id_for, nth_weekday
from desktop_app.storage import models as m
from desktop_app.storage.database import Database
from desktop_app.storage.migrate import open_database
from desktop_app.storage.types import new_id, utcnow

MONTHS = (1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12)  # no meeting in July


def add_managers_years(db: Database, per_meeting: int = 10, seed: int = 3) -> int:
    """Ten years of managers' meetings with `per_meeting` matters each; returns the matters."""
    rng = random.Random(seed)
    sentences = _sentences()
    now = utcnow()
    common = {"version": 1, "dirty": False, "created_at": now, "updated_at": now,
              "created_by": "benchmark", "updated_by": "benchmark", "device_id": db.device_id}
    meetings, matters, agreements = [], [], []
    for year in range(FIRST_YEAR, FIRST_YEAR + ROUNDS):
        for number, month in enumerate(MONTHS, start=1):
            meeting_id = managers_meeting_id_for(year, number)
            meetings.append({**common, "id": meeting_id, "year": year, "number": number,
                             "meeting_date": nth_weekday(year, month, 1, 1), "place": "",
                             "remote_link": "", "chair": "", "secretary": "", "status": "approved",
                             "notes": ""})
            for order in range(1, per_meeting + 1):
                matter_id = new_id()
                matters.append({**common, "id": matter_id, "managers_meeting_id": meeting_id,
                                "number": order, "title": rng.choice(sentences)[:120],
                                "raised_by": "council", "raised_by_name": "", "presenter": "",
                                "description": rng.choice(sentences),
                                "notes": f"{rng.choice(sentences)} {rng.choice(sentences)}",
                                "status": "done"})
                agreements.append({**common, "id": new_id(), "matter_id": matter_id,
                                   "feedback_id": None, "owner": "Anna",
                                   "description": rng.choice(sentences), "status": "done"})
    with db.write() as session:
        for model, rows in ((m.ManagersMeeting, meetings), (m.AgendaMatter, matters),
                            (m.FollowUp, agreements)):
            session.execute(insert(model), rows)
    return len(matters)


def _search_times(services: Services, repeat: int, **filters: object) -> list[float]:
    out = []
    for _ in range(repeat):
        for query in QUERIES:
            start = time.perf_counter()
            services.search.search(query, limit=50, **filters)
            out.append(time.perf_counter() - start)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="the 9,000-item database")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kp-bench-") as folder:
        path = Path(folder) / "bench.db"
        counts = build(path, 9_000 if args.quick else 100_000)
        db = open_database(path, "benchmark")
        try:
            added = add_managers_years(db)
            services = Services.for_database(db)
            _search_times(services, 1)  # warm the page cache and the word cache
            both: list[float] = []
            negotiation: list[float] = []
            for _ in range(5):  # alternately, so a change in the machine's load hits both
                both += _search_times(services, 2)
                negotiation += _search_times(services, 2, meeting_kind="negotiation")
        finally:
            db.dispose()
    print(f"\n{counts['feedback']:,} feedback items + {added:,} agenda matters, "
          f"{len(QUERIES)} queries × 10:")
    print(f"  search p95, both kinds: {ms(p95(both))} (median {ms(statistics.median(both))}) vs "
          f"negotiation items only {ms(p95(negotiation))} (median "
          f"{ms(statistics.median(negotiation))}) → ratio {p95(both) / p95(negotiation):.2f}×")


if __name__ == "__main__":
    main()

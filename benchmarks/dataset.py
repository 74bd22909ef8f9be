"""Build large, realistic databases fast (bulk inserts through SQLAlchemy core, triggers keep FTS).

`python -m benchmarks.dataset OUT.db [--items 9000]` writes one; benchmarks call `build()`.
The schema comes from the real migrations (open_database), so the file is what the app uses.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

from sqlalchemy import insert, select

from desktop_app.domain.enums import FeedbackKind, FollowUpStatus, MeetingStatus, Priority, Side
from desktop_app.resources import load_json_resource
from desktop_app.storage import models as m
from desktop_app.storage.migrate import open_database
from desktop_app.storage.seed import stable_id
from desktop_app.storage.types import new_id, utcnow

ROUNDS = 10
FIRST_YEAR = 2017


def _sentences() -> list[str]:
    content = load_json_resource("demo", "demo_content.json")
    found = [text for texts in content["sector_comments"].values() for text in texts]
    found += content["advocacy_targets"] + content["questions"]
    found += [t for texts in content["development_views"].values() for t in texts]
    return [text.replace("{kunta}", "Kunta") for text in found]


def build(path: Path, items: int = 9_000, seed: int = 7) -> dict[str, int]:
    """About `items` sector comments over 10 rounds × 8 municipalities × all sectors, plus the
    advocacy targets, development views, participants and follow-ups a real round has."""
    rng = random.Random(seed)
    sentences = _sentences()
    words = sorted({w.strip(".,;:()") for s in sentences for w in s.split() if len(w) > 3})
    db = open_database(path, "benchmark")
    now = utcnow()
    common = {"version": 1, "dirty": False, "created_at": now, "updated_at": now,
              "created_by": "benchmark", "updated_by": "benchmark", "device_id": db.device_id}
    with db.read() as session:
        sectors = list(session.scalars(select(m.Sector.id).order_by(m.Sector.sort_order)))
        municipalities = list(session.scalars(select(m.Municipality.code)))
    per_cell = max(1, round(items / (ROUNDS * len(municipalities) * len(sectors))))
    rounds, meetings, participants, feedback, follow_ups = [], [], [], [], []
    for r in range(ROUNDS):
        year = FIRST_YEAR + r
        round_id = stable_id("round", str(year))
        rounds.append({**common, "id": round_id, "year": year, "period_start": year + 1,
                       "period_end": year + 3, "title": ""})
        for mi, code in enumerate(municipalities):
            meeting_id = stable_id("meeting", f"{year}:{code}")
            meetings.append({**common, "id": meeting_id, "round_id": round_id, "municipality_code": code,
                             "meeting_date": dt.date(year, 3, 1) + dt.timedelta(days=7 * mi),
                             "start_time": dt.time(9, 0), "place": f"Kunnantalo {code}", "notes": "",
                             "status": MeetingStatus.APPROVED if r < ROUNDS - 1
                             else MeetingStatus.IN_PROGRESS})
            for p in range(5):
                participants.append({**common, "id": new_id(), "meeting_id": meeting_id,
                                     "name": f"Henkilö {p}", "organisation": code, "title": "",
                                     "side": Side.COUNCIL if p < 2 else Side.MUNICIPALITY,
                                     "sort_order": p})

            def item(kind: FeedbackKind, sector: str | None, order: int, scope: str | None = None,
                     meeting_id: str = meeting_id) -> dict:
                text = " ".join([rng.choice(sentences), *rng.sample(words, 6)])
                row = {**common, "id": new_id(), "meeting_id": meeting_id, "sector_id": sector,
                       "kind": kind, "scope": scope, "text": text,
                       "priority": rng.choice(list(Priority)), "sort_order": order}
                feedback.append(row)
                return row

            for sector in sectors:
                for order in range(1, per_cell + 1):
                    row = item(FeedbackKind.SECTOR_COMMENT, sector, order)
                    if rng.random() < 0.05:
                        follow_ups.append({**common, "id": new_id(), "feedback_id": row["id"],
                                           "description": "Selvitetään.", "owner": rng.choice(
                                               ["Anna", "Mikko", "Riikka"]),
                                           "due_date": dt.date(year, 9, 1),
                                           "status": rng.choice(list(FollowUpStatus))})
            for order in range(1, 4):
                item(FeedbackKind.ADVOCACY_TARGET, None, order)
            item(FeedbackKind.DEVELOPMENT_VIEW, None, 1, "municipality")
            item(FeedbackKind.DEVELOPMENT_VIEW, None, 1, "region")
    with db.engine.begin() as conn:
        for model, rows in ((m.Round, rounds), (m.Meeting, meetings), (m.Participant, participants),
                            (m.Feedback, feedback), (m.FollowUp, follow_ups)):
            for start in range(0, len(rows), 5000):
                conn.execute(insert(model), rows[start:start + 5000])
    db.dispose()
    return {"rounds": len(rounds), "meetings": len(meetings), "feedback": len(feedback),
            "sector_comments": sum(r["kind"] == FeedbackKind.SECTOR_COMMENT for r in feedback)}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--items", type=int, default=9_000)
    args = parser.parse_args()
    print(build(args.out, args.items))

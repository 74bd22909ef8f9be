"""Big databases for the UI benchmark, built fast with SQLAlchemy core bulk inserts."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from pathlib import Path

from sqlalchemy import insert, select

from desktop_app.domain.enums import FeedbackKind, FollowUpStatus, MeetingStatus, Priority
from desktop_app.services import Services
from desktop_app.storage import models as m
from desktop_app.storage.migrate import open_database

WORDS = ["liikenne", "kunta", "rahoitus", "maakunta", "hanke", "yhteistyö", "osaaminen", "elinvoima",
         "tiestö", "rata", "matkailu", "investointi", "koulutus", "työvoima", "ilmasto", "vesihuolto",
         "palvelut", "asuminen"]


def build_database(path: Path, items: int, rounds: int = 10, seed: int = 1) -> Services:
    """`rounds` yearly rounds ending 2026, `items` feedback rows spread over all meetings
    (sector comments, advocacy targets, development views), every tenth with a follow-up."""
    rng = random.Random(seed)
    database = open_database(path, "Benchmark")
    services = Services.for_database(database)
    for year in range(2026 - rounds + 1, 2027):
        services.rounds.plan_round(year)
    with database.read() as session:
        meetings = list(session.scalars(select(m.Meeting.id)))
        sectors = list(session.scalars(select(m.Sector.id)))
    now = dt.datetime.now(dt.UTC)
    base = {"version": 1, "dirty": True, "created_at": now, "updated_at": now, "created_by": "Benchmark",
            "updated_by": "Benchmark", "device_id": database.device_id}
    feedback, follow_ups = [], []
    for n in range(items):
        roll = rng.random()
        kind = (FeedbackKind.SECTOR_COMMENT if roll < 0.85 else FeedbackKind.ADVOCACY_TARGET if roll < 0.95
                else FeedbackKind.DEVELOPMENT_VIEW)
        item_id = str(uuid.uuid4())
        feedback.append({
            **base, "id": item_id, "meeting_id": meetings[n % len(meetings)],
            "sector_id": rng.choice(sectors) if kind == FeedbackKind.SECTOR_COMMENT else None,
            "kind": kind, "scope": "municipality" if kind == FeedbackKind.DEVELOPMENT_VIEW else None,
            "text": " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 40))).capitalize() + ".",
            "priority": Priority.NORMAL, "sort_order": n // len(meetings) + 1,
        })
        if n % 10 == 0:
            follow_ups.append({**base, "id": str(uuid.uuid4()), "feedback_id": item_id, "description": "",
                               "owner": rng.choice(["Anna", "Mikko", "Riikka"]),
                               "due_date": dt.date(2026, 1, 1) + dt.timedelta(days=n % 365),
                               "status": FollowUpStatus.OPEN})
    with database.engine.begin() as conn:
        for start in range(0, len(feedback), 5000):
            conn.execute(insert(m.Feedback.__table__), feedback[start:start + 5000])
        if follow_ups:
            conn.execute(insert(m.FollowUp.__table__), follow_ups)
        conn.execute(m.Meeting.__table__.update().values(status=MeetingStatus.IN_PROGRESS))
    return services

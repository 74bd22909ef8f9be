"""Reference data from `resources/`: the member municipalities and the default sectors."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from desktop_app.resources import load_json_resource
from desktop_app.storage.database import Database
from desktop_app.storage.models import Municipality, Sector

# Stable ids derived from stable codes: every laptop seeds the same sector rows, so the first sync
# finds them equal instead of duplicated.
ID_NAMESPACE = uuid.UUID("6f1f8e36-5b7e-4c55-9a31-2a9cf0d6c0a1")
SEED_ACTOR = "järjestelmä"
# Seeded rows carry the same bookkeeping on every laptop, not the moment of the first start: a
# row's id and version must mean the same content everywhere (an import skips same-version rows,
# so a laptop's own seed timestamps would otherwise differ from every bundle forever).
SEEDED_AT = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def stable_id(kind: str, key: str) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, f"{kind}:{key}"))


def seed_reference_data(database: Database, *, sectors: bool) -> None:
    data = load_json_resource("municipalities.json")["municipalities"]
    with database.read() as session:
        known = set(session.scalars(select(Municipality.code)))
    if known >= {row["code"] for row in data} and not sectors:
        return  # every start after the first: no write transaction, no fsync
    with database.write() as session:
        known = set(session.scalars(select(Municipality.code)))
        for order, row in enumerate(data):
            if row["code"] not in known:
                session.add(Municipality(code=row["code"], name_fi=row["name_fi"],
                                         name_sv=row.get("name_sv", ""), sort_order=order))
    if sectors:
        seed_default_sectors(database)


def seed_default_sectors(database: Database) -> None:
    rows = load_json_resource("sectors.json")["sectors"]
    with database.write(remote_action="seed") as session:
        if session.scalar(select(Sector.id).limit(1)) is not None:
            return
        for order, row in enumerate(rows, start=1):
            session.add(Sector(
                id=stable_id("sector", row["code"]), code=row["code"], name_fi=row["name_fi"],
                name_en=row.get("name_en", ""), sort_order=order * 10,
                version=1, dirty=False, created_by=SEED_ACTOR, updated_by=SEED_ACTOR,
                created_at=SEEDED_AT, updated_at=SEEDED_AT, device_id="",
            ))

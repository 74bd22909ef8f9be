"""Reference data from `resources/`: the member municipalities and the default sectors.

Seeding is idempotent and runs at every open (`migrate.open_database`): whatever reference row is
missing (a first start that stopped after migrating, a file that lost its sectors) is added in
ONE transaction, so no open leaves a file with municipalities but no sectors. `check` reports
the same gaps through `missing_reference_data`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

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


@dataclass(frozen=True)
class MissingReference:
    """Codes of the reference rows a file lacks (empty tuples: complete)."""

    municipalities: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.municipalities or self.sectors)

    def describe(self) -> str:
        """Finnish, for `check`: 'kunnat 105, 205; toimintasektorit EDU, ALK'."""
        parts = []
        if self.municipalities:
            parts.append("kunnat " + ", ".join(self.municipalities))
        if self.sectors:
            parts.append("toimintasektorit " + ", ".join(self.sectors))
        return "; ".join(parts)


def _municipality_rows() -> list[dict]:
    return load_json_resource("municipalities.json")["municipalities"]


def _sector_rows() -> list[dict]:
    return load_json_resource("sectors.json")["sectors"]


def missing_reference_data(session: Session) -> MissingReference:
    """Which default municipalities and sectors have no row at all. A sector the council retired,
    renamed or that a sync tombstoned still has its row (found by its stable code) and is not
    missing: seeding never revives what a person removed."""
    municipalities = set(session.scalars(select(Municipality.code)))
    sectors = set(session.scalars(select(Sector.code)))
    return MissingReference(
        municipalities=tuple(r["code"] for r in _municipality_rows() if r["code"] not in municipalities),
        sectors=tuple(r["code"] for r in _sector_rows() if r["code"] not in sectors),
    )


def seed_reference_data(database: Database, *, sectors: bool = True) -> MissingReference:
    """Add every missing reference row in one transaction; returns what was added. Every start
    after the first costs one read and no write transaction. `sectors=False` leaves sectors out
    (tests that need a file with municipalities only)."""
    with database.read() as session:
        missing = missing_reference_data(session)
    if not (missing.municipalities or (sectors and missing.sectors)):
        return MissingReference()
    with database.write(remote_action="seed") as session:
        missing = missing_reference_data(session)
        wanted = set(missing.municipalities)
        for order, row in enumerate(_municipality_rows()):
            if row["code"] in wanted:
                session.add(Municipality(code=row["code"], name_fi=row["name_fi"],
                                         name_sv=row.get("name_sv", ""), sort_order=order))
        if sectors:
            _add_sectors(session, set(missing.sectors))
        else:
            missing = MissingReference(municipalities=missing.municipalities)
    return missing


def _add_sectors(session: Session, wanted: set[str]) -> None:
    for order, row in enumerate(_sector_rows(), start=1):
        if row["code"] in wanted:
            session.add(Sector(
                id=stable_id("sector", row["code"]), code=row["code"], name_fi=row["name_fi"],
                name_en=row.get("name_en", ""), sort_order=order * 10,
                version=1, dirty=False, created_by=SEED_ACTOR, updated_by=SEED_ACTOR,
                created_at=SEEDED_AT, updated_at=SEEDED_AT, device_id="",
            ))


"""What the status bar shows: unsynced changes, open conflicts, last successful sync."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from desktop_app.storage.database import Database
from desktop_app.sync.local import count_unsynced
from desktop_app.sync.local_tables import CENTRAL_URL_KEY, LAST_SYNC_KEY, sync_conflicts
from desktop_app.sync.set_aside import PULL, count_waiting


@dataclass(frozen=True)
class SyncStatus:
    unsynced: int
    open_conflicts: int
    last_sync: dt.datetime | None
    central_url: str | None  # without password
    set_aside: int = 0       # rows the central store refused, waiting for a fix
    pulled_set_aside: int = 0  # central rows this laptop could not store, waiting for a fix
    demo_data: bool = False    # the demo's invented data: never synced (sync refuses)

    def summary_fi(self) -> str:
        from desktop_app.domain.formatting import fi_date
        if self.demo_data:
            return "Esimerkkiaineisto: tätä tietokantaa ei synkronoida keskitietokantaan"
        parts = [f"Synkronoimatta: {self.unsynced}"]
        if self.open_conflicts:
            parts.append(f"ristiriitoja: {self.open_conflicts}")
        if self.set_aside:
            parts.append(f"keskitietokannan hylkäämiä: {self.set_aside} (sync --set-aside)")
        if self.pulled_set_aside:
            parts.append(f"haettuja rivejä tallentamatta: {self.pulled_set_aside} (sync --set-aside)")
        if self.last_sync is not None:
            local = self.last_sync.astimezone()
            parts.append(f"viimeksi {fi_date(local.date())} klo {local:%H.%M}")
        else:
            parts.append("ei vielä synkronoitu")
        return ", ".join(parts)


def sync_status(db: Database) -> SyncStatus:
    with db.read() as session:
        unsynced = count_unsynced(session)
        conflicts = session.scalar(select(func.count()).select_from(sync_conflicts)
                                   .where(sync_conflicts.c.status == "open")) or 0
        refused = count_waiting(session)
        pulled = count_waiting(session, PULL)
    last = db.get_setting(LAST_SYNC_KEY)
    return SyncStatus(unsynced, conflicts, dt.datetime.fromisoformat(last) if last else None,
                      db.get_setting(CENTRAL_URL_KEY), refused, pulled, db.holds_demo_data())

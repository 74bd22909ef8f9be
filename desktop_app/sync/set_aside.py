"""Rows the central store refused, set aside on the laptop (issue 13, item 4b).

One bad row (a NUL character in a text from an old import, a value too long for the central
column, a broken constraint...) must never block the others. The push isolates it (see
sync/refusals.py); its REFUSED receipt lands here, in the same local transaction as the other
receipts:

- the row is held back from pushes while its local version is the one refused (and so are its
  own never-synced children, which the store would refuse for a missing parent);
- editing the row bumps its version: the next sync sends it again; if it arrives, the entry is
  removed, if it is refused again, the entry gets the new reason;
- a person may instead keep it on this laptop only (`drop`: not sent, not lost; an edit sends it
  again) or send it again unchanged (`retry`, e.g. after the central store was fixed).

Nothing is deleted from the row itself: set aside means "not sent", never "gone".

The other way round (direction "pull", migration 0007_pull_set_aside): a central row this laptop
cannot store (a control character or lone surrogate in a text, an enum value or date this
version does not know, a natural key another local row holds) is set aside with the central
version and fields, and the rest of the pull lands and the cursor moves. Every later pull tries
the stored fields again (a new child of a set-aside parent lands once the parent has), and a newer
central version replaces them; whatever lands is no longer set aside (sync/local.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from desktop_app.domain.errors import NotFoundError
from desktop_app.storage.database import Database
from desktop_app.storage.types import utcnow
from desktop_app.sync.conflicts import ENTITY_LABELS
from desktop_app.sync.local_tables import sync_set_aside
from desktop_app.sync.rows import ENTITIES

_SNIPPET_FIELDS = ("text", "name_fi", "name", "place", "description", "title", "code")
PUSH, PULL = "push", "pull"
_UPSERT = ("INSERT INTO sync_set_aside (entity, row_id, local_version, field, reason, created_at, "
           "direction, central_version, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
           "ON CONFLICT (entity, row_id, direction) DO UPDATE SET "
           "local_version = excluded.local_version, field = excluded.field, "
           "reason = excluded.reason, created_at = excluded.created_at, dropped_at = NULL, "
           "central_version = excluded.central_version, payload = excluded.payload")


@dataclass(frozen=True)
class SetAsideRecord:
    id: int
    entity: str
    row_id: str
    field: str
    reason: str            # Finnish
    created_at: str
    dropped: bool          # the user chose to keep it here only
    edited: bool           # edited since it was refused: the next sync sends it again
    snippet: str           # a few words of the row, to recognise it
    pulled: bool = False   # a central row this laptop could not store (fixed centrally)

    @property
    def label(self) -> str:
        return ENTITY_LABELS.get(self.entity, self.entity)

    def describe_fi(self) -> str:
        where = f", kenttä {self.field}" if self.field else ""
        state = (" (keskitietokannan rivi, jota tämä kone ei voi tallentaa: korjaa se "
                 "keskitietokannassa, korjattu rivi tallentuu seuraavassa synkronoinnissa)"
                 if self.pulled else
                 " (korjattu: lähtee seuraavassa synkronoinnissa)" if self.edited else
                 " (jätetty lähettämättä, säilyy tällä koneella)" if self.dropped else "")
        snippet = f" \u201c{self.snippet}\u201d" if self.snippet else ""
        return f"{self.label}{snippet}{where}: {self.reason}{state}"


# -- used by sync/local.py in the sync's own transactions ------------------------------------

def held_versions(session: Session) -> dict[tuple[str, str], int]:
    """(entity, row id) -> the local version that was refused. A row still at that version is
    not sent."""
    query = (select(sync_set_aside.c.entity, sync_set_aside.c.row_id, sync_set_aside.c.local_version)
             .where(sync_set_aside.c.direction == PUSH))
    return {(entity, row_id): version for entity, row_id, version in session.execute(query)}


def record_refused(session: Session, refused: list[tuple[str, str, int, str, str]]) -> None:
    """Rows (entity, id, local version sent, field, reason) the store refused in this push."""
    if refused:
        stamp = utcnow().strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        session.connection().exec_driver_sql(
            _UPSERT, [(*row, stamp, PUSH, None, None) for row in refused])


def clear_arrived(session: Session, arrived: list[tuple[str, str]]) -> None:
    """Rows that reached the central store: no longer set aside."""
    if arrived:
        session.connection().exec_driver_sql(
            "DELETE FROM sync_set_aside WHERE entity = ? AND row_id = ? AND direction = 'push'",
            arrived)


def record_pulled(session: Session, refused: list[tuple[str, str, int, str, str, dict[str, Any]]]) -> None:
    """Central rows (entity, id, central version, field, Finnish reason, wire fields) this
    laptop could not store in this pull. The fields are kept as ASCII JSON: they may hold a
    lone surrogate, which SQLite's UTF-8 text could not."""
    if refused:
        stamp = utcnow().strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        session.connection().exec_driver_sql(_UPSERT, [
            (entity, row_id, 0, field, reason, stamp, PULL, version, json.dumps(fields))
            for entity, row_id, version, field, reason, fields in refused])


def clear_pulled(session: Session, stored: list[tuple[str, str]]) -> None:
    """Central rows that are now stored here: no longer set aside."""
    if stored:
        session.connection().exec_driver_sql(
            "DELETE FROM sync_set_aside WHERE entity = ? AND row_id = ? AND direction = 'pull'",
            stored)


def pulled_waiting(session: Session) -> dict[tuple[str, str], tuple[int, dict[str, Any]]]:
    """(entity, row id) -> (central version, wire fields) of every set-aside pulled row."""
    query = (select(sync_set_aside.c.entity, sync_set_aside.c.row_id,
                    sync_set_aside.c.central_version, sync_set_aside.c.payload)
             .where(sync_set_aside.c.direction == PULL))
    return {(entity, row_id): (version or 0, json.loads(payload or "{}"))
            for entity, row_id, version, payload in session.execute(query)}


def count_waiting(session: Session, direction: str | None = PUSH) -> int:
    """Set-aside rows not kept here on purpose: what the status bar warns about. `direction`
    PUSH (refused by the central store), PULL (central rows not storable here) or None (both)."""
    query = (select(func.count()).select_from(sync_set_aside)
             .where(sync_set_aside.c.dropped_at.is_(None)))
    if direction is not None:
        query = query.where(sync_set_aside.c.direction == direction)
    return session.scalar(query) or 0


# -- for people (CLI, app) -------------------------------------------------------------------

def list_set_aside(db: Database) -> list[SetAsideRecord]:
    """Every set-aside row, oldest first, with a snippet of the row and whether it was edited."""
    out: list[SetAsideRecord] = []
    with db.read() as session:
        for entry in session.execute(select(sync_set_aside).order_by(sync_set_aside.c.id)):
            model = ENTITIES.get(entry.entity)
            pulled = entry.direction == PULL
            row: Any = session.get(model, entry.row_id) if model is not None else None
            snippet = ""
            if pulled:  # the central row's content, which this laptop could not store
                fields = json.loads(entry.payload or "{}")
                texts = [fields.get(key) for key in _SNIPPET_FIELDS]
                snippet = next((str(t) for t in texts if t), "")
                snippet = "".join(c if c.isprintable() else f"[U+{ord(c):04X}]" for c in snippet)
                snippet = snippet if len(snippet) <= 40 else snippet[:39] + "\u2026"
            elif row is not None:
                texts = [getattr(row, key, None) for key in _SNIPPET_FIELDS]
                snippet = next((str(t) for t in texts if t), "").replace("\x00", "[NUL]")
                snippet = snippet if len(snippet) <= 40 else snippet[:39] + "\u2026"
            out.append(SetAsideRecord(
                id=entry.id, entity=entry.entity, row_id=entry.row_id, field=entry.field,
                reason=entry.reason, created_at=entry.created_at,
                dropped=entry.dropped_at is not None, pulled=pulled,
                edited=not pulled and row is not None and row.version != entry.local_version,
                snippet=snippet))
    return out


def drop(db: Database, entry_id: int) -> None:
    """Keep the row on this laptop only: not sent, and no longer warned about. The row and its
    content stay; editing it later sends it again. Raises NotFoundError for an unknown number."""
    with db.write(remote_action="sync") as session:
        done = session.execute(update(sync_set_aside).where(sync_set_aside.c.id == entry_id)
                               .values(dropped_at=utcnow().strftime("%Y-%m-%dT%H:%M:%S.%fZ")))
        if not done.rowcount:  # type: ignore[attr-defined]
            raise NotFoundError(f"Syrjään jätettyä riviä {entry_id} ei ole.")


def retry(db: Database, entry_id: int) -> None:
    """Send the row again unchanged on the next sync (e.g. the central store was fixed); for a
    pulled row, warn about it again (every sync tries to store it anyway). Raises NotFoundError
    for an unknown number."""
    with db.write(remote_action="sync") as session:
        pulled = session.execute(update(sync_set_aside).where(
            sync_set_aside.c.id == entry_id, sync_set_aside.c.direction == PULL)
            .values(dropped_at=None))
        done = session.execute(delete(sync_set_aside).where(
            sync_set_aside.c.id == entry_id, sync_set_aside.c.direction == PUSH))
        if not done.rowcount and not pulled.rowcount:  # type: ignore[attr-defined]
            raise NotFoundError(f"Syrjään jätettyä riviä {entry_id} ei ole.")

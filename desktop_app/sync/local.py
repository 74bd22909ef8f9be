"""The laptop side of a sync: what to send, what the receipts mean, how pulled rows land.

Each function is one local transaction, so a crash between steps leaves a state that the next
sync continues from: rows stay dirty until a receipt says the central store has them, and the
pull cursor moves in the same transaction as the rows it covers.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, delete, insert, or_, select, text, update
from sqlalchemy.orm import Session

from desktop_app.domain.validation import normalize_text, text_problem
from desktop_app.storage.database import Database
from desktop_app.storage.models import LocalSetting
from desktop_app.storage.types import utcnow
from desktop_app.sync import set_aside
from desktop_app.sync.conflicts import ENTITY_LABELS
from desktop_app.sync.errors import SyncError
from desktop_app.sync.local_tables import CURSOR_KEY, sync_base, sync_conflicts, sync_outbox
from desktop_app.sync.merge import three_way
from desktop_app.sync.orphans import ORPHAN, flag_orphans
from desktop_app.sync.rows import (
    ENTITIES,
    LOCAL_ONLY,
    NATURAL_KEYS,
    PARENTS,
    apply_wire,
    columns,
    default_content,
    from_wire,
    merge_fields,
    raw_wire_columns,
    row_to_wire,
    to_wire,
    typed_wire_positions,
    wire_fields,
)
from desktop_app.sync.transport import APPLIED, FIELDS_ENCODER, REFUSED, Change, PulledRow, PushResult

SYNC_ACTION = "sync"
_RECEIPT_MISMATCH = ("Keskitietokannan kuittaus ei vastaa lähetettyjä muutoksia; mitään ei merkitty "
                     "siirretyksi. Yritä synkronointia uudelleen.")
_CHUNK = 500


def _dumps(value: Any) -> str:
    return FIELDS_ENCODER.encode(value)


def _stamp() -> str:
    return utcnow().strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def read_cursor(session: Session) -> int:
    value = session.scalar(select(LocalSetting.value).where(LocalSetting.key == CURSOR_KEY))
    return int(value) if value else 0


def _write_cursor(session: Session, cursor: int) -> None:
    session.merge(LocalSetting(key=CURSOR_KEY, value=str(cursor)))


def open_conflict_keys(session: Session, *, edits_only: bool = False) -> set[tuple[str, str]]:
    """Rows waiting for a person. A push holds all of them back; a pull holds back only rows in
    an edit conflict (an orphan's own row still takes central changes)."""
    query = select(sync_conflicts.c.entity, sync_conflicts.c.row_id).where(
        sync_conflicts.c.status == "open")
    if edits_only:
        query = query.where(sync_conflicts.c.kind != ORPHAN)
    return {(entity, row_id) for entity, row_id in session.execute(query)}


_UPSERT_BASE = "INSERT OR REPLACE INTO sync_base (entity, row_id, version, fields) VALUES (?, ?, ?, ?)"


def _upsert_bases(session: Session, bases: list[dict[str, Any]]) -> None:
    if bases:
        _executemany(session, _UPSERT_BASE,
                     [(b["entity"], b["row_id"], b["version"], b["fields"]) for b in bases])


def _executemany(session: Session, sql: str, rows: list[tuple[Any, ...]]) -> None:
    """Plain parameter tuples straight to sqlite3's executemany, in the session's transaction.
    For the thousands of rows of a first sync, SQLAlchemy's per-row parameter processing cost
    more than SQLite's own work; these statements need none of it (text and integers only)."""
    session.connection().exec_driver_sql(sql, rows)


# -- push -----------------------------------------------------------------------------------

def _unsynced_query(entity: str, *what: Any) -> Any:
    model = ENTITIES[entity]
    joined = and_(sync_base.c.entity == entity, sync_base.c.row_id == model.id)
    return (select(*what).select_from(model).outerjoin(sync_base, joined)
            .where(or_(model.dirty.is_(True), sync_base.c.version.is_(None))))


def count_unsynced(session: Session) -> int:
    """Rows the next push would send (open conflicts included: they wait for a person)."""
    from sqlalchemy import func
    return sum(session.scalar(_unsynced_query(entity, func.count())) or 0 for entity in ENTITIES)


def collect_changes(db: Database) -> list[Change]:
    """Dirty rows, plus rows never synced (seeded or imported ones arrive clean), minus rows
    waiting for a person to resolve a conflict, rows the central store refused and not edited
    since (sync/set_aside.py), and the new children of such rows that the central store has
    never seen (it would refuse them for a missing parent)."""
    changes: list[Change] = []
    held: set[str] = set()  # never-synced rows held back: their new children wait too
    with db.read() as session:
        blocked = open_conflict_keys(session)
        refused = set_aside.held_versions(session)
        for entity, model in ENTITIES.items():  # parents first
            names = wire_fields(entity)
            links = [column for column, _ in PARENTS.get(entity, ())]  # e.g. meeting and sector
            query = _unsynced_query(entity, *raw_wire_columns(entity), model.id, model.version,
                                    sync_base.c.version)
            typed = typed_wire_positions(entity)
            for row in session.connection().execute(query):  # Core: no ORM result layer
                *values, row_id, version, base_version = row
                for index in typed:
                    values[index] = to_wire(values[index])
                fields = dict(zip(names, values, strict=True))
                if ((entity, row_id) in blocked or refused.get((entity, row_id)) == version
                        or (held and any(fields.get(column) in held for column in links))):
                    if base_version is None:
                        held.add(row_id)
                    continue
                changes.append(Change(entity, row_id, base_version, version, fields))
    return changes


def save_outbox(db: Database, op_id: str, changes: list[Change]) -> None:
    with db.write(remote_action=SYNC_ACTION) as session:
        session.execute(insert(sync_outbox).values(
            op_id=op_id, created_at=_stamp(),
            payload="[" + ",".join(change.to_json_text() for change in changes) + "]"))


def load_outbox(db: Database) -> tuple[str, list[Change]] | None:
    with db.read() as session:
        row = session.execute(select(sync_outbox).order_by(sync_outbox.c.created_at).limit(1)).first()
    if row is None:
        return None
    return row.op_id, [Change.from_json(item) for item in json.loads(row.payload)]


def apply_receipts(db: Database, op_id: str, changes: list[Change], result: PushResult) -> int:
    """After the central commit: remember the new bases, mark rows clean if nobody edited them
    meanwhile, and drop the outbox entry, all in one local transaction. Returns rows applied."""
    applied = 0
    with db.write(remote_action=SYNC_ACTION) as session:
        clean: dict[str, list[tuple[str, int]]] = defaultdict(list)
        bases: list[tuple[str, str, int, str]] = []
        if len(changes) != len(result.receipts):
            raise SyncError(_RECEIPT_MISMATCH)
        refused: list[tuple[str, str, int, str, str]] = []
        for change, receipt in zip(changes, result.receipts, strict=True):
            if receipt.id != change.id or receipt.entity != change.entity:
                raise SyncError(_RECEIPT_MISMATCH)  # rolls back: nothing is marked synced
            if receipt.status == REFUSED:
                refused.append((change.entity, change.id, change.local_version, receipt.field,
                                receipt.message))
            if receipt.status != APPLIED or receipt.version is None:
                continue
            applied += 1
            bases.append((change.entity, change.id, receipt.version, change.fields_json))
            clean[change.entity].append((change.id, change.local_version))
        for entity, params in clean.items():
            table = ENTITIES[entity].__tablename__  # from our own model list, never from input
            _executemany(session, f"UPDATE {table} SET dirty = 0 WHERE id = ? AND version = ?", params)
        if bases:
            _executemany(session, _UPSERT_BASE, bases)
        set_aside.record_refused(session, refused)
        if refused or set_aside.held_versions(session):
            set_aside.clear_arrived(session, [(entity, row_id) for entity, row_id, *_ in bases])
        # Only this push's rows lie between before_seq and last_seq; if we had pulled everything
        # up to before_seq, we may skip over our own rows instead of pulling them back.
        if read_cursor(session) == result.before_seq:
            _write_cursor(session, result.last_seq)
        session.execute(delete(sync_outbox).where(sync_outbox.c.op_id == op_id))
    return applied


# -- pull -----------------------------------------------------------------------------------

@dataclass
class PullStats:
    applied: int = 0
    merged: int = 0
    conflicts: int = 0
    orphans: int = 0
    renamed: list[str] = field(default_factory=list)
    set_aside: list[str] = field(default_factory=list)  # pulled rows not storable here: what, why


@dataclass
class _Landing:
    """What one pull decided besides the rows themselves (sync/set_aside.py, direction pull)."""
    aside: dict[str, set[str]]                     # entity -> ids set aside, not stored here
    refused: list[tuple[str, str, int, str, str, dict[str, Any]]] = field(default_factory=list)
    stored: list[tuple[str, str]] = field(default_factory=list)


def apply_pulled(db: Database, rows: list[PulledRow], new_cursor: int) -> PullStats:
    """Land pulled rows and move the cursor, in one local transaction.

    A row this laptop cannot store (the shared character rule, an enum value or date this version
    does not know, a natural key another local row holds, or a new parent of it set aside) is set
    aside with its reason and fields instead of refusing the pull (sync/set_aside.py): the other
    rows land and the cursor moves. Rows set aside earlier are tried again from their stored
    fields unless this pull brings a newer version."""
    stats = PullStats()
    grouped: dict[str, list[PulledRow]] = defaultdict(list)
    for row in rows:
        grouped[row.entity].append(row)
    with db.write(remote_action=SYNC_ACTION) as session:
        # A child may arrive before its parent when the parent changed later (higher seq).
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
        waiting = set_aside.pulled_waiting(session)
        landing = _Landing(aside=defaultdict(set))
        arriving = {(row.entity, row.id) for row in rows}
        for (entity, row_id), (version, fields) in waiting.items():
            landing.aside[entity].add(row_id)
            if (entity, row_id) not in arriving and entity in ENTITIES:
                grouped[entity].append(PulledRow(entity, row_id, version, _RETRY, fields))
        blocked = open_conflict_keys(session, edits_only=True)
        bases: list[dict[str, Any]] = []
        conflicts: list[dict[str, Any]] = []
        landed: dict[str, set[str]] = defaultdict(set)
        for entity in ENTITIES:
            for start in range(0, len(grouped.get(entity, [])), _CHUNK):
                chunk = grouped[entity][start:start + _CHUNK]
                _land(session, entity, chunk, blocked, bases, conflicts, stats, landed[entity],
                      landing)
        session.flush()
        _upsert_bases(session, bases)
        for conflict in conflicts:
            _record_conflict(session, conflict)
        set_aside.record_pulled(session, landing.refused)
        set_aside.clear_pulled(session, [key for key in landing.stored if key in waiting])
        # After everything landed: a parent restored in the same pull is no orphan's parent.
        stats.orphans = flag_orphans(session, landed, db.device_id)
        stats.conflicts += stats.orphans
        _write_cursor(session, new_cursor)
    return stats


_RETRY = -1  # seq of a set-aside row tried again from its stored fields


def _land(session: Session, entity: str, chunk: list[PulledRow], blocked: set[tuple[str, str]],
          bases: list[dict[str, Any]], conflicts: list[dict[str, Any]], stats: PullStats,
          landed: set[str], landing: _Landing) -> None:
    model = ENTITIES[entity]
    ids = [row.id for row in chunk]
    local = {row.id: row for row in session.scalars(select(model).where(model.id.in_(ids)))}
    known = {row.row_id: row for row in session.execute(
        select(sync_base).where(sync_base.c.entity == entity, sync_base.c.row_id.in_(ids)))}
    fields = merge_fields(entity)
    for pulled in chunk:
        base = known.get(pulled.id)
        if base is not None and base.version >= pulled.version:
            landing.stored.append((entity, pulled.id))
            landing.aside[entity].discard(pulled.id)
            continue  # already have this version (typically our own push coming back)
        row = local.get(pulled.id)
        refusal = _pulled_problem(session, entity, pulled, landing.aside)
        if refusal is None and row is None and (entity, pulled.id) not in blocked:
            refusal = _check_natural_key(session, entity, pulled, stats)
        if refusal is not None:
            _set_aside(entity, pulled, refusal, stats, landing)
            continue
        landing.stored.append((entity, pulled.id))
        landing.aside[entity].discard(pulled.id)
        new_base = {"entity": entity, "row_id": pulled.id, "version": pulled.version,
                    "fields": _dumps(pulled.fields)}
        stats.applied += 1
        if (entity, pulled.id) in blocked:
            conflicts.append({"entity": entity, "row_id": pulled.id, "update": True,
                              "theirs": pulled.fields, "theirs_version": pulled.version})
            continue
        if row is None:
            row = model(id=pulled.id)
            apply_wire(entity, row, pulled.fields)
            row.version, row.dirty = 1, False
            session.add(row)
            bases.append(new_base)
            landed.add(pulled.id)
            continue
        if not row.dirty:
            apply_wire(entity, row, pulled.fields)
            bases.append(new_base)
            landed.add(pulled.id)
            continue
        mine = row_to_wire(entity, row)
        base_fields = json.loads(base.fields) if base is not None else default_content(entity)
        outcome = three_way(base_fields, mine, pulled.fields, fields)
        if outcome.merged is None:
            stats.conflicts += 1
            conflicts.append({"entity": entity, "row_id": pulled.id, "update": False,
                              "fields": list(outcome.conflicting), "base": base_fields,
                              "mine": mine, "theirs": pulled.fields,
                              "theirs_version": pulled.version})
            continue
        stats.merged += 1
        if all(outcome.merged[key] == pulled.fields.get(key) for key in fields):
            apply_wire(entity, row, pulled.fields)  # nothing of ours is left to send
            row.dirty = False
        else:
            apply_wire(entity, row, outcome.merged)
            row.version += 1  # a receipt for a push sent before this merge must not clean it
        bases.append(new_base)
        landed.add(pulled.id)


def _pulled_problem(session: Session, entity: str, pulled: PulledRow,
                    aside: dict[str, set[str]]) -> tuple[str, str] | None:
    """(field, Finnish reason) when this laptop cannot store the pulled row, else None (and its
    texts are normalised to NFC in place). The rules: the character rule every entry path
    applies (domain.validation: no NUL or other control character, no lone surrogate); every
    value readable as this version's column type (an enum value or a date it does not know);
    a parent that exists here or lands in this pull (not one set aside)."""
    for key, value in pulled.fields.items():
        if isinstance(value, str):
            problem = text_problem(value)
            if problem:
                return key, problem
    cols = columns(entity)
    for key, value in pulled.fields.items():
        if key in cols and key not in LOCAL_ONLY:
            try:
                from_wire(cols[key], value)
            except (ValueError, TypeError, OverflowError):
                shown = str(value)[:40]
                return key, (f"arvoa \u201c{shown}\u201d tämä sovelluksen versio ei tunne; "
                             "korjaa rivi keskitietokannassa tai päivitä sovellus")
    for column, parent in PARENTS.get(entity, ()):
        parent_id = pulled.fields.get(column)
        if parent_id in aside.get(parent, ()) and session.get(ENTITIES[parent], parent_id) is None:
            return column, ("ylempi tieto on jätetty syrjään (se ei kelvannut tälle koneelle); "
                            "rivi tallentuu sen mukana, kun se on korjattu")
    for key, value in pulled.fields.items():
        if isinstance(value, str):
            pulled.fields[key] = normalize_text(value)
    return None


def _set_aside(entity: str, pulled: PulledRow, refusal: tuple[str, str], stats: PullStats,
               landing: _Landing) -> None:
    field_name, reason = refusal
    landing.aside[entity].add(pulled.id)
    if pulled.seq == _RETRY:
        return  # still not storable, already listed with its reason
    landing.refused.append((entity, pulled.id, pulled.version, field_name, reason, pulled.fields))
    label = ENTITY_LABELS.get(entity, entity)
    stats.set_aside.append(f"{label} {pulled.id}, kenttä {field_name}: {reason}")


def _check_natural_key(session: Session, entity: str, pulled: PulledRow,
                       stats: PullStats) -> tuple[str, str] | None:
    """A row arriving with a natural key (sector code) that a different local row already holds.
    Returns (field, reason) when the row must be set aside instead.

    Two laptops added a sector with the same code offline. The central one wins the code; the
    local one keeps its id (feedback points to it) and is renamed CODE_2 and sent up as a sector
    of its own, so nothing is lost and a person can retire one of them later."""
    key = NATURAL_KEYS.get(entity)
    if not key:
        return None
    model = ENTITIES[entity]
    probe = model(id=pulled.id)
    apply_wire(entity, probe, {name: pulled.fields.get(name) for name in key})
    query = select(model).where(model.id != pulled.id)
    for name in key:
        query = query.where(getattr(model, name) == getattr(probe, name))
    with session.no_autoflush:
        clash = session.scalar(query.limit(1))
    if clash is None:
        return None
    label = ", ".join(str(pulled.fields.get(name)) for name in key)
    if entity != "sectors":
        return key[-1], (f"tällä koneella on eri rivi samalla tunnisteella ({label}); "
                         "pyydä ylläpitoa yhdistämään rivit")
    taken = set(session.scalars(select(model.code)))
    suffix = 2
    while f"{clash.code}_{suffix}"[:16] in taken:
        suffix += 1
    new_code = f"{clash.code}_{suffix}"[:16]
    stats.renamed.append(f"Toimintasektorin koodi {clash.code} oli jo keskitietokannassa; tämän "
                         f"koneen sektori ({clash.name_fi}) sai koodin {new_code}.")
    clash.code = new_code
    clash.dirty = True
    clash.version += 1
    session.flush()
    return None


def _record_conflict(session: Session, data: dict[str, Any]) -> None:
    if data["update"]:  # central moved again while a person has not decided yet
        session.execute(update(sync_conflicts).where(
            sync_conflicts.c.entity == data["entity"], sync_conflicts.c.row_id == data["row_id"],
            sync_conflicts.c.status == "open", sync_conflicts.c.kind != ORPHAN,
        ).values(theirs=_dumps(data["theirs"]), theirs_version=data["theirs_version"]))
        return
    session.execute(insert(sync_conflicts).values(
        entity=data["entity"], row_id=data["row_id"], created_at=_stamp(),
        fields=_dumps(data["fields"]), base=_dumps(data["base"]), mine=_dumps(data["mine"]),
        theirs=_dumps(data["theirs"]), theirs_version=data["theirs_version"], status="open",
    ))

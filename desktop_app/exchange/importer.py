"""Importing a bundle: validate everything, then apply it in one transaction, idempotently.

Per record, by its key and version against the database:
- not there → added;
- bundle version newer → updated (the audit log keeps every overwritten value);
- same version, same content → unchanged; same version, different content → a conflict, left alone
  and reported (two devices edited the same base; a person must choose, never last-writer-wins);
- bundle version older → skipped.
Municipalities are reference data keyed by their code: added when missing, never overwritten.

Imported rows keep the bookkeeping they arrived with (version, authors, timestamps, device), but the
rows this import adds or changes are marked dirty. A bundle is how a laptop without a connection
hands its work to one that has one (DESIGN.md §4); if imported rows stayed clean, the receiving
laptop would never push them and the central store would never see them. The central store's version
check makes pushing a row it already has at that version a no-op or a reported conflict, never a loss.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop_app.domain.errors import StorageError
from desktop_app.domain.progress import NO_PROGRESS, Progress
from desktop_app.exchange.entities import (
    BOOKKEEPING,
    BY_NAME,
    DATETIME,
    DATETIME_FORMAT,
    ENTITIES,
    TIME,
    Entity,
    dump_row,
    dump_value,
)
from desktop_app.exchange.errors import MAX_PROBLEMS, BundleError, Problem
from desktop_app.exchange.reader import DEFAULT_MAX_BYTES, read_bundle
from desktop_app.exchange.records import Incoming, stored_incoming, to_typed
from desktop_app.storage.audit import ACTOR, DEVICE_ID
from desktop_app.storage.database import DEMO_DATA_KEY, Database
from desktop_app.storage.models import BOOKKEEPING_COLUMNS, LocalSetting
from desktop_app.storage.types import utcnow

ADDED, UPDATED, UNCHANGED, OLDER, CONFLICT = "added", "updated", "unchanged", "older", "conflict"
_CHUNK = 900
_FLUSH_EVERY = 2000
# Who/when/where is not compared (a row's local version counter and stamps can differ between
# laptops for the same content), but a tombstone is content: the same version deleted on one side
# and live on the other is a conflict, never "unchanged".
_BOOKKEEPING_NAMES = frozenset(f.name for f in BOOKKEEPING) - {"deleted_at"}


@dataclass
class EntityCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    older: int = 0
    conflicts: int = 0

    @property
    def skipped(self) -> int:
        return self.unchanged + self.older + self.conflicts


@dataclass
class ImportReport:
    file: str
    scope: str
    dry_run: bool
    counts: dict[str, EntityCounts] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)  # "palaute <id>", first ones only
    # Updated rows that had local changes not yet synced: newer wins, the audit log keeps the old values.
    overwritten_local: int = 0

    def total(self, attribute: str) -> int:
        return sum(getattr(counts, attribute) for counts in self.counts.values())

    @property
    def changed(self) -> bool:
        return bool(self.total("added") or self.total("updated"))

    def lines(self) -> list[str]:
        """A readable Finnish summary: a headline, then one line per entity that had records."""
        head = "Koetuonti (mitään ei tallennettu)" if self.dry_run else "Tuonti valmis"
        return [f"{head}: {self.file} (rajaus {self.scope}). Lisätty {self.total('added')}, "
                f"päivitetty {self.total('updated')}, ohitettu {self.total('skipped')}.",
                *self.entity_lines()]

    def entity_lines(self) -> list[str]:
        lines = []
        for entity in ENTITIES:
            c = self.counts.get(entity.name)
            if c is None or not (c.added or c.updated or c.skipped):
                continue
            detail = f"  {entity.sheet}: lisätty {c.added}, päivitetty {c.updated}, ohitettu {c.skipped}"
            reasons = [f"{text} {count}" for count, text in ((c.unchanged, "ennallaan"),
                       (c.older, "vanhempi versio"), (c.conflicts, "ristiriita")) if count]
            if reasons:
                detail += " (" + ", ".join(reasons) + ")"
            lines.append(detail)
        if self.overwritten_local:
            lines.append(f"Huom: {self.overwritten_local} tietueen synkronoimaton paikallinen muutos "
                         "korvautui paketin uudemmalla versiolla; vanhat arvot ovat muutoshistoriassa.")
        if self.conflicts:
            lines.append("Ristiriidat (sama versio, eri sisältö; ei muutettu): " + ", ".join(self.conflicts))
        return lines


class _DryRun(Exception):
    pass


def _driver(session: Session) -> sqlite3.Connection:
    """The session's own sqlite3 connection, inside its open transaction: bulk statements skip
    SQLAlchemy's per-row parameter processing (values are already in stored form)."""
    return session.connection().connection.driver_connection  # type: ignore[return-value]


def _chunks(keys: Iterable[Any]) -> Iterable[list[Any]]:
    ordered = sorted({key for key in keys if key is not None})
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start:start + _CHUNK]


def _existing(session: Session, entity: Entity, keys: Iterable[Any]) -> dict[Any, tuple[Any, ...]]:
    """The stored rows (`_Columns.names` order) of the keys this database already has: one query
    per chunk of keys, whatever the bundle's size."""
    columns = _columns(entity)
    cursor = _driver(session).cursor()
    found: dict[Any, tuple[Any, ...]] = {}
    for chunk in _chunks(keys):
        marks = ", ".join("?" * len(chunk))
        for row in cursor.execute(f"SELECT {', '.join(columns.names)} FROM {columns.table} "
                                  f"WHERE {entity.key} IN ({marks})", chunk):
            found[row[columns.key]] = row
    return found


def _existing_keys(session: Session, entity: Entity, keys: Iterable[Any]) -> set[Any]:
    cursor = _driver(session).cursor()
    table = entity.model.__tablename__
    found: set[Any] = set()
    for chunk in _chunks(keys):
        marks = ", ".join("?" * len(chunk))
        found.update(key for (key,) in cursor.execute(
            f"SELECT {entity.key} FROM {table} WHERE {entity.key} IN ({marks})", chunk))
    return found


@dataclass(frozen=True)
class _Columns:
    """Where things are in a stored row of one entity (its fields, then `dirty` when synced)."""

    table: str
    names: tuple[str, ...]
    key: int
    content: tuple[str, ...]           # compared for "same version, same content"
    content_at: tuple[int, ...]
    version: int
    dirty: int
    device_id: int
    theirs: Any  # itemgetter: a bundle record's content, in `content` order
    ours: Any    # itemgetter: a stored row's content, in the same order


def _make_columns(entity: Entity) -> _Columns:
    names = (*entity.field_names, "dirty") if entity.synced else entity.field_names
    content = tuple(f.name for f in entity.fields if f.name not in _BOOKKEEPING_NAMES)
    at = {name: index for index, name in enumerate(names)}
    content_at = tuple(at[name] for name in content)
    return _Columns(entity.model.__tablename__, names, at[entity.key], content, content_at,
                    at.get("version", -1), at.get("dirty", -1), at.get("device_id", -1),
                    itemgetter(*content), itemgetter(*content_at))


# By name: an Entity is a frozen dataclass whose hash walks all its fields, too slow per record.
_COLUMNS = {entity.name: _make_columns(entity) for entity in ENTITIES}


def _columns(entity: Entity) -> _Columns:
    return _COLUMNS[entity.name]


def _content(entity: Entity, record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in _BOOKKEEPING_NAMES}


@dataclass
class _Plan:
    decisions: dict[str, list[tuple[str, Incoming]]]
    report: ImportReport


def _decide(session: Session, entity: Entity, incoming: Incoming, current: tuple[Any, ...] | None) -> str:
    if current is None:
        return ADDED
    if not entity.synced:
        return UNCHANGED
    columns = _columns(entity)
    ours, theirs = current[columns.version], incoming.values["version"]
    if theirs > ours:
        return UPDATED
    if theirs < ours:
        return OLDER
    values = incoming.values
    if columns.theirs(values) == columns.ours(current):
        return UNCHANGED
    # Stored text differs; the value may still be the same one written differently (a time an
    # older version stored without microseconds): compare the written forms, as exports do.
    table = entity.model.__table__
    row = session.execute(select(table).where(table.c[entity.key] == incoming.key(entity))).one()
    typed = to_typed(entity, values)
    theirs_written = {f.name: dump_value(f, typed[f.name]) for f in entity.fields}
    same = _content(entity, dump_row(entity, row)) == _content(entity, theirs_written)
    return UNCHANGED if same else CONFLICT


def _problem(entity: Entity, item: Incoming, field_name: str, message: str) -> Problem:
    return Problem(message, entity=entity.name, index=item.index, record_id=str(item.key(entity)),
                   field=field_name, path=f"data.{entity.name}[{item.index}].{field_name}")


def _check_references(session: Session, incoming: dict[str, list[Incoming]]) -> list[Problem]:
    problems: list[Problem] = []
    for entity in ENTITIES:
        for ref in entity.references():
            target = BY_NAME[ref.ref or ""]
            in_bundle = set(map(itemgetter(target.key), (item.values for item in incoming[target.name])))
            wanted = set(map(itemgetter(ref.name), (item.values for item in incoming[entity.name])))
            wanted -= in_bundle | {None}
            known = _existing_keys(session, target, wanted)
            if not wanted - known:
                continue  # every reference resolves: no need to look record by record
            for item in incoming[entity.name]:
                value = item.values[ref.name]
                if value is not None and value not in in_bundle and value not in known:
                    problems.append(_problem(entity, item, ref.name,
                                             f"viittaa kohteeseen ({target.label}) {value}, jota ei ole "
                                             "paketissa eikä tietokannassa"))
                    if len(problems) >= MAX_PROBLEMS:
                        return problems
    return problems


def _check_unique(session: Session, plan: _Plan, entity_name: str, columns: tuple[str, ...],
                  message: str) -> list[Problem]:
    """Unique columns checked on the state after the import, so a clash is a located refusal
    instead of an IntegrityError halfway through the write."""
    entity = BY_NAME[entity_name]
    table = entity.model.__table__
    final = {row.id: tuple(getattr(row, c) for c in columns)
             for row in session.execute(select(table.c.id, *(table.c[c] for c in columns)))}
    ours: dict[Any, Incoming] = {}
    for decision, item in plan.decisions[entity_name]:
        if decision in (ADDED, UPDATED):
            final[item.key(entity)] = tuple(item.values[c] for c in columns)
            ours[item.key(entity)] = item
    holders: dict[tuple[Any, ...], list[Any]] = defaultdict(list)
    for key, value in final.items():
        holders[value].append(key)
    return [_problem(entity, ours[key], columns[-1], message)
            for keys in holders.values() if len(keys) > 1 for key in sorted(keys) if key in ours]


def _plan(session: Session, incoming: dict[str, list[Incoming]], report: ImportReport) -> _Plan:
    plan = _Plan({}, report)
    for entity in ENTITIES:
        items = incoming[entity.name]
        current = _existing(session, entity, (item.key(entity) for item in items))
        counts = report.counts[entity.name] = EntityCounts()
        decisions = []
        columns = _columns(entity)
        for item in items:
            decision = _decide(session, entity, item, current.get(item.key(entity)))
            decisions.append((decision, item))
            if decision == ADDED:
                counts.added += 1
            elif decision == UPDATED:
                counts.updated += 1
                mine = current[item.key(entity)]  # edited here and not yet synced
                report.overwritten_local += bool(mine[columns.dirty]
                                                 and mine[columns.device_id] == session.info[DEVICE_ID])
            elif decision == UNCHANGED:
                counts.unchanged += 1
            elif decision == OLDER:
                counts.older += 1
            else:
                counts.conflicts += 1
                if len(report.conflicts) < 10:
                    report.conflicts.append(f"{entity.label} {item.key(entity)}")
        plan.decisions[entity.name] = decisions
    problems = _check_references(session, incoming)
    problems += _check_unique(session, plan, "sectors", ("code",),
                              "sama sektorikoodi on jo toisella sektorilla")
    problems += _check_unique(session, plan, "meetings", ("round_id", "municipality_code"),
                              "kierroksella on jo toinen neuvottelu saman kunnan kanssa")
    problems += _check_unique(session, plan, "managers_meetings", ("year", "number"),
                              "vuodella on jo toinen kuntajohtajakokous samalla numerolla")
    if problems:
        raise BundleError(report.file, problems)
    return plan


# How the audit log writes a stored value (storage.audit.audit_text of the typed value): times and
# timestamps in Python's isoformat, which leaves out zero microseconds and writes UTC as +00:00.
_AUDIT_TEXT = {
    TIME: "CASE WHEN substr({0}, 9) = '.000000' THEN substr({0}, 1, 8) ELSE {0} END",
    DATETIME: "substr({0}, 1, CASE WHEN substr({0}, 20, 7) = '.000000' THEN 19 ELSE 26 END) || '+00:00'",
}


@cache
def _audit_sql(entity: Entity) -> str:
    """One INSERT … SELECT that writes, for every row of the entity's table above a rowid, the
    audit rows the flush hook writes for a row inserted under a remote action: one per non-empty
    content field, labelled "import", by the record's own author and device, row by row in field
    order. SQLite builds them from the stored rows, so 100,000 records cost no Python per field."""
    fields = [f for f in entity.fields if f.name not in BOOKKEEPING_COLUMNS]
    names = " UNION ALL ".join(f"SELECT {n} AS n, '{f.name}' AS name" for n, f in enumerate(fields))
    cases = " ".join(f"WHEN {n} THEN {_AUDIT_TEXT.get(f.kind, '{0}').format('t.' + f.name)}"
                     for n, f in enumerate(fields))
    return f"""INSERT INTO audit_log (at, actor, device_id, entity, entity_id, action, field, old_value,
                                new_value)
    SELECT :at, actor, device, '{entity.model.__tablename__}', id, 'import', name, NULL, value
    FROM (SELECT t.rowid AS rid, f.n AS n, f.name AS name, t.id AS id,
                 coalesce(nullif(t.updated_by, ''), :actor) AS actor,
                 coalesce(nullif(t.device_id, ''), :device) AS device,
                 CASE f.n {cases} END AS value
          FROM {entity.model.__tablename__} AS t, ({names}) AS f
          WHERE t.rowid > :after)
    WHERE value IS NOT NULL AND value != ''
    ORDER BY rid, n"""


@cache
def _insert_sql(entity: Entity) -> str:
    names = entity.field_names
    marks = ", ".join("?" * len(names))
    if entity.synced:  # rows an import adds are dirty: this laptop passes them on at its next sync
        return f"INSERT INTO {entity.model.__tablename__} ({', '.join(names)}, dirty) VALUES ({marks}, 1)"
    return f"INSERT INTO {entity.model.__tablename__} ({', '.join(names)}) VALUES ({marks})"


def _insert(session: Session, entity: Entity, items: list[Incoming], progress: Progress,
            done: int, work: int) -> int:
    """New rows go in with executemany on the session's own connection, their audit rows with one
    INSERT … SELECT: through the ORM, 100,000 rows and their audit rows took minutes and gigabytes,
    and even Core spent most of its time re-formatting timestamps the bundle already had."""
    driver = _driver(session)
    table = entity.model.__tablename__
    (after,) = driver.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()
    getter = itemgetter(*entity.field_names)
    label = f"Tallennetaan: {entity.sheet.lower()}"
    for start in range(0, len(items), _FLUSH_EVERY):
        chunk = items[start:start + _FLUSH_EVERY]
        driver.executemany(_insert_sql(entity), [getter(item.values) for item in chunk])
        done += len(chunk)
        progress.step(done, work, label)
    if entity.synced:
        driver.execute(_audit_sql(entity), {
            "at": utcnow().strftime(DATETIME_FORMAT), "actor": session.info[ACTOR],
            "device": session.info[DEVICE_ID], "after": after})
    return done


def _apply(session: Session, plan: _Plan, progress: Progress) -> None:
    work = sum(1 for decisions in plan.decisions.values() for d, _ in decisions if d in (ADDED, UPDATED))
    done = 0
    for entity in ENTITIES:
        updated = [item for decision, item in plan.decisions[entity.name] if decision == UPDATED]
        for item in updated:  # through the ORM, so the flush hook audits every overwritten value
            row = session.get(entity.model, item.key(entity))
            for name, value in to_typed(entity, item.values).items():
                setattr(row, name, value)
            row.dirty = True
        session.flush()
        done += len(updated)
        progress.step(done, work, f"Tallennetaan: {entity.sheet.lower()}")
    # Follow-ups go in before the items and matters they belong to, so each item's search index
    # row is built once with its follow-ups (the follow-up triggers would otherwise rebuild it
    # once per follow-up). Foreign keys are checked at commit instead (SQLite's
    # defer_foreign_keys, which ends with the transaction); every reference was checked above.
    _driver(session).execute("PRAGMA defer_foreign_keys = ON")
    for entity in sorted(ENTITIES, key=lambda e: e.name != "follow_ups"):
        added = [item for decision, item in plan.decisions[entity.name] if decision == ADDED]
        if added:
            done = _insert(session, entity, added, progress, done, work)
    progress.step(done, work, "Tallennetaan…")


def import_bundle(db: Database, path: Path, *, dry_run: bool = False,
                  max_bytes: int = DEFAULT_MAX_BYTES, progress: Progress = NO_PROGRESS) -> ImportReport:
    """Validate `path` completely, then apply it in one transaction (rolled back when `dry_run`).
    Raises BundleError (located, Finnish) and leaves the database untouched on any refusal."""
    name = path.name
    progress.step(0, 1, "Luetaan ja tarkistetaan siirtopakettia…")
    document = read_bundle(path, max_bytes=max_bytes)
    incoming = stored_incoming(document, name)
    report = ImportReport(file=name, scope=document["manifest"]["scope"], dry_run=dry_run)
    demo_data = document["manifest"].get("demo_data") is True
    del document
    progress.check()
    try:
        with db.write(remote_action="import") as session:
            plan = _plan(session, incoming, report)
            _apply(session, plan, progress)
            if demo_data:  # invented data arrived: this laptop must not sync it either
                session.merge(LocalSetting(key=DEMO_DATA_KEY, value=utcnow().isoformat()))
            if dry_run:
                raise _DryRun()
    except _DryRun:
        pass
    except StorageError as exc:
        if isinstance(exc.__cause__, IntegrityError):
            raise BundleError(name, [Problem(f"tietokanta hylkäsi paketin: {exc.__cause__.orig}")]) from exc
        raise
    return report



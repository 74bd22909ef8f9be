"""Transport that talks SQL straight to the central store (PostgreSQL or a local SQLite file).

Push = one central transaction that first locks the counter row. Holding that lock until commit
serialises pushes, so sequence numbers are committed in the order they were handed out and a
pull at cursor N can never later find a row with seq <= N appear (DESIGN.md §4).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    ARRAY,
    Connection,
    Date,
    Engine,
    String,
    Time,
    any_,
    bindparam,
    insert,
    literal,
    select,
    tuple_,
    update,
)
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from desktop_app.storage.types import utcnow
from desktop_app.sync.central import connection_error
from desktop_app.sync.central_schema import (
    SYNCED_TABLES,
    applied_ops,
    central_audit,
    seq_counter,
    store_info,
)
from desktop_app.sync.errors import CONNECTION_SQLSTATES
from desktop_app.sync.refusals import describe, is_row_problem
from desktop_app.sync.rows import ENTITY_ORDER, NATURAL_KEYS, PARENTS, to_wire
from desktop_app.sync.transport import (
    APPLIED,
    REFUSED,
    REJECTED,
    STALE,
    Change,
    Origin,
    PulledRow,
    PullPage,
    PushResult,
    Receipt,
    StoreInfo,
)

_CHUNK = 500
log = logging.getLogger(__name__)

try:  # errors raised by psycopg itself inside COPY (outside SQLAlchemy's wrapping)
    from psycopg import OperationalError as _DriverOperationalError
except ImportError:  # pragma: no cover - psycopg is a dependency; SQLite-only use still works
    class _DriverOperationalError(Exception):  # type: ignore[no-redef]
        pass


def _is_connection_problem(exc: BaseException) -> bool:
    """The connection, a lock wait or a server limit failed (retrying may help), as opposed to
    a row's content being refused. Ending an idle transaction is class 25 (an InternalError
    to SQLAlchemy), hence the SQLSTATE check."""
    if isinstance(exc, (OperationalError, InterfaceError, _DriverOperationalError)):
        return True
    if getattr(exc, "connection_invalidated", False):
        return True
    return getattr(getattr(exc, "orig", None), "sqlstate", None) in CONNECTION_SQLSTATES


def _stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@cache
def _typed_columns(table_name: str) -> tuple[frozenset[str], dict[str, Any]]:
    """(columns a push may set, parsers for the few columns not stored as sent text)."""
    table = SYNCED_TABLES[table_name]
    settable = frozenset(c.name for c in table.c if c.name not in ("id", "version", "seq"))
    parsers: dict[str, Any] = {}
    for column in table.c:
        if isinstance(column.type, Date):
            parsers[column.name] = dt.date.fromisoformat
        elif isinstance(column.type, Time):
            parsers[column.name] = dt.time.fromisoformat
    return settable, parsers


def _to_db(table_name: str, fields: dict[str, Any]) -> dict[str, Any]:
    settable, parsers = _typed_columns(table_name)
    out = {key: value for key, value in fields.items() if key in settable}
    for key, parse in parsers.items():
        if out.get(key) is not None:
            out[key] = parse(out[key])
    return out


_Parsers = tuple[tuple[int, Any], ...]


@cache
def _shape(table_name: str, keys: tuple[str, ...]) -> tuple[tuple[str, ...], Any, _Parsers]:
    """For rows whose fields arrive with these keys (one shape per client in practice): the
    columns a push may set, in that order; a C-level getter of their values; and (position,
    parser) of the few not stored as sent text. What `_to_db` does, without a dict per row."""
    settable, parsers = _typed_columns(table_name)
    names = tuple(key for key in keys if key in settable)
    getter = itemgetter(*names) if len(names) > 1 else (lambda fields: (fields[names[0]],))
    typed = tuple((index, parsers[name]) for index, name in enumerate(names) if name in parsers)
    return names, getter, typed


def _db_values(table_name: str, fields: dict[str, Any]) -> tuple[tuple[str, ...], list[Any]]:
    """(column names, values) of one pushed row: the same values as `_to_db`, as a list."""
    names, getter, typed = _shape(table_name, tuple(fields))
    values = list(getter(fields)) if names else []
    for index, parse in typed:
        if values[index] is not None:
            values[index] = parse(values[index])
    return names, values


def _from_db(table_name: str, row: Any) -> dict[str, Any]:
    skip = {"id", "version", "seq"}
    return {key: to_wire(value) for key, value in row.items() if key not in skip}


def _action(change: Change, was_deleted_at: Any) -> str:
    """What an applied change of an existing central row did (a new row's is "insert")."""
    after = change.fields.get("deleted_at")
    if was_deleted_at is None and after is not None:
        return "delete"
    if was_deleted_at is not None and after is None:
        return "restore"
    return "update"


class DirectTransport:
    def __init__(self, engine: Engine, password: str | None = None) -> None:
        self.engine = engine
        self._password = password
        self._is_pg = engine.dialect.name == "postgresql"

    # -- connections -------------------------------------------------------------------------
    @contextmanager
    def _write(self) -> Iterator[Connection]:
        try:
            options = {} if self._is_pg else {"sqlite_begin": "IMMEDIATE"}
            with self.engine.connect().execution_options(**options) as conn, conn.begin():
                yield conn
        except (DBAPIError, _DriverOperationalError) as exc:
            if not _is_connection_problem(exc):
                raise
            raise connection_error(exc, self.engine.url, self._password) from exc

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            # One snapshot for all tables of a page, or a commit between two table reads could
            # move the cursor past rows of the table read first.
            options = {"isolation_level": "REPEATABLE READ"} if self._is_pg else {}
            with self.engine.connect().execution_options(**options) as conn, conn.begin():
                yield conn
        except (DBAPIError, _DriverOperationalError) as exc:
            if not _is_connection_problem(exc):
                raise
            raise connection_error(exc, self.engine.url, self._password) from exc

    def close(self) -> None:
        self.engine.dispose()

    # -- interface ---------------------------------------------------------------------------
    def hello(self) -> StoreInfo:
        from desktop_app.sync.central import head_revision
        with self._read() as conn:
            store_id = conn.scalar(select(store_info.c.value).where(store_info.c.key == "store_id"))
        return StoreInfo(store_id=str(store_id), schema_revision=head_revision())

    def push(self, changes: list[Change], op_id: str, origin: Origin) -> PushResult:
        with self._write() as conn:
            before = conn.execute(
                select(seq_counter.c.last_seq).where(seq_counter.c.id == 1).with_for_update()
            ).scalar_one()
            stored = conn.scalar(select(applied_ops.c.receipts).where(applied_ops.c.op_id == op_id))
            if stored is not None:  # a retry after a lost acknowledgement: same answer, no change
                return PushResult.from_json(json.loads(stored))
            result = _Applier(conn, op_id, origin, before).apply(changes)
            conn.execute(update(seq_counter).where(seq_counter.c.id == 1)
                         .values(last_seq=result.last_seq))
            conn.execute(insert(applied_ops).values(
                op_id=op_id, device_id=origin.device_id, user_name=origin.user,
                applied_at=_stamp(utcnow()), receipts=json.dumps(result.to_json()),
            ))
        return result

    def pull(self, cursor: int, limit: int) -> PullPage:
        rows: list[PulledRow] = []
        with self._read() as conn:
            for name, table in SYNCED_TABLES.items():
                query = (select(table).where(table.c.seq > cursor)
                         .order_by(table.c.seq).limit(limit + 1))
                for row in conn.execute(query).mappings():
                    rows.append(PulledRow(name, row["id"], row["version"], row["seq"],
                                          _from_db(name, row)))
        rows.sort(key=lambda r: r.seq)
        page = rows[:limit]
        return PullPage(page, page[-1].seq if page else cursor, len(rows) > limit)


_AUDIT_COLUMNS = ("op_id", "seq", "entity", "entity_id", "version", "action", "device_id",
                  "user_name", "at")


def _append_audit(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Audit rows written from Python (updates, deletes, restores: their action depends on what
    the row was). On PostgreSQL with COPY (same transaction), a fraction of row-by-row inserts."""
    if not rows:
        return
    if conn.dialect.name != "postgresql":
        conn.execute(insert(central_audit), rows)
        return
    _copy_rows(conn, "central_audit", _AUDIT_COLUMNS,
               [[row[name] for name in _AUDIT_COLUMNS] for row in rows])


def _audit_inserted(conn: Connection, table: Any, first_seq: int, last_seq: int,
                    audit: dict[str, Any]) -> None:
    """The audit rows of the rows this push just inserted into `table`, written by the store
    itself from those rows (one statement; nothing travels back and forth per row). Inside the
    push transaction the lock is held, so seqs first_seq..last_seq are this push's own, and the
    inserted ones are exactly those at version 1 (an update is at version 2 or more)."""
    rows = (select(literal(audit["op_id"]), table.c.seq, literal(table.name), table.c.id,
                   table.c.version, literal("insert"), literal(audit["device_id"]),
                   literal(audit["user_name"]), literal(audit["at"]))
            .where(table.c.seq.between(first_seq, last_seq), table.c.version == 1)
            .order_by(table.c.seq))
    conn.execute(insert(central_audit).from_select(list(_AUDIT_COLUMNS), rows))


def _copy_rows(conn: Connection, table_name: str, names: tuple[str, ...],
               rows: list[Any]) -> None:
    """PostgreSQL COPY of value sequences into the named columns, in the open transaction."""
    raw = conn.connection.driver_connection
    assert raw is not None
    with raw.cursor() as cursor, cursor.copy(
            f"COPY {table_name} ({', '.join(names)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def _bulk_insert(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    """Rows given as dicts: COPY on PostgreSQL (executemany on SQLite). The push itself uses
    `_copy_rows` with value lists; this is the bare load the benchmark compares a sync with."""
    if conn.dialect.name != "postgresql":
        conn.execute(insert(table), rows)
        return
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:  # one shape per client in practice; grouped so COPY names each column once
        by_columns[tuple(row)].append(row)
    for names, group in by_columns.items():
        _copy_rows(conn, table.name, names, [tuple(row.values()) for row in group])


class _Applier:
    """Applies one push inside the locked transaction: insert new rows, compare-and-set updates."""

    def __init__(self, conn: Connection, op_id: str, origin: Origin, before: int) -> None:
        self.conn, self.op_id, self.origin = conn, op_id, origin
        self.before = self.seq = before
        self.is_pg = conn.dialect.name == "postgresql"
        self.audit = {"op_id": op_id, "device_id": origin.device_id, "user_name": origin.user,
                      "at": _stamp(utcnow())}
        self.accepted: set[str] = set()  # ids applied in this push (parents of later entities)

    def apply(self, changes: list[Change]) -> PushResult:
        receipts: dict[tuple[str, str], Receipt] = {}
        grouped: dict[str, list[Change]] = defaultdict(list)
        for change in changes:
            grouped[change.entity].append(change)
        for entity in sorted(grouped, key=lambda name: ENTITY_ORDER[name]):
            for receipt in self._apply_isolated(entity, grouped[entity]):
                receipts[(receipt.entity, receipt.id)] = receipt
        ordered = [receipts[(c.entity, c.id)] for c in changes]
        return PushResult(ordered, self.before, self.seq)

    def _apply_isolated(self, entity: str, changes: list[Change]) -> list[Receipt]:
        """Apply under a savepoint. If the store refuses a row's content, roll the savepoint
        back and bisect, so only the refused rows get REFUSED receipts and all others are
        applied (one savepoint per table when nothing fails; ~2·log2(n) per refused row).
        The rows, their audit rows and their seqs go back together."""
        seq, accepted = self.seq, set(self.accepted)
        try:
            with self.conn.begin_nested():
                return self._apply_entity(entity, changes)
        except Exception as exc:
            if not is_row_problem(exc):
                raise
            self.seq, self.accepted = seq, accepted
            if len(changes) > 1:
                middle = len(changes) // 2
                return (self._apply_isolated(entity, changes[:middle])
                        + self._apply_isolated(entity, changes[middle:]))
            [change] = changes
            field, reason = describe(entity, change.fields, exc)
            log.info("Central store refused %s %s (%s): %s", entity, change.id, field, reason)
            return [Receipt(entity, change.id, REFUSED, None, reason, field)]

    def _current(self, table: Any, ids: list[str]) -> dict[str, tuple[int, Any]]:
        """id -> (central version, deleted_at) of the rows that exist centrally."""
        wanted = [table.c.id, table.c.version, table.c.deleted_at]
        plain = "".join(ids)
        if self.is_pg and '"' not in plain and "\\" not in plain:
            # One text[] literal with every id quoted ('{"a","b"}'): PostgreSQL parses it far
            # faster than the driver builds an array parameter element by element (~6 ms vs
            # ~20 ms for 9,000 ids). Quoted, no id can read as NULL; `"` or `\` would need
            # escaping, so such ids take the array parameter below.
            array = literal('{"' + '","'.join(ids) + '"}', String).cast(ARRAY(String))
            chunks = [select(*wanted).where(table.c.id == any_(array))]
        elif self.is_pg:  # one array parameter instead of 500 each
            chunks = [select(*wanted).where(table.c.id == any_(literal(ids, ARRAY(String))))]
        else:
            chunks = [select(*wanted).where(table.c.id.in_(ids[start:start + _CHUNK]))
                      for start in range(0, len(ids), _CHUNK)]
        current: dict[str, tuple[int, Any]] = {}
        for query in chunks:
            for row_id, version, deleted_at in self.conn.execute(query):
                current[row_id] = (version, deleted_at)
        return current

    def _apply_entity(self, entity: str, changes: list[Change]) -> list[Receipt]:
        table = SYNCED_TABLES[entity]
        current = self._current(table, [c.id for c in changes])
        inserts: dict[tuple[str, ...], list[list[Any]]] = defaultdict(list)  # by column names
        updates: list[dict[str, Any]] = []
        audit: list[dict[str, Any]] = []  # of updates; the store writes those of inserts
        receipts: list[Receipt] = []
        first_seq = self.seq + 1
        orphans = self._orphans(entity, changes)
        keys = _KeyCheck(self.conn, entity, [c for c in changes if c.id not in current])
        for change in changes:
            was = current.get(change.id)
            if change.id in orphans:
                receipts.append(Receipt(entity, change.id, REJECTED, None, orphans[change.id]))
                continue
            if was is None:
                clash = keys.clash(change)
                if clash:
                    receipts.append(Receipt(entity, change.id, REJECTED, None, clash))
                    continue
                version = 1
            elif was[0] == change.base_version:
                version = was[0] + 1
            else:
                receipts.append(Receipt(entity, change.id, STALE, was[0]))
                continue
            self.seq += 1
            names, values = _db_values(entity, change.fields)
            if was is None:
                values += (change.id, version, self.seq)
                inserts[names].append(values)
            else:
                updates.append(dict(zip(names, values, strict=True), id=change.id, version=version,
                                    seq=self.seq))
                audit.append({**self.audit, "seq": self.seq, "entity": entity,
                              "entity_id": change.id, "version": version,
                              "action": _action(change, was[1])})
            receipts.append(Receipt(entity, change.id, APPLIED, version))
            self.accepted.add(change.id)
        for names, rows in inserts.items():
            columns = (*names, "id", "version", "seq")
            if self.is_pg:
                _copy_rows(self.conn, table.name, columns, rows)
            else:
                self.conn.execute(insert(table), [dict(zip(columns, row, strict=True))
                                                  for row in rows])
        if inserts:
            _audit_inserted(self.conn, table, first_seq, self.seq, self.audit)
        if updates:
            names = [key for key in updates[0] if key != "id"]
            statement = (update(table).where(table.c.id == bindparam("k_id"))
                         .values({name: bindparam(f"k_{name}") for name in names}))
            self.conn.execute(statement, [{f"k_{k}": v for k, v in row.items()} for row in updates])
        _append_audit(self.conn, audit)
        return receipts

    def _orphans(self, entity: str, changes: list[Change]) -> dict[str, str]:
        """Children whose parent row is neither in the central store nor applied in this push
        (e.g. the parent was refused): refuse them too, and they stay dirty on the laptop."""
        out: dict[str, str] = {}
        for column, parent in PARENTS.get(entity, ()):
            wanted = {c.fields.get(column) for c in changes} - {None} - self.accepted
            table = SYNCED_TABLES[parent]
            found: set[str] = set()
            listed = sorted(wanted)
            for start in range(0, len(listed), _CHUNK):
                chunk = listed[start:start + _CHUNK]
                found.update(self.conn.scalars(select(table.c.id).where(table.c.id.in_(chunk))))
            missing = wanted - found
            for change in changes:
                if change.fields.get(column) in missing:
                    out[change.id] = ("Rivin ylempi tieto puuttuu keskitietokannasta; rivi lähetetään "
                                      "uudelleen, kun se on siellä.")
        return out


class _KeyCheck:
    """Natural keys (sector code, round + municipality) of the rows a push inserts, checked with
    one query per chunk instead of one per row (a first sync inserts ~100 such rows)."""

    def __init__(self, conn: Connection, entity: str, new: list[Change]) -> None:
        self.entity = entity
        self.key = NATURAL_KEYS.get(entity, ())
        self.taken: dict[tuple[Any, ...], str] = {}  # key -> central id, then ids accepted here
        if not self.key or not new:
            return
        table = SYNCED_TABLES[entity]
        wanted = sorted({self._wanted(change) for change in new}, key=repr)
        columns = [table.c[name] for name in self.key]
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start:start + _CHUNK]
            condition = (tuple_(*columns).in_(chunk) if len(columns) > 1
                         else columns[0].in_([k[0] for k in chunk]))
            for row in conn.execute(select(table.c.id, *columns).where(condition)):
                self.taken.setdefault(tuple(row[1:]), row[0])

    def _wanted(self, change: Change) -> tuple[Any, ...]:
        values = _to_db(self.entity, {name: change.fields.get(name) for name in self.key})
        return tuple(values[name] for name in self.key)

    def clash(self, change: Change) -> str:
        """'' when the row may be inserted (and then its key counts as taken for later rows)."""
        if not self.key:
            return ""
        wanted = self._wanted(change)
        holder = self.taken.setdefault(wanted, change.id)
        if holder == change.id:
            return ""
        label = ", ".join(str(change.fields.get(name)) for name in self.key)
        return f"Keskitietokannassa on jo toinen rivi samalla tunnisteella ({self.entity}: {label})."

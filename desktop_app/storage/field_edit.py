"""The one fast path for a durable edit of a single synced row (autosave's hot path).

The ORM unit of work (session, identity map, flush, the `before_flush` audit hook in
`storage.audit`) cost about 0.9 ms of Python per edit above SQLite's own ≈0.35 ms (issue 12,
docs/performance/edits.md). An edit of one row's fields needs none of that machinery, so every
service's `update` runs on a pooled sqlite3 connection instead, in one `BEGIN IMMEDIATE` …
`COMMIT` (synchronous=FULL, so the commit is durable when it returns):

1. load the live row (`EditTransaction.live`), typed exactly as the ORM would load it: the values
   pass through SQLAlchemy's own result processors for each column's type and this dialect;
2. the service checks what it checks on the ORM path (meeting not locked, expected version,
   domain validation) and computes the new values;
3. `EditTransaction.change` writes only the fields whose audit text differs, with the same
   bookkeeping the flush hook stamps (version + 1, updated_at/updated_by/device_id, dirty = 1),
   bound through the same bind processors, and one `audit_log` row per changed field (action
   `update`, or `delete`/`restore` for `deleted_at`), in the same transaction.

`EditTransaction.insert` does the same for a new row (autosave's first save of an item or a
follow-up): the model's defaults, the bookkeeping of a new row and one `insert` audit row per
given value, as `_stamp_new` writes them.

The search index and the local receipts are SQLite triggers, so they stay in step here as on
every other path. Errors: SQLite's are raised as `StorageError` with the Finnish description
(`describe_storage_failure`), anything else after a rollback as it is; nothing is half-written.
`tests/test_storage_field_edit.py` proves this path writes the same rows as the ORM path.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Engine, Table
from sqlalchemy.engine import Dialect

from desktop_app.domain.errors import StorageError
from desktop_app.storage.audit import audit_text
from desktop_app.storage.failures import describe_storage_failure
from desktop_app.storage.models import BOOKKEEPING_COLUMNS, SyncedMixin
from desktop_app.storage.types import new_id, utcnow

_BOOKKEEPING_SET = ("version", "updated_at", "updated_by", "device_id", "dirty")


class RowValues(SimpleNamespace):
    """A loaded row's typed values by attribute name, like a detached ORM row: the services'
    record builders (`services.convert.feedback_record` …) read either."""


@dataclass(frozen=True)
class _Shape:
    """How to read and write one table on the raw connection (built once per table)."""

    table: Table
    table_sql: str             # the quoted table name
    names: tuple[str, ...]
    select_sql: str            # SELECT <every column> FROM <table>
    readers: tuple[tuple[int, Callable[[Any], Any]], ...]   # (position, result processor)
    writers: Mapping[str, Callable[[Any], Any] | None]      # column → bind processor
    quoted: Mapping[str, str]
    content: frozenset[str]


_SHAPES: dict[tuple[str, str], _Shape] = {}


def _shape(table: Table, dialect: Dialect) -> _Shape:
    key = (table.name, dialect.name)
    found = _SHAPES.get(key)
    if found is not None:
        return found
    quote = dialect.identifier_preparer.quote
    names = tuple(column.name for column in table.columns)
    readers = []
    writers: dict[str, Callable[[Any], Any] | None] = {}
    for position, column in enumerate(table.columns):
        impl = column.type.dialect_impl(dialect)
        reader = impl.result_processor(dialect, None)
        if reader is not None:
            readers.append((position, reader))
        writers[column.name] = impl.bind_processor(dialect)
    quoted = {name: quote(name) for name in names}
    shape = _Shape(
        table=table, table_sql=quote(table.name), names=names,
        select_sql=f"SELECT {', '.join(quoted[n] for n in names)} FROM {quote(table.name)}",
        readers=tuple(readers), writers=writers, quoted=quoted,
        content=frozenset(names) - BOOKKEEPING_COLUMNS,
    )
    _SHAPES[key] = shape
    return shape


_AUDIT_COLUMNS = ("at", "actor", "device_id", "entity", "entity_id", "action", "field", "old_value",
                  "new_value")
_AUDIT_SQL = (f"INSERT INTO audit_log ({', '.join(_AUDIT_COLUMNS)}) "
              f"VALUES ({', '.join('?' for _ in _AUDIT_COLUMNS)})")


class EditTransaction:
    """One open `BEGIN IMMEDIATE` transaction on a pooled sqlite3 connection (from
    `Database.edit`). Reads here see the row as it is under the write lock."""

    def __init__(self, connection: sqlite3.Connection, dialect: Dialect, actor: str,
                 device_id: str) -> None:
        self._connection = connection
        self._dialect = dialect
        self.actor = actor
        self.device_id = device_id

    def _values(self, shape: _Shape, raw: tuple[Any, ...]) -> RowValues:
        values = list(raw)
        for position, reader in shape.readers:
            values[position] = reader(values[position])
        return RowValues(**dict(zip(shape.names, values, strict=True)))

    def rows(self, model: type[SyncedMixin], where: str, params: tuple[Any, ...],
             order_by: str = "") -> list[RowValues]:
        """Rows of `model` matching the SQL condition `where` (qmark parameters), typed."""
        shape = _shape(model.__table__, self._dialect)  # type: ignore[attr-defined]
        sql = f"{shape.select_sql} WHERE {where}" + (f" ORDER BY {order_by}" if order_by else "")
        return [self._values(shape, raw) for raw in self._connection.execute(sql, params)]

    def live(self, model: type[SyncedMixin], row_id: str) -> RowValues | None:
        """The row with this id unless it is missing or tombstoned."""
        found = self.rows(model, "id = ? AND deleted_at IS NULL", (row_id,))
        return found[0] if found else None

    def scalar(self, sql: str, params: tuple[Any, ...]) -> Any:
        """The first column of the first row of `sql` as stored (untyped), or None."""
        row = self._connection.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def insert(self, model: type[SyncedMixin], values: Mapping[str, Any]) -> RowValues:
        """Add a row: `values` are what the ORM constructor would be given (content columns, and
        optionally `id`); other columns get the model's defaults. Bookkeeping and audit rows are
        exactly what the flush hook writes for a new row (storage/audit.py `_stamp_new`): version
        1, dirty, created/updated at and by, device id, and one `insert` row per given value that
        is not empty. Returns the row as stored. Raises ValueError for a bookkeeping column."""
        shape = _shape(model.__table__, self._dialect)  # type: ignore[attr-defined]
        unknown = set(values) - shape.content - {"id"}
        if unknown:
            raise ValueError(f"not content columns of {shape.table.name}: {sorted(unknown)}")
        now: dt.datetime = utcnow()
        row: dict[str, Any] = {}
        for column in shape.table.columns:
            default = column.default
            if column.name in values:
                row[column.name] = values[column.name]
            elif default is not None and default.is_scalar:
                row[column.name] = default.arg  # type: ignore[attr-defined]
            else:
                row[column.name] = None
        row.update(id=values.get("id") or new_id(), version=1, dirty=True, created_at=now,
                   updated_at=now, created_by=self.actor, updated_by=self.actor,
                   device_id=self.device_id)
        at = _bound(shape, "updated_at", now)
        self._connection.execute(
            f"INSERT INTO {shape.table_sql} ({', '.join(shape.quoted[n] for n in shape.names)}) "
            f"VALUES ({', '.join('?' for _ in shape.names)})",
            [at if name in ("created_at", "updated_at") else _bound(shape, name, row[name])
             for name in shape.names])
        self._connection.executemany(_AUDIT_SQL, [
            (at, self.actor, self.device_id, shape.table.name, row["id"], "insert", name, None,
             audit_text(row[name]))
            for name in shape.names
            if name in values and name in shape.content and row[name] is not None and row[name] != ""])
        return RowValues(**row)

    def change(self, model: type[SyncedMixin], row: RowValues, changes: Mapping[str, Any]) -> RowValues:
        """Write `changes` (column → new typed value) to `row`; returns the row as now stored.

        Only fields whose audit text differs are written (nothing at all when none does, and the
        version stays). Bookkeeping and audit rows are exactly what the ORM flush hook writes
        (storage/audit.py `_stamp_changed`). Raises ValueError for a bookkeeping or unknown column
        (callers never set those)."""
        shape = _shape(model.__table__, self._dialect)  # type: ignore[attr-defined]
        unknown = set(changes) - shape.content
        if unknown:
            raise ValueError(f"not content columns of {shape.table.name}: {sorted(unknown)}")
        changed = [(name, getattr(row, name), value) for name, value in changes.items()
                   if audit_text(getattr(row, name)) != audit_text(value)]
        if not changed:
            return row
        now: dt.datetime = utcnow()
        if "deleted_at" in changes and any(name == "deleted_at" for name, _, _ in changed):
            action = "delete" if changes["deleted_at"] is not None else "restore"
        else:
            action = "update"
        after = RowValues(**vars(row))
        for name, _, value in changed:
            setattr(after, name, value)
        after.version = (row.version or 0) + 1
        after.updated_at, after.updated_by, after.device_id, after.dirty = (
            now, self.actor, self.device_id, True)
        at = _bound(shape, "updated_at", now)   # the audit rows carry the same stamp
        columns = [name for name, _, _ in changed] + list(_BOOKKEEPING_SET)
        params = [at if name == "updated_at" else _bound(shape, name, getattr(after, name))
                  for name in columns]
        assignments = ", ".join(f"{shape.quoted[name]} = ?" for name in columns)
        self._connection.execute(
            f"UPDATE {shape.table_sql} SET {assignments} "
            "WHERE id = ?", (*params, row.id))
        entity = shape.table.name
        self._connection.executemany(_AUDIT_SQL, [
            (at, self.actor, self.device_id, entity, row.id, action, name, audit_text(old),
             audit_text(new))
            for name, old, new in changed])
        return after


def _bound(shape: _Shape, name: str, value: Any) -> Any:
    writer = shape.writers[name]
    return value if writer is None or value is None else writer(value)


@contextmanager
def edit_transaction(engine: Engine, path: Path, actor: str, device_id: str) -> Iterator[EditTransaction]:
    """`BEGIN IMMEDIATE` on a pooled connection, `COMMIT` on success, `ROLLBACK` on any error.

    Raises StorageError (Finnish, `describe_storage_failure`) for SQLite's errors (full disk,
    locked or read-only file …); other exceptions (the services' domain errors) pass through
    after the rollback."""
    pooled = engine.raw_connection()
    try:
        connection = pooled.dbapi_connection
        assert isinstance(connection, sqlite3.Connection)
        try:
            connection.execute("BEGIN IMMEDIATE")
            yield EditTransaction(connection, engine.dialect, actor, device_id)
            connection.execute("COMMIT")
        except BaseException as exc:
            _rollback(connection, pooled)
            if isinstance(exc, sqlite3.DatabaseError):
                raise StorageError(describe_storage_failure(exc, path)) from exc
            raise
    finally:
        pooled.close()


def _rollback(connection: sqlite3.Connection, pooled: Any) -> None:
    if not connection.in_transaction:
        return
    try:
        connection.execute("ROLLBACK")
    except sqlite3.Error:
        pooled.invalidate()  # a connection that cannot roll back is not given out again

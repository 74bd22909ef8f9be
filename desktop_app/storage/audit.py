"""The flush hook that stamps bookkeeping on synced rows and writes the audit log.

Doing this in one `before_flush` listener means no service can forget it, and the audit rows are
part of the same transaction as the change they describe.
"""

from __future__ import annotations

import datetime as dt
import enum
from functools import cache
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session

from desktop_app.storage.models import BOOKKEEPING_COLUMNS, AuditEntry, SyncedMixin
from desktop_app.storage.types import new_id, utcnow

# session.info keys
ACTOR = "actor"
DEVICE_ID = "device_id"
# Set by the sync engine / importer while applying changes made elsewhere: keep their bookkeeping
# as received, do not mark rows dirty, and label the audit rows with this action.
REMOTE_ACTION = "remote_action"


def audit_text(value: Any) -> str | None:
    """How the audit log writes a value (also used by the bulk importer, which writes the same rows)."""
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


@cache
def _content_columns_of(model: type[SyncedMixin]) -> tuple[str, ...]:
    return tuple(attr.key for attr in inspect(model).column_attrs if attr.key not in BOOKKEEPING_COLUMNS)


def _content_columns(obj: SyncedMixin) -> tuple[str, ...]:
    return _content_columns_of(type(obj))


def _audit(rows: list[dict[str, Any]], obj: SyncedMixin, action: str, field: str,
           old: Any, new: Any, actor: str, device_id: str, now: dt.datetime) -> None:
    rows.append({
        "at": now, "actor": actor, "device_id": device_id, "entity": type(obj).__tablename__,
        "entity_id": obj.id, "action": action, "field": field, "old_value": audit_text(old),
        "new_value": audit_text(new),
    })


def _stamp_new(rows: list[dict[str, Any]], obj: SyncedMixin, actor: str, device_id: str,
               now: dt.datetime, remote: str | None) -> None:
    if obj.id is None:
        obj.id = new_id()
    if remote is None:
        obj.created_at = obj.updated_at = now
        obj.created_by = obj.updated_by = actor
        obj.device_id = device_id
        obj.version = 1
        obj.dirty = True
    for key in _content_columns(obj):
        value = getattr(obj, key)
        if value is not None and value != "":
            _audit(rows, obj, remote or "insert", key, None, value,
                   obj.updated_by or actor, obj.device_id or device_id, now)


def _stamp_changed(rows: list[dict[str, Any]], obj: SyncedMixin, actor: str, device_id: str,
                   now: dt.datetime, remote: str | None) -> None:
    state = inspect(obj)
    changes: list[tuple[str, Any, Any]] = []
    for key in _content_columns(obj):
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if audit_text(old) != audit_text(new):
            changes.append((key, old, new))
    if not changes:
        return
    if remote is None:
        if "deleted_at" in [key for key, _, _ in changes]:
            action = "delete" if obj.deleted_at is not None else "restore"
        else:
            action = "update"
        obj.version = (obj.version or 0) + 1
        obj.updated_at = now
        obj.updated_by = actor
        obj.device_id = device_id
        obj.dirty = True
    else:
        action = remote
    for key, old, new in changes:
        _audit(rows, obj, action, key, old, new, obj.updated_by or actor,
               obj.device_id or device_id, now)


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, flush_context: object, instances: object) -> None:
    actor = session.info.get(ACTOR)
    if actor is None:
        return  # a session not opened through Database (e.g. a migration): leave rows alone
    device_id = session.info.get(DEVICE_ID, "")
    remote = session.info.get(REMOTE_ACTION)
    now = utcnow()
    for obj in list(session.deleted):
        if isinstance(obj, SyncedMixin):
            raise RuntimeError(
                f"{type(obj).__name__} must be tombstoned (deleted_at), never hard-deleted"
            )
    rows: list[dict[str, Any]] = []
    for obj in list(session.new):
        if isinstance(obj, SyncedMixin):
            _stamp_new(rows, obj, actor, device_id, now, remote)
    for obj in list(session.dirty):
        if isinstance(obj, SyncedMixin) and session.is_modified(obj, include_collections=False):
            _stamp_changed(rows, obj, actor, device_id, now, remote)
    if rows:
        # A Core insert on the flush's own connection: same transaction, without the ORM's
        # bulk-insert machinery (session.execute(insert(Entity)) costs 3× as much). The field
        # edits take the faster path of storage/field_edit.py.
        session.connection().execute(insert(AuditEntry.__table__), rows)

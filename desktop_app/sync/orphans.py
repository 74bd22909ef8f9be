"""Orphans: a child (meeting, participant, feedback, follow-up; agenda matter, attendee,
agreement) added or changed on one laptop under a parent (round, meeting, feedback; managers'
meeting, agenda matter) that another laptop deleted.

The child is never dropped and never left hidden without a word: it becomes an "orphan" conflict
on the child row, and a person chooses to restore the parent (and its deleted ancestors) or to
delete the child too. Detected on the laptop, in the transaction that lands a pull:

R1 (the child's laptop): a parent's tombstone arrived from the central store, and a live child
   here has changes the central store does not have yet (dirty or never synced). The child is
   held back from pushes until a person decides.
R2 (the deleter's laptop): a live child arrived (new or changed) under a parent that this laptop
   deleted (the deletion is not pushed yet, or the parent was last changed on this device).

A laptop that only watches (neither deleted the parent nor wrote the child) gets no conflict: the
child stays hidden under the deleted parent there, as a local delete of a parent hides its
children, until one of the two people decides.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import and_, insert, select, update
from sqlalchemy.orm import Session

from desktop_app.domain.errors import NotFoundError, ValidationError
from desktop_app.storage.types import utcnow
from desktop_app.sync.local_tables import sync_base, sync_conflicts
from desktop_app.sync.rows import ENTITIES, row_to_wire

ORPHAN = "orphan"
RESTORE_PARENT, DELETE_CHILD = "restore_parent", "delete_child"

# child table -> its (column naming a parent, parent table) pairs: what contains what. A
# follow-up hangs off a feedback item or (an agreement) off an agenda matter; an invited expert
# belongs to the meeting and to the matter they were heard on. (A matter's feedback_id and
# carried_from_id are links, not containment: deleting the item or the earlier matter leaves it.)
CONTAINERS: dict[str, tuple[tuple[str, str], ...]] = {
    "meetings": (("round_id", "rounds"),),
    "participants": (("meeting_id", "meetings"),),
    "feedback": (("meeting_id", "meetings"),),
    "agenda_matters": (("managers_meeting_id", "managers_meetings"),),
    "managers_attendees": (("managers_meeting_id", "managers_meetings"), ("matter_id", "agenda_matters")),
    "follow_ups": (("feedback_id", "feedback"), ("matter_id", "agenda_matters")),
}


def container_of(entity: str, row: Any) -> tuple[str, str] | None:
    """(column, parent table) of the parent that holds `row`: the first link that is set."""
    return next(((column, parent) for column, parent in CONTAINERS.get(entity, ())
                 if getattr(row, column) is not None), None)
_CHUNK = 500


def _stamp() -> str:
    return utcnow().strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _chunks(ids: Iterable[str]) -> Iterable[list[str]]:
    listed = sorted(ids)
    for start in range(0, len(listed), _CHUNK):
        yield listed[start:start + _CHUNK]


def flag_orphans(session: Session, landed: dict[str, set[str]], device_id: str, *,
                 mine_too: bool = False) -> int:
    """Record orphan conflicts for R1/R2 among the rows `landed` (entity -> ids just written by
    a pull or a resolution), and settle open ones that another laptop decided meanwhile.
    `mine_too`: R1 also takes children last written on this device (a person here is keeping
    another laptop's delete of their parent). Returns how many were recorded."""
    _settle(session, landed)
    already = {(e, r) for e, r in session.execute(
        select(sync_conflicts.c.entity, sync_conflicts.c.row_id)
        .where(sync_conflicts.c.status == "open"))}
    found: list[tuple[str, str, str, str, str]] = []  # child, its id, column, parent, parent id
    for child, column, parent in ((c, col, p) for c, links in CONTAINERS.items() for col, p in links):
        c_model, p_model = ENTITIES[child], ENTITIES[parent]
        link = getattr(c_model, column)
        # R1: the parent's tombstone just arrived (clean here); the child has unsent changes.
        for chunk in _chunks(landed.get(parent, ())):
            no_base = and_(sync_base.c.entity == child, sync_base.c.row_id == c_model.id)
            query = (select(c_model.id, link).select_from(c_model)
                     .join(p_model, p_model.id == link).outerjoin(sync_base, no_base)
                     .where(link.in_(chunk), c_model.deleted_at.is_(None),
                            p_model.deleted_at.is_not(None), p_model.dirty.is_(False),
                            c_model.dirty.is_(True) | sync_base.c.version.is_(None)
                            | ((c_model.device_id == device_id) if mine_too else False)))
            found.extend((child, cid, column, parent, pid) for cid, pid in session.execute(query))
        # R2: the child just arrived, alive, under a parent this laptop deleted.
        for chunk in _chunks(landed.get(child, ())):
            query = (select(c_model.id, link).select_from(c_model).join(p_model, p_model.id == link)
                     .where(c_model.id.in_(chunk), c_model.deleted_at.is_(None),
                            p_model.deleted_at.is_not(None),
                            p_model.dirty.is_(True) | (p_model.device_id == device_id)))
            found.extend((child, cid, column, parent, pid) for cid, pid in session.execute(query))
    recorded = 0
    for child, child_id, column, parent, parent_id in found:
        if (child, child_id) in already:
            continue
        already.add((child, child_id))
        row = session.get(ENTITIES[child], child_id)
        parent_row = session.get(ENTITIES[parent], parent_id)
        assert row is not None and parent_row is not None
        session.execute(insert(sync_conflicts).values(
            entity=child, row_id=child_id, created_at=_stamp(), kind=ORPHAN,
            parent_entity=parent, parent_id=parent_id,
            fields=json.dumps([column]), base=None,
            mine=_dumps(row_to_wire(child, row)), theirs=_dumps(row_to_wire(parent, parent_row)),
            theirs_version=0, status="open",
        ))
        recorded += 1
    return recorded


def _settle(session: Session, landed: dict[str, set[str]]) -> None:
    """An orphan whose parent came back alive, or whose child arrived deleted, was decided on
    another laptop: close it here too (the record stays, resolved by "synkronointi")."""
    rows = session.execute(select(sync_conflicts).where(
        sync_conflicts.c.status == "open", sync_conflicts.c.kind == ORPHAN)).all()
    for record in rows:
        choice = None
        if record.parent_id in landed.get(record.parent_entity, ()):
            parent = session.get(ENTITIES[record.parent_entity], record.parent_id)
            if parent is not None and parent.deleted_at is None:
                choice = RESTORE_PARENT
        if choice is None and record.row_id in landed.get(record.entity, ()):
            child = session.get(ENTITIES[record.entity], record.row_id)
            if child is not None and child.deleted_at is not None:
                choice = DELETE_CHILD
        if choice is not None:
            session.execute(update(sync_conflicts).where(sync_conflicts.c.id == record.id).values(
                status="resolved", resolution=choice, resolved_fields="{}",
                resolved_at=_stamp(), resolved_by="synkronointi"))


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def resolve_orphan(session: Session, record: Any, choice: str, actor: str, device_id: str) -> None:
    """Restore the parent (and any deleted ancestor above it) or delete the child too. Both are
    ordinary local edits (dirty, new local version) that the next sync pushes."""
    if choice not in (RESTORE_PARENT, DELETE_CHILD):
        raise ValidationError("Valitse: palauta poistettu ylempi tieto tai poista tämäkin.")
    touched: list[tuple[str, Any]] = []
    if choice == DELETE_CHILD:
        row = session.get(ENTITIES[record.entity], record.row_id)
        if row is None:
            raise NotFoundError("Ristiriidan riviä ei enää ole.")
        if row.deleted_at is None:
            row.deleted_at = utcnow()
            touched.append((record.entity, row))
    else:
        entity, row_id = record.parent_entity, record.parent_id
        while entity is not None and row_id is not None:
            row = session.get(ENTITIES[entity], row_id)
            if row is None:
                raise NotFoundError("Poistettua ylempää tietoa ei löydy tältä koneelta.")
            if row.deleted_at is not None:
                row.deleted_at = None
                touched.append((entity, row))
            up = container_of(entity, row)
            entity, row_id = (up[1], getattr(row, up[0])) if up else (None, None)
    now = utcnow()
    for _, row in touched:
        row.version += 1
        row.dirty = True
        row.updated_at, row.updated_by, row.device_id = now, actor, device_id
    kept = {"restored": [[e, r.id] for e, r in touched]} if choice == RESTORE_PARENT else \
        {"deleted": [[record.entity, record.row_id]]}
    done = dict(status="resolved", resolution=choice, resolved_fields=_dumps(kept),
                resolved_at=_stamp(), resolved_by=actor)
    session.execute(update(sync_conflicts).where(sync_conflicts.c.id == record.id).values(**done))
    if choice == RESTORE_PARENT:  # the other children under the same parent are no orphans now
        session.execute(update(sync_conflicts).where(
            sync_conflicts.c.status == "open", sync_conflicts.c.kind == ORPHAN,
            sync_conflicts.c.parent_entity == record.parent_entity,
            sync_conflicts.c.parent_id == record.parent_id).values(**done))

"""Conflicts a person must decide: list them, and resolve by keeping mine, theirs or an edit.

The conflict record keeps both versions and the base for good; resolving only adds what was
chosen, so no edit ever vanishes without a trace.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select, update

from desktop_app.domain.errors import NotFoundError, ValidationError
from desktop_app.storage.database import Database
from desktop_app.storage.types import utcnow
from desktop_app.sync.local_tables import sync_base, sync_conflicts
from desktop_app.sync.orphans import DELETE_CHILD, ORPHAN, RESTORE_PARENT, flag_orphans, resolve_orphan
from desktop_app.sync.rows import ENTITIES, apply_wire, merge_fields, row_to_wire

KEEP_MINE, KEEP_THEIRS, MERGED = "mine", "theirs", "merged"
__all__ = ["DELETE_CHILD", "KEEP_MINE", "KEEP_THEIRS", "MERGED", "RESTORE_PARENT", "ConflictRecord",
           "list_conflicts", "parse_edited", "resolve"]

ENTITY_LABELS = {
    "sectors": "Toimintasektori", "rounds": "Kierros", "meetings": "Neuvottelu",
    "participants": "Osallistuja", "feedback": "Palaute", "follow_ups": "Jatkotoimenpide",
    "managers_meetings": "Kuntajohtajakokous", "agenda_matters": "Asialistan asia",
    "managers_attendees": "Kuntajohtajakokouksen osallistuja",
}


@dataclass(frozen=True)
class ConflictRecord:
    id: int
    entity: str
    row_id: str
    fields: tuple[str, ...]        # the fields that clash
    base: dict[str, Any] | None
    mine: dict[str, Any]           # this laptop's row now
    theirs: dict[str, Any]         # the central row
    theirs_version: int
    status: str
    resolution: str | None
    kind: str = "edit"             # "orphan": `theirs` is then the deleted parent row
    parent_entity: str | None = None
    parent_id: str | None = None
    # Which managers' meeting (and matter) the row belongs to, as people name them: "12/2028"
    # and 3 for "asia 3 (12/2028)"; "" / None for the negotiation side. See `_managers_place`.
    meeting_label: str = ""
    matter_number: int | None = None

    @property
    def label(self) -> str:
        return ENTITY_LABELS.get(self.entity, self.entity)

    @property
    def is_orphan(self) -> bool:
        return self.kind == ORPHAN

    @property
    def parent_label(self) -> str:
        return ENTITY_LABELS.get(self.parent_entity or "", self.parent_entity or "")

    def differing_fields(self) -> list[str]:
        return [key for key in merge_fields(self.entity) if self.mine.get(key) != self.theirs.get(key)]


def list_conflicts(db: Database, *, include_resolved: bool = False) -> list[ConflictRecord]:
    with db.read() as session:
        query = select(sync_conflicts).order_by(sync_conflicts.c.id)
        if not include_resolved:
            query = query.where(sync_conflicts.c.status == "open")
        rows = session.execute(query).all()
        result = []
        for row in rows:
            mine, theirs = json.loads(row.mine), json.loads(row.theirs)
            if row.status == "open":  # show the rows as they are now, edits since included
                current = session.get(ENTITIES[row.entity], row.row_id)
                if current is not None:
                    mine = row_to_wire(row.entity, current)
                parent = (session.get(ENTITIES[row.parent_entity], row.parent_id)
                          if row.kind == ORPHAN and row.parent_entity else None)
                if parent is not None:
                    theirs = row_to_wire(row.parent_entity, parent)
            result.append(ConflictRecord(
                id=row.id, entity=row.entity, row_id=row.row_id, fields=tuple(json.loads(row.fields)),
                base=json.loads(row.base) if row.base else None, mine=mine,
                theirs=theirs, theirs_version=row.theirs_version,
                status=row.status, resolution=row.resolution, kind=row.kind,
                parent_entity=row.parent_entity, parent_id=row.parent_id,
                **_managers_place(session, row.entity, mine),
            ))
        return result


def _managers_place(session: Any, entity: str, wire: dict[str, Any]) -> dict[str, Any]:
    """{"meeting_label": "12/2028", "matter_number": 3} for a row of a managers' meeting (the
    meeting, a matter, an attendee, an agreement of a matter): the internal ids mean nothing
    to a reader. Looks the parents up in the local database; empty when there are none."""
    matter_number = None
    meeting_id = wire.get("managers_meeting_id")
    if entity == "managers_meetings":
        return {"meeting_label": f"{wire.get('number')}/{wire.get('year')}"}
    if entity == "agenda_matters":
        matter_number = wire.get("number")
    elif entity in ("managers_attendees", "follow_ups") and wire.get("matter_id"):
        matter = session.get(ENTITIES["agenda_matters"], wire["matter_id"])
        if matter is not None:
            matter_number, meeting_id = matter.number, meeting_id or matter.managers_meeting_id
    meeting = session.get(ENTITIES["managers_meetings"], meeting_id) if meeting_id else None
    if meeting is None:
        return {}
    return {"meeting_label": f"{meeting.number}/{meeting.year}", "matter_number": matter_number}


def resolve(db: Database, conflict_id: int, choice: str,
            edited: dict[str, Any] | None = None) -> None:
    """Keep mine / keep theirs / keep an edited merge (wire values of the content fields).

    Afterwards the row's base is the central version shown in the conflict, so the next push is
    an ordinary optimistic update of it; if the central row moved again meanwhile, the next
    sync merges against this choice rather than overwriting anything.

    An orphan conflict (orphans.py) takes RESTORE_PARENT or DELETE_CHILD instead."""
    with db.write(remote_action="resolve") as session:
        record = session.execute(select(sync_conflicts).where(sync_conflicts.c.id == conflict_id)).first()
        if record is None or record.status != "open":
            raise NotFoundError("Ristiriitaa ei löydy tai se on jo ratkaistu.")
        if record.kind == ORPHAN:
            resolve_orphan(session, record, choice, db.actor, db.device_id)
            return
        if choice not in (KEEP_MINE, KEEP_THEIRS, MERGED):
            raise ValidationError("Valitse joko oma versio, keskitietokannan versio tai yhdistelmä.")
        if choice == MERGED and not edited:
            raise ValidationError("Yhdistelmä puuttuu.")
        entity, theirs = record.entity, json.loads(record.theirs)
        row = session.get(ENTITIES[entity], record.row_id)
        if row is None:
            raise NotFoundError("Ristiriidan riviä ei enää ole.")
        mine_now = row_to_wire(entity, row)
        if choice == KEEP_THEIRS:
            apply_wire(entity, row, theirs)
            row.dirty = False
        else:
            if choice == MERGED:
                allowed = set(merge_fields(entity))
                unknown = set(edited or {}) - allowed
                if unknown:
                    raise ValidationError(f"Tuntemattomia kenttiä: {', '.join(sorted(unknown))}.")
                apply_wire(entity, row, dict(edited or {}))
            row.version += 1
            row.dirty = True
            row.updated_at, row.updated_by, row.device_id = utcnow(), db.actor, db.device_id
        session.flush()
        kept = {key: value for key, value in row_to_wire(entity, row).items()
                if key in merge_fields(entity)}
        session.execute(insert(sync_base).prefix_with("OR REPLACE").values(
            entity=entity, row_id=record.row_id, version=record.theirs_version,
            fields=json.dumps(theirs, ensure_ascii=False, sort_keys=True)))
        session.execute(update(sync_conflicts).where(sync_conflicts.c.id == conflict_id).values(
            status="resolved", resolution=choice, mine=json.dumps(mine_now, ensure_ascii=False),
            resolved_fields=json.dumps(kept, ensure_ascii=False),
            resolved_at=utcnow().strftime("%Y-%m-%dT%H:%M:%S.%fZ"), resolved_by=db.actor,
        ))
        if row.deleted_at is not None and not row.dirty:
            # Keeping the other laptop's delete: children with unsent work here become orphans
            # for a person to decide, instead of vanishing with their parent.
            flag_orphans(session, {entity: {record.row_id}}, db.device_id, mine_too=True)


FIELD_LABELS = {
    "text": "Teksti", "place": "Paikka", "notes": "Muistiinpanot", "meeting_date": "Päivämäärä",
    "start_time": "Kellonaika", "status": "Tila", "priority": "Tärkeys", "kind": "Laji",
    "scope": "Laajuus", "sort_order": "Järjestys", "sector_id": "Toimintasektori",
    "meeting_id": "Neuvottelu", "round_id": "Kierros", "feedback_id": "Palaute",
    "municipality_code": "Kunta", "name": "Nimi", "organisation": "Organisaatio", "title": "Otsikko",
    "side": "Puoli", "description": "Toimenpide", "owner": "Vastuuhenkilö", "due_date": "Määräpäivä",
    "code": "Koodi", "name_fi": "Nimi", "name_en": "Nimi (en)", "retired_at": "Poistettu käytöstä",
    "year": "Vuosi", "period_start": "TTS-alku", "period_end": "TTS-loppu",
    "deleted_at": "Poistettu",
    "number": "Numero", "remote_link": "Etäyhteys", "chair": "Puheenjohtaja", "secretary": "Sihteeri",
    "managers_meeting_id": "Kuntajohtajakokous", "raised_by": "Tuoja", "raised_by_name": "Tuova taho",
    "presenter": "Esittelijä", "carried_from_id": "Jatkoa asiasta", "role": "Rooli",
    "attendance": "Läsnäolo", "matter_id": "Asia",
}


def parse_edited(entity: str, field: str, typed: str) -> object:
    """A value typed into the merge editor, as a wire value; a clear Finnish error if unusable."""
    from sqlalchemy import Integer

    from desktop_app.domain.validation import storable_text
    from desktop_app.sync.rows import columns, from_wire
    column = columns(entity)[field]
    typed = typed.strip()
    if typed == "":
        if column.nullable:
            return None
        if isinstance(column.type, Integer):
            raise ValidationError(f"{FIELD_LABELS.get(field, field)}: anna luku.", field)
        return ""
    if isinstance(column.type, Integer):
        try:
            return int(typed)
        except ValueError:
            raise ValidationError(f"{FIELD_LABELS.get(field, field)}: anna kokonaisluku.", field) from None
    try:
        from_wire(column, typed)  # dates, times, enum values must parse
    except ValueError:
        raise ValidationError(f"{FIELD_LABELS.get(field, field)}: arvo '{typed}' ei kelpaa.", field) from None
    return storable_text(typed, FIELD_LABELS.get(field, field))  # the rule of every entry path

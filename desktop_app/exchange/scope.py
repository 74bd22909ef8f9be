"""Which records an export takes: everything, one round, one meeting, one year's managers'
meetings, or what changed since a date.

A scope always includes what its records point to (the round of a meeting, the sector of a feedback
item, the municipality), so a bundle imports into an empty database on its own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from desktop_app.domain.errors import ValidationError
from desktop_app.exchange.entities import BY_NAME, ENTITIES, Entity
from desktop_app.storage import models as m
from desktop_app.storage.receipts import local_midnight_utc, received_since
from desktop_app.storage.types import UTCDateTime

ALL, ROUND, MEETING, MANAGERS, SINCE = "all", "round", "meeting", "managers", "since"
_CHUNK = 900  # ids per IN (...) query, under SQLite's variable limit
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
SCOPE_HELP = "all | round:VUOSI | meeting:ID | meeting:VUOSI:KUNTA | managers:VUOSI | since:VVVV-KK-PP"


@dataclass(frozen=True)
class Scope:
    kind: str
    year: int | None = None
    meeting: str | None = None         # a meeting id, or "YEAR:municipality" until resolved
    since: dt.date | None = None

    def label(self) -> str:
        if self.kind == ROUND:
            return f"round:{self.year}"
        if self.kind == MEETING:
            return f"meeting:{self.meeting}"
        if self.kind == MANAGERS:
            return f"managers:{self.year}"
        if self.kind == SINCE:
            assert self.since is not None
            return f"since:{self.since.isoformat()}"
        return ALL


def parse_scope(text: str) -> Scope:
    """`all`, `round:2026`, `meeting:<id>`, `meeting:2026:Kuhmo` (or :290), `managers:2026`,
    `since:2026-01-01`. Raises ValidationError."""
    kind, _, rest = (text or "").strip().partition(":")
    kind = kind.lower()
    if kind == ALL and not rest:
        return Scope(ALL)
    if kind == ROUND and rest.isdigit():
        return Scope(ROUND, year=int(rest))
    if kind == MEETING and rest:
        return Scope(MEETING, meeting=rest.strip())
    if kind == MANAGERS and rest.isdigit():
        return Scope(MANAGERS, year=int(rest))
    if kind == SINCE:
        try:
            return Scope(SINCE, since=dt.date.fromisoformat(rest.strip()))
        except ValueError:
            pass
    raise ValidationError(f"Tuntematon rajaus '{text}'. Käytä muotoa {SCOPE_HELP}.", "scope")


def _rows(session: Session, entity: Entity, where: Any = None) -> list[Any]:
    """The table's rows, timestamps as the stored text (UTCDateTime's fixed format is the bundle's:
    parsing 300,000 of them only to format them back was a third of an export); `dump_row`
    writes them, and parses any that is not in that format as the column would."""
    table = entity.model.__table__
    query = select(*(type_coerce(column, String).label(column.name)
                     if isinstance(column.type, UTCDateTime) else column for column in table.columns))
    if where is not None:
        query = query.where(where)
    return list(session.execute(query))


def _rows_by_keys(session: Session, entity: Entity, column: str, keys: Iterable[Any]) -> list[Any]:
    keys = sorted({key for key in keys if key is not None})
    table = entity.model.__table__
    found: list[Any] = []
    for start in range(0, len(keys), _CHUNK):
        found.extend(_rows(session, entity, table.c[column].in_(keys[start:start + _CHUNK])))
    return found


def _resolve_meeting_id(session: Session, spec: str) -> str:
    if _UUID.fullmatch(spec):
        if session.get(m.Meeting, spec) is None:
            raise ValidationError(f"Neuvottelua {spec} ei ole tietokannassa.", "scope")
        return spec
    year, _, who = spec.partition(":")
    if not year.isdigit() or not who:
        raise ValidationError(
            f"Neuvottelu '{spec}': anna neuvottelun tunniste tai muoto VUOSI:KUNTA.", "scope")
    who_key = who.strip().casefold()
    row = session.execute(
        select(m.Meeting.id, m.Municipality.code, m.Municipality.name_fi)
        .join(m.Round, m.Round.id == m.Meeting.round_id)
        .join(m.Municipality, m.Municipality.code == m.Meeting.municipality_code)
        .where(m.Round.year == int(year), m.Round.deleted_at.is_(None))
    ).all()
    for meeting_id, code, name in row:
        if who_key in (code, name.casefold()):
            return str(meeting_id)
    raise ValidationError(f"Vuoden {year} kierroksella ei ole neuvottelua kunnan '{who}' kanssa.", "scope")


def select_records(session: Session, scope: Scope) -> tuple[Scope, dict[str, list[Any]]]:
    """The rows in the scope plus everything they reference. Returns the resolved scope (a
    meeting given as year:municipality becomes its id) and rows per entity, unsorted.

    `round:` and `meeting:` are the negotiations (their items' follow-ups included, not the
    managers' meetings an item was brought to); `managers:YEAR` is that year's managers' meetings
    with their matters, attendees and agreements, plus the negotiation items a matter was brought
    from (and what those need). Raises ValidationError for a round, meeting or year not here."""
    e = BY_NAME
    picked: dict[str, dict[Any, Any]] = {entity.name: {} for entity in ENTITIES}

    def add(name: str, rows: Iterable[Any]) -> None:
        key = e[name].key
        for row in rows:
            picked[name][getattr(row, key)] = row

    if scope.kind == ALL:
        for entity in ENTITIES:
            add(entity.name, _rows(session, entity))
    elif scope.kind == SINCE:
        assert scope.since is not None
        # By when THIS database received each change (a local receipt stamped by triggers on every
        # write path), from 00:00 Finnish time: never by the author's clock, which may be a month
        # late (an import, a sync) or a year wrong.
        since = local_midnight_utc(scope.since)
        for entity in ENTITIES:
            if entity.synced:
                table = entity.model.__table__
                add(entity.name, _rows(session, entity,
                                       table.c.id.in_(received_since(table.name, since))))
    elif scope.kind == MANAGERS:
        meetings = _rows(session, e["managers_meetings"],
                         m.ManagersMeeting.__table__.c.year == scope.year)
        if not meetings:
            raise ValidationError(f"Vuodelle {scope.year} ei ole kuntajohtajakokouksia tietokannassa.",
                                  "scope")
        add("managers_meetings", meetings)
        add("agenda_matters", _rows_by_keys(session, e["agenda_matters"], "managers_meeting_id",
                                            picked["managers_meetings"]))
        add("managers_attendees", _rows_by_keys(session, e["managers_attendees"],
                                                "managers_meeting_id", picked["managers_meetings"]))
        add("follow_ups", _rows_by_keys(session, e["follow_ups"], "matter_id", picked["agenda_matters"]))
    else:
        if scope.kind == ROUND:
            rounds = _rows(session, e["rounds"], m.Round.__table__.c.year == scope.year)
            if not rounds:
                raise ValidationError(f"Vuoden {scope.year} kierrosta ei ole tietokannassa.", "scope")
            add("rounds", rounds)
            meetings = _rows_by_keys(session, e["meetings"], "round_id", picked["rounds"])
        else:
            assert scope.meeting is not None
            scope = Scope(MEETING, meeting=_resolve_meeting_id(session, scope.meeting))
            meetings = _rows_by_keys(session, e["meetings"], "id", [scope.meeting])
        add("meetings", meetings)
        add("participants", _rows_by_keys(session, e["participants"], "meeting_id", picked["meetings"]))
        add("feedback", _rows_by_keys(session, e["feedback"], "meeting_id", picked["meetings"]))
        add("follow_ups", _rows_by_keys(session, e["follow_ups"], "feedback_id", picked["feedback"]))

    # Close upwards: children before parents, so one pass picks up every referenced row (no
    # entity refers to one listed after it; a matter's carried_from_id is a plain link, not closed).
    for entity in reversed(ENTITIES):
        for field in entity.references():
            target = e[field.ref or ""]
            wanted = {getattr(row, field.name) for row in picked[entity.name].values()}
            missing = wanted - picked[target.name].keys() - {None}
            if missing:
                add(target.name, _rows_by_keys(session, target, target.key, missing))
    return scope, {name: list(rows.values()) for name, rows in picked.items()}

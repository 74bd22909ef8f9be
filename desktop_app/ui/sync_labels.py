"""What the conflict dialog shows for a synced row's fields: translated field and entity names,
enum values in the user's language ("high" → "Tärkeä"), dates in Finnish format; and the way
back from what the user typed in the merge column to the wire value the sync stores."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.enums import (
    Attendance,
    AttendeeRole,
    DevelopmentScope,
    FeedbackKind,
    FollowUpStatus,
    MatterRaiser,
    MatterStatus,
    MeetingStatus,
    Priority,
    Side,
)
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.formatting import fi_date, fi_time
from desktop_app.domain.validation import parse_date, parse_time
from desktop_app.sync.conflicts import ConflictRecord
from desktop_app.ui.models import labels

DATE_FIELDS = frozenset({"meeting_date", "due_date"})
TIME_FIELDS = frozenset({"start_time"})


def _deleted(wire: Any) -> str:
    T = QCoreApplication  # literal T.translate(...) calls: lupdate finds them
    return T.translate("ConflictLabels", "poistettu") if wire else T.translate("ConflictLabels", "voimassa")


def field_label(entity: str, key: str) -> str:
    T = QCoreApplication  # literal T.translate(...) calls: lupdate finds them
    if key == "title" and entity in ("participants", "managers_attendees"):
        return T.translate("ConflictLabels", "Tehtävänimike")
    if key == "number" and entity == "agenda_matters":
        return T.translate("ConflictLabels", "Asian numero")
    if key == "municipality_code" and entity == "agenda_matters":
        return T.translate("ConflictLabels", "Tuova kunta")
    if key == "notes" and entity == "agenda_matters":
        return T.translate("ConflictLabels", "Keskustelu")
    if key == "description" and entity == "agenda_matters":
        return T.translate("ConflictLabels", "Kuvaus")
    names = {
        "text": T.translate("ConflictLabels", "Teksti"),
        "place": T.translate("ConflictLabels", "Paikka"),
        "notes": T.translate("ConflictLabels", "Muistiinpanot"),
        "meeting_date": T.translate("ConflictLabels", "Päivämäärä"),
        "start_time": T.translate("ConflictLabels", "Kellonaika"),
        "status": T.translate("ConflictLabels", "Tila"),
        "priority": T.translate("ConflictLabels", "Tärkeys"),
        "kind": T.translate("ConflictLabels", "Laji"),
        "scope": T.translate("ConflictLabels", "Näkökulma"),
        "sort_order": T.translate("ConflictLabels", "Järjestys"),
        "sector_id": T.translate("ConflictLabels", "Toimintasektori"),
        "meeting_id": T.translate("ConflictLabels", "Neuvottelu"),
        "round_id": T.translate("ConflictLabels", "Kierros"),
        "feedback_id": T.translate("ConflictLabels", "Palaute"),
        "municipality_code": T.translate("ConflictLabels", "Kunta"),
        "name": T.translate("ConflictLabels", "Nimi"),
        "organisation": T.translate("ConflictLabels", "Organisaatio"),
        "title": T.translate("ConflictLabels", "Otsikko"),
        "side": T.translate("ConflictLabels", "Puoli"),
        "description": T.translate("ConflictLabels", "Toimenpide"),
        "owner": T.translate("ConflictLabels", "Vastuuhenkilö"),
        "due_date": T.translate("ConflictLabels", "Määräpäivä"),
        "code": T.translate("ConflictLabels", "Koodi"),
        "name_fi": T.translate("ConflictLabels", "Nimi"),
        "name_en": T.translate("ConflictLabels", "Nimi (en)"),
        "retired_at": T.translate("ConflictLabels", "Poistettu käytöstä"),
        "year": T.translate("ConflictLabels", "Vuosi"),
        "period_start": T.translate("ConflictLabels", "TTS-alku"),
        "period_end": T.translate("ConflictLabels", "TTS-loppu"),
        "deleted_at": T.translate("ConflictLabels", "Poistettu"),
        "number": T.translate("ConflictLabels", "Numero"),
        "remote_link": T.translate("ConflictLabels", "Etäyhteys"),
        "chair": T.translate("ConflictLabels", "Puheenjohtaja"),
        "secretary": T.translate("ConflictLabels", "Sihteeri"),
        "managers_meeting_id": T.translate("ConflictLabels", "Kuntajohtajakokous"),
        "raised_by": T.translate("ConflictLabels", "Tuoja"),
        "raised_by_name": T.translate("ConflictLabels", "Tuova taho"),
        "presenter": T.translate("ConflictLabels", "Esittelijä"),
        "carried_from_id": T.translate("ConflictLabels", "Jatkoa asiasta"),
        "role": T.translate("ConflictLabels", "Rooli"),
        "attendance": T.translate("ConflictLabels", "Läsnäolo"),
        "matter_id": T.translate("ConflictLabels", "Asia"),
    }
    return names.get(key, key)


def entity_label(entity: str) -> str:
    T = QCoreApplication
    names = {
        "sectors": T.translate("ConflictLabels", "Toimintasektori"),
        "rounds": T.translate("ConflictLabels", "Kierros"),
        "meetings": T.translate("ConflictLabels", "Neuvottelu"),
        "participants": T.translate("ConflictLabels", "Osallistuja"),
        "feedback": T.translate("ConflictLabels", "Palaute"),
        "follow_ups": T.translate("ConflictLabels", "Jatkotoimenpide"),
        "managers_meetings": T.translate("ConflictLabels", "Kuntajohtajakokous"),
        "agenda_matters": T.translate("ConflictLabels", "Asialistan asia"),
        "managers_attendees": T.translate("ConflictLabels", "Kuntajohtajakokouksen osallistuja"),
    }
    return names.get(entity, entity)


def row_title(conflict: ConflictRecord) -> str:
    """Which managers' meeting row a conflict is about, as people name it: "12/2028" for the
    meeting, "3 (12/2028)" for a matter (after its label "Asialistan asia"), "asia 3 (12/2028)"
    for an agreement of one, "Eeva Esimerkki (12/2028)" for an attendee; "" for the negotiation
    side (its text or name identifies it)."""
    T = QCoreApplication
    meeting = conflict.meeting_label
    if not meeting:
        return ""
    if conflict.entity == "managers_attendees":
        return f"{conflict.mine.get('name') or ''} ({meeting})"
    if conflict.entity == "agenda_matters":   # after "Asialistan asia": "Asialistan asia 3 (12/2028)"
        return f"{conflict.matter_number} ({meeting})"
    if conflict.matter_number is not None:
        return T.translate("ConflictLabels", "asia %1 (%2)").replace("%1", str(conflict.matter_number)) \
            .replace("%2", meeting)
    return meeting


def _enum_of(entity: str, key: str) -> type[StrEnum] | None:
    if key == "status":
        return {"meetings": MeetingStatus, "managers_meetings": MeetingStatus,
                "agenda_matters": MatterStatus, "follow_ups": FollowUpStatus}.get(entity)
    return {"priority": Priority, "kind": FeedbackKind, "scope": DevelopmentScope, "side": Side,
            "raised_by": MatterRaiser, "role": AttendeeRole, "attendance": Attendance}.get(key)


def _managers_label(value: StrEnum) -> str | None:
    """The managers' meeting's own values (issue 11), as the conflict dialog names them."""
    T = QCoreApplication  # literal T.translate(...) calls: lupdate finds them
    # Keyed by (enum, value): members of different enums with the same value are equal strings.
    names = {
        (MatterStatus, "open"): T.translate("ConflictLabels", "Avoin"),
        (MatterStatus, "done"): T.translate("ConflictLabels", "Käsitelty"),
        (MatterStatus, "carried"): T.translate("ConflictLabels", "Siirretty seuraavaan kokoukseen"),
        (MatterRaiser, "municipality"): T.translate("ConflictLabels", "Kunta"),
        (MatterRaiser, "council"): T.translate("ConflictLabels", "Kainuun liitto"),
        (MatterRaiser, "third_party"): T.translate("ConflictLabels", "Muu taho"),
        (AttendeeRole, "manager"): T.translate("ConflictLabels", "Kunnanjohtaja"),
        (AttendeeRole, "deputy"): T.translate("ConflictLabels", "Varahenkilö"),
        (AttendeeRole, "council"): T.translate("ConflictLabels", "Kainuun liitto"),
        (AttendeeRole, "expert"): T.translate("ConflictLabels", "Asiantuntija"),
        (Attendance, "unmarked"): T.translate("ConflictLabels", "Merkitsemättä"),
        (Attendance, "present"): T.translate("ConflictLabels", "Läsnä"),
        (Attendance, "absent"): T.translate("ConflictLabels", "Poissa"),
        (Attendance, "remote"): T.translate("ConflictLabels", "Etänä"),
    }
    return names.get((type(value), value.value))


def _enum_label(value: StrEnum) -> str:
    if isinstance(value, MatterStatus | MatterRaiser | AttendeeRole | Attendance):
        return _managers_label(value) or value.value
    if isinstance(value, MeetingStatus):
        return labels.meeting_status(value)
    if isinstance(value, FollowUpStatus):
        return labels.follow_up_status(value)
    if isinstance(value, Priority):
        return labels.priority(value)
    if isinstance(value, FeedbackKind):
        return labels.feedback_kind(value)
    if isinstance(value, DevelopmentScope):
        return labels.scope(value)
    assert isinstance(value, Side)
    return labels.side(value)


def show_value(entity: str, key: str, wire: Any) -> str:
    """A wire value as the user reads it (the read-only 'mine' and 'central' columns)."""
    if key == "deleted_at":
        return _deleted(wire)
    if wire is None:
        return ""
    enum_type = _enum_of(entity, key)
    try:
        if enum_type is not None:
            return _enum_label(enum_type(wire))
        if key in DATE_FIELDS:
            return fi_date(dt.date.fromisoformat(str(wire)))
        if key in TIME_FIELDS:
            return fi_time(dt.time.fromisoformat(str(wire)))
    except ValueError:
        pass  # a value this version does not know: show it as it is
    return str(wire)


def edit_value(entity: str, key: str, wire: Any) -> str:
    """The merge column's starting text: like `show_value`; any text in 'deleted' keeps it deleted."""
    if key == "deleted_at":
        return _deleted(wire) if wire else ""
    return show_value(entity, key, wire)


def typed_to_wire(entity: str, key: str, typed: str) -> str:
    """What the user typed in the merge column → wire text. Accepts the shown label ('Tärkeä') or
    the stored value ('high'), Finnish or ISO dates, 14.30 or 14:30:00; anything else is passed on
    unchanged for `sync.conflicts.parse_edited` to refuse with a clear message."""
    text = typed.strip()
    enum_type = _enum_of(entity, key)
    if enum_type is not None and text:
        by_label = {_enum_label(member).casefold(): member.value for member in enum_type}
        return by_label.get(text.casefold(), text)
    try:
        if key in DATE_FIELDS and text:
            parsed = parse_date(text, key, required=False)
            return parsed.isoformat() if parsed else text
        if key in TIME_FIELDS and text:
            clock = parse_time(text, key)
            return clock.isoformat() if clock else text
    except ValidationError:
        pass
    return text

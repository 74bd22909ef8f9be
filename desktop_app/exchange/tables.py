"""Rows and columns for spreadsheets, built from a bundle's `data` so CSV, XLSX and JSON agree.

Per-entity tables use the bundle's field names as headers, in `entities.ENTITIES` field order
(identifier, content, then version/authors/timestamps): a stable contract for scripts.
The flat feedback table is for people: Finnish headers, names joined in, deleted items left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from desktop_app.domain.formatting import fi_date, period_label
from desktop_app.exchange.entities import BY_NAME, DATE, DATETIME, INT, TEXT, Entity
from desktop_app.glossary import terms

# The people's table speaks the glossary's terms (resources/glossary.json), like the app and print.
KIND_LABELS = terms("feedback_kind")
SCOPE_LABELS = terms("development_view")
PRIORITY_LABELS = terms("priority")
STATUS_LABELS = terms("meeting_status")
FOLLOW_UP_STATUS_LABELS = terms("follow_up_status")


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: str = TEXT  # entities.TEXT/INT/DATE/TIME/DATETIME: how spreadsheets type the cell


@dataclass(frozen=True)
class Table:
    name: str         # file stem for CSV
    sheet: str        # sheet title for XLSX
    columns: tuple[Column, ...]
    rows: list[dict[str, Any]]


FLAT_FEEDBACK_COLUMNS: tuple[Column, ...] = (
    Column("id", "Tunniste"),
    Column("round_year", "Vuosi", INT),
    Column("period", "Suunnittelukausi"),
    Column("municipality_code", "Kuntanumero"),
    Column("municipality", "Kunta"),
    Column("meeting_date", "Neuvottelupäivä", DATE),
    Column("meeting_status", "Neuvottelun tila"),
    Column("sector_code", "Sektorikoodi"),
    Column("sector", "Sektori"),
    Column("kind", "Laji"),
    Column("scope", "Näkökulma"),
    Column("priority", "Tärkeys"),
    Column("text", "Palaute"),
    Column("sort_order", "Järjestys", INT),
    Column("follow_ups", "Jatkotoimenpiteitä", INT),
    Column("follow_up_actions", "Jatkotoimenpiteet"),
    Column("version", "Versio", INT),
    Column("created_at", "Luotu (UTC)", DATETIME),
    Column("created_by", "Luonut"),
    Column("updated_at", "Muokattu (UTC)", DATETIME),
    Column("updated_by", "Muokannut"),
    Column("device_id", "Laite"),
)


def entity_table(entity: Entity, records: list[dict[str, Any]]) -> Table:
    columns = tuple(Column(f.name, f.name, f.kind) for f in entity.fields)
    return Table(entity.name, entity.sheet, columns, records)


def entity_tables(data: dict[str, list[dict[str, Any]]]) -> Iterator[Table]:
    for name, records in data.items():
        yield entity_table(BY_NAME[name], records)


def _follow_up_line(follow_up: dict[str, Any]) -> str:
    """"Action (owner, due 1.2.2027, status)": what was promised, by whom, by when."""
    details = [follow_up["owner"] or ""]
    if follow_up["due_date"]:
        details.append(fi_date(dt.date.fromisoformat(str(follow_up["due_date"]))))
    details.append(FOLLOW_UP_STATUS_LABELS.get(follow_up["status"], follow_up["status"]))
    action = follow_up["description"] or "–"
    return f"{action} ({', '.join(part for part in details if part)})"


def flat_feedback(data: dict[str, list[dict[str, Any]]]) -> Table:
    """One row per live feedback item with its round, municipality and sector named."""
    def live(name: str) -> dict[str, dict[str, Any]]:
        return {r["id"]: r for r in data[name] if r["deleted_at"] is None}

    rounds, meetings, sectors = live("rounds"), live("meetings"), {r["id"]: r for r in data["sectors"]}
    municipalities = {r["code"]: r for r in data["municipalities"]}
    follow_up_counts: dict[str, int] = {}
    follow_up_lines: dict[str, list[str]] = {}
    for follow_up in data["follow_ups"]:
        if follow_up["deleted_at"] is None:
            follow_up_counts[follow_up["feedback_id"]] = follow_up_counts.get(follow_up["feedback_id"], 0) + 1
            follow_up_lines.setdefault(follow_up["feedback_id"], []).append(_follow_up_line(follow_up))
    rows: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    for item in data["feedback"]:
        meeting = meetings.get(item["meeting_id"])
        round_ = rounds.get(meeting["round_id"]) if meeting else None
        if item["deleted_at"] is not None or meeting is None or round_ is None:
            continue
        sector = sectors.get(item["sector_id"] or "")
        municipality = municipalities.get(meeting["municipality_code"], {})
        row = {
            "id": item["id"], "round_year": round_["year"],
            "period": period_label(round_["period_start"], round_["period_end"]),
            "municipality_code": meeting["municipality_code"],
            "municipality": municipality.get("name_fi", ""),
            "meeting_date": meeting["meeting_date"],
            "meeting_status": STATUS_LABELS.get(meeting["status"], ""),
            "sector_code": sector["code"] if sector else "", "sector": sector["name_fi"] if sector else "",
            "kind": KIND_LABELS.get(item["kind"], item["kind"]),
            "scope": SCOPE_LABELS.get(item["scope"] or "", ""),
            "priority": PRIORITY_LABELS.get(item["priority"], item["priority"]),
            "text": item["text"], "sort_order": item["sort_order"],
            "follow_ups": follow_up_counts.get(item["id"], 0),
            "follow_up_actions": "\n".join(follow_up_lines.get(item["id"], [])),
            **{key: item[key] for key in ("version", "created_at", "created_by", "updated_at",
                                          "updated_by", "device_id")},
        }
        order = (round_["year"], municipality.get("sort_order", 0), meeting["municipality_code"],
                 sector["sort_order"] if sector else 1 << 31, item["kind"], item["sort_order"], item["id"])
        rows.append((order, row))
    rows.sort(key=lambda pair: pair[0])
    return Table("palautteet", "Palautekoonti", FLAT_FEEDBACK_COLUMNS, [row for _, row in rows])



# The managers' meeting's own words (issue 11; the glossary gains them with the UI's terms).
RAISER_LABELS = {"municipality": "kunta", "council": "Kainuun liitto", "third_party": "muu taho"}
MATTER_STATUS_LABELS = {"open": "avoin", "done": "käsitelty", "carried": "siirretty"}
NEGOTIATION, MANAGERS = "Kuntaneuvottelu", "Kuntajohtajakokous"

_BOOKKEEPING_COLUMNS: tuple[Column, ...] = (
    Column("version", "Versio", INT),
    Column("created_at", "Luotu (UTC)", DATETIME),
    Column("created_by", "Luonut"),
    Column("updated_at", "Muokattu (UTC)", DATETIME),
    Column("updated_by", "Muokannut"),
    Column("device_id", "Laite"),
)

FLAT_MATTER_COLUMNS: tuple[Column, ...] = (
    Column("id", "Tunniste"),
    Column("meeting", "Kokous"),
    Column("meeting_date", "Kokouspäivä", DATE),
    Column("meeting_status", "Kokouksen tila"),
    Column("number", "Asia", INT),
    Column("title", "Otsikko"),
    Column("raised_by", "Tuoja"),
    Column("presenter", "Esittelijä"),
    Column("description", "Kuvaus"),
    Column("notes", "Keskustelu"),
    Column("status", "Asian tila"),
    Column("carried_from", "Jatkoa kokouksesta"),
    Column("brought_from", "Tuotu neuvottelusta"),
    Column("agreements", "Sovittuja", INT),
    Column("agreement_actions", "Sovittiin"),
    *_BOOKKEEPING_COLUMNS,
)

FLAT_FOLLOW_UP_COLUMNS: tuple[Column, ...] = (
    Column("id", "Tunniste"),
    Column("source", "Lähde"),
    Column("meeting", "Kokous tai neuvottelu"),
    Column("about", "Asia tai palaute"),
    Column("description", "Toimenpide"),
    Column("owner", "Vastuuhenkilö"),
    Column("due_date", "Määräpäivä", DATE),
    Column("status", "Tila"),
    *_BOOKKEEPING_COLUMNS,
)


def _live(data: dict[str, list[dict[str, Any]]], name: str) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in data[name] if r["deleted_at"] is None}


def _meeting_label(meeting: dict[str, Any]) -> str:
    return f"{meeting['number']}/{meeting['year']}"


def _raiser(matter: dict[str, Any], municipalities: dict[str, dict[str, Any]]) -> str:
    if matter["raised_by"] == "municipality" and matter["municipality_code"]:
        return municipalities.get(matter["municipality_code"], {}).get("name_fi", matter["municipality_code"])
    if matter["raised_by"] == "third_party" and matter["raised_by_name"]:
        return str(matter["raised_by_name"])
    return RAISER_LABELS.get(matter["raised_by"], matter["raised_by"])


def _negotiation_labels(data: dict[str, list[dict[str, Any]]],
                        municipalities: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Feedback item id → "Kuhmo 2026": the negotiation it was said in (items in the bundle)."""
    rounds = {r["id"]: r for r in data["rounds"]}
    meetings = {r["id"]: r for r in data["meetings"]}
    out: dict[str, str] = {}
    for item in data["feedback"]:
        meeting = meetings.get(item["meeting_id"])
        round_ = rounds.get(meeting["round_id"]) if meeting else None
        if meeting and round_:
            name = municipalities.get(meeting["municipality_code"], {}).get(
                "name_fi", meeting["municipality_code"])
            out[item["id"]] = f"{name} {round_['year']}"
    return out


def flat_matters(data: dict[str, list[dict[str, Any]]]) -> Table:
    """One row per live agenda matter of a live managers' meeting, in meeting order (year,
    number) and agenda order, with its agreements (sovittiin) as lines: action (owner, due
    date, status), and the meeting it was carried on from."""
    meetings, matters = _live(data, "managers_meetings"), {r["id"]: r for r in data["agenda_matters"]}
    municipalities = {r["code"]: r for r in data["municipalities"]}
    negotiations = _negotiation_labels(data, municipalities)
    every_meeting = {r["id"]: r for r in data["managers_meetings"]}
    lines: dict[str, list[str]] = {}
    for follow_up in data["follow_ups"]:
        if follow_up["deleted_at"] is None and follow_up["matter_id"]:
            lines.setdefault(follow_up["matter_id"], []).append(_follow_up_line(follow_up))
    rows: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    for matter in matters.values():
        meeting = meetings.get(matter["managers_meeting_id"])
        if matter["deleted_at"] is not None or meeting is None:
            continue
        earlier = matters.get(matter["carried_from_id"] or "")
        earlier_meeting = every_meeting.get(earlier["managers_meeting_id"]) if earlier else None
        row = {
            "id": matter["id"], "meeting": _meeting_label(meeting),
            "meeting_date": meeting["meeting_date"],
            "meeting_status": STATUS_LABELS.get(meeting["status"], ""),
            "number": matter["number"], "title": matter["title"],
            "raised_by": _raiser(matter, municipalities), "presenter": matter["presenter"],
            "description": matter["description"], "notes": matter["notes"],
            "status": MATTER_STATUS_LABELS.get(matter["status"], matter["status"]),
            "carried_from": (f"{_meeting_label(earlier_meeting)}, asia {earlier['number']}"
                             if earlier and earlier_meeting else ""),
            "brought_from": negotiations.get(matter["feedback_id"] or "", ""),
            "agreements": len(lines.get(matter["id"], [])),
            "agreement_actions": "\n".join(lines.get(matter["id"], [])),
            **{key: matter[key] for key in ("version", "created_at", "created_by", "updated_at",
                                            "updated_by", "device_id")},
        }
        rows.append(((meeting["year"], meeting["number"], matter["number"], matter["id"]), row))
    rows.sort(key=lambda pair: pair[0])
    return Table("asiat", "Asiakoonti", FLAT_MATTER_COLUMNS, [row for _, row in rows])


def flat_follow_ups(data: dict[str, list[dict[str, Any]]]) -> Table:
    """Every live follow-up with its source: a negotiation's promise (municipality and year,
    the feedback text) or a managers' meeting's agreement (7/2026, asia 3 and its title). Those
    whose source is deleted are left out, as the app's follow-up list leaves them out."""
    rounds, meetings, feedback = _live(data, "rounds"), _live(data, "meetings"), _live(data, "feedback")
    managers, matters = _live(data, "managers_meetings"), _live(data, "agenda_matters")
    municipalities = {r["code"]: r for r in data["municipalities"]}
    rows: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    for follow_up in data["follow_ups"]:
        if follow_up["deleted_at"] is not None:
            continue
        if follow_up["matter_id"]:
            matter = matters.get(follow_up["matter_id"])
            meeting = managers.get(matter["managers_meeting_id"]) if matter else None
            if matter is None or meeting is None:
                continue
            source, where = MANAGERS, f"{_meeting_label(meeting)}, asia {matter['number']}"
            about = str(matter["title"])
            order: tuple[Any, ...] = (1, meeting["year"], meeting["number"], matter["number"])
        else:
            item = feedback.get(follow_up["feedback_id"] or "")
            negotiation = meetings.get(item["meeting_id"]) if item else None
            round_ = rounds.get(negotiation["round_id"]) if negotiation else None
            if item is None or negotiation is None or round_ is None:
                continue
            municipality = municipalities.get(negotiation["municipality_code"], {})
            source = NEGOTIATION
            where = f"{municipality.get('name_fi', negotiation['municipality_code'])} {round_['year']}"
            about = str(item["text"])
            order = (0, round_["year"], municipality.get("sort_order", 0), item["sort_order"])
        row = {
            "id": follow_up["id"], "source": source, "meeting": where,
            "about": about if len(about) <= 200 else about[:199] + "…",
            "description": follow_up["description"], "owner": follow_up["owner"],
            "due_date": follow_up["due_date"],
            "status": FOLLOW_UP_STATUS_LABELS.get(follow_up["status"], follow_up["status"]),
            **{key: follow_up[key] for key in ("version", "created_at", "created_by", "updated_at",
                                               "updated_by", "device_id")},
        }
        rows.append(((*order, follow_up["id"]), row))
    rows.sort(key=lambda pair: pair[0])
    return Table("jatkotoimet", "Jatkotoimikoonti", FLAT_FOLLOW_UP_COLUMNS, [row for _, row in rows])


FLAT_TABLES = {"palautteet": flat_feedback, "asiat": flat_matters, "jatkotoimet": flat_follow_ups}

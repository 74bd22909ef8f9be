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


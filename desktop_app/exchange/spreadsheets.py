"""CSV and XLSX exports for people who open the data in Excel or LibreOffice.

CSV: UTF-8 with a byte-order mark (so Excel detects UTF-8 and ä/ö survive) and `;` as the default
delimiter, which is what Finnish Excel expects; `,` on request. Values are written as they are
(no quote-prefixing of text that starts with = or -), so the data stays exactly the bundle's.
XLSX: a flat feedback sheet first, then one sheet per entity; header row frozen, columns sized,
dates and times as real spreadsheet dates (UTC, as Excel has no time zones), text never a formula.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from desktop_app.domain.errors import KuntapalauteError, ValidationError
from desktop_app.domain.progress import NO_PROGRESS, Progress
from desktop_app.exchange.bundle import build_bundle
from desktop_app.exchange.entities import DATE, DATETIME, TIME, Field, load_value
from desktop_app.exchange.scope import Scope
from desktop_app.exchange.tables import Column, Table, entity_tables, flat_feedback
from desktop_app.files import write_atomically
from desktop_app.storage.database import Database
from desktop_app.storage.failures import os_reason

DELIMITERS = {";": ";", ",": ","}
_FORMATS = {DATE: "d.m.yyyy", TIME: "h:mm", DATETIME: "d.m.yyyy h:mm:ss"}
_MAX_WIDTH = 60


@dataclass(frozen=True)
class SpreadsheetSummary:
    paths: tuple[Path, ...]
    rows: dict[str, int]  # table name → data rows


def _csv_bytes(table: Table, delimiter: str) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([column.header for column in table.columns])
    for row in table.rows:
        writer.writerow(["" if row[c.key] is None else row[c.key] for c in table.columns])
    return buffer.getvalue().encode("utf-8-sig")


def export_csv(db: Database, scope: Scope, out: Path, *, delimiter: str = ";", flat: bool = False,
               progress: Progress = NO_PROGRESS) -> SpreadsheetSummary:
    """`flat`: one file `out` with the joined feedback table. Otherwise `out` is a folder that gets
    one `<entity>.csv` per entity."""
    if delimiter not in DELIMITERS:
        raise ValidationError("CSV-erottimen pitää olla ; tai ,", "delimiter")
    data = build_bundle(db, scope, progress)["data"]
    tables = [flat_feedback(data)] if flat else list(entity_tables(data))
    paths: list[Path] = []
    try:
        for table in tables:
            path = out if flat else out / f"{table.name}.csv"
            write_atomically(path, _csv_bytes(table, delimiter))
            paths.append(path)
    except OSError as exc:
        raise KuntapalauteError(f"CSV-tiedostoa ei voitu kirjoittaa ({out}): {os_reason(exc)}") from exc
    return SpreadsheetSummary(tuple(paths), {t.name: len(t.rows) for t in tables})


def _cell_value(column: Column, value: Any) -> Any:
    if value is None:
        return None
    if column.kind in (DATE, TIME, DATETIME):
        parsed = load_value(Field(column.key, column.kind), value)
        return parsed.replace(tzinfo=None) if isinstance(parsed, dt.datetime) else parsed
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)  # control chars are not allowed in XLSX
    return value


def _width(values: Iterable[Any], header: str) -> float:
    longest = len(header)
    for value in values:
        if value is not None:
            longest = max(longest, len(str(value).split("\n", 1)[0]))
            if longest >= _MAX_WIDTH:
                break
    return min(longest, _MAX_WIDTH) + 2


def _write_sheet(workbook: Workbook, table: Table) -> None:
    sheet = workbook.create_sheet(table.sheet)
    sheet.freeze_panes = "A2"
    for index, column in enumerate(table.columns, start=1):
        width = 12 if column.kind in (DATE, TIME) else 20 if column.kind == DATETIME else \
            _width((row[column.key] for row in table.rows), column.header)
        sheet.column_dimensions[get_column_letter(index)].width = width
    bold = Font(bold=True)
    header = []
    for column in table.columns:
        cell = WriteOnlyCell(sheet, value=column.header)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in table.rows:
        cells = []
        for column in table.columns:
            cell = WriteOnlyCell(sheet, value=_cell_value(column, row[column.key]))
            if column.kind in _FORMATS and cell.value is not None:
                cell.number_format = _FORMATS[column.kind]
            elif cell.data_type == "f":
                cell.data_type = "s"  # text that starts with "=" is text, not a formula
            cells.append(cell)
        sheet.append(cells)


def export_xlsx(db: Database, scope: Scope, out: Path,
                progress: Progress = NO_PROGRESS) -> SpreadsheetSummary:
    data = build_bundle(db, scope, progress)["data"]
    tables = [flat_feedback(data), *entity_tables(data)]
    workbook = Workbook(write_only=True)
    for done, table in enumerate(tables, start=1):
        _write_sheet(workbook, table)
        progress.step(done, len(tables), f"Taulukko: {table.sheet}")
    buffer = io.BytesIO()
    workbook.save(buffer)
    try:
        write_atomically(out, buffer.getvalue())
    except OSError as exc:
        raise KuntapalauteError(f"Tiedostoa {out} ei voitu kirjoittaa: {os_reason(exc)}") from exc
    return SpreadsheetSummary((out,), {t.name: len(t.rows) for t in tables})

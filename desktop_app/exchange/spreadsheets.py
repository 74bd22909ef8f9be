"""CSV and XLSX exports for people who open the data in Excel or LibreOffice.

CSV: UTF-8 with a byte-order mark (so Excel detects UTF-8 and ä/ö survive) and `;` as the default
delimiter, which is what Finnish Excel expects; `,` on request. XLSX: a flat feedback sheet first,
then one sheet per entity; header row frozen, columns sized, dates and times as real spreadsheet
dates (UTC, as Excel has no time zones).

Spreadsheets are read by people, so by default no cell may run as a formula or change meaning
(see `safe_text` and `cells`):
- CSV text that a spreadsheet would take for a formula (a leading =, +, -, @, tab, CR or LF; OWASP
  "CSV Injection") or for a number or date that is not the same text (0401234567, 1.2.2026, 1e5)
  gets a leading apostrophe, which both Excel and LibreOffice show as text. XLSX cells are typed
  text, so they need no prefix; a literal `_xHHHH_` is escaped as ECMA-376 §22.9.2.19 requires.
- A text longer than a spreadsheet cell holds (32,767 characters, Excel's documented limit, at
  which LibreOffice also cuts) continues in extra columns at the end of the table, headed
  "<column> (jatkoa 2)", … . The summary's `notices` name the rows, so nothing is cut silently.
`raw=True` (CLI `--raw`, CSV only) writes every value exactly as in the bundle, for machines.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
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
from desktop_app.exchange.entities import DATE, DATETIME, INT, TIME, Field, load_value
from desktop_app.exchange.scope import Scope
from desktop_app.exchange.tables import (
    FLAT_TABLES,
    Column,
    Table,
    entity_tables,
    flat_feedback,
    flat_follow_ups,
    flat_matters,
)
from desktop_app.files import write_atomically
from desktop_app.storage.database import Database
from desktop_app.storage.failures import os_reason

DELIMITERS = {";": ";", ",": ","}
CELL_LIMIT = 32_767        # characters (UTF-16 units) in one Excel/LibreOffice cell
MAX_SHEET_ROWS = 1_048_576  # rows in one Excel/LibreOffice sheet, header included
_FORMULA_START = frozenset("=+-@\t\r\n")
# Text a spreadsheet would read as a number, date, time, percentage or fraction. Plain integers
# without a leading zero (a year, a municipality code) read back as the same digits and are left.
_NUMBER_LIKE = re.compile(r"[\s\d.,:/%()eE+-]*\d[\s\d.,:/%()eE+-]*")
_PLAIN_INTEGER = re.compile(r"(0|[1-9][0-9]{0,14})")
# An all-digit UUID looks number-like but no spreadsheet reads it as one; scripts need it as is.
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_OOXML_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
_SHOWN_IDS = 10
_FORMATS = {DATE: "d.m.yyyy", TIME: "h:mm", DATETIME: "d.m.yyyy h:mm:ss"}
_MAX_WIDTH = 60
_TYPED = (DATE, TIME, DATETIME, INT)


@dataclass(frozen=True)
class SpreadsheetSummary:
    paths: tuple[Path, ...]
    rows: dict[str, int]  # table name → data rows
    notices: tuple[str, ...] = ()  # Finnish: what a reader must know (split cells, with row ids)


def safe_text(value: str) -> str:
    """`value` as a spreadsheet shows it as text: a leading apostrophe when it would otherwise be
    a formula (OWASP CSV Injection: =, +, -, @, tab, CR, LF) or a number/date unlike the text."""
    if not value:
        return value
    if value[0] in _FORMULA_START or (_NUMBER_LIKE.fullmatch(value)
                                      and not _PLAIN_INTEGER.fullmatch(value)
                                      and not _UUID.fullmatch(value)):
        return "'" + value
    return value


def _units(text: str) -> int:
    """Length in UTF-16 code units, which is how Excel and LibreOffice count a cell."""
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int = CELL_LIMIT) -> list[str]:
    """`text` in pieces of at most `limit` UTF-16 units, never splitting a surrogate pair, and
    (where possible) not starting a piece with a character that would need a prefix."""
    if len(text) <= limit // 2 or _units(text) <= limit:
        return [text]
    pieces: list[str] = []
    start = 0
    while start < len(text):
        end, units = start, 0
        while end < len(text) and units + (2 if ord(text[end]) > 0xFFFF else 1) <= limit:
            units += 2 if ord(text[end]) > 0xFFFF else 1
            end += 1
        cut = end
        while start < cut - 1 and cut < len(text) and text[cut] in _FORMULA_START and end - cut < 100:
            cut -= 1
        if cut < len(text) and text[cut] in _FORMULA_START:
            cut = end
        pieces.append(text[start:cut])
        start = cut
    return pieces


@dataclass(frozen=True)
class _Sheet:
    columns: tuple[Column, ...]
    rows: list[list[Any]]
    notices: tuple[str, ...]


def _row_label(row: dict[str, Any]) -> str:
    return str(row.get("id") or row.get("code") or "?")


def cells(table: Table, *, xlsx: bool, raw: bool = False) -> _Sheet:
    """The table as spreadsheet cells: long text split into continuation columns at the end,
    text made safe (CSV) or escaped (XLSX). Returns the columns, the rows and the notices."""
    if raw:
        rows = [[row[c.key] for c in table.columns] for row in table.rows]
        return _Sheet(table.columns, rows, ())
    text_columns = [index for index, c in enumerate(table.columns) if c.kind not in _TYPED]
    extra: dict[int, int] = {}  # column index → continuation pieces needed beyond the first
    split_rows: dict[int, list[str]] = {}
    rows: list[list[Any]] = []
    altered: list[str] = []
    for row in table.rows:
        values = [row[c.key] for c in table.columns]
        for index in text_columns:
            value = values[index]
            if not isinstance(value, str):
                continue
            if xlsx:
                cleaned = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)  # not representable in XLSX
                if cleaned != value:
                    altered.append(_row_label(row))
                value = cleaned
            pieces = split_text(value)
            if len(pieces) > 1:
                extra[index] = max(extra.get(index, 0), len(pieces) - 1)
                split_rows.setdefault(index, []).append(_row_label(row))
            values[index] = pieces
        rows.append(values)
    columns = list(table.columns)
    for index in sorted(extra):
        column = table.columns[index]
        columns.extend(Column(f"{column.key}#{n}", f"{column.header} (jatkoa {n})")
                       for n in range(2, extra[index] + 2))
    typed = {index for index, c in enumerate(table.columns) if c.kind in _TYPED}
    finished: list[list[Any]] = []
    for values in rows:
        tail: list[Any] = []
        for index in sorted(extra):
            pieces = values[index] if isinstance(values[index], list) else [values[index]]
            tail.extend((pieces[1:] + [None] * extra[index])[:extra[index]])
        for index in text_columns:
            if isinstance(values[index], list):
                values[index] = values[index][0]
        line = values + tail
        finished.append([v if index in typed or not isinstance(v, str) else
                         _xlsx_text(v) if xlsx else safe_text(v) for index, v in enumerate(line)])
    notices = [
        f"{table.sheet}: {len(ids)} riviä, joiden {table.columns[index].header} on yli "
        f"{CELL_LIMIT} merkkiä (taulukkosolun enimmäispituus), jatkuu sarakkeissa "
        f"'{table.columns[index].header} (jatkoa 2)'…: {_ids(ids)}"
        for index, ids in sorted(split_rows.items())
    ]
    if altered:
        notices.append(f"{table.sheet}: {len(set(altered))} riviä, joiden ohjausmerkit eivät sovi "
                       f"XLSX-tiedostoon ja korvattiin merkillä \ufffd: {_ids(sorted(set(altered)))}")
    return _Sheet(tuple(columns), finished, tuple(notices))


def _ids(ids: list[str]) -> str:
    shown = ", ".join(ids[:_SHOWN_IDS])
    return shown + (f" (ja {len(ids) - _SHOWN_IDS} muuta)" if len(ids) > _SHOWN_IDS else "")


def _xlsx_text(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    return _OOXML_ESCAPE.sub(r"_x005F_\1", value) if "_x" in value else value


def _csv_bytes(sheet: _Sheet, delimiter: str) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([column.header for column in sheet.columns])
    for row in sheet.rows:
        writer.writerow(["" if value is None else value for value in row])
    return buffer.getvalue().encode("utf-8-sig")


def export_csv(db: Database, scope: Scope, out: Path, *, delimiter: str = ";", flat: bool = False,
               raw: bool = False, progress: Progress = NO_PROGRESS,
               flat_table: str = "palautteet") -> SpreadsheetSummary:
    """`flat`: one file `out` with a table for people, `flat_table` (tables.FLAT_TABLES:
    palautteet = the joined feedback, asiat = managers' meeting matters with their agreements,
    jatkotoimet = every follow-up with its source). Otherwise `out` is a folder that gets
    one `<entity>.csv` per entity. `raw`: values exactly as in the bundle (for machine imports;
    no apostrophes, no continuation columns). Raises ValidationError, KuntapalauteError."""
    if delimiter not in DELIMITERS:
        raise ValidationError("CSV-erottimen pitää olla ; tai ,", "delimiter")
    if flat_table not in FLAT_TABLES:
        raise ValidationError(f"Tuntematon koontitaulukko '{flat_table}'; valitse "
                              f"{', '.join(FLAT_TABLES)}.", "flat")
    data = build_bundle(db, scope, progress)["data"]
    tables = [FLAT_TABLES[flat_table](data)] if flat else list(entity_tables(data))
    paths: list[Path] = []
    notices: list[str] = []
    try:
        for table in tables:
            path = out if flat else out / f"{table.name}.csv"
            sheet = cells(table, xlsx=False, raw=raw)
            notices.extend(sheet.notices)
            if len(sheet.rows) + 1 > MAX_SHEET_ROWS and not raw:
                notices.append(f"{path.name}: {len(sheet.rows)} riviä; taulukko-ohjelma näyttää "
                               f"niistä vain {MAX_SHEET_ROWS - 1}. Rajaa vientiä tai käytä JSON-muotoa.")
            write_atomically(path, _csv_bytes(sheet, delimiter))
            paths.append(path)
    except OSError as exc:
        raise KuntapalauteError(f"CSV-tiedostoa ei voitu kirjoittaa ({out}): {os_reason(exc)}") from exc
    return SpreadsheetSummary(tuple(paths), {t.name: len(t.rows) for t in tables}, tuple(notices))


def _cell_value(column: Column, value: Any) -> Any:
    if value is not None and column.kind in (DATE, TIME, DATETIME):
        parsed = load_value(Field(column.key, column.kind), value)
        return parsed.replace(tzinfo=None) if isinstance(parsed, dt.datetime) else parsed
    return value


def _width(values: Iterable[Any], header: str) -> float:
    longest = len(header)
    for value in values:
        if value is not None:
            longest = max(longest, len(str(value).split("\n", 1)[0]))
            if longest >= _MAX_WIDTH:
                break
    return min(longest, _MAX_WIDTH) + 2


def _write_sheet(workbook: Workbook, table: Table) -> tuple[str, ...]:
    """One sheet; returns its notices. Raises KuntapalauteError when the rows do not fit."""
    if len(table.rows) + 1 > MAX_SHEET_ROWS:
        raise KuntapalauteError(
            f"Taulukkoon {table.sheet} tulisi {len(table.rows)} riviä, mutta XLSX-välilehdelle mahtuu "
            f"{MAX_SHEET_ROWS - 1}. Rajaa vientiä (--scope) tai käytä CSV- tai JSON-muotoa.")
    content = cells(table, xlsx=True)
    sheet = workbook.create_sheet(table.sheet)
    sheet.freeze_panes = "A2"
    for index, column in enumerate(content.columns, start=1):
        width = 12 if column.kind in (DATE, TIME) else 20 if column.kind == DATETIME else \
            _width((row[index - 1] for row in content.rows), column.header)
        sheet.column_dimensions[get_column_letter(index)].width = width
    bold = Font(bold=True)
    header = []
    for column in content.columns:
        cell = WriteOnlyCell(sheet, value=column.header)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for values in content.rows:
        row_cells = []
        for column, value in zip(content.columns, values, strict=True):
            cell = WriteOnlyCell(sheet, value=_cell_value(column, value))
            if column.kind in _FORMATS and cell.value is not None:
                cell.number_format = _FORMATS[column.kind]
            elif cell.data_type == "f":
                cell.data_type = "s"  # text that starts with "=" is text, not a formula
            row_cells.append(cell)
        sheet.append(row_cells)
    return content.notices


def export_xlsx(db: Database, scope: Scope, out: Path,
                progress: Progress = NO_PROGRESS) -> SpreadsheetSummary:
    data = build_bundle(db, scope, progress)["data"]
    tables = [flat_feedback(data), flat_matters(data), flat_follow_ups(data), *entity_tables(data)]
    workbook = Workbook(write_only=True)
    notices: list[str] = []
    for done, table in enumerate(tables, start=1):
        notices.extend(_write_sheet(workbook, table))
        progress.step(done, len(tables), f"Taulukko: {table.sheet}")
    buffer = io.BytesIO()
    workbook.save(buffer)
    try:
        write_atomically(out, buffer.getvalue())
    except OSError as exc:
        raise KuntapalauteError(f"Tiedostoa {out} ei voitu kirjoittaa: {os_reason(exc)}") from exc
    return SpreadsheetSummary((out,), {t.name: len(t.rows) for t in tables}, tuple(notices))

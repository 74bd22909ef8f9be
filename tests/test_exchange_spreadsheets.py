"""CSV and XLSX: Finnish text intact, stable columns, real dates, and a file LibreOffice opens."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from exchange_support import AWKWARD_TEXT, demo_source_fixture, load  # noqa: F401

from desktop_app.domain.errors import ValidationError
from desktop_app.exchange.entities import DATE, DATETIME, ENTITIES, INT, TIME
from desktop_app.exchange.scope import parse_scope
from desktop_app.exchange.spreadsheets import export_csv, export_xlsx
from desktop_app.exchange.tables import (
    FLAT_FEEDBACK_COLUMNS,
    Column,
    entity_tables,
    flat_feedback,
    flat_follow_ups,
    flat_matters,
)
from desktop_app.storage.database import Database
from desktop_app.storage.migrate import open_database


@pytest.fixture
def source(demo_source) -> Database:
    database = open_database(demo_source.db_path, "Lukija")
    yield database
    database.dispose()


def _read_csv(path: Path, delimiter: str = ";") -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


def test_csv_per_entity_keeps_finnish_text_and_the_documented_columns(source, demo_source,
                                                                      tmp_path: Path) -> None:
    summary = export_csv(source, parse_scope("all"), tmp_path / "csv", raw=True)  # for scripts
    assert [p.name for p in summary.paths] == [f"{e.name}.csv" for e in ENTITIES]
    counts = load(demo_source.all)["manifest"]["counts"]
    for entity, path in zip(ENTITIES, summary.paths, strict=True):
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to see UTF-8
        rows = _read_csv(path)
        assert rows[0] == list(entity.field_names)
        assert len(rows) - 1 == counts[entity.name]
    feedback = {row[0]: row for row in _read_csv(tmp_path / "csv" / "feedback.csv")[1:]}
    header = _read_csv(tmp_path / "csv" / "feedback.csv")[0]
    assert feedback[demo_source.edited_id][header.index("text")] == AWKWARD_TEXT
    assert feedback[demo_source.deleted_id][header.index("deleted_at")] != ""
    municipalities = [row[1] for row in _read_csv(tmp_path / "csv" / "municipalities.csv")[1:]]
    assert "Ristijärvi" in municipalities
    export_csv(source, parse_scope("all"), tmp_path / "people")  # the default: safe to open
    header = _read_csv(tmp_path / "people" / "feedback.csv")[0]
    feedback = {row[0]: row for row in _read_csv(tmp_path / "people" / "feedback.csv")[1:]}
    assert feedback[demo_source.edited_id][header.index("text")] == "'" + AWKWARD_TEXT


def test_flat_csv_with_comma_joins_names_and_leaves_out_deleted(source, demo_source, tmp_path: Path) -> None:
    export_csv(source, parse_scope("round:2026"), tmp_path / "koonti.csv", delimiter=",", flat=True)
    rows = _read_csv(tmp_path / "koonti.csv", delimiter=",")
    assert rows[0] == [c.header for c in FLAT_FEEDBACK_COLUMNS]
    by_id = {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    edited = by_id[demo_source.edited_id]
    # "=SUM(…" would run as a formula: an apostrophe makes the spreadsheet show it as text.
    assert edited["Palaute"] == "'" + AWKWARD_TEXT and edited["Vuosi"] == "2026"
    assert edited["Kunta"] and edited["Suunnittelukausi"] == "TTS 2027–2029"
    assert demo_source.deleted_id not in by_id
    assert {row["Vuosi"] for row in by_id.values()} == {"2026"}


def test_csv_refuses_other_delimiters(source, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="erottimen"):
        export_csv(source, parse_scope("all"), tmp_path / "x", delimiter="\t")


def test_xlsx_has_typed_cells_frozen_headers_and_sized_columns(source, demo_source, tmp_path: Path) -> None:
    export_xlsx(source, parse_scope("all"), tmp_path / "kaikki.xlsx")
    book = openpyxl.load_workbook(tmp_path / "kaikki.xlsx")
    assert book.sheetnames == ["Palautekoonti", "Asiakoonti", "Jatkotoimikoonti",
                               *(e.sheet for e in ENTITIES)]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert all(cell.font.b for cell in sheet[1])
    meetings = book["Neuvottelut"]
    header = [c.value for c in meetings[1]]
    dated = [row for row in meetings.iter_rows(min_row=2) if row[header.index("meeting_date")].value]
    assert dated
    date_cell = dated[0][header.index("meeting_date")]
    assert isinstance(date_cell.value, dt.datetime) and date_cell.value.time() == dt.time(0)
    assert date_cell.number_format == "d.m.yyyy"
    assert isinstance(dated[0][header.index("created_at")].value, dt.datetime)
    assert isinstance(dated[0][header.index("version")].value, int)
    assert isinstance(dated[0][header.index("start_time")].value, dt.time)
    text_width = meetings.column_dimensions[openpyxl.utils.get_column_letter(header.index("place") + 1)].width
    assert text_width >= len("place") + 2

    flat = book["Palautekoonti"]
    cells = {row[0].value: row for row in flat.iter_rows(min_row=2)}
    text_cell = cells[demo_source.edited_id][[c.key for c in FLAT_FEEDBACK_COLUMNS].index("text")]
    assert text_cell.value == AWKWARD_TEXT and text_cell.data_type == "s"  # "=SUM(..." stays text


def _expected_text(column: Column, value: object) -> object:
    if value is None or value == "":
        return ""
    if column.kind == DATE:
        return dt.date.fromisoformat(str(value))
    if column.kind == DATETIME:
        return dt.datetime.strptime(str(value)[:19], "%Y-%m-%dT%H:%M:%S")
    if column.kind == TIME:
        return dt.time.fromisoformat(str(value))
    if column.kind == INT:
        return int(value)  # type: ignore[call-overload]
    return str(value)


def _libreoffice_value(column: Column, text: str) -> object:
    if text == "" or column.kind not in (DATE, TIME, DATETIME, INT):
        return text
    if column.kind == INT:
        return int(text)
    if column.kind == TIME:
        for pattern in ("%I:%M:%S %p", "%H:%M:%S", "%H:%M"):
            try:
                return dt.datetime.strptime(text, pattern).time()
            except ValueError:
                continue
    for pattern in ("%m/%d/%Y", "%d.%m.%Y", "%Y-%m-%d", "%m/%d/%Y %H:%M:%S", "%d.%m.%Y %H:%M:%S",
                    "%Y-%m-%d %H:%M:%S"):
        try:
            parsed = dt.datetime.strptime(text, pattern)
        except ValueError:
            continue
        return parsed.date() if column.kind == DATE else parsed
    raise AssertionError(f"LibreOffice wrote an unreadable date: {text!r}")


NO_LIBREOFFICE = "LibreOffice puuttuu: apt-get install --no-install-recommends libreoffice-calc-nogui"


@pytest.mark.skipif(shutil.which("soffice") is None, reason=NO_LIBREOFFICE)
def test_libreoffice_opens_the_xlsx_and_reads_the_same_values(source, demo_source, tmp_path: Path) -> None:
    export_xlsx(source, parse_scope("all"), tmp_path / "kaikki.xlsx")
    # All sheets to CSV: ';' separated, '"' quoted, UTF-8 (76), the 12th token -1 = every sheet.
    result = subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--convert-to",
         "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1",
         "--outdir", str(tmp_path / "lo"), str(tmp_path / "kaikki.xlsx")],
        capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    data = load(demo_source.all)["data"]
    tables = [flat_feedback(data), flat_matters(data), flat_follow_ups(data), *entity_tables(data)]
    assert all(table.rows for table in tables)  # the managers' meetings are in there too
    for table in tables:
        rows = _read_csv(tmp_path / "lo" / f"kaikki-{table.sheet}.csv")
        assert rows[0] == [c.header for c in table.columns]
        assert len(rows) - 1 == len(table.rows), table.sheet
        for row, record in zip(rows[1:], table.rows, strict=True):
            got = [_libreoffice_value(c, text) for c, text in zip(table.columns, row, strict=True)]
            assert got == [_expected_text(c, record[c.key]) for c in table.columns], table.sheet

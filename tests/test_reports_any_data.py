"""Every report prints for any data the app accepts: 1–60 active sectors, long sector names and
codes, long names, places, titles and owners, and an empty round. Each page is read back from
the PDF: text inside the margins, no table row split across pages, no heading last on a page,
contents page numbers pointing at the headings, numbers right-aligned under their headers."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from report_matrix_support import build_database
from report_pdf_tools import Run, runs, words, write

from desktop_app.reports import build_follow_up_list, build_meeting_handout, build_round_summary
from desktop_app.reports.styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, SIZE_H1, SIZE_H2, SIZE_H3
from desktop_app.services import Services
from desktop_app.services.report_data import load_follow_up_list, load_round_summary
from desktop_app.storage.migrate import open_database

CREATED = dt.date(2026, 11, 27)
TODAY = dt.date(2026, 5, 1)
HEADING_SIZES = {SIZE_H1, SIZE_H2, SIZE_H3}
SECTOR_COUNTS = [1, 11, 29, 30, 45, 60]
TOLERANCE = 1.0  # points


def _reports(db_path: Path, tmp_path: Path, name: str) -> dict[str, Path]:
    db = open_database(db_path, "Raportoija")
    try:
        services = Services.for_database(db)
        round_ = services.rounds.find_by_year(2026)
        detail = services.meetings.detail(services.meetings.find(round_.id, "105").id)
        return {
            "round": write(tmp_path, build_round_summary(load_round_summary(db, round_.id),
                                                         created=CREATED), f"{name}-round.pdf"),
            "followups": write(tmp_path, build_follow_up_list(load_follow_up_list(db, today=TODAY),
                                                              created=CREATED), f"{name}-followups.pdf"),
            "handout": write(tmp_path, build_meeting_handout(detail, created=CREATED),
                             f"{name}-handout.pdf"),
        }
    finally:
        db.dispose()


@pytest.fixture(scope="module", params=SECTOR_COUNTS, ids=lambda n: f"{n}-sektoria")
def printed(request: pytest.FixtureRequest,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    folder = tmp_path_factory.mktemp(f"raportit{request.param}")
    build_database(folder / "k.db", request.param).dispose()
    yield _reports(folder / "k.db", folder, f"s{request.param}")


@pytest.fixture(scope="module")
def printed_empty(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("tyhja")
    db = open_database(folder / "k.db", "Raportoija")
    Services.for_database(db).rounds.plan_round(2026)
    db.dispose()
    return _reports(folder / "k.db", folder, "tyhja")


def _body(found: list[Run], page: int) -> list[Run]:
    """Runs inside the body frame of `page` (not the running header or the footer)."""
    low, high = MARGIN_BOTTOM - 2, 841.89 - MARGIN_TOP + 2
    return [r for r in found if r.page == page and low <= r.y <= high]


def _check_margins(path: Path) -> None:
    found, sizes = words(path)
    for word in found:
        if word.y_max - word.y_min > 50:  # the diagonal draft watermark crosses the page on purpose
            continue
        width, height = sizes[word.page - 1]
        assert word.x_min >= MARGIN_X - TOLERANCE, (path.name, word)
        assert word.x_max <= width - MARGIN_X + TOLERANCE, (path.name, word)
        assert word.y_min >= 0 and word.y_max <= height, (path.name, word)


def _check_no_heading_last(path: Path) -> None:
    found = runs(path)
    for page in sorted({r.page for r in found}):
        body = [r for r in _body(found, page) if r.upright]
        if not body:
            continue
        lowest = min(r.y for r in body)
        last_line = [r for r in body if abs(r.y - lowest) < 2]
        assert not any(r.size in HEADING_SIZES for r in last_line), (path.name, page, last_line)


def _check_rows_whole(path: Path, marker: str) -> None:
    """Each table row carries a start and an end marker (TP001A … TP001Z): both on one page."""
    pages: dict[str, set[int]] = defaultdict(set)
    for word in words(path)[0]:
        match = re.fullmatch(rf"({marker}\d+)[AZ]", word.text)
        if match:
            pages[match.group(1)].add(word.page)
    assert pages, f"no {marker} rows in {path.name}"
    split = {key: sorted(found) for key, found in pages.items() if len(found) > 1}
    assert not split, (path.name, split)


def _toc_entries(found: list[Run]) -> list[tuple[str, int]]:
    """(title, printed page number) of every contents line, in order."""
    start = next(r.page for r in found if r.text == "Sisällys")
    first_section = next(r.page for r in found if r.page > start and r.size == SIZE_H1)
    entries = []
    for page in range(start, first_section):
        lines: dict[float, list[Run]] = defaultdict(list)
        for r in _body(found, page):
            if r.text != "Sisällys":
                lines[round(r.y)].append(r)
        for y in sorted(lines, reverse=True):
            parts = sorted(lines[y], key=lambda r: r.x)
            if len(parts) >= 2 and parts[-1].text.isdigit():
                entries.append((parts[0].text, int(parts[-1].text)))
    return entries


def _check_toc(path: Path) -> None:
    found = runs(path)
    entries = _toc_entries(found)
    assert entries
    toc_end = max(page for _, page in entries)
    headings = [r for r in found if r.size in HEADING_SIZES and r.upright and r.page > 2]
    position = 0
    for title, page in entries:
        stem = title.rstrip("…").strip()[:25]
        while position < len(headings) and not headings[position].text.startswith(stem):
            position += 1
        assert position < len(headings), (path.name, title)
        assert headings[position].page == page, (path.name, title, page, headings[position])
        position += 1
    assert toc_end >= 3


def _check_right_aligned(path: Path, header: str, page: int) -> None:
    found, sizes = words(path)
    body_end = sizes[page - 1][1] - MARGIN_BOTTOM  # the footer's "Sivu 1 / 18" is not a cell
    head = next(w for w in found if w.page == page and w.text == header)
    below = [w for w in found if w.page == page and head.y_max < w.y_min < body_end and w.text.isdigit()
             and abs(w.x_max - head.x_max) < 8]
    assert below, (path.name, header)
    for word in below:
        assert abs(word.x_max - head.x_max) <= TOLERANCE, (path.name, header, word, head)


def test_every_report_prints_inside_the_margins(printed: dict[str, Path]) -> None:
    for path in printed.values():
        _check_margins(path)


def test_no_heading_ends_a_page(printed: dict[str, Path]) -> None:
    for path in printed.values():
        _check_no_heading_last(path)


def test_no_table_row_is_split_across_pages(printed: dict[str, Path]) -> None:
    _check_rows_whole(printed["followups"], "TP")
    _check_rows_whole(printed["handout"], "TP")
    _check_rows_whole(printed["round"], "AK")


def test_contents_point_to_the_pages_of_the_headings(printed: dict[str, Path]) -> None:
    _check_toc(printed["round"])


def test_numbers_are_right_aligned_under_their_headers(printed: dict[str, Path]) -> None:
    _check_right_aligned(printed["round"], "Kohtia", 1)  # the cover table


def test_coverage_totals_are_right_aligned_in_the_across_layout(tmp_path: Path) -> None:
    build_database(tmp_path / "k.db", 11).dispose()
    path = _reports(tmp_path / "k.db", tmp_path, "s11")["round"]
    page = next(r.page for r in runs(path) if r.text.startswith("Kattavuus") and r.size == SIZE_H1)
    _check_right_aligned(path, "Yht.", page)


@pytest.mark.parametrize("sectors", [11, 60])
def test_fourteen_municipalities_print_in_both_matrix_layouts(tmp_path: Path, sectors: int) -> None:
    build_database(tmp_path / "k.db", sectors, municipalities=14).dispose()
    printed = _reports(tmp_path / "k.db", tmp_path, f"m14-s{sectors}")
    for path in printed.values():
        _check_margins(path)
        _check_no_heading_last(path)
    _check_rows_whole(printed["round"], "AK")
    _check_toc(printed["round"])


def test_empty_data_prints_every_report(printed_empty: dict[str, Path]) -> None:
    for path in printed_empty.values():
        _check_margins(path)
        _check_no_heading_last(path)
    _check_toc(printed_empty["round"])


def test_a_row_taller_than_a_page_still_prints(tmp_path: Path) -> None:
    """Keeping rows whole must not make a row that is taller than a page unprintable: such a row
    (a 30,000-character follow-up or advocacy target) still splits, wherever it starts."""
    from desktop_app.domain.enums import FeedbackKind

    db = open_database(tmp_path / "k.db", "Raportoija")
    services = Services.for_database(db)
    round_ = services.rounds.plan_round(2026)
    meeting = services.meetings.find(round_.id, "105")
    lii = services.sectors.find("LII").id
    for index in range(3):
        item = services.feedback.add(meeting.id, FeedbackKind.SECTOR_COMMENT, f"Kommentti {index}",
                                     sector_id=lii)
        services.followups.add(item.id, owner="Ville", due_date=dt.date(2026, 6, 1),
                               description="Hyvin pitkä kuvaus. " * 1500 if index == 1 else "Lyhyt")
    services.feedback.add(meeting.id, FeedbackKind.ADVOCACY_TARGET, "Valtava kohde. " * 2000)
    db.dispose()
    for path in _reports(tmp_path / "k.db", tmp_path, "valtava").values():
        _check_margins(path)

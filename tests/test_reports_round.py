"""Round summary: every municipality's items under the right sector, TOC, coverage, page numbers."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from report_pdf_tools import flat, fonts, layout_text, page_texts, qpdf_check, write

from desktop_app.domain.enums import FeedbackKind
from desktop_app.reports import build_round_summary
from desktop_app.reports.coverage import coverage_counts
from desktop_app.reports.inputs import RoundSummaryData
from desktop_app.services import Services
from desktop_app.services.report_data import load_round_summary

CREATED = dt.date(2026, 11, 27)


@pytest.fixture
def summary(services: Services, make_round) -> RoundSummaryData:
    round_ = make_round(2026)
    lii, tal = services.sectors.find("LII").id, services.sectors.find("TAL").id
    comments = {"290": ["Kuhmo liikenne A", "Kuhmo liikenne B"], "105": ["Hyrynsalmi liikenne"]}
    for code, texts in comments.items():
        meeting = services.meetings.find(round_.id, code)
        for text in texts:
            services.feedback.add(meeting.id, FeedbackKind.SECTOR_COMMENT, text, sector_id=lii)
    kajaani = services.meetings.find(round_.id, "205")
    services.feedback.add(kajaani.id, FeedbackKind.SECTOR_COMMENT, "Kajaani talous", sector_id=tal)
    for index in range(40):  # enough advocacy targets to split the table over pages
        services.feedback.add(kajaani.id, FeedbackKind.ADVOCACY_TARGET, f"Kajaanin kohde {index:02d} " * 6)
    services.feedback.add(services.meetings.find(round_.id, "777").id, FeedbackKind.ADVOCACY_TARGET,
                          "Suomussalmen raja-asema")
    return load_round_summary(services.db, round_.id)


def _render(tmp_path: Path, data: RoundSummaryData) -> tuple[Path, list[str]]:
    path = write(tmp_path, build_round_summary(data, created=CREATED))
    return path, page_texts(path)


def test_items_under_their_sector_in_municipality_order(tmp_path: Path, summary: RoundSummaryData) -> None:
    _, pages = _render(tmp_path, summary)
    text = flat(" ".join(pages[2:]))  # after the title page and the contents
    body = text[text.index("Palaute toimintasektoreittain"):]  # past the coverage legend
    lii = body.index("Liikenne ja saavutettavuus")
    next_sector = body.index("Elinkeinot ja investoinnit", lii)
    section = body[lii:next_sector]
    order = ["Hyrynsalmi", "Hyrynsalmi liikenne", "Kuhmo", "Kuhmo liikenne A", "Kuhmo liikenne B"]
    positions = [section.find(word) for word in order]
    assert -1 not in positions and positions == sorted(positions)
    assert "Kajaani talous" not in section
    talous = body.index("Talous ja jäsenmaksut", next_sector)
    assert body.index("Kajaani talous") > talous
    # meetings with content but no comment here are listed; meetings not yet held (Paltamo...) are not
    assert "Ei kommentteja: Kajaani, Suomussalmi." in section


def test_contents_lists_sections_with_their_real_pages(tmp_path: Path, summary: RoundSummaryData) -> None:
    path, pages = _render(tmp_path, summary)
    contents = layout_text(path, 2)
    assert "Sisällys" in contents
    for title in ("Kattavuus: kunnat ja toimintasektorit", "Liikenne ja saavutettavuus",
                  "Edunajamiskohteet kunnittain"):
        match = re.search(re.escape(title) + r"\s+(\d+)", contents)
        assert match, title
        page = int(match.group(1))
        assert title in flat(pages[page - 1]), (title, page)


def test_advocacy_table_repeats_its_header_on_every_page(tmp_path: Path, summary: RoundSummaryData) -> None:
    _, pages = _render(tmp_path, summary)
    table_pages = [p for p in pages if "Kajaanin kohde" in p]
    assert len(table_pages) >= 2
    for page in table_pages:
        assert "Kunta Edunajamiskohde Tärkeys" in flat(page)
        assert "· Edunajamiskohteet kunnittain" in page  # the running header names the section
    text = flat(" ".join(pages))
    positions = [text.find(f"Kajaanin kohde {i:02d}") for i in range(40)]
    assert -1 not in positions and positions == sorted(positions)
    assert text.index("Suomussalmen raja-asema") > positions[-1]


def test_coverage_counts_and_matrix(tmp_path: Path, summary: RoundSummaryData) -> None:
    counts = coverage_counts(summary)
    names = [d.meeting.municipality_name for d in summary.meetings]
    codes = [s.code for s in summary.sectors]
    assert counts[names.index("Kuhmo")][codes.index("LII")] == 2
    assert counts[names.index("Kajaani")][codes.index("TAL")] == 1
    assert sum(map(sum, counts)) == 4
    _, pages = _render(tmp_path, summary)
    coverage = flat(pages[2])
    assert "Kunta EDU ALK" in coverage and "Yhteensä" in coverage


def test_page_numbers_fonts_metadata_and_structure(tmp_path: Path, summary: RoundSummaryData) -> None:
    path, pages = _render(tmp_path, summary)
    assert len(PdfReader(path).pages) == len(pages)
    for number, page in enumerate(pages, start=1):
        assert f"Sivu {number} / {len(pages)}" in page
        assert "Luotu 27.11.2026" in page
    assert all(font["emb"] == "yes" for font in fonts(path))
    assert qpdf_check(path).returncode == 0
    reader = PdfReader(path)
    assert reader.metadata is not None
    assert reader.metadata.title == "Yhteenveto: Kuntaneuvottelut 2026 (TTS 2027–2029)"
    assert reader.trailer["/Root"]["/Lang"] == "fi-FI"
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "Edunajamiskohteet kunnittain" in outline


def test_empty_round_still_prints(tmp_path: Path, services: Services, make_round) -> None:
    data = load_round_summary(services.db, make_round(2027).id)
    _, pages = _render(tmp_path, data)
    text = flat(" ".join(pages))
    assert "0 / 8 neuvottelua kirjattu" in text
    assert "Ei kirjattuja edunajamiskohteita." in text


def test_progress_is_reported_and_cancel_stops_the_build(summary: RoundSummaryData) -> None:
    from desktop_app.domain.progress import Cancelled, Progress

    steps: list[tuple[int, int]] = []
    build_round_summary(summary, progress=Progress(lambda done, total, _msg: steps.append((done, total))))
    assert len(steps) > 3 and all(0 <= done <= total for done, total in steps)

    progress = Progress(lambda done, total, _msg: progress.cancel() if done >= 3 else None)
    with pytest.raises(Cancelled):
        build_round_summary(summary, progress=progress)
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):  # cancelled before the start: nothing is laid out
        build_round_summary(summary, progress=progress)


def test_hostile_text_in_tables_and_lists_stays_on_the_page(tmp_path: Path, services: Services,
                                                            make_round) -> None:
    from report_pdf_tools import words

    round_ = make_round(2026)
    kuhmo = services.meetings.find(round_.id, "290")
    huge = ("Erittäin pitkä edunajamiskohde ilman loppua. " * 240)[:10_000]
    services.feedback.add(kuhmo.id, FeedbackKind.ADVOCACY_TARGET, huge)  # one table row > one page
    services.feedback.add(kuhmo.id, FeedbackKind.ADVOCACY_TARGET, "x" * 2_000 + " 😀 Дякую")
    services.feedback.add(kuhmo.id, FeedbackKind.SECTOR_COMMENT, "https://" + "y" * 900,
                          sector_id=services.sectors.find("KV").id)
    path, pages = _render(tmp_path, load_round_summary(services.db, round_.id))
    text = flat(" ".join(pages))
    assert "Erittäin pitkä edunajamiskohde ilman loppua." in text and "😀 Дякую" in text
    assert len(pages) < 20
    found, sizes = words(path)
    for word in found:
        width, height = sizes[word.page - 1]
        assert word.x_min >= 55 and word.x_max <= width - 55, word
        assert word.y_min >= 0 and word.y_max <= height, word


def test_retired_sector_prints_only_when_it_holds_items(services: Services, make_round,
                                                      tmp_path: Path) -> None:
    round_ = make_round(2026)
    kv, enn = services.sectors.find("KV"), services.sectors.find("ENN")
    kuhmo = services.meetings.find(round_.id, "290")
    services.feedback.add(kuhmo.id, FeedbackKind.SECTOR_COMMENT, "Vanhan sektorin kommentti", sector_id=kv.id)
    services.sectors.retire(kv.id)
    services.sectors.retire(enn.id)
    data = load_round_summary(services.db, round_.id)
    codes = [sector.code for sector in data.sectors]
    assert "KV" in codes and "ENN" not in codes
    _, pages = _render(tmp_path, data)
    text = flat(" ".join(pages[2:]))
    assert text.index("Vanhan sektorin kommentti") > text.index("Kansainvälinen yhteistyö")

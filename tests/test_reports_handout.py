"""Meeting handout: content and order, page numbering, fonts, metadata, QR code, hostile text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from report_pdf_tools import decode_qr, flat, fonts, page_texts, qpdf_check, words, write

from desktop_app.domain.enums import DevelopmentScope, FeedbackKind, MeetingStatus, Priority, Side
from desktop_app.domain.records import MeetingDetail
from desktop_app.reports import build_meeting_handout, meeting_content_hash, meeting_qr_payload
from desktop_app.reports.content_hash import short_hash
from desktop_app.services import Services

CREATED = dt.date(2026, 11, 27)


@pytest.fixture
def detail(services: Services, make_meeting) -> MeetingDetail:
    meeting = make_meeting(2026, "290")
    services.meetings.update_details(meeting.id, meeting_date="16.3.2026", start_time="9.30",
                                     place="Kuhmon kaupungintalo")
    services.participants.add(meeting.id, "Riikka Kemppainen", Side.COUNCIL, "Kainuun liitto",
                              "Suunnittelupäällikkö")
    services.participants.add(meeting.id, "Päivi Moilanen", Side.MUNICIPALITY, "Kuhmo", "Elinvoimajohtaja")
    fb = services.feedback
    sector = {code: services.sectors.find(code).id for code in ("EDU", "LII", "TAL")}
    # added out of print order on purpose: the handout must follow sector order, then item order
    fb.add(meeting.id, FeedbackKind.SECTOR_COMMENT, "Talous kolmas sektori", sector_id=sector["TAL"])
    first_lii = fb.add(meeting.id, FeedbackKind.SECTOR_COMMENT, "Liikenne yksi", sector_id=sector["LII"],
                       priority=Priority.HIGH)
    fb.add(meeting.id, FeedbackKind.SECTOR_COMMENT, "Liikenne kaksi", sector_id=sector["LII"])
    fb.add(meeting.id, FeedbackKind.SECTOR_COMMENT, "Edunvalvonta ensin", sector_id=sector["EDU"])
    fb.add(meeting.id, FeedbackKind.ADVOCACY_TARGET, "Valtatie 76 kuntoon")
    fb.add(meeting.id, FeedbackKind.DEVELOPMENT_VIEW, "Kunnan oma näkemys",
           scope=DevelopmentScope.MUNICIPALITY)
    fb.add(meeting.id, FeedbackKind.DEVELOPMENT_VIEW, "Koko maakunnan näkemys", scope=DevelopmentScope.REGION)
    services.followups.add(first_lii.id, owner="Jussi Pikkarainen", due_date="14.7.2026",
                           description="Selvitetään rahoitus")
    return services.meetings.detail(meeting.id)


def _handout(tmp_path: Path, detail: MeetingDetail) -> tuple[Path, list[str]]:
    path = write(tmp_path, build_meeting_handout(detail, created=CREATED))
    return path, page_texts(path)


def test_sections_and_items_print_in_order_under_their_sector(tmp_path: Path, detail: MeetingDetail) -> None:
    _, pages = _handout(tmp_path, detail)
    text = flat(" ".join(pages))
    order = ["Kuhmo", "Riikka Kemppainen", "Päivi Moilanen", "Edunajamiskohteet", "Valtatie 76 kuntoon",
             "Palaute toimintasektoreittain", "Edunvalvonta", "Edunvalvonta ensin",
             "Liikenne ja saavutettavuus", "Liikenne yksi", "Liikenne kaksi",
             "Talous ja jäsenmaksut", "Talous kolmas sektori", "Näkemykset aluekehityksestä",
             "Kunnan oma näkemys", "Koko maakunnan näkemys", "Jatkotoimenpiteet",
             "Selvitetään rahoitus", "Jussi Pikkarainen", "14.7.2026"]
    positions = [text.find(word) for word in order]
    assert -1 not in positions, [w for w, p in zip(order, positions, strict=True) if p < 0]
    assert positions == sorted(positions)
    assert "16.3.2026" in text and "9.30" in text and "Kuhmon kaupungintalo" in text
    # sectors without comments are listed compactly rather than as empty headings
    assert "Ei kommentteja: " in text and "Kansainvälinen yhteistyö" in text
    assert "[tärkeä]" in text


def test_every_page_numbered_with_total_and_creation_date(tmp_path: Path, detail: MeetingDetail) -> None:
    long_detail = _with_extra_items(detail, 60)
    path, pages = _handout(tmp_path, long_detail)
    assert len(pages) >= 3
    assert len(PdfReader(path).pages) == len(pages)
    for number, page in enumerate(pages, start=1):
        assert f"Sivu {number} / {len(pages)}" in page
        assert "Luotu 27.11.2026" in page
        assert "Kainuun liitto" in page


def test_fonts_embedded_metadata_and_qpdf_clean(tmp_path: Path, detail: MeetingDetail) -> None:
    path, _ = _handout(tmp_path, detail)
    found = fonts(path)
    assert found and all(font["emb"] == "yes" for font in found), found
    assert {"NotoSans-Regular", "NotoSans-Bold"} <= {font["name"].split("+")[-1] for font in found}
    check = qpdf_check(path)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "No syntax or stream encoding errors" in check.stdout
    reader = PdfReader(path)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Neuvottelumuistio: Kuhmo 2026"
    assert meta.author == "Kainuun liitto"
    assert "Kuhmo" in (meta.subject or "")
    assert "neuvottelumuistio" in meta["/Keywords"]
    assert reader.trailer["/Root"]["/Lang"] == "fi-FI"
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (595, 842)  # A4


def test_qr_code_decodes_to_meeting_id_and_content_hash(tmp_path: Path, detail: MeetingDetail) -> None:
    path, pages = _handout(tmp_path, detail)
    codes = decode_qr(path)
    full = meeting_content_hash(detail)
    assert codes == [f"KUNTAPALAUTE:{detail.meeting.id}:{short_hash(full)}"]
    assert codes[0] == meeting_qr_payload(detail)
    grouped = "-".join(short_hash(full)[i:i + 4] for i in range(0, 12, 4))
    assert grouped in pages[0]


def test_content_hash_follows_content_not_bookkeeping(services: Services, detail: MeetingDetail) -> None:
    before = meeting_content_hash(detail)
    meeting_id = detail.meeting.id
    assert meeting_content_hash(services.meetings.detail(meeting_id)) == before  # stable on re-read
    services.meetings.set_status(meeting_id, MeetingStatus.CLOSED)
    assert meeting_content_hash(services.meetings.detail(meeting_id)) == before  # status is not content
    services.meetings.set_status(meeting_id, MeetingStatus.IN_PROGRESS)
    item = detail.items_of(FeedbackKind.ADVOCACY_TARGET)[0]
    services.feedback.update(item.id, text="Valtatie 76 kuntoon nopeasti")
    assert meeting_content_hash(services.meetings.detail(meeting_id)) != before


def test_draft_watermark_only_until_closed(tmp_path: Path, services: Services, detail: MeetingDetail) -> None:
    _, pages = _handout(tmp_path, detail)
    assert "LUONNOS" in flat(pages[0]).replace(" ", "")
    services.meetings.set_status(detail.meeting.id, MeetingStatus.CLOSED)
    closed = services.meetings.detail(detail.meeting.id)
    path = write(tmp_path, build_meeting_handout(closed, created=CREATED), "closed.pdf")
    assert all("LUONNOS" not in flat(page).replace(" ", "") for page in page_texts(path))


def test_hostile_text_prints_inside_the_page(tmp_path: Path, services: Services,
                                              detail: MeetingDetail) -> None:
    meeting_id = detail.meeting.id
    sector = services.sectors.find("KV").id
    huge = ("Pitkä kommentti, jossa on paljon sanoja. " * 250)[:10_000]
    unbroken = "https://esimerkki.fi/" + "a" * 400
    emoji = "Hyvä 😀 päivä 👍 ✓ → ∑ ★"
    scripts = "Ĉu Ŝ ŋ Дякую Ελλάδα 漢字 tab\tend"
    for text in (huge, unbroken, emoji, scripts, "<b>ei lihavointia</b> & <para>"):
        services.feedback.add(meeting_id, FeedbackKind.SECTOR_COMMENT, text, sector_id=sector)
    services.followups.add(services.feedback.list_for_meeting(meeting_id)[0].id, owner="O" * 200,
                           description="x" * 3000)
    services.meetings.set_status(meeting_id, MeetingStatus.CLOSED)  # no watermark: it spans the page
    path, pages = _handout(tmp_path, services.meetings.detail(meeting_id))
    assert 3 <= len(pages) <= 12
    text = flat(" ".join(pages))
    assert "Pitkä kommentti, jossa on paljon sanoja." in text
    assert "<b>ei lihavointia</b> & <para>" in text  # escaped, printed literally
    assert "Дякую Ελλάδα" in text and "😀" in text and "✓ → ∑ ★" in text  # fallback font
    assert "\ufffd" in text  # 👍 and 漢字 are in neither font: a visible replacement, not silence
    assert "a" * 100 in text.replace(" ", "")
    found, sizes = words(path)
    assert found
    for word in found:
        width, height = sizes[word.page - 1]
        # nothing crosses the 20 mm side margins (with a hair of tolerance) or leaves the page
        assert word.x_min >= 55 and word.x_max <= width - 55, word
        assert word.y_min >= 0 and word.y_max <= height, word
    assert qpdf_check(path).returncode == 0


def _with_extra_items(detail: MeetingDetail, count: int) -> MeetingDetail:
    from dataclasses import replace
    template = detail.items_of(FeedbackKind.SECTOR_COMMENT)[0]
    extra = tuple(replace(template, id=f"extra-{i}", text=f"Lisäkommentti numero {i} " * 4,
                          sort_order=100 + i) for i in range(count))
    return replace(detail, feedback=detail.feedback + extra)


def test_a_planned_meeting_without_content_prints_as_a_clear_draft(tmp_path: Path, services: Services,
                                                                   make_meeting) -> None:
    detail = services.meetings.detail(make_meeting(2026, "777").id)
    _, pages = _handout(tmp_path, detail)
    text = flat(" ".join(pages))
    assert len(pages) == 1 and "Sivu 1 / 1" in text
    for expected in ("Suomussalmi", "ei sovittu", "Suunniteltu", "Ei kirjattuja edunajamiskohteita.",
                     "Ei kirjattuja kehitysnäkemyksiä.", "Ei sovittuja jatkotoimenpiteitä.", "ei kirjattu",
                     "Ei kirjattua palautetta."):
        assert expected in text, expected
    assert "LUONNOS" in flat(pages[0]).replace(" ", "")

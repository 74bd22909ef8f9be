"""Text into markup, the font family, and the content-hash definition (pinned)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

from report_pdf_tools import flat, fonts, page_texts, write
from reportlab.platypus import Paragraph

from desktop_app.domain.enums import FeedbackKind, FollowUpStatus, MeetingStatus, Priority, Side
from desktop_app.domain.records import (
    FeedbackRecord,
    FollowUpRecord,
    MeetingDetail,
    MeetingRecord,
    ParticipantRecord,
    RoundRecord,
    SectorRecord,
)
from desktop_app.reports.content_hash import canonical_meeting_json, display_hash, meeting_content_hash
from desktop_app.reports.fonts import FALLBACK
from desktop_app.reports.page import DocumentInfo, render
from desktop_app.reports.styles import styles
from desktop_app.reports.text import markup, one_line


def test_markup_escapes_and_keeps_line_breaks() -> None:
    assert markup("a < b & <b>c</b>\nrivi") == "a &lt; b &amp; &lt;b&gt;c&lt;/b&gt;<br/>rivi"
    assert markup("nolla\x00merkki\x07") == "nollamerkki"
    assert markup("yksinäinen \ud800 puolikas") == "yksinäinen ? puolikas"


def test_characters_missing_from_the_body_font_use_the_fallback_or_a_visible_mark() -> None:
    assert markup("ok 😀 ✓") == f'ok <font name="{FALLBACK}">😀</font> <font name="{FALLBACK}">✓</font>'
    assert markup("漢") == "\ufffd"  # in neither font: printed as a replacement mark, not dropped
    assert markup("äöå Дякую") == "äöå Дякую"  # Noto Sans covers these itself


def test_one_line_collapses_and_shortens() -> None:
    assert one_line("  a\n\tb  ") == "a b"
    assert one_line("x" * 50, 10) == "x" * 9 + "…"


def test_bold_italic_markup_picks_all_four_faces(tmp_path: Path) -> None:
    story = [Paragraph("tavallinen <b>lihava</b> <i>kursiivi</i> <b><i>molemmat</i></b>", styles().body)]
    info = DocumentInfo(title="Testi", subject="s", keywords=("k",), created=dt.date(2026, 11, 27))
    path = write(tmp_path, render(info, story))
    names = {font["name"].split("+")[-1] for font in fonts(path)}
    assert {"NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic", "NotoSans-BoldItalic"} <= names
    assert "molemmat" in flat(page_texts(path)[0])


def _detail(text: str = "Tie kuntoon", status: MeetingStatus = MeetingStatus.CLOSED) -> MeetingDetail:
    now = dt.datetime(2026, 3, 16, 9, 0)
    sector = SectorRecord("s-id", "LII", "Liikenne", "Transport", 50, False)
    follow = FollowUpRecord("f", "i", "Selvitetään", "Aino", dt.date(2026, 7, 1), FollowUpStatus.OPEN, 3)
    item = FeedbackRecord("i", "m", "s-id", FeedbackKind.SECTOR_COMMENT, None, text, Priority.HIGH, 1, 2,
                          "x", "y", now, now, (follow,))
    meeting = MeetingRecord("m", "r", 2026, "290", "Kuhmo", dt.date(2026, 3, 16), dt.time(9, 30),
                            "Kaupungintalo", status, "", 7, now)
    person = ParticipantRecord("p", "m", "Päivi Moilanen", "Kuhmo", "Elinvoimajohtaja", Side.MUNICIPALITY, 1)
    return MeetingDetail(meeting, RoundRecord("r", 2026, 2027, 2029, ""), (person,), (item,), (sector,))


def test_content_hash_definition_is_pinned() -> None:
    detail = _detail()
    canonical = canonical_meeting_json(detail)
    assert json.loads(canonical) == {
        "v": 1,
        "meeting": {"id": "m", "municipality_code": "290", "date": "2026-03-16", "time": "09:30",
                    "place": "Kaupungintalo", "notes": ""},
        "participants": [["municipality", "Päivi Moilanen", "Elinvoimajohtaja", "Kuhmo"]],
        "feedback": [["sector_comment", "LII", "", "high", "Tie kuntoon",
                      [["Selvitetään", "Aino", "2026-07-01"]]]],
    }
    assert meeting_content_hash(detail) == hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    short = display_hash(meeting_content_hash(detail))
    assert len(short) == 14 and short.count("-") == 2
    # status, versions and timestamps are bookkeeping, not content
    assert meeting_content_hash(_detail(status=MeetingStatus.APPROVED)) == meeting_content_hash(detail)
    assert meeting_content_hash(_detail("Tie kuntoon!")) != meeting_content_hash(detail)
    # NFC: the same word typed with a combining diaeresis hashes the same
    assert meeting_content_hash(_detail("Tie ku\u0308ntoon")) == meeting_content_hash(_detail("Tie küntoon"))


def test_fit_shortens_by_measured_width() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from desktop_app.reports.fonts import REGULAR
    from desktop_app.reports.text import fit

    assert fit("Lyhyt otsikko", REGULAR, 8, 200) == "Lyhyt otsikko"
    shortened = fit("Ö" * 400, REGULAR, 8, 120)
    assert shortened.endswith("…") and stringWidth(shortened, REGULAR, 8) <= 120
    assert stringWidth(shortened[:-1] + "Ö…", REGULAR, 8) > 120  # as long as fits, not shorter


def test_fit_marks_what_the_one_font_cannot_draw() -> None:
    from desktop_app.reports.fonts import REGULAR
    from desktop_app.reports.text import fit

    # a running header or contents line is drawn in the body font alone: no silent gaps
    assert fit("Asia 7: Hyvä 😀 päivä ✓", REGULAR, 8, 400) == "Asia 7: Hyvä \ufffd päivä \ufffd"
    assert fit("äöå Дякую", REGULAR, 8, 400) == "äöå Дякую"

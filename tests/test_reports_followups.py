"""Follow-up list: open ones only, grouped by owner, by due date, overdue marked."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from report_pdf_tools import flat, fonts, page_texts, qpdf_check, write

from desktop_app.domain.enums import FollowUpStatus
from desktop_app.reports import build_follow_up_list
from desktop_app.services import Services
from desktop_app.services.report_data import load_follow_up_list

TODAY = dt.date(2026, 6, 1)


def _make(services: Services, make_feedback) -> None:
    item = make_feedback("Valtatie kuntoon")
    add = services.followups.add
    add(item.id, owner="Bertta", due_date="2026-07-01", description="Bertta myöhemmin")
    add(item.id, owner="Bertta", due_date="2026-05-01", description="Bertta myöhässä")
    add(item.id, owner="Aino", due_date=None, description="Aino ilman päivää")
    add(item.id, owner="Aino", due_date="2026-06-15", description="Aino kesäkuussa")
    add(item.id, owner="", due_date="2026-08-01", description="Kenenkään ei")
    done = add(item.id, owner="Aino", due_date="2026-01-01", description="Aino valmis jo")
    services.followups.set_status(done.id, FollowUpStatus.DONE)


def test_grouped_by_owner_sorted_by_due_and_overdue_marked(tmp_path: Path, services: Services,
                                                           make_feedback) -> None:
    _make(services, make_feedback)
    data = load_follow_up_list(services.db, today=TODAY)
    path = write(tmp_path, build_follow_up_list(data, created=dt.date(2026, 6, 1)))
    pages = page_texts(path)
    text = flat(" ".join(pages))
    order = ["Aino", "Aino kesäkuussa", "Aino ilman päivää", "Bertta", "Bertta myöhässä",
             "Bertta myöhemmin", "Ei vastuuhenkilöä", "Kenenkään ei"]
    positions = [text.find(word) for word in order]
    assert -1 not in positions and positions == sorted(positions)
    assert "Aino valmis jo" not in text  # done follow-ups are not open
    late = text.index("Bertta myöhässä")
    assert text.rfind("MYÖHÄSSÄ", 0, late) > text.index("Bertta (")  # marked inside Bertta's group
    assert text.count("MYÖHÄSSÄ") == 1
    assert "5 avointa, joista 1 myöhässä" in text
    for number, page in enumerate(pages, start=1):
        assert f"Sivu {number} / {len(pages)}" in page
    assert all(font["emb"] == "yes" for font in fonts(path))
    assert qpdf_check(path).returncode == 0


def test_no_open_follow_ups_prints_a_clear_note(tmp_path: Path, services: Services) -> None:
    data = load_follow_up_list(services.db, today=TODAY)
    path = write(tmp_path, build_follow_up_list(data))
    assert "Ei avoimia jatkotoimenpiteitä." in flat(" ".join(page_texts(path)))


def test_hostile_follow_up_text_stays_on_the_page(tmp_path: Path, services: Services, make_feedback) -> None:
    from report_pdf_tools import words

    item = make_feedback("z" * 5_000)
    services.followups.add(item.id, owner="Ö" * 200, due_date="2026-01-01",
                           description=("Pitkä toimenpide. " * 600)[:10_000])
    path = write(tmp_path, build_follow_up_list(load_follow_up_list(services.db, today=TODAY)))
    pages = page_texts(path)
    assert "Pitkä toimenpide." in flat(" ".join(pages)) and "MYÖHÄSSÄ" in " ".join(pages)
    found, sizes = words(path)
    for word in found:
        width, height = sizes[word.page - 1]
        assert word.x_min >= 55 and word.x_max <= width - 55, word
        assert word.y_min >= 0 and word.y_max <= height, word

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


def _both_kinds(services: Services, make_feedback) -> None:
    from managers_report_support import fill_managers_year

    fill_managers_year(services)  # four open agreements of managers' meetings 6/2026 and 7/2026
    item = make_feedback("Valtatie kuntoon")  # Kuhmo 2026, Liikenne ja saavutettavuus
    services.followups.add(item.id, owner="Aino", due_date="2026-07-01", description="Neuvottelun lupaus")


def test_the_list_covers_both_kinds_of_meeting_and_says_where_each_was_agreed(
        tmp_path: Path, services: Services, make_feedback) -> None:
    _both_kinds(services, make_feedback)
    data = load_follow_up_list(services.db, today=TODAY)
    path = write(tmp_path, build_follow_up_list(data, created=TODAY))
    text = flat(" ".join(page_texts(path)))
    assert "Kuntaneuvottelut ja kuntajohtajakokoukset" in text
    assert "5 avointa (1 kuntaneuvotteluista, 4 kuntajohtajakokouksista), joista" in text
    promise = text.index("Neuvottelun lupaus")
    assert text.index("Kuntaneuvottelu Kuhmo 2026 · Liikenne ja saavutettavuus", promise) > promise
    agreed = text.index("Kootaan kuntien painotukset suunnitelmaan")
    assert text.index("Kuntajohtajakokous 7/2026, asia 2", agreed) > agreed
    assert "Kuntajohtajakokous 6/2026, asia 1" in text
    assert "Missä sovittu" in text


def test_the_list_can_be_limited_to_one_kind(tmp_path: Path, services: Services, make_feedback) -> None:
    from desktop_app.domain.enums import MeetingKind

    _both_kinds(services, make_feedback)
    managers = load_follow_up_list(services.db, today=TODAY, kind=MeetingKind.MANAGERS)
    assert len(managers.rows) == 4 and {row.kind for row in managers.rows} == {MeetingKind.MANAGERS}
    assert managers.scope_label == "Kuntajohtajakokoukset"
    negotiations = load_follow_up_list(services.db, today=TODAY, kind=MeetingKind.NEGOTIATION)
    assert [row.follow_up.description for row in negotiations.rows] == ["Neuvottelun lupaus"]
    assert negotiations.scope_label == "Kuntaneuvottelut"
    text = flat(" ".join(page_texts(write(tmp_path, build_follow_up_list(managers, created=TODAY)))))
    assert "Kuntajohtajakokoukset" in text and "Neuvottelun lupaus" not in text
    assert "4 avointa, joista 0 myöhässä" in text  # 1.6.2026 is due today, not yet late
    text = flat(" ".join(page_texts(write(tmp_path, build_follow_up_list(negotiations), "n.pdf"))))
    assert "Neuvottelun lupaus" in text and "Kuntajohtajakokous" not in text


def test_a_round_scope_keeps_the_managers_agreements_of_its_year(services: Services, make_feedback) -> None:
    from desktop_app.domain.enums import MeetingKind

    _both_kinds(services, make_feedback)
    later = services.managers.add_meeting("3.3.2027")
    matter = services.agenda.add(later.id, "Vuoden 2027 asia")
    services.followups.add_agreement(matter.id, owner="Aino", description="Ensi vuoden sopimus")
    round_id = services.rounds.find_by_year(2026).id
    data = load_follow_up_list(services.db, today=TODAY, round_id=round_id)
    described = {row.follow_up.description for row in data.rows}
    assert "Neuvottelun lupaus" in described and "Kootaan kuntien painotukset suunnitelmaan" in described
    assert "Ensi vuoden sopimus" not in described and len(data.rows) == 5
    assert data.scope_label.endswith("ja kuntajohtajakokoukset 2026")
    only = load_follow_up_list(services.db, today=TODAY, round_id=round_id, kind=MeetingKind.MANAGERS)
    assert len(only.rows) == 4 and only.scope_label == "Kuntajohtajakokoukset 2026"


def test_a_year_limits_both_kinds_by_their_own_year(services: Services, make_feedback) -> None:
    _both_kinds(services, make_feedback)
    later = services.managers.add_meeting("3.3.2027")
    services.followups.add_agreement(services.agenda.add(later.id, "Vuoden 2027 asia").id,
                                     owner="Aino", description="Ensi vuoden sopimus")
    in_2027 = load_follow_up_list(services.db, today=TODAY, year=2027)
    assert [row.follow_up.description for row in in_2027.rows] == ["Ensi vuoden sopimus"]
    assert in_2027.scope_label == "Kuntaneuvottelut ja kuntajohtajakokoukset 2027"
    assert len(load_follow_up_list(services.db, today=TODAY, year=2026).rows) == 5

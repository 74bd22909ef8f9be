"""The Qt item models, tested without a window on records from real services."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desktop_app.domain.enums import DevelopmentScope, FeedbackKind, FollowUpStatus, Priority, Side
from desktop_app.ui.highlight import marked_to_html
from desktop_app.ui.i18n import install_source_plurals
from desktop_app.ui.models.list_models import (
    HIGHLIGHT_ROLE,
    MARK_CLOSE,
    MARK_OPEN,
    FollowUpTableModel,
    SearchResultModel,
    SectorAdminModel,
)
from desktop_app.ui.models.meeting_models import (
    COUNT_ROLE,
    COVERED_ROLE,
    HEADER_ROLE,
    KEY_ROLE,
    FeedbackListModel,
    HistoryListModel,
    ParticipantListModel,
    SectionListModel,
)
from desktop_app.ui.models.nav_models import ID_ROLE, RECORD_ROLE, MeetingTableModel, RoundListModel
from desktop_app.ui.models.sections import (
    ADVOCACY,
    build_sections,
    count_by_section,
    section_key_of,
    sector_key,
)

DISPLAY = Qt.ItemDataRole.DisplayRole
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
TITLES = {"participants": "Osallistujat", "advocacy": "Edunajamiskohteet",
          "sectors": "Toimintasektorit", "development": "Aluekehitys",
          "municipality": "Kunnan oma kehitys", "region": "Koko Kainuun kehitys"}


@pytest.fixture(autouse=True)
def _qt(qapp):
    return qapp


def test_round_list_model_lists_newest_first_with_ids(services, make_round):
    make_round(2025)
    make_round(2026)
    model = RoundListModel()
    model.set_rounds(services.rounds.list_rounds())
    assert model.rowCount() == 2
    assert model.index(0).data(DISPLAY) == "Kuntaneuvottelut 2026 (TTS 2027–2029)"
    assert model.index(1).data(RECORD_ROLE).year == 2025
    assert model.row_of(model.index(1).data(ID_ROLE)) == 1
    assert model.rowCount(model.index(0)) == 0  # a flat list


def test_meeting_table_shows_status_and_sector_coverage(services, make_feedback, make_meeting):
    kuhmo = make_meeting(2026, "290")
    services.meetings.update_details(kuhmo.id, meeting_date="3.3.2026", start_time="9.30", place="Kuhmo-talo")
    for code in ("LII", "EU", "OSA"):
        make_feedback(f"Kommentti {code}", meeting=kuhmo, sector_code=code)
    make_feedback("Kysymys ei kata sektoria", meeting=kuhmo, sector_code="KV", kind=FeedbackKind.QUESTION)
    model = MeetingTableModel()
    model.set_meetings(services.rounds.overview(kuhmo.round_id))
    assert model.rowCount() == 8 and model.columnCount() == 6
    row = model.row_of(kuhmo.id)
    cell = lambda column: model.index(row, column).data(DISPLAY)  # noqa: E731
    assert cell(MeetingTableModel.COL_MUNICIPALITY) == "Kuhmo"
    assert cell(MeetingTableModel.COL_DATE) == "3.3.2026 9.30"
    assert cell(MeetingTableModel.COL_PLACE) == "Kuhmo-talo"
    assert cell(MeetingTableModel.COL_STATUS) == "Suunniteltu"
    assert cell(MeetingTableModel.COL_COVERAGE) == "3/11 sektoria"
    assert cell(MeetingTableModel.COL_ITEMS) == "4"
    assert model.headerData(MeetingTableModel.COL_COVERAGE, Qt.Orientation.Horizontal) == "Kattavuus"
    assert model.index(row, 0).data(ID_ROLE) == kuhmo.id


def test_sections_and_checklist_mark_sectors_with_and_without_items(qapp, services, make_feedback,
                                                                   make_meeting):
    install_source_plurals(qapp)   # "%n kohta(a)" → "2 kohtaa", as the app installs it
    meeting = make_meeting()
    lii = services.sectors.find("LII")
    make_feedback("Tie", meeting=meeting, sector_code="LII")
    make_feedback("Kysymys tiestä", meeting=meeting, sector_code="LII", kind=FeedbackKind.QUESTION)
    services.feedback.add(meeting.id, FeedbackKind.ADVOCACY_TARGET, "Rata")
    services.feedback.add(meeting.id, FeedbackKind.DEVELOPMENT_VIEW, "Kainuu", scope=DevelopmentScope.REGION)
    detail = services.meetings.detail(meeting.id)
    sections = build_sections(detail.sectors, "fi", TITLES)
    counts = count_by_section(list(detail.feedback))
    assert counts == {sector_key(lii.id): 2, ADVOCACY: 1, "development:region": 1}
    model = SectionListModel()
    model.set_sections(sections, counts)
    assert model.rowCount() == 2 + 1 + 11 + 1 + 2
    lii_row = model.row_of(sector_key(lii.id))
    assert model.index(lii_row).data(DISPLAY) == "✓ Liikenne ja saavutettavuus  (2)"
    assert model.index(lii_row).data(COVERED_ROLE) is True
    assert model.index(lii_row).data(ACCESSIBLE) == "Liikenne ja saavutettavuus, 2 kohtaa"
    edu_row = model.row_of(sector_key(services.sectors.find("EDU").id))
    assert model.index(edu_row).data(DISPLAY) == "○ Edunvalvonta"
    assert model.index(edu_row).data(COUNT_ROLE) == 0
    header = model.index(2)
    assert header.data(HEADER_ROLE) is True
    assert not model.flags(header) & Qt.ItemFlag.ItemIsSelectable
    assert len(model.uncovered_sector_titles()) == 10
    model.set_counts({**counts, sector_key(services.sectors.find("EDU").id): 1})
    assert model.index(edu_row).data(KEY_ROLE) == sector_key(services.sectors.find("EDU").id)
    assert len(model.uncovered_sector_titles()) == 9
    # A section lists its comments before its questions.
    lii_section = model.section(lii_row)
    assert [i.text for i in lii_section.items(list(detail.feedback))] == ["Tie", "Kysymys tiestä"]
    assert section_key_of(detail.items_of(FeedbackKind.ADVOCACY_TARGET)[0]) == ADVOCACY


def test_feedback_list_numbers_items_and_marks_priority_and_follow_up(services, make_feedback):
    first = make_feedback("Ensimmäinen")
    second = make_feedback("Toinen\nrivi", sector_code="LII")
    services.feedback.update(second.id, priority=Priority.HIGH)
    services.followups.add(second.id, owner="Matti", due_date="1.2.2027")
    items = services.feedback.list_for_meeting(first.meeting_id)
    model = FeedbackListModel()
    model.set_items(items)
    assert model.index(0).data(DISPLAY) == "1. Ensimmäinen"
    assert model.index(1).data(DISPLAY) == "2. [Tärkeä · → Matti, 1.2.2027] Toinen rivi"
    assert model.index(1).data(Qt.ItemDataRole.ToolTipRole) == "Toinen\nrivi"
    assert model.row_of(second.id) == 1 and model.row_of("ei-ole") == -1
    assert model.index(5).data(DISPLAY) is None


def test_history_model_shows_year_text_and_follow_up_status(services, make_feedback, make_meeting):
    old = make_feedback("Vanha asia", meeting=make_meeting(2025))
    follow_up = services.followups.add(old.id, owner="Liisa", due_date="1.6.2025")
    services.followups.set_status(follow_up.id, FollowUpStatus.DONE)
    history = services.feedback.history("290", old.sector_id, 2026)
    model = HistoryListModel()
    model.set_items(history)
    text = model.index(0).data(DISPLAY)
    assert text.startswith("2025") and "Vanha asia" in text
    assert "Jatkotoimenpide: Liisa, 1.6.2025 (Tehty)" in text
    assert model.index(0).data(ID_ROLE) == old.id


def test_participant_model_formats_name_title_and_organisation(services, make_meeting):
    meeting = make_meeting()
    services.participants.add(meeting.id, "Eeva", Side.MUNICIPALITY, "Kuhmon kaupunki", "kaupunginjohtaja")
    services.participants.add(meeting.id, "Liisa", Side.COUNCIL)
    model = ParticipantListModel()
    model.set_participants(services.participants.list_for_meeting(meeting.id))
    texts = {model.index(r).data(DISPLAY) for r in range(model.rowCount())}
    assert texts == {"Eeva, kaupunginjohtaja (Kuhmon kaupunki)", "Liisa"}
    eeva = services.participants.list_for_meeting(meeting.id)
    eeva = next(p for p in eeva if p.name == "Eeva")
    row = model.row_of(eeva.id)
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, *_: changed.append(top.row()))
    model.replace(services.participants.update(eeva.id, title="pormestari"))
    assert changed == [row] and model.index(row).data(DISPLAY) == "Eeva, pormestari (Kuhmon kaupunki)"
    assert model.row_of("ei-ole") == -1


def test_search_result_model_columns(services, make_feedback):
    item = make_feedback("Rautatieasema ja junaliikenne")
    model = SearchResultModel()
    model.set_rows(services.search.search("junaliikenne"))
    assert model.rowCount() == 1 and model.columnCount() == 5
    assert [model.index(0, c).data(DISPLAY) for c in range(4)] == [
        "2026", "Kuhmo", "Liikenne ja saavutettavuus", "Sektorikommentti"]
    assert "[junaliikenne]" in model.index(0, 4).data(DISPLAY)
    assert model.index(0, 0).data(ID_ROLE) == item.id
    assert model.rowCount(QModelIndex()) == 1
    model.sector_names = {item.sector_id: "Transport and accessibility"}
    assert model.index(0, 2).data(DISPLAY) == "Transport and accessibility"


def test_search_snippet_marks_become_bold_not_brackets(services, make_feedback):
    make_feedback("Junaliikenne <Kajaani> & Kuhmo: junaliikenne on tärkeää")
    model = SearchResultModel()
    model.set_rows(services.search.search("junaliikenne", marks=(MARK_OPEN, MARK_CLOSE)))
    shown = model.index(0, 4).data(DISPLAY)
    assert "junaliikenne on tärkeää" in shown.lower() and MARK_OPEN not in shown and "[" not in shown
    marked = model.index(0, 4).data(HIGHLIGHT_ROLE)
    assert f"{MARK_OPEN}junaliikenne{MARK_CLOSE}" in marked.lower()
    assert model.index(0, 3).data(HIGHLIGHT_ROLE) is None  # only the snippet column is rich
    html = marked_to_html(marked)
    assert "<b>Junaliikenne</b>" in html and "&lt;Kajaani&gt; &amp; Kuhmo" in html  # user text stays text


def test_follow_up_model_marks_overdue_rows(services, make_feedback):
    late = services.followups.add(make_feedback("Myöhässä").id, owner="A", due_date="1.1.2026",
                                  description="Selvitetään")
    services.followups.add(make_feedback("Ajallaan").id, owner="B", due_date="1.1.2027")
    model = FollowUpTableModel(today=dt.date(2026, 6, 1))
    model.set_rows(services.followups.list_all())
    assert model.rowCount() == 2
    # late is said in words too, not by the red colour alone (WCAG 1.4.1)
    assert [model.index(0, c).data(DISPLAY) for c in range(4)] == ["1.1.2026 – myöhässä", "A", "Avoin",
                                                                   "Selvitetään"]
    assert model.index(1, 0).data(DISPLAY) == "1.1.2027"
    assert model.index(0, 7).data(DISPLAY) == "Myöhässä"   # the feedback it answers, last
    assert model.index(0, 0).data(ID_ROLE) == late.id
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_item_rows_read_as_sentences(services, make_feedback):
    from desktop_app.domain.enums import Priority
    from desktop_app.ui.models.meeting_models import FeedbackListModel

    plain = make_feedback("Tie kuntoon.")
    asked = make_feedback("Milloin silta korjataan?\nLisää.", kind=FeedbackKind.QUESTION)
    services.feedback.update(asked.id, priority=Priority.HIGH, expected_version=asked.version)
    services.followups.add(asked.id, owner="Anna Heikkinen", due_date="15.4.2026")
    model = FeedbackListModel()
    model.set_items([services.feedback.get(plain.id), services.feedback.get(asked.id)])
    read = [model.index(row).data(Qt.ItemDataRole.AccessibleTextRole) for row in range(2)]
    assert read == ["Kohta 1. Tie kuntoon.",
                    "Kohta 2: kysymys, tärkeä. Milloin silta korjataan? Lisää. "
                    "Jatkotoimenpide: Anna Heikkinen, määräpäivä 15.4.2026."]
    assert model.index(1).data().startswith("2. [")   # the screen keeps its compact row


def test_sector_admin_model_shows_retired_state(services):
    kv = services.sectors.find("KV")
    services.sectors.retire(kv.id)
    model = SectorAdminModel()
    model.set_rows(services.sectors.list_sectors(include_retired=True))
    row = model.row_of(kv.id)
    assert model.index(row, 0).data(DISPLAY) == "KV"
    assert model.index(row, 3).data(DISPLAY) == "Poistettu käytöstä"
    assert model.index(0, 3).data(DISPLAY) == "Käytössä"

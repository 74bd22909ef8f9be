"""The search view finds managers' meetings' agenda matters beside negotiation items, says where a
matter is, filters by the kind of meeting, and Enter on a matter asks to open its managers'
meeting — all by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from ui_support import open_window, type_text, ui_settings

from desktop_app.domain.enums import MatterRaiser
from desktop_app.services import Services
from desktop_app.ui.models.list_models import HIGHLIGHT_ROLE, MARK_CLOSE, MARK_OPEN, SNIPPET_COLUMN
from tests.test_search_finnish import needs_voikko

WHERE_COLUMN = 3


@needs_voikko
def test_matters_are_found_filtered_and_opened_by_keyboard(qtbot, services: Services, tmp_path,
                                                           make_feedback) -> None:
    make_feedback("Rataosuuden sähköistys on kunnalle tärkeä.")
    meeting = services.managers.plan_year(2026)[6]
    services.agenda.add(meeting.id, "Kuulumiset")
    matter = services.agenda.add(meeting.id, "Oulu–Kontiomäki rataosuus",
                                 raised_by=MatterRaiser.MUNICIPALITY, municipality_code="205")
    services.followups.add_agreement(matter.id, description="Liitto valmistelee lausunnon.")
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.show_search()
    view = window.search
    type_text(view.query, "rataosuus")
    QTest.keyClick(view.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 and view.results.hasFocus(), timeout=5000)
    model = view.model
    assert model.index(0, WHERE_COLUMN).data() == "Kuntajohtajakokous 7/2026, asia 2"
    assert model.index(0, 1).data() == "Kajaani"
    assert f"{MARK_OPEN}rataosuus{MARK_CLOSE}" in model.index(0, SNIPPET_COLUMN).data(HIGHLIGHT_ROLE)
    assert model.index(1, WHERE_COLUMN).data() == "Sektorikommentti"

    # Alt+S: the kind-of-meeting filter; Down picks "Kuntaneuvottelut", once more the managers'.
    QTest.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert view.meeting_filter.hasFocus()
    QTest.keyClick(view.meeting_filter, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: model.rowCount() == 1 and not window.tasks.busy, timeout=5000)
    assert model.index(0, WHERE_COLUMN).data() == "Sektorikommentti"
    QTest.keyClick(view.meeting_filter, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: model.rowCount() == 1 and not window.tasks.busy
                    and model.index(0, WHERE_COLUMN).data() != "Sektorikommentti", timeout=5000)
    assert view.meeting_filter.currentText() == "Kuntajohtajakokoukset"

    # An agreement's words: the hit says so.
    view.query.setFocus()
    view.query.selectAll()
    type_text(view.query, "lausunto")
    QTest.keyClick(view.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.results.hasFocus() and model.rowCount() == 1
                    and "lausunnon" in model.index(0, SNIPPET_COLUMN).data(), timeout=5000)
    assert model.index(0, SNIPPET_COLUMN).data().startswith("Sovittiin:")
    with qtbot.waitSignal(view.open_matter, timeout=2000) as opened:
        QTest.keyClick(view.results, Qt.Key.Key_Return)
    assert opened.args == [meeting.id, matter.id]


@needs_voikko
def test_enter_on_a_matter_hit_opens_its_managers_meeting_in_the_main_window(
        qtbot, services: Services, tmp_path, monkeypatch) -> None:
    from desktop_app.ui.main_window import MainWindow

    opened: list[tuple[str, str]] = []
    # The managers' meeting view provides this method; here only the wiring to it is under test.
    monkeypatch.setattr(MainWindow, "open_managers_meeting",
                        lambda _self, meeting_id, matter_id="": opened.append((meeting_id, matter_id)),
                        raising=False)
    meeting = services.managers.plan_year(2026)[2]
    matter = services.agenda.add(meeting.id, "JTF-haku", notes="Kuntien hankeideat kootaan.")
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.show_search()
    type_text(window.search.query, "hankeidea")
    QTest.keyClick(window.search.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.search.results.hasFocus(), timeout=5000)
    QTest.keyClick(window.search.results, Qt.Key.Key_Return)
    assert opened == [(meeting.id, matter.id)]

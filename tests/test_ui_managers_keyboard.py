"""Issue 11, keyboard only, on the real main window and a database set up by open_database: plan
the year 2026, open meeting 7/2026, mark attendance one keystroke each, type three matters with
notes and agreements, add an invited expert, carry a matter to the next meeting, bring a
negotiation advocacy target onto the agenda — then read back the database (services and raw
SQL), the audit rows and both sides of the link."""

from __future__ import annotations

from pathlib import Path

import pytest
from managers_ui_support import ALT, CTRL, SHIFT, back_to, press, type_here, when_dialog
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import text
from ui_support import idle, open_window, ui_settings

from desktop_app.domain.enums import Attendance, AttendeeRole, FeedbackKind, MatterRaiser, MatterStatus
from desktop_app.domain.formatting import fi_date
from desktop_app.services import Services
from desktop_app.ui.managers.navigation import ForumsPage

K = Qt.Key

MATTERS = [
    ("Maakuntaohjelman toteuttamissuunnitelma", "Luonnos esiteltiin. Kunnat toivovat painotusta "
     "elinvoimaan.", ("Kainuun liitto", "Viimeistelee luonnoksen lausunnolle", "15.9.2026")),
    ("Ratayhteyden rahoitus", "Kajaani–Oulu-radan perusparannuksen rahoitus on auki.",
     ("Kajaanin kaupunki", "Kokoaa yhteisen kannanoton", "30.9.2026")),
    ("EU-rahoitushaku", "Haku aukeaa lokakuussa; hankeideat kootaan yhteen.",
     ("Maakuntajohtaja", "Kutsuu hankeryhmän koolle", "")),
]


def _type_matter(qtbot, title: str, notes: str, agreement: tuple[str, str, str], window) -> None:
    press(K.Key_Return, CTRL)                 # Ctrl+Enter: a new matter, the title first
    assert window.managers_view.editor.title.hasFocus()
    type_here(title)
    press(K.Key_K, ALT)                       # Alt+K: Keskustelu
    type_here(notes)
    owner, action, due = agreement
    press(K.Key_U, ALT)                       # Alt+U: Vastuu
    type_here(owner)
    press(K.Key_D, ALT)                       # Alt+D: Toimenpide
    type_here(action)
    press(K.Key_R, ALT)                       # Alt+R: Määräpäivä
    type_here(due)
    press(K.Key_Return)                       # Enter: the agreement is recorded
    idle(qtbot, window)


@pytest.fixture
def advocacy(services: Services, make_feedback):
    return make_feedback("Valtatie 22 on kunnostettava raskaalle liikenteelle.", sector_code=None,
                         kind=FeedbackKind.ADVOCACY_TARGET)


def test_managers_meeting_by_keyboard_only(qtbot, services: Services, tmp_path: Path, advocacy) -> None:
    window = open_window(qtbot, services, ui_settings(tmp_path))

    # -- the start page shows both forums; Alt+2 goes to the managers' meetings ---------------
    assert window.forums.tabText(ForumsPage.NEGOTIATIONS).startswith("Kuntaneuvottelut")
    assert window.forums.tabText(ForumsPage.MANAGERS).startswith("Kuntajohtajakokoukset")
    press(K.Key_2, ALT)
    assert window.forums.currentIndex() == ForumsPage.MANAGERS
    assert window.managers_navigation.years.hasFocus()

    # -- plan the year in one step: Tab to the button, Space, the dialog by keys -----------
    def plan(dialog) -> None:
        QTest.keyClick(dialog.focusWidget(), K.Key_A, CTRL)
        QTest.keyClicks(dialog.focusWidget(), "2026")
        QTest.keyClick(dialog.focusWidget(), K.Key_Return)

    press(K.Key_Tab)
    assert window.managers_navigation.plan_button.hasFocus()
    when_dialog(plan)
    press(K.Key_Space)
    back_to(window)
    nav = window.managers_navigation
    qtbot.waitUntil(lambda: nav.meetings_model.rowCount() == 11 and nav.meetings.hasFocus())
    assert [s.meeting.number for s in nav.meetings_model.rows()] == list(range(1, 12))

    # -- open 7/2026: Home, six rows down, Enter ------------------------------------------
    press(K.Key_Home, CTRL)
    press(K.Key_Down, times=6)
    assert nav.meetings.currentIndex().siblingAtColumn(0).data() == "7/2026"
    press(K.Key_Return)
    assert window.pages.currentWidget() is window.managers_view
    meeting = services.managers.find(2026, 7)
    assert window.current_managers_meeting_id() == meeting.id
    ws = window.managers_view
    assert ws.header.title.text() == "Kuntajohtajakokous 7/2026"
    assert ws.editor.title.hasFocus()         # an empty agenda: the first matter's title

    # -- attendance: pre-filled, one keystroke per person ------------------------------------
    people = ws.attendance.model
    assert people.rowCount() == 9             # eight municipalities and the council
    press(K.Key_P, CTRL | SHIFT)              # Ctrl+Shift+P: Läsnäolo
    assert ws.attendance.table.hasFocus()
    for key in (K.Key_L, K.Key_L, K.Key_P, K.Key_E, K.Key_L, K.Key_Space):
        press(key)
    marks = [people.record(row).attendance for row in range(6)]
    assert marks == [Attendance.PRESENT, Attendance.PRESENT, Attendance.ABSENT, Attendance.REMOTE,
                     Attendance.PRESENT, Attendance.PRESENT]
    # F2 edits the name of the person now selected (row 6)
    press(K.Key_F2)
    type_here("Tuomo Kunnanjohtaja")
    press(K.Key_Return)
    idle(qtbot, window)

    # -- three matters with notes and an agreement each -------------------------------------
    press(K.Key_A, CTRL | SHIFT)              # Ctrl+Shift+A: Asialista
    assert ws.agenda.table.hasFocus()
    for title, notes, agreement in MATTERS:
        _type_matter(qtbot, title, notes, agreement, window)
    # the second matter was raised by a municipality: Alt+J, Up (Kunta), Tab, the first one
    press(K.Key_A, CTRL | SHIFT)
    press(K.Key_Home, CTRL)
    press(K.Key_Down)
    assert ws.editor.title.text() == "Ratayhteyden rahoitus"
    press(K.Key_J, ALT)
    press(K.Key_Up)
    idle(qtbot, window)
    assert ws.editor.municipality.isVisible()

    # -- an invited expert, heard on matter 2 ------------------------------------------------
    press(K.Key_P, CTRL | SHIFT)
    press(K.Key_I, ALT)                       # Alt+I: Nimi
    type_here("Leena Ratanen")
    press(K.Key_Tab)                          # the role: Varahenkilö → Asiantuntija
    press(K.Key_Down)
    press(K.Key_G, ALT)                       # Alt+G: Organisaatio
    type_here("Väylävirasto")
    press(K.Key_Tab)                          # heard on: (ei asiaa) → 1. → 2.
    press(K.Key_Down, times=2)
    press(K.Key_I, ALT)
    press(K.Key_Return)                       # Enter in the name adds the person
    idle(qtbot, window)
    assert people.rowCount() == 10

    # -- carry matter 1 on to the next meeting in one keystroke -------------------------------
    press(K.Key_A, CTRL | SHIFT)
    press(K.Key_Home, CTRL)
    assert ws.editor.title.text() == MATTERS[0][0]
    press(K.Key_M, CTRL | SHIFT)              # Ctrl+Shift+M: siirrä seuraavaan kokoukseen
    idle(qtbot, window)
    assert "8/2026" in window.statusBar().currentMessage()
    assert ws.agenda.model.data(ws.agenda.model.index(0, 3)) == "siirretty kokoukseen 8/2026"

    # -- bring the negotiation advocacy target onto the agenda --------------------------------
    def bring(dialog) -> None:
        QTest.keyClicks(dialog.focusWidget(), "Valtatie")
        QTest.keyClick(dialog.focusWidget(), K.Key_Return)

    when_dialog(bring)
    press(K.Key_T, CTRL | SHIFT)              # Ctrl+Shift+T: tuo neuvotteluista (read in a worker)
    qtbot.waitUntil(lambda: ws.agenda.model.rowCount() == 4)
    back_to(window)
    idle(qtbot, window)
    assert ws.editor.title.text().startswith("Valtatie 22")
    assert "Tuotu neuvotteluista" in ws.history.toPlainText()
    assert "Kuhmo" in ws.history.toPlainText()
    QApplication.processEvents()
    idle(qtbot, window)

    # == the database, through the services ==================================================
    detail = services.agenda.detail(meeting.id)
    assert [m.title for m in detail.matters] == [t for t, _, _ in MATTERS] + [
        "Valtatie 22 on kunnostettava raskaalle liikenteelle."]
    for matter, (_title, notes, (owner, action, due)) in zip(detail.matters, MATTERS, strict=False):
        assert matter.notes == notes
        assert [(f.owner, f.description, fi_date(f.due_date)) for f in matter.follow_ups] == [
            (owner, action, due)]
    first, second, _third, brought = detail.matters
    assert first.status == MatterStatus.CARRIED and detail.carried_to[first.id] == "8/2026"
    assert second.raised_by == MatterRaiser.MUNICIPALITY and second.municipality_code
    following = services.agenda.detail(services.managers.find(2026, 8).id)
    assert [(m.title, m.carried_from_id) for m in following.matters] == [(first.title, first.id)]
    assert [h.matter.id for h in services.agenda.history(following.matters[0].id)] == [first.id]
    marks = {a.attendance for a in detail.attendees[:6]}
    assert marks == {Attendance.PRESENT, Attendance.ABSENT, Attendance.REMOTE}
    assert detail.attendees[6].name == "Tuomo Kunnanjohtaja"
    expert = next(a for a in detail.attendees if a.role == AttendeeRole.EXPERT)
    assert (expert.name, expert.organisation, expert.matter_id) == ("Leena Ratanen", "Väylävirasto",
                                                                   second.id)
    assert services.managers.get(meeting.id).status.value == "in_progress"   # writing started it

    # both sides of the link
    links = services.agenda.links_for_feedback([advocacy.id])[advocacy.id]
    assert [(link.matter_id, link.meeting_number, link.meeting_year) for link in links] == [
        (brought.id, 7, 2026)]
    linked = detail.linked_feedback[brought.id]
    assert (linked.feedback_id, linked.municipality_name, linked.kind) == (
        advocacy.id, "Kuhmo", FeedbackKind.ADVOCACY_TARGET)

    # == raw SQL and the audit rows ==========================================================
    with services.db.read() as session:
        def rows(sql: str, **params) -> list:
            return list(session.execute(text(sql), params))

        assert rows("SELECT count(*) FROM agenda_matters WHERE managers_meeting_id = :m "
                    "AND deleted_at IS NULL", m=meeting.id) == [(4,)]
        assert rows("SELECT count(*) FROM follow_ups f JOIN agenda_matters a ON a.id = f.matter_id "
                    "WHERE a.managers_meeting_id = :m AND f.deleted_at IS NULL", m=meeting.id) == [(3,)]
        assert rows("SELECT feedback_id FROM agenda_matters WHERE id = :i", i=brought.id) == [
            (advocacy.id,)]
        assert rows("SELECT attendance, count(*) FROM managers_attendees WHERE managers_meeting_id = :m "
                    "AND deleted_at IS NULL GROUP BY attendance ORDER BY attendance", m=meeting.id) == [
            ("absent", 1), ("present", 5), ("remote", 1), ("unmarked", 3)]
        audited = set(rows("SELECT entity, action, field FROM audit_log WHERE actor = 'Testi Käyttäjä'"))
        notes_audit = rows("SELECT new_value FROM audit_log WHERE entity_id = :i AND field = 'notes' "
                           "ORDER BY id DESC LIMIT 1", i=first.id)
    assert notes_audit == [(MATTERS[0][1],)]
    for expected in [("managers_meetings", "insert", "number"), ("agenda_matters", "insert", "title"),
                     ("agenda_matters", "insert", "notes"), ("agenda_matters", "update", "raised_by"),
                     ("agenda_matters", "update", "municipality_code"),
                     ("agenda_matters", "update", "status"),
                     ("agenda_matters", "insert", "carried_from_id"),
                     ("agenda_matters", "insert", "feedback_id"),
                     ("follow_ups", "insert", "matter_id"), ("managers_attendees", "insert", "role"),
                     ("managers_attendees", "update", "attendance"),
                     ("managers_attendees", "update", "name")]:
        assert expected in audited, expected
    assert window.undo_stack.count() > 0 and not window.autosave.has_pending

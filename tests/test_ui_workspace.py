"""Drive the real main window on a temporary database with the keyboard, then check the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from ui_support import close_expecting_question, idle, open_window, type_text, ui_settings

from desktop_app.domain.enums import FeedbackKind, FollowUpStatus, MeetingStatus, Side
from desktop_app.storage import models as m
from desktop_app.ui import dialogs
from desktop_app.ui.models.list_models import HIGHLIGHT_ROLE

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _type_item(qtbot, window, text: str, *, next_item: bool = False) -> None:
    """Type as a person does: into whatever has the focus after the previous key."""
    focused = QApplication.focusWidget()
    type_text(focused, text)
    if next_item:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)


def test_plan_record_reorder_undo_close_with_the_keyboard(qtbot, services, tmp_path, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_plan_round", lambda parent, year: (2026, 2027, 2029, ""))
    closing: list[list[str]] = []
    monkeypatch.setattr(dialogs, "confirm_close",
                        lambda parent, uncovered, *_views: closing.append(uncovered) or True)
    window = open_window(qtbot, services, ui_settings(tmp_path))

    # Plan a round in one step (Ctrl+N) and open Kuhmo (the third member municipality) with Enter.
    qtbot.keyClick(window.navigation.meetings, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.navigation.meetings_model.rowCount() == 8)
    table = window.navigation.meetings
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().siblingAtColumn(0).data() == "Kuhmo"
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.workspace_view
    meeting_id = window.current_meeting_id()
    assert services.meetings.get(meeting_id).municipality_code == "290"

    # Participants: the first section of a meeting without any; Enter adds.
    panel = window.workspace_view.participants
    type_text(panel.municipality.entry, "Eeva Esimerkki, kaupunginjohtaja")
    qtbot.keyClick(panel.municipality.entry, Qt.Key.Key_Return)
    type_text(panel.council.entry, "Liisa Liittolainen, aluekehitysjohtaja")
    qtbot.keyClick(panel.council.entry, Qt.Key.Key_Return)

    # Three sectors: Ctrl+3 jumps to the first sector without comments; Ctrl+PgDown to the next.
    qtbot.keyClick(window.workspace_view.editor.text, Qt.Key.Key_3, CTRL)
    assert window.workspace.section.title == "Edunvalvonta"
    _type_item(qtbot, window, "Ensimmäinen kommentti", next_item=True)
    _type_item(qtbot, window, "Toinen kommentti")
    qtbot.keyClick(window.workspace_view.editor.text, Qt.Key.Key_PageDown, CTRL)
    assert window.workspace.section.title == "Aluekehitys ja maakuntaohjelma"
    _type_item(qtbot, window, "Maakuntaohjelma ja päätös ää-kirjaimin")
    qtbot.keyClick(window.workspace_view.editor.text, Qt.Key.Key_PageDown, CTRL)
    assert window.workspace.section.title == "EU-rahoitus ja rakennerahastot"
    _type_item(qtbot, window, "EU A", next_item=True)
    _type_item(qtbot, window, "EU B", next_item=True)
    _type_item(qtbot, window, "EU C")
    idle(qtbot, window)
    assert "Tallennettu klo" in window.save_state.text()

    # Reorder: C up one place; delete it; undo the delete with Ctrl+Z from the editor.
    editor = window.workspace_view.editor
    qtbot.keyClick(editor.text, Qt.Key.Key_Up, ALT)
    assert [i.text for i in window.workspace.items_model.items()] == ["EU A", "EU C", "EU B"]
    qtbot.keyClick(editor.text, Qt.Key.Key_Delete, ALT)
    assert [i.text for i in window.workspace.items_model.items()] == ["EU A", "EU B"]
    assert editor.text.hasFocus()
    qtbot.keyClick(editor.text, Qt.Key.Key_Z, CTRL)
    assert [i.text for i in window.workspace.items_model.items()] == ["EU A", "EU C", "EU B"]

    # Close: the check lists the eight sectors still without comments.
    qtbot.keyClick(editor.text, Qt.Key.Key_L, CTRL | SHIFT)
    assert len(closing) == 1 and len(closing[0]) == 8 and "Edunvalvonta" not in closing[0]
    assert services.meetings.get(meeting_id).status == MeetingStatus.CLOSED

    # The database holds exactly what was typed, in order, with the audit trail.
    by_sector: dict[str, list[str]] = {}
    for item in services.feedback.list_for_meeting(meeting_id, FeedbackKind.SECTOR_COMMENT):
        by_sector.setdefault(services.sectors.get(item.sector_id).code, []).append(item.text)
    assert by_sector == {"EDU": ["Ensimmäinen kommentti", "Toinen kommentti"],
                         "ALK": ["Maakuntaohjelma ja päätös ää-kirjaimin"],
                         "EU": ["EU A", "EU C", "EU B"]}
    people = services.participants.list_for_meeting(meeting_id)
    assert {(p.name, p.title, p.side) for p in people} == {
        ("Eeva Esimerkki", "kaupunginjohtaja", Side.MUNICIPALITY),
        ("Liisa Liittolainen", "aluekehitysjohtaja", Side.COUNCIL)}
    with services.db.read() as session:
        audit = [(a.action, a.field, a.new_value, a.actor) for a in session.scalars(
            select(m.AuditEntry).where(m.AuditEntry.entity == "feedback"))]
    inserted_texts = {value for action, field, value, _ in audit if action == "insert" and field == "text"}
    assert inserted_texts == {"Ensimmäinen kommentti", "Toinen kommentti",
                              "Maakuntaohjelma ja päätös ää-kirjaimin", "EU A", "EU B", "EU C"}
    assert {action for action, *_ in audit} >= {"insert", "update", "delete", "restore"}
    assert {actor for *_, actor in audit} == {"Testi Käyttäjä"}


def test_search_finds_an_item_and_opens_it_in_its_meeting(qtbot, services, tmp_path, make_feedback,
                                                          make_meeting):
    make_feedback("Kajaanin ratapihan melusuojaus", meeting=make_meeting(2026, "205"), sector_code="LII")
    target = make_feedback("Rautatieaseman esteettömyys Kuhmossa", meeting=make_meeting(2026, "290"),
                           sector_code="LII")
    window = open_window(qtbot, services, ui_settings(tmp_path))
    qtbot.keyClick(window.navigation.meetings, Qt.Key.Key_F, CTRL)
    assert window.pages.currentWidget() is window.search and window.search.query.hasFocus()
    type_text(window.search.query, "esteettömyys")
    qtbot.keyClick(window.search.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 1)
    assert window.search.results.hasFocus()
    snippet = window.search.model.index(0, 4)
    assert "[" not in snippet.data() and "\ue000esteettömyys" in snippet.data(HIGHLIGHT_ROLE).lower()
    assert window.search.results.itemDelegateForColumn(4) is window.search.highlight
    assert not window.search.results.grab().isNull()  # the bold snippet paints
    qtbot.keyClick(window.search.results, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.workspace_view
    assert window.current_meeting_id() == target.meeting_id
    assert window.workspace.buffer.item_id == target.id
    assert window.workspace_view.editor.text.toPlainText() == "Rautatieaseman esteettömyys Kuhmossa"


def test_continuity_panel_shows_earlier_round_and_copies_forward(qtbot, services, tmp_path,
                                                                 make_feedback, make_meeting):
    earlier = make_feedback("Valtatie 22 kunnostettava", meeting=make_meeting(2025, "290"), sector_code="LII")
    services.followups.add(earlier.id, owner="Liikennesuunnittelija", due_date="31.12.2025")
    make_feedback("Toisen kunnan asia", meeting=make_meeting(2025, "205"), sector_code="LII")
    current = make_meeting(2026, "290")
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.open_meeting(current.id, "sector:" + services.sectors.find("LII").id)
    history = window.workspace.history_model
    qtbot.waitUntil(lambda: history.rowCount() == 1)  # loaded in a worker
    shown = history.index(0).data()
    assert "2025" in shown and "Valtatie 22 kunnostettava" in shown and "Liikennesuunnittelija" in shown
    panel = window.workspace_view.continuity.items
    panel.setCurrentIndex(history.index(0))
    qtbot.keyClick(window.workspace_view.editor.text, Qt.Key.Key_C, CTRL | SHIFT)
    copied = services.feedback.list_for_meeting(current.id)
    assert [item.text for item in copied] == ["Valtatie 22 kunnostettava"]
    assert services.feedback.get(earlier.id).text == "Valtatie 22 kunnostettava"  # the source is untouched


@pytest.mark.parametrize("language", ["fi", "en"])
def test_reopens_where_the_user_was(qtbot, services, tmp_path, make_feedback, language):
    item = make_feedback("Osaajapula", sector_code="OSA")
    settings = ui_settings(tmp_path)
    first = open_window(qtbot, services, settings, language)
    first.open_item(item.meeting_id, item.id)
    first.close()
    again = open_window(qtbot, services, settings, language)
    assert again.current_meeting_id() == item.meeting_id
    assert again.workspace.section.sector_id == item.sector_id
    assert again.workspace_view.editor.text.toPlainText() == "Osaajapula"


def test_advocacy_priority_follow_up_and_both_development_views(qtbot, services, tmp_path, make_meeting):
    meeting = make_meeting(2026, "765")
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.open_meeting(meeting.id, "participants")
    editor = window.workspace_view.editor

    qtbot.keyClick(window.workspace_view.participants.municipality.entry, Qt.Key.Key_2, CTRL)
    assert window.workspace.section.key == "advocacy" and editor.text.hasFocus()
    type_text(editor.text, "Vt 6 parannus")
    qtbot.keyClick(editor.text, Qt.Key.Key_Tab)          # → priority (kind is hidden here)
    assert editor.priority.hasFocus()
    qtbot.keyClick(editor.priority, Qt.Key.Key_Down)     # Normaali → Korkea
    qtbot.keyClick(editor.priority, Qt.Key.Key_Tab)
    type_text(editor.owner, "Maakuntajohtaja")
    qtbot.keyClick(editor.owner, Qt.Key.Key_Tab)
    type_text(editor.due, "31.12.2026")
    idle(qtbot, window)

    qtbot.keyClick(editor.due, Qt.Key.Key_4, CTRL)       # development: the municipality's view
    type_text(editor.text, "Kunnan oma näkymä")
    qtbot.keyClick(editor.text, Qt.Key.Key_PageDown, CTRL)  # → the Kainuu-wide view
    assert window.workspace.section.title == "Koko Kainuun kehitys"
    type_text(editor.text, "Koko maakunnan näkymä")
    idle(qtbot, window)

    items = services.feedback.list_for_meeting(meeting.id)
    advocacy = [i for i in items if i.kind == FeedbackKind.ADVOCACY_TARGET]
    assert [(i.text, i.priority.value) for i in advocacy] == [("Vt 6 parannus", "high")]
    follow_up = advocacy[0].follow_ups[0]
    assert (follow_up.owner, follow_up.due_date.isoformat()) == ("Maakuntajohtaja", "2026-12-31")
    views = {(i.scope.value, i.text) for i in items if i.kind == FeedbackKind.DEVELOPMENT_VIEW}
    assert views == {("municipality", "Kunnan oma näkymä"), ("region", "Koko maakunnan näkymä")}


def test_an_invalid_due_date_is_refused_clearly_and_changes_nothing(qtbot, services, tmp_path,
                                                                     make_feedback, unsaved_question):
    item = make_feedback("Selvitys")
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.open_item(item.meeting_id, item.id)
    editor = window.workspace_view.editor
    type_text(editor.due, "32.13.2026")
    qtbot.waitUntil(lambda: editor.error.isVisible())
    assert "määräpäivä" in editor.error.text().lower()
    assert services.feedback.get(item.id).follow_ups == ()
    assert editor.due.text() == "32.13.2026"  # what was typed stays for the user to fix
    # The refused date is still in the field: closing asks about it.
    close_expecting_question(window, unsaved_question)


def test_an_approved_meeting_opens_read_only_and_typing_changes_nothing(qtbot, services, tmp_path,
                                                                         make_feedback):
    item = make_feedback("Lopullinen kirjaus")
    for status in (MeetingStatus.CLOSED, MeetingStatus.APPROVED):
        services.meetings.set_status(item.meeting_id, status)
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.open_item(item.meeting_id, item.id)
    editor = window.workspace_view.editor
    assert editor.text.isReadOnly() and not editor.delete_button.isEnabled()
    type_text(editor.text, "muutos")
    qtbot.keyClick(editor.text, Qt.Key.Key_Delete, ALT)
    qtbot.keyClick(editor.text, Qt.Key.Key_Return, CTRL)
    qtbot.wait(400)
    idle(qtbot, window)
    assert [i.text for i in services.feedback.list_for_meeting(item.meeting_id)] == ["Lopullinen kirjaus"]
    assert not window.actions_by_name["close_meeting"].isEnabled()


def test_header_details_edit_items_and_remove_a_participant_with_undo(qtbot, services, tmp_path,
                                                                        make_feedback, make_meeting,
                                                                        unsaved_question):
    meeting = make_meeting()
    first = make_feedback("Ensimmäinen", meeting=meeting, sector_code="LII")
    make_feedback("Toinen", meeting=meeting, sector_code="LII")
    services.participants.add(meeting.id, "Poistuva Henkilö", "municipality")
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.open_meeting(meeting.id, "sector:" + first.sector_id)
    header, editor = window.workspace_view.header, window.workspace_view.editor

    # Header: date, time and place autosave; a bad date is refused next to the field.
    header.date_edit.clear()
    type_text(header.date_edit, "5.3.2026")
    header.time_edit.clear()
    type_text(header.time_edit, "13.15")
    type_text(header.place_edit, "Kuhmo-talo")
    idle(qtbot, window)
    saved = services.meetings.get(meeting.id)
    assert (saved.meeting_date.isoformat(), saved.start_time.isoformat(), saved.place) == (
        "2026-03-05", "13:15:00", "Kuhmo-talo")
    header.date_edit.clear()
    type_text(header.date_edit, "31.2.2026")
    qtbot.waitUntil(lambda: header.error.isVisible())
    assert services.meetings.get(meeting.id).meeting_date.isoformat() == "2026-03-05"

    # Edit an existing item: pick it from the list with the keyboard, then type.
    editor.items.setFocus()
    qtbot.keyClick(editor.items, Qt.Key.Key_Home)
    assert window.workspace.buffer.item_id == first.id
    editor.text.setFocus()
    qtbot.keyClick(editor.text, Qt.Key.Key_End, CTRL)
    type_text(editor.text, " – tarkennettu")
    idle(qtbot, window)
    assert services.feedback.get(first.id).text == "Ensimmäinen – tarkennettu"

    # Participants: Delete removes the selected person, Ctrl+Z brings them back.
    qtbot.keyClick(editor.text, Qt.Key.Key_1, CTRL)
    people = window.workspace_view.participants.municipality.people
    people.setFocus()
    people.setCurrentIndex(people.model().index(0, 0))
    qtbot.keyClick(people, Qt.Key.Key_Delete)
    assert services.participants.list_for_meeting(meeting.id) == []
    qtbot.keyClick(people, Qt.Key.Key_Z, CTRL)
    assert [p.name for p in services.participants.list_for_meeting(meeting.id)] == ["Poistuva Henkilö"]
    # The refused header date (31.2.2026) is still on screen: closing asks about it.
    close_expecting_question(window, unsaved_question)


def test_participant_details_are_edited_in_place_by_keyboard_with_autosave(qtbot, services, tmp_path,
                                                                           make_meeting):
    meeting = make_meeting()
    services.participants.add(meeting.id, "Eeva Esimerkki", "municipality", "Kuhmon kaupunki", "johtaja")
    services.participants.add(meeting.id, "Liisa Liittolainen", "council", "Kainuun liitto")
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.open_meeting(meeting.id, "participants")
    panel = window.workspace_view.participants
    editor = panel.editor
    assert not editor.isEnabled()  # nothing selected yet

    # Select Eeva with the keyboard, jump to the name field with its mnemonic (Alt+I) and type.
    panel.municipality.people.setFocus()
    qtbot.keyClick(panel.municipality.people, Qt.Key.Key_Home)
    assert editor.isEnabled() and editor.name.text() == "Eeva Esimerkki"
    qtbot.keyClick(panel.municipality.people, Qt.Key.Key_I, ALT)
    assert editor.name.hasFocus()
    qtbot.keyClick(editor.name, Qt.Key.Key_End)
    type_text(editor.name, "-Virtanen")
    qtbot.keyClick(editor.name, Qt.Key.Key_Tab)
    assert editor.role.hasFocus()
    editor.role.selectAll()
    type_text(editor.role, "kaupunginjohtaja")
    qtbot.keyClick(editor.role, Qt.Key.Key_Tab)
    assert editor.organisation.hasFocus()
    idle(qtbot, window)
    eeva = next(p for p in services.participants.list_for_meeting(meeting.id) if p.side == Side.MUNICIPALITY)
    assert (eeva.name, eeva.title, eeva.organisation) == ("Eeva Esimerkki-Virtanen", "kaupunginjohtaja",
                                                         "Kuhmon kaupunki")
    assert panel.municipality.people.currentIndex().data() == \
        "Eeva Esimerkki-Virtanen, kaupunginjohtaja (Kuhmon kaupunki)"
    assert window.save_state.text().startswith("Tallennettu")

    # An emptied name is refused next to the fields; the saved name stays.
    editor.name.selectAll()
    qtbot.keyClick(editor.name, Qt.Key.Key_Backspace)
    idle(qtbot, window)
    assert editor.error.isVisible() and "nimi" in editor.error.text().lower()
    names = {p.id: p.name for p in services.participants.list_for_meeting(meeting.id)}
    assert names[eeva.id] == "Eeva Esimerkki-Virtanen"
    type_text(editor.name, "Eeva Virtanen")
    idle(qtbot, window)
    assert not editor.error.isVisible()

    # Side: the combo moves her to the council's list and she stays selected there.
    editor.side.setFocus()
    qtbot.keyClick(editor.side, Qt.Key.Key_Down)
    idle(qtbot, window)
    moved = next(p for p in services.participants.list_for_meeting(meeting.id) if p.id == eeva.id)
    assert (moved.name, moved.side) == ("Eeva Virtanen", Side.COUNCIL)
    assert panel.council.people.model().rowCount() == 2 and panel.municipality.people.model().rowCount() == 0
    assert window.workspace.participants.selected.id == eeva.id and editor.name.text() == "Eeva Virtanen"
    with services.db.read() as session:
        fields = set(session.scalars(select(m.AuditEntry.field).where(m.AuditEntry.entity_id == eeva.id,
                                                                      m.AuditEntry.action == "update")))
    assert {"name", "title", "side"} <= fields


def test_follow_up_status_is_chosen_next_to_owner_and_due_date(qtbot, services, tmp_path, make_feedback):
    item = make_feedback("Selvitetään junayhteys")
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.open_item(item.meeting_id, item.id)
    editor = window.workspace_view.editor
    assert editor.follow_up_status.isEnabled() and editor.follow_up_status.currentIndex() == -1  # none yet

    editor.owner.setFocus()
    type_text(editor.owner, "Liikennesuunnittelija")
    qtbot.keyClick(editor.owner, Qt.Key.Key_Tab)
    type_text(editor.due, "30.9.2026")
    idle(qtbot, window)
    assert editor.follow_up_status.isEnabled() and editor.follow_up_status.currentText() == "Avoin"
    qtbot.keyClick(editor.due, Qt.Key.Key_Tab)
    assert editor.follow_up_status.hasFocus()
    qtbot.keyClick(editor.follow_up_status, Qt.Key.Key_Down)   # Avoin → Työn alla
    idle(qtbot, window)
    [follow_up] = services.feedback.get(item.id).follow_ups
    assert (follow_up.owner, follow_up.status) == ("Liikennesuunnittelija", FollowUpStatus.IN_PROGRESS)
    assert [r.follow_up.status for r in services.followups.list_all()] == [FollowUpStatus.IN_PROGRESS]

    # The work happens after approval: the status stays changeable while the text is read-only.
    for status in (MeetingStatus.CLOSED, MeetingStatus.APPROVED):
        services.meetings.set_status(item.meeting_id, status)
    window.open_item(item.meeting_id, item.id)
    assert editor.text.isReadOnly() and editor.follow_up_status.isEnabled()
    editor.follow_up_status.setFocus()
    qtbot.keyClick(editor.follow_up_status, Qt.Key.Key_Down)   # Työn alla → Tehty
    idle(qtbot, window)
    assert services.feedback.get(item.id).follow_ups[0].status == FollowUpStatus.DONE
    assert editor.follow_up_status.currentText() == "Tehty"

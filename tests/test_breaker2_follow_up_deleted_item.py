"""A follow-up typed into an item deleted elsewhere keeps its words visible (found by breaker2).

Before: the follow-up service wrote a follow-up whose item was deleted (its guard read the item's
meeting without looking at the tombstone), so the words went where no list shows them, and the
editor then said "Palautetta ei löytynyt" and kept them unsaved; a follow-up not stored yet was
refused outright. The item text typed into a deleted item already gets a marked copy
(EditBuffer: "the typed text still needs a home"); the follow-up's words now get the same copy.
The window is driven by the keyboard; the colleague is a second handle on the same file."""

from __future__ import annotations

import pytest
from ui_support import idle, open_window, type_text, ui_settings

from desktop_app.domain.errors import NotFoundError
from desktop_app.services import Services
from desktop_app.ui.workspace.buffer import CONFLICT_MARK


@pytest.fixture
def opened(qtbot, services, tmp_path, make_meeting, make_feedback):
    meeting = make_meeting(2026, "290")
    services.participants.add(meeting.id, "Eeva Esimerkki", "municipality")
    first = make_feedback("Liikenne A", meeting=meeting, sector_code="LII")
    make_feedback("Liikenne B", meeting=meeting, sector_code="LII")
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.open_meeting(meeting.id, "sector:" + first.sector_id, first.id)
    idle(qtbot, window)
    return window, meeting, first


def _follow_ups_seen(services: Services, meeting_id: str) -> dict[str, list[str]]:
    return {item.text: [f.description for f in item.follow_ups]
            for item in services.feedback.list_for_meeting(meeting_id)}


def _quits_without_asking(qtbot, window) -> None:
    window.close()   # conftest's `unsaved_question` fails the test if the question is asked
    assert not window.isVisible()


@pytest.mark.parametrize("stored_first", [True, False], ids=["stored-follow-up", "new-follow-up"])
def test_follow_up_words_typed_into_a_deleted_item_land_on_a_marked_copy(
        qtbot, services, elsewhere, opened, stored_first):
    window, meeting, first = opened
    editor = window.workspace_view.editor
    editor.description.setFocus()
    if stored_first:
        type_text(editor.description, "Selvitetään rata")
        idle(qtbot, window)
        assert _follow_ups_seen(services, meeting.id)["Liikenne A"] == ["Selvitetään rata"]
    elsewhere.feedback.delete(first.id)   # a colleague's sync removes the item
    type_text(editor.description, " ja lentoasema" if stored_first else "Selvitetään lentoasema")
    idle(qtbot, window)
    words = "Selvitetään rata ja lentoasema" if stored_first else "Selvitetään lentoasema"
    assert _follow_ups_seen(services, meeting.id) == {
        "Liikenne B": [], CONFLICT_MARK + "Liikenne A": [words]}
    assert not window.autosave.has_unsaved
    assert window.save_state.text().startswith("Tallennettu klo")
    shown = [i.text for i in window.workspace.items_model.items()]
    assert shown == ["Liikenne B", CONFLICT_MARK + "Liikenne A"]
    assert editor.description.text() == words
    _quits_without_asking(qtbot, window)


def test_the_service_refuses_a_follow_up_of_a_deleted_item(services, make_meeting, make_feedback):
    meeting = make_meeting(2026, "290")
    item = make_feedback("Liikenne A", meeting=meeting, sector_code="LII")
    follow_up = services.followups.add(item.id, description="Selvitetään rata")
    services.feedback.delete(item.id)
    with pytest.raises(NotFoundError):
        services.followups.update(follow_up.id, description="Muutettu", expected_version=follow_up.version)
    with pytest.raises(NotFoundError):
        services.followups.add(item.id, description="Uusi")
    services.feedback.restore(item.id)
    assert [f.description for f in services.feedback.get(item.id).follow_ups] == ["Selvitetään rata"]


def test_an_agreement_typed_on_a_matter_deleted_elsewhere_is_not_claimed_saved(
        qtbot, services, elsewhere, tmp_path, unsaved_question):
    """The managers' side: no copy of a matter is made, but the words are not written out of
    sight under "Tallennettu" either: they stay unsaved, with their reason, and are asked about."""
    window = open_window(qtbot, services, ui_settings(tmp_path))
    meeting = services.managers.add_meeting("2.6.2026")
    matter = services.agenda.add(meeting.id, "Ratayhteyden rahoitus", notes="Alku.")
    window.open_managers_meeting(meeting.id, matter.id)
    idle(qtbot, window)
    action = window.managers_view.editor.action
    action.setFocus()
    type_text(action, "Kajaani valmistelee")
    idle(qtbot, window)
    assert window.save_state.text().startswith("Tallennettu klo")
    elsewhere.agenda.delete(matter.id)   # a colleague's sync removes the matter
    type_text(action, " kannanoton")
    idle(qtbot, window)
    assert window.save_state.text() == "Muutosta ei tallennettu"
    assert [e.text for e in window.autosave.unsaved()] == ["Kajaani valmistelee kannanoton"]
    unsaved_question.answers.append("discard")
    window.close()
    assert unsaved_question.asked and not window.isVisible()

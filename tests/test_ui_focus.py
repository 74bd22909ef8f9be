"""Focus is never lost: after every navigation key and shortcut of the workspace, a sentence typed
into WHATEVER WIDGET HAS THE FOCUS (as a person types without looking) lands in the database in the
right place. Each case starts where a user plausibly is (often the item list, after picking an
item), presses the key(s), then types."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_support import idle, open_window, type_text, ui_settings

from desktop_app.domain.records import FeedbackRecord

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
SENTENCE = "kunta pyytaa selvitysta"


def press(qtbot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key, modifiers)


def type_into_focus(qtbot, text: str = SENTENCE) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClicks(widget, text)


@pytest.fixture
def live(qtbot, services, tmp_path, make_meeting, make_feedback):
    """Kuhmo 2026 with a participant and two transport items open in the transport sector, the
    item list focused on the first item; an earlier round's transport item for copying."""
    earlier = make_feedback("Vanha liikenneasia", meeting=make_meeting(2025, "290"), sector_code="LII")
    meeting = make_meeting(2026, "290")
    services.participants.add(meeting.id, "Eeva Esimerkki", "municipality")
    first = make_feedback("Liikenne A", meeting=meeting, sector_code="LII")
    second = make_feedback("Liikenne B", meeting=meeting, sector_code="LII")
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.open_meeting(meeting.id, "sector:" + first.sector_id, first.id)
    idle(qtbot, window)
    window.workspace_view.editor.items.setFocus()
    return window, meeting, {"first": first, "second": second, "earlier": earlier}


def _items(services, meeting_id: str) -> list[FeedbackRecord]:
    return services.feedback.list_for_meeting(meeting_id)


def _sector(services, item: FeedbackRecord) -> str:
    return services.sectors.get(item.sector_id).code if item.sector_id else ""


def _new_item_in(code: str) -> Callable:
    def check(services, items, _given):
        [item] = [i for i in items if SENTENCE in i.text]
        assert (item.text, _sector(services, item) or item.kind.value) == (SENTENCE, code)
    return check


def _appended_to(name: str) -> Callable:
    def check(_services, items, given):
        [item] = [i for i in items if SENTENCE in i.text]
        assert (item.id, item.text) == (given[name].id, given[name].text + SENTENCE)
    return check


def _search_and_open(qtbot, window) -> None:
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_into_focus(qtbot, "Liikenne B")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.search.model.rowCount() >= 1 and window.search.results.hasFocus())
    press(qtbot, Qt.Key.Key_Return)


def _open_from_rounds(qtbot, window) -> None:
    press(qtbot, Qt.Key.Key_Home, ALT)
    qtbot.waitUntil(lambda: window.navigation.meetings_model.rowCount() == 8 and not window.tasks.busy)
    press(qtbot, Qt.Key.Key_Return)


def _delete_then_undo(qtbot, _window) -> None:
    press(qtbot, Qt.Key.Key_Return)          # the list's Enter: into the editor of the first item
    press(qtbot, Qt.Key.Key_Delete, ALT)
    press(qtbot, Qt.Key.Key_Z, CTRL)


def _copy_forward(qtbot, window) -> None:
    history = window.workspace_view.continuity.items
    qtbot.waitUntil(lambda: history.model().rowCount() == 1)
    history.setFocus()
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_C, CTRL | SHIFT)


def _keys(*steps: tuple) -> Callable:
    def run(qtbot, _window) -> None:
        for step in steps:
            press(qtbot, *step)
    return run


K = Qt.Key
CASES: dict[str, tuple[Callable, Callable]] = {
    "ctrl+pgdown": (_keys((K.Key_PageDown, CTRL)), _new_item_in("ELI")),
    "ctrl+pgup": (_keys((K.Key_PageUp, CTRL)), _new_item_in("KAA")),
    "f6 down enter": (_keys((K.Key_F6,), (K.Key_Down,), (K.Key_Return,)), _new_item_in("ELI")),
    "f6 up, typing in the list": (_keys((K.Key_F6,), (K.Key_Up,)), _new_item_in("KAA")),
    "ctrl+2": (_keys((K.Key_2, CTRL)), _new_item_in("advocacy_target")),
    "ctrl+3 (next uncovered sector)": (_keys((K.Key_3, CTRL)), _new_item_in("ELI")),
    "ctrl+4": (_keys((K.Key_4, CTRL)), _new_item_in("development_view")),
    "typing in the item list": (_keys(), _appended_to("first")),
    "enter in the item list": (_keys((K.Key_End,), (K.Key_Return,)), _appended_to("second")),
    "ctrl+enter": (_keys((K.Key_Return, CTRL)), _new_item_in("LII")),
    "alt+delete": (_keys((K.Key_Return,), (K.Key_Delete, ALT)), _new_item_in("LII")),
    "alt+delete, ctrl+z": (_delete_then_undo, _appended_to("first")),
    "alt+delete, ctrl+z, ctrl+y": (
        _keys((K.Key_Return,), (K.Key_Delete, ALT), (K.Key_Z, CTRL), (K.Key_Y, CTRL)), _new_item_in("LII")),
    "alt+down": (_keys((K.Key_Return,), (K.Key_Down, ALT)), _appended_to("first")),
    "search hit": (_search_and_open, _appended_to("second")),
    "open from the rounds (where the user was)": (_open_from_rounds, _appended_to("first")),
    "copy forward": (_copy_forward, lambda services, items, given: (
        [i.text for i in items if SENTENCE in i.text] == ["Vanha liikenneasia" + SENTENCE]) or pytest.fail(
        f"{[i.text for i in items]}")),
}


@pytest.mark.parametrize("case", list(CASES))
def test_typing_after_a_navigation_key_lands_in_the_database(qtbot, services, live, case):
    window, meeting, given = live
    navigate, check = CASES[case]
    navigate(qtbot, window)
    type_into_focus(qtbot)
    idle(qtbot, window)
    check(services, _items(services, meeting.id), given)


def test_ctrl_1_then_typing_adds_a_participant(qtbot, services, live):
    _window, meeting, _given = live
    press(qtbot, Qt.Key.Key_1, CTRL)
    type_into_focus(qtbot, "Matti Meikalainen, tekninen johtaja")
    press(qtbot, Qt.Key.Key_Return)
    names = {p.name for p in services.participants.list_for_meeting(meeting.id)}
    assert names == {"Eeva Esimerkki", "Matti Meikalainen"}


def test_typing_in_the_earlier_rounds_or_a_participant_list_is_not_lost(qtbot, services, live):
    window, meeting, given = live
    history = window.workspace_view.continuity.items
    qtbot.waitUntil(lambda: history.model().rowCount() == 1)
    history.setFocus()
    type_into_focus(qtbot, " lisays")
    idle(qtbot, window)
    assert services.feedback.get(given["first"].id).text == "Liikenne A lisays"
    press(qtbot, Qt.Key.Key_1, CTRL)
    people = window.workspace_view.participants.municipality.people
    people.setFocus()
    type_into_focus(qtbot, "Matti Meikalainen")
    press(qtbot, Qt.Key.Key_Return)
    assert {p.name for p in services.participants.list_for_meeting(meeting.id)} == {
        "Eeva Esimerkki", "Matti Meikalainen"}


def test_arrow_up_over_a_group_title_reaches_the_section_above(qtbot, services, live):
    window, meeting, _given = live
    window.goto_section("sector:" + services.sectors.find("EDU").id)
    press(qtbot, Qt.Key.Key_F6)
    press(qtbot, Qt.Key.Key_Up)            # over "TOIMINTASEKTORIT"
    assert window.workspace.section.key == "advocacy"
    type_into_focus(qtbot)
    idle(qtbot, window)
    _new_item_in("advocacy_target")(services, _items(services, meeting.id), {})


def test_tab_visits_every_item_field_in_visual_order_and_each_takes_its_words(qtbot, services, live):
    window, _meeting, given = live
    editor = window.workspace_view.editor
    press(qtbot, Qt.Key.Key_Return)
    assert editor.text.hasFocus()
    order = [editor.kind, editor.priority, editor.description, editor.owner, editor.due,
             editor.follow_up_status]
    for expected in order:
        press(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected, expected.accessibleName()
        if expected is editor.description:
            type_into_focus(qtbot, "Selvitetaan junayhteys")
        elif expected is editor.owner:
            type_into_focus(qtbot, "Liikennesuunnittelija")
        elif expected is editor.due:
            type_text(QApplication.focusWidget(), "30.9.2026")
    for expected in reversed([editor.text, *order[:-1]]):
        press(qtbot, Qt.Key.Key_Tab, SHIFT)
        assert QApplication.focusWidget() is expected, expected.accessibleName()
    idle(qtbot, window)
    [follow_up] = services.feedback.get(given["first"].id).follow_ups
    assert (follow_up.description, follow_up.owner, follow_up.due_date.isoformat()) == (
        "Selvitetaan junayhteys", "Liikennesuunnittelija", "2026-09-30")

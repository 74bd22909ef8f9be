"""The screen tells the truth in a live meeting: the save indicator follows every write, a refused
operation is neither on the undo stack nor reported as done, and a row changed underneath an open
editor (another Database handle: a sync, an import, another window) is neither overwritten nor lost."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_support import idle, open_window, type_text, ui_settings

from desktop_app.domain.enums import FollowUpStatus, MeetingStatus
from desktop_app.ui.workspace.buffer import CONFLICT_MARK

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
STALE = "vanha tila"


@pytest.fixture
def opened(qtbot, services, tmp_path, make_meeting, make_feedback):
    meeting = make_meeting(2026, "290")
    services.participants.add(meeting.id, "Eeva Esimerkki", "municipality")
    first = make_feedback("Liikenne A", meeting=meeting, sector_code="LII")
    second = make_feedback("Liikenne B", meeting=meeting, sector_code="LII")
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.open_meeting(meeting.id, "sector:" + first.sector_id, first.id)
    idle(qtbot, window)
    return window, meeting, first, second


def _key(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def _assert_saved_after(qtbot, window, action) -> None:
    window.save_state.setText(STALE)
    action()
    idle(qtbot, window)
    assert window.save_state.text().startswith("Tallennettu klo"), window.save_state.text()


def test_the_indicator_never_says_nothing_is_unsaved_while_typing(qtbot, opened):
    window, *_ = opened
    type_text(QApplication.focusWidget(), " lisäys")
    assert window.autosave.has_pending
    assert window.save_state.text() == "Tallennetaan…"
    idle(qtbot, window)
    assert window.save_state.text().startswith("Tallennettu klo")


def test_every_kind_of_write_moves_the_save_indicator(qtbot, services, opened, monkeypatch):
    window, meeting, _first, _second = opened
    editor = window.workspace_view.editor
    steps = {
        "text": lambda: type_text(editor.text, " lisäys"),
        "move": lambda: _key(qtbot, Qt.Key.Key_Down, ALT),
        "delete": lambda: _key(qtbot, Qt.Key.Key_Delete, ALT),
        "undo": lambda: _key(qtbot, Qt.Key.Key_Z, CTRL),
        "redo": lambda: _key(qtbot, Qt.Key.Key_Y, CTRL),
        "undo again": lambda: _key(qtbot, Qt.Key.Key_Z, CTRL),
        "follow-up status": lambda: (editor.follow_up_status.setFocus(),
                                     _key(qtbot, Qt.Key.Key_Down), editor.text.setFocus()),
        "participant added": lambda: (_key(qtbot, Qt.Key.Key_1, CTRL), type_text(
            QApplication.focusWidget(), "Matti Meikäläinen"), _key(qtbot, Qt.Key.Key_Return)),
        "participant removed": lambda: (window.workspace_view.participants.municipality.people.setFocus(),
                                        _key(qtbot, Qt.Key.Key_Home), _key(qtbot, Qt.Key.Key_Delete)),
        "meeting closed": lambda: window.set_meeting_status(MeetingStatus.CLOSED),
        "meeting reopened": window.reopen_meeting,
    }
    for name, step in steps.items():
        _assert_saved_after(qtbot, window, step)
        if name == "undo":
            assert window.statusBar().currentMessage() == "Kohta palautettu."
    assert services.meetings.get(meeting.id).status == MeetingStatus.IN_PROGRESS   # closed, reopened
    assert [p.name for p in services.participants.list_for_meeting(meeting.id)] == ["Matti Meikäläinen"]


def test_marking_a_follow_up_done_is_saved_undoable_and_keeps_the_selection(qtbot, services, tmp_path,
                                                                             make_feedback):
    ids = []
    for n in range(3):
        item = make_feedback(f"Asia {n}")
        ids.append(services.followups.add(item.id, owner="A", due_date=f"{n + 1}.1.2027",
                                          description=f"Toimenpide {n}").id)
    window = open_window(qtbot, services, ui_settings(tmp_path))
    _key(qtbot, Qt.Key.Key_J, CTRL)
    table = window.followups.table
    qtbot.waitUntil(lambda: window.followups.model.rowCount() == 3)
    assert table.hasFocus()
    assert window.followups.model.index(0, 3).data() == "Toimenpide 0"   # the action, not the feedback
    _key(qtbot, Qt.Key.Key_Down)
    _assert_saved_after(qtbot, window, lambda: _key(qtbot, Qt.Key.Key_D, CTRL))
    qtbot.waitUntil(lambda: window.followups.model.rowCount() == 2)
    assert services.followups.list_all()[1].follow_up.status == FollowUpStatus.DONE
    assert table.currentIndex().row() == 1      # the next one, not the top row
    assert window.followups.model.record(1).follow_up.id == ids[2]
    _assert_saved_after(qtbot, window, lambda: _key(qtbot, Qt.Key.Key_Z, CTRL))
    qtbot.waitUntil(lambda: window.followups.model.rowCount() == 3)
    assert {r.follow_up.status for r in services.followups.list_all()} == {FollowUpStatus.OPEN}


def _approve_elsewhere(elsewhere, meeting_id: str) -> None:
    for status in (MeetingStatus.CLOSED, MeetingStatus.APPROVED):
        elsewhere.meetings.set_status(meeting_id, status)


@pytest.mark.parametrize("operation", ["delete", "move", "remove participant"])
def test_a_refused_operation_is_not_on_the_undo_stack_and_not_reported_as_done(
        qtbot, services, elsewhere, opened, operation, monkeypatch):
    window, meeting, _first, _second = opened
    _approve_elsewhere(elsewhere, meeting.id)
    before = window.undo_stack.count()
    window.save_state.setText(STALE)
    shown: list[str] = []
    monkeypatch.setattr(window, "show_status", lambda message, timeout_ms=5000: shown.append(message))
    if operation == "delete":
        _key(qtbot, Qt.Key.Key_Delete, ALT)
    elif operation == "move":
        _key(qtbot, Qt.Key.Key_Down, ALT)
    else:
        _key(qtbot, Qt.Key.Key_1, CTRL)
        people = window.workspace_view.participants.municipality.people
        people.setFocus()
        _key(qtbot, Qt.Key.Key_Home)
        _key(qtbot, Qt.Key.Key_Delete)
    assert window.undo_stack.count() == before
    assert shown == ["Neuvottelu on hyväksytty, eikä sen sisältöä voi enää muuttaa."]
    assert window.save_state.text() == STALE
    assert [i.text for i in services.feedback.list_for_meeting(meeting.id)] == ["Liikenne A", "Liikenne B"]
    assert len(services.participants.list_for_meeting(meeting.id)) == 1


def test_a_refused_undo_leaves_the_stack_and_says_only_why(qtbot, services, elsewhere, opened, monkeypatch):
    window, meeting, _first, _second = opened
    _key(qtbot, Qt.Key.Key_Delete, ALT)
    assert window.undo_stack.count() == 1 and window.undo_stack.undoText() == "Poista kohta"
    _approve_elsewhere(elsewhere, meeting.id)
    shown: list[str] = []
    monkeypatch.setattr(window, "show_status", lambda message, timeout_ms=5000: shown.append(message))
    _key(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.undo_stack.count() == 0 and not window.undo_stack.canRedo()
    assert shown == ["Neuvottelu on hyväksytty, eikä sen sisältöä voi enää muuttaa."]
    assert [i.text for i in services.feedback.list_for_meeting(meeting.id)] == ["Liikenne B"]


def test_an_untouched_editor_shows_what_changed_underneath(qtbot, services, elsewhere, opened):
    window, _meeting, first, _second = opened
    elsewhere.feedback.update(first.id, text="Liikenne A, synkronoitu")
    window.workspace.check_underneath()   # the timer's work, without waiting two seconds
    assert window.workspace_view.editor.text.toPlainText() == "Liikenne A, synkronoitu"
    type_text(QApplication.focusWidget(), " ja jatkettu")
    idle(qtbot, window)
    assert services.feedback.get(first.id).text == "Liikenne A, synkronoitu ja jatkettu"


def test_a_touched_editor_keeps_both_versions_when_the_row_changed_underneath(qtbot, services,
                                                                             elsewhere, opened):
    window, meeting, first, _second = opened
    editor = window.workspace_view.editor
    type_text(QApplication.focusWidget(), " – oma lisäys")
    elsewhere.feedback.update(first.id, text="Liikenne A – toisen laitteen korjaus")
    idle(qtbot, window)
    texts = [i.text for i in services.feedback.list_for_meeting(meeting.id)]
    assert texts == ["Liikenne A – toisen laitteen korjaus", CONFLICT_MARK + "Liikenne A – oma lisäys",
                     "Liikenne B"]
    assert editor.text.toPlainText() == CONFLICT_MARK + "Liikenne A – oma lisäys"
    assert "Molemmat versiot on tallennettu" in window.statusBar().currentMessage()
    type_text(QApplication.focusWidget(), ".")   # typing goes on in the user's copy
    idle(qtbot, window)
    assert services.feedback.get(first.id).text == "Liikenne A – toisen laitteen korjaus"
    assert CONFLICT_MARK + "Liikenne A – oma lisäys." in [
        i.text for i in services.feedback.list_for_meeting(meeting.id)]


def test_a_follow_up_changed_underneath_keeps_both(qtbot, services, elsewhere, opened):
    window, _meeting, first, _second = opened
    follow_up = services.followups.add(first.id, owner="Alkuperäinen")
    window.workspace.check_underneath()
    editor = window.workspace_view.editor
    assert editor.owner.text() == "Alkuperäinen"
    editor.owner.setFocus()
    editor.owner.selectAll()
    type_text(editor.owner, "Minun vastuuhenkilöni")
    elsewhere.followups.update(follow_up.id, owner="Heidän vastuuhenkilönsä")
    idle(qtbot, window)
    owners = sorted(f.owner for f in services.feedback.get(first.id).follow_ups)
    assert owners == ["Heidän vastuuhenkilönsä", "Minun vastuuhenkilöni"]


def test_edits_that_never_pause_are_written_within_the_maximum_wait(qtbot):
    """The debounce alone would wait forever while keys keep coming every 0.1 s."""
    import time

    from desktop_app.ui.workspace.autosave import AutosaveController
    autosave = AutosaveController()
    written: list[float] = []
    start = time.monotonic()
    for _ in range(12):
        autosave.schedule("item", lambda: written.append(time.monotonic()))
        qtbot.wait(100)
    assert written, "nothing written during 1.2 s of continuous edits"
    assert written[0] - start < 0.5
    assert all(b - a < 0.5 for a, b in itertools.pairwise(written))
    autosave.deleteLater()


def test_the_sectors_dialog_moves_the_save_indicator(qtbot, services, tmp_path, monkeypatch):
    from desktop_app.ui.sectors_dialog import SectorsDialog

    def work_in_the_dialog(dialog) -> int:   # the modal dialog is the edge: its buttons, run here
        dialog.table.selectRow(0)
        dialog.move(1)
        return 0

    monkeypatch.setattr(SectorsDialog, "exec", work_in_the_dialog)
    window = open_window(qtbot, services, ui_settings(tmp_path))
    first = services.sectors.list_sectors()[0].code
    _assert_saved_after(qtbot, window, window.edit_sectors)
    assert services.sectors.list_sectors()[1].code == first


def test_copy_forward_moves_the_save_indicator(qtbot, services, tmp_path, make_meeting, make_feedback):
    make_feedback("Vanha asia", meeting=make_meeting(2025, "290"), sector_code="LII")
    meeting = make_meeting(2026, "290")
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.open_meeting(meeting.id, "sector:" + services.sectors.find("LII").id)
    history = window.workspace_view.continuity.items
    qtbot.waitUntil(lambda: history.model().rowCount() == 1)
    history.setCurrentIndex(history.model().index(0, 0))
    shift = Qt.KeyboardModifier.ShiftModifier
    _assert_saved_after(qtbot, window, lambda: _key(qtbot, Qt.Key.Key_C, CTRL | shift))
    assert [i.text for i in services.feedback.list_for_meeting(meeting.id)] == ["Vanha asia"]


def test_the_unsynced_count_follows_each_write(qtbot, services, opened):
    from desktop_app.ui.sync_status import SyncStatusLabel
    window, *_ = opened
    label = window.findChild(SyncStatusLabel)
    label.timer.stop()   # only the write itself may update it

    def unsynced() -> int:
        return int(label.text().split(":")[1].split("·")[0])

    # every count comes from a worker (the first after the window's first paint; ui/sync_status.py)
    qtbot.waitUntil(lambda: ":" in label.text() and not label.counting, timeout=10_000)
    before = unsynced()
    _key(qtbot, Qt.Key.Key_Return, CTRL)
    type_text(QApplication.focusWidget(), "Uusi kohta")
    idle(qtbot, window)
    qtbot.waitUntil(lambda: unsynced() == before + 1, timeout=5000)
    qtbot.waitUntil(lambda: not label.counting, timeout=5000)
    assert unsynced() == before + 1


def test_a_priority_change_does_not_hide_a_change_made_underneath(qtbot, services, elsewhere, opened):
    window, _meeting, first, _second = opened
    editor = window.workspace_view.editor
    elsewhere.feedback.update(first.id, text="Liikenne A, muutettu toisaalla")
    editor.priority.setFocus()
    qtbot.keyClick(editor.priority, Qt.Key.Key_Down)        # Normaali → Korkea
    idle(qtbot, window)
    assert services.feedback.get(first.id).priority.value == "normal"   # refused, not merged blindly
    assert window.save_state.text() == "Muutosta ei tallennettu"
    window.workspace.check_underneath()
    assert editor.text.toPlainText() == "Liikenne A, muutettu toisaalla"


def test_an_emptied_follow_up_action_leaves_no_blank_open_follow_up(qtbot, services, opened):
    """Typing an action stores a follow-up at once; erasing every word of it again must not leave
    an empty open follow-up behind (it would print as a '– – –' row on the mayor's handout)."""
    window, _meeting, first, _second = opened
    editor = window.workspace_view.editor
    editor.description.setFocus()
    type_text(editor.description, "Selvitetään")
    idle(qtbot, window)
    assert [f.description for f in services.feedback.get(first.id).follow_ups] == ["Selvitetään"]
    _key(qtbot, Qt.Key.Key_A, CTRL)
    _key(qtbot, Qt.Key.Key_Backspace)
    idle(qtbot, window)
    assert services.feedback.get(first.id).follow_ups == ()
    assert services.followups.list_all() == []
    assert window.save_state.text().startswith("Tallennettu klo")

"""The workspace loads only the shown section's items; the other sections' counts come from an
index (docs/performance/switch-search.md, "Per-section loading"). Driven by the keyboard on the
real main window: after every kind of write (typed item, item moved to another sector, delete,
undo, a write underneath followed by a refresh as after a sync pull) the counts shown for every
section equal what a full read of the meeting gives, and every section, when shown, lists exactly
what a full read would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_support import idle, open_window, type_text, ui_settings

from desktop_app.domain.enums import DevelopmentScope, FeedbackKind
from desktop_app.services import Services
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.models.meeting_models import COUNT_ROLE
from desktop_app.ui.models.sections import count_by_section

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def assert_counts_as_full_read(window: MainWindow, services: Services) -> None:
    """Every section's count in the checklist (and the coverage line) as counted from all items."""
    workspace = window.workspace
    full = count_by_section(services.feedback.list_for_meeting(workspace.meeting_id))
    model = workspace.section_model
    shown = {model.section(row).key: model.index(row).data(COUNT_ROLE) for row in range(model.rowCount())
             if not model.section(row).is_header}
    assert shown == {key: full.get(key, 0) for key in shown}
    assert set(full) <= set(shown)   # no item counted in a section that is not listed
    sectors = [model.section(row).key for row in range(model.rowCount()) if model.section(row).is_sector]
    covered = sum(1 for key in sectors if full.get(key))
    assert workspace.view.coverage.text() == f"Kommentoitu {covered}/{len(sectors)} sektoria"


def assert_every_section_as_full_read(qtbot, window: MainWindow, services: Services) -> None:
    """Walk every section with Ctrl+PgDown (as a user does) and compare its list with the full read."""
    workspace = window.workspace
    window.goto_section("advocacy")
    seen = []
    while True:
        section = workspace.section
        seen.append(section.key)
        full = services.feedback.list_for_meeting(workspace.meeting_id)
        assert workspace.items_model.items() == section.items(full), section.key
        assert_counts_as_full_read(window, services)
        before = section.key
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, CTRL)
        if workspace.section.key == before:
            break
    model = workspace.section_model
    assert seen == [model.section(r).key for r in range(model.rowCount())
                    if model.section(r).holds_feedback]


def test_counts_and_sections_equal_a_full_read_after_every_write(qtbot, services, tmp_path, make_meeting):
    meeting = make_meeting(2026, "290")
    sectors = services.sectors.list_sectors()
    first, second = sectors[0].id, sectors[1].id
    for n, sector in enumerate((first, first, second)):
        services.feedback.add(meeting.id, FeedbackKind.SECTOR_COMMENT, f"Kommentti {n}", sector_id=sector)
    services.feedback.add(meeting.id, FeedbackKind.QUESTION, "Kysymys", sector_id=second)
    services.feedback.add(meeting.id, FeedbackKind.ADVOCACY_TARGET, "Edunvalvonta")
    services.feedback.add(meeting.id, FeedbackKind.DEVELOPMENT_VIEW, "Seutu", scope=DevelopmentScope.REGION)
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.open_meeting(meeting.id, "participants")
    workspace, editor = window.workspace, window.workspace_view.editor
    assert not workspace.feedback   # the participants page: no item was read
    assert_counts_as_full_read(window, services)
    assert_every_section_as_full_read(qtbot, window, services)

    # A typed item in the third sector (uncovered until now): its count and the coverage line.
    window.goto_section("sector:" + sectors[2].id)
    type_text(editor.text, "Uusi kommentti")
    idle(qtbot, window)
    assert_counts_as_full_read(window, services)

    # Delete it (Alt+Delete) and undo (Ctrl+Z): the count goes down and comes back.
    qtbot.keyClick(editor.text, Qt.Key.Key_Delete, ALT)
    idle(qtbot, window)
    assert workspace.section_model.index(workspace.section_model.row_of(workspace.section.key)).data(
        COUNT_ROLE) == 0
    assert_counts_as_full_read(window, services)
    qtbot.keyClick(editor.text, Qt.Key.Key_Z, CTRL)
    idle(qtbot, window)
    assert [i.text for i in workspace.items_model.items()] == ["Uusi kommentti"]
    assert_counts_as_full_read(window, services)

    # Delete in one section, go to another, undo there: the first section's count is right, and
    # it lists the item again when shown.
    window.goto_section("sector:" + first)
    qtbot.keyClick(editor.text, Qt.Key.Key_Delete, ALT)
    idle(qtbot, window)
    qtbot.keyClick(editor.text, Qt.Key.Key_PageDown, CTRL)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    idle(qtbot, window)
    assert_counts_as_full_read(window, services)
    assert_every_section_as_full_read(qtbot, window, services)

    # Written underneath (a sync pull, an import): an item moved to another sector, one added to
    # a section not shown. The refresh a pull ends with shows both.
    moved = services.feedback.list_for_meeting(meeting.id, FeedbackKind.SECTOR_COMMENT, first)[0]
    services.feedback.update(moved.id, sector_id=sectors[3].id)
    services.feedback.add(meeting.id, FeedbackKind.DEVELOPMENT_VIEW, "Oma kunta",
                          scope=DevelopmentScope.MUNICIPALITY)
    window.refresh()
    assert_counts_as_full_read(window, services)
    assert_every_section_as_full_read(qtbot, window, services)


def test_a_section_shown_later_reads_what_was_written_meanwhile(qtbot, services, tmp_path, make_meeting):
    """A section's items are read when it is shown, not kept from an earlier visit: what another
    writer added meanwhile is listed, as a full read would list it."""
    meeting = make_meeting(2026, "290")
    sector = services.sectors.list_sectors()[0].id
    services.feedback.add(meeting.id, FeedbackKind.SECTOR_COMMENT, "Ensimmäinen", sector_id=sector)
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.open_meeting(meeting.id, "sector:" + sector)
    assert [i.text for i in window.workspace.items_model.items()] == ["Ensimmäinen"]
    window.goto_section("advocacy")
    services.feedback.add(meeting.id, FeedbackKind.SECTOR_COMMENT, "Toisaalla lisätty", sector_id=sector)
    window.goto_section("sector:" + sector)
    assert [i.text for i in window.workspace.items_model.items()] == ["Ensimmäinen", "Toisaalla lisätty"]

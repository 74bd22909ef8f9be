"""Views beyond the typing flow: accessibility, follow-ups, sector administration, start-up
recovery and the demo offer, and autosave when the database refuses a write."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from sqlalchemy import event
from ui_support import close_expecting_question, idle, open_window, type_text, ui_settings

from desktop_app.domain.enums import FollowUpStatus, MeetingStatus
from desktop_app.services import Services
from desktop_app.storage import backup
from desktop_app.storage.migrate import open_database
from desktop_app.ui import dialogs, startup
from desktop_app.ui.sectors_dialog import SectorsDialog

INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView, QAbstractSpinBox)


def _unnamed_widgets(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QHeaderView):
            continue
        if not widget.isVisibleTo(root):
            continue  # e.g. a table's corner button while its row header is hidden
        if isinstance(widget.parent(), (QLineEdit, QComboBox, QAbstractSpinBox)):
            continue  # the clear button inside a line edit and the like belong to their parent
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        if not name.strip():
            parent = type(widget.parent()).__name__
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {parent}")
    return missing


def test_every_interactive_widget_in_the_main_views_has_an_accessible_name(qtbot, services, tmp_path,
                                                                           make_feedback):
    make_feedback("Jotain")
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.show_navigation()
    qtbot.waitUntil(lambda: window.navigation.meetings_model.rowCount() == 8)
    assert _unnamed_widgets(window.navigation) == []
    item = make_feedback("Toinen")
    window.open_meeting(item.meeting_id, "participants")
    assert _unnamed_widgets(window.workspace_view) == []
    window.open_item(item.meeting_id, item.id)
    assert window.workspace_view.continuity.isVisible()
    assert _unnamed_widgets(window.workspace_view) == []
    window.show_search()
    assert _unnamed_widgets(window.search) == []
    window.show_followups()
    assert _unnamed_widgets(window.followups) == []
    dialog = SectorsDialog(services, window)
    qtbot.addWidget(dialog)
    assert _unnamed_widgets(dialog) == []


def test_follow_ups_view_filters_and_marks_done(qtbot, services, tmp_path, make_feedback):
    mine = services.followups.add(make_feedback("Selvitetään rahoitus").id, owner="Matti",
                                  due_date="1.1.2020")
    services.followups.add(make_feedback("Toisen vastuulla").id, owner="Liisa", due_date="1.1.2099")
    window = open_window(qtbot, services, ui_settings(tmp_path))
    qtbot.keyClick(window.navigation.meetings, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    view = window.followups
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    view.due_filter.setCurrentIndex(view.due_filter.findData(0))  # overdue only
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.record(0).follow_up.id == mine.id
    view.due_filter.setCurrentIndex(0)
    view.owner_filter.setCurrentIndex(view.owner_filter.findData("Matti"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.table.currentIndex().isValid())
    qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)  # "open" filter hides it now
    assert services.followups.list_all(owner="Matti")[0].follow_up.status == FollowUpStatus.DONE


def test_sector_administration_reorders_renames_adds_and_retires(qtbot, services, monkeypatch):
    dialog = SectorsDialog(services)
    qtbot.addWidget(dialog)
    first, second = services.sectors.list_sectors()[:2]
    dialog.table.setCurrentIndex(dialog.model.index(1, 0))
    dialog.up_button.click()
    assert [s.id for s in services.sectors.list_sectors()[:2]] == [second.id, first.id]
    answers = iter([("Matkailu uusi nimi", True), ("MAT", True), ("Matkailu", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: next(answers))
    dialog.rename_button.click()
    assert services.sectors.get(second.id).name_fi == "Matkailu uusi nimi"
    dialog.add_button.click()
    assert services.sectors.find("MAT").name_fi == "Matkailu"
    dialog.retire_button.click()
    assert services.sectors.find("MAT").retired
    # Bad input: a clear Finnish message, nothing changes.
    before = services.sectors.list_sectors(include_retired=True)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("", True))
    dialog.rename_button.click()
    assert "nimi" in dialog.error.text().lower()
    assert services.sectors.list_sectors(include_retired=True) == before


def test_corrupt_database_offers_latest_good_backup_and_keeps_the_broken_file(tmp_path, monkeypatch, qapp):
    db_path = tmp_path / "kuntapalaute.db"
    database = open_database(db_path, "Testi")
    Services.for_database(database).rounds.plan_round(2026)
    saved = backup.backup_now(db_path, tmp_path / "kuntapalaute-varmuuskopiot")
    database.dispose()
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"kuntapalaute.db{suffix}").unlink(missing_ok=True)
    db_path.write_bytes(b"roskaa" * 1000)
    offered = []
    monkeypatch.setattr(dialogs, "offer_backup",
                        lambda parent, problem, name, when: offered.append((problem, name)) or True)
    restored = startup.open_with_recovery(db_path, "Testi")
    assert restored is not None
    try:
        assert offered and offered[0][1] == saved.name
        assert [r.year for r in Services.for_database(restored).rounds.list_rounds()] == [2026]
        aside = [p for p in tmp_path.iterdir() if ".vioittunut-" in p.name]
        assert len(aside) == 1 and aside[0].read_bytes() == b"roskaa" * 1000
    finally:
        restored.dispose()


def test_refusing_the_backup_leaves_the_corrupt_file_untouched(tmp_path, monkeypatch, qapp):
    db_path = tmp_path / "kuntapalaute.db"
    db_path.write_bytes(b"roskaa" * 1000)
    monkeypatch.setattr(dialogs, "offer_backup", lambda *args: False)
    assert startup.open_with_recovery(db_path, "Testi") is None
    assert db_path.read_bytes() == b"roskaa" * 1000


def test_demo_is_offered_once_on_an_empty_database_and_never_forced(services, tmp_path, monkeypatch, qapp):
    settings = ui_settings(tmp_path)
    answers = [False]
    monkeypatch.setattr(dialogs, "offer_demo", lambda parent: answers.pop())
    assert startup.maybe_offer_demo(services, settings) is False
    assert services.rounds.list_rounds() == []
    assert startup.maybe_offer_demo(services, settings) is False  # not asked again (answers is empty)


def test_user_name_is_asked_once_and_remembered(tmp_path, monkeypatch, qapp):
    settings = ui_settings(tmp_path)
    asked = []
    monkeypatch.setattr(dialogs, "ask_user_name", lambda parent, current: asked.append(1) or "AK")
    assert startup.resolve_actor(settings, None) == "AK"
    assert startup.resolve_actor(settings, None) == "AK"
    assert startup.resolve_actor(settings, "Komentorivi") == "Komentorivi"
    assert asked == [1]


def test_autosave_keeps_retrying_while_the_database_is_locked(qtbot, services, db, tmp_path, make_meeting):
    # Fail fast instead of waiting the production busy timeout (10 s) for the lock.
    event.listen(db.engine, "connect", lambda conn, _record: conn.execute("PRAGMA busy_timeout=50"))
    db.engine.dispose()
    meeting = make_meeting()
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.open_meeting(meeting.id, "advocacy")
    window.autosave.RETRY_MS = 300
    blocker = sqlite3.connect(db.path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        type_text(window.workspace_view.editor.text, "Tärkeä lause")
        qtbot.waitUntil(lambda: "epäonnistui" in window.save_state.text(), timeout=5000)
        assert window.workspace_view.editor.text.toPlainText() == "Tärkeä lause"
        assert window.autosave.has_pending
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    qtbot.waitUntil(lambda: "Tallennettu" in window.save_state.text(), timeout=5000)
    assert [i.text for i in services.feedback.list_for_meeting(meeting.id)] == ["Tärkeä lause"]
    assert services.meetings.get(meeting.id).status == MeetingStatus.IN_PROGRESS


def test_an_emptied_item_keeps_its_last_text(qtbot, services, tmp_path, make_feedback, unsaved_question):
    item = make_feedback("Alkuperäinen")
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.open_item(item.meeting_id, item.id)
    window.workspace_view.editor.text.selectAll()
    qtbot.keyClick(window.workspace_view.editor.text, Qt.Key.Key_Delete)
    qtbot.wait(400)
    idle(qtbot, window)
    assert services.feedback.get(item.id).text == "Alkuperäinen"
    assert "Tyhjää tekstiä ei tallenneta" in window.statusBar().currentMessage()
    # The emptied text (deferred) is not what the database holds: closing asks about it.
    close_expecting_question(window, unsaved_question)


def test_shortcut_list_shows_the_keyboard_workflow(qtbot, services, tmp_path, monkeypatch):
    from desktop_app.ui.shortcuts import ShortcutsDialog, shortcut_rows
    window = open_window(qtbot, services, ui_settings(tmp_path))
    rows = dict(shortcut_rows(list(window.actions_by_name.values())))
    assert rows["Uusi kohta"] == "Ctrl+Return, Ctrl+Enter"
    assert rows["Hae"].startswith("Ctrl+F")
    assert rows["Kumoa"].startswith("Ctrl+Z")
    assert rows["Pikanäppäimet"].startswith("F1")
    shown = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: shown.append(self.table.rowCount()) or 0)
    qtbot.keyClick(window.navigation.meetings, Qt.Key.Key_F1)
    assert shown and shown[0] >= len(rows)


def test_background_work_shows_a_busy_indicator_with_cancel(qtbot, services, tmp_path):
    import threading
    window = open_window(qtbot, services, ui_settings(tmp_path))
    release = threading.Event()
    cancelled = []

    def slow(progress):
        while not release.wait(0.02):
            progress.check()

    window.tasks.start(slow, on_cancelled=lambda: cancelled.append(True))
    qtbot.waitUntil(lambda: window.busy.isVisible(), timeout=3000)
    window.busy.cancel.click()
    qtbot.waitUntil(lambda: cancelled == [True] and not window.busy.isVisible(), timeout=3000)
    release.set()


def test_status_bar_counts_unsynced_changes(qtbot, services, tmp_path, make_feedback):
    from desktop_app.ui.sync_status import SyncStatusLabel
    window = open_window(qtbot, services, ui_settings(tmp_path))
    label = window.findChild(SyncStatusLabel)
    assert label is not None and label.accessibleDescription()   # the name is the text shown
    label.refresh()
    qtbot.waitUntil(lambda: ":" in label.text() and not label.counting, timeout=5000)
    before = int(label.text().split(":")[1].split("·")[0])
    assert "ei vielä synkronoitu" in label.text()
    make_feedback("Uusi synkronoimaton kohta")
    label.refresh()
    qtbot.waitUntil(lambda: not label.counting, timeout=5000)
    after = int(label.text().split(":")[1].split("·")[0])
    assert after > before  # the new item (and the meeting it touched) wait for the next sync

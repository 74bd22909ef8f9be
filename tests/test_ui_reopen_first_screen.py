"""Start-up reopened on the last meeting paints that meeting from the first-screen snapshot (plain
`sqlite3`, services/first_screen.py) before SQLAlchemy and the services load. What is typed
meanwhile waits in the autosave (no GUI-thread wait, never "Tallennettu" before the commit) and is
written when the services arrive; a closed meeting stays read-only; a file behind the schema head
still takes the full path (docs/performance/startup.md)."""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from conftest import REPO_ROOT
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QPlainTextEdit, QWidget
from ui_support import (
    close_started,
    demo_database_file,
    gate_services_loader,
    open_window,
    type_text,
    ui_settings,
)

from desktop_app.domain.enums import FeedbackKind, MeetingStatus
from desktop_app.services import Services
from desktop_app.services.first_screen import read_first_screen
from desktop_app.storage.migrate import open_database
from desktop_app.ui import app as app_module

FIXTURES = Path(__file__).parent / "fixtures"


def _position(path: Path, status: MeetingStatus | None = None) -> tuple[str, str, str, str]:
    """A demo meeting of the newest round with more than one advocacy target (optionally set to
    `status`), as (meeting id, section, item id, item text): the second target, so that the
    reopened caret is not simply on the first row."""
    database = open_database(path, "Testi")
    try:
        services = Services.for_database(database)
        newest = services.rounds.list_rounds()[0]
        for summary in services.rounds.overview(newest.id):
            meeting = summary.meeting
            targets = [i for i in services.feedback.list_for_meeting(meeting.id)
                       if i.kind == FeedbackKind.ADVOCACY_TARGET]
            if len(targets) > 1 and meeting.status in (MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS):
                if status is not None:
                    services.meetings.set_status(meeting.id, status)
                return meeting.id, "advocacy", targets[1].id, targets[1].text
    finally:
        database.dispose()
    raise AssertionError("the demo has no open meeting with two advocacy targets")


def _stored_texts(path: Path, meeting_id: str) -> set[str]:
    """The meeting's live item texts as another program sees the file (committed rows only)."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return {row[0] for row in conn.execute(
            "SELECT text FROM feedback WHERE meeting_id = ? AND deleted_at IS NULL", (meeting_id,))}


def _start(tmp_path: Path, qtbot, path: Path, position: tuple[str, str, str]):
    settings = ui_settings(tmp_path)
    settings.remember_position(*position)
    settings.wait_written()
    began = time.monotonic()
    started = app_module.finish_startup(settings, argparse.Namespace(db=str(path), user="AK"))
    took = time.monotonic() - began
    assert started is not None
    window, disposable = started
    qtbot.addWidget(window)
    return window, disposable, took


def _shown(page: QWidget) -> list[str]:
    """Every text a person sees on `page`: labels, fields, the editor and the lists' rows (the
    earlier rounds' panel is left out: it is read in a worker on either path)."""
    continuity = getattr(page, "continuity", None)
    texts: list[str] = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page) or (continuity is not None and (
                widget is continuity or continuity.isAncestorOf(widget))):
            continue
        if isinstance(widget, QLabel):
            texts.append(f"label:{widget.text()}")
        elif isinstance(widget, QLineEdit):
            texts.append(f"field:{widget.text()}:{widget.isReadOnly()}")
        elif isinstance(widget, QPlainTextEdit):
            texts.append(f"text:{widget.toPlainText()}:{widget.isReadOnly()}")
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts.extend(f"row:{model.index(r, 0).data()}" for r in range(model.rowCount()))
    return texts


def test_the_reopened_meeting_paints_before_the_database_layer_loads(tmp_path, qtbot, monkeypatch):
    """With the services' loader held: the meeting, its sections, its items and the caret on the
    remembered item are shown, and the GUI thread never waits for the loader."""
    gate = gate_services_loader(monkeypatch)
    path = demo_database_file(tmp_path)
    meeting_id, section, item_id, text = _position(path)
    window, loader, took = _start(tmp_path, qtbot, path, (meeting_id, section, item_id))
    try:
        assert not loader.ready.is_set() and took < 10   # shown without the services
        window.activateWindow()
        assert QTest.qWaitForWindowActive(window)
        workspace = window.workspace
        assert window.showing(window.workspace_view) and workspace.meeting_id == meeting_id
        assert workspace.section is not None and workspace.section.key == section
        assert workspace.section_model.rowCount() > 10   # participants, advocacy, the sectors, …
        assert workspace.items_model.rowCount() > 1
        editor = window.workspace_view.editor.text
        assert workspace.buffer is not None and workspace.buffer.item_id == item_id
        assert editor.toPlainText() == text and editor.textCursor().atEnd()
        assert editor.hasFocus()   # the next words continue the item
        # the earlier rounds are read once the services are there: meanwhile no "none found"
        assert not window.workspace_view.continuity.empty.isVisibleTo(window)
        began = time.monotonic()
        qtbot.wait(1500)   # paints, timers (the 2 s check underneath too), the first-paint hooks
        assert time.monotonic() - began < 8, "the GUI thread waited for the held services"
        assert not loader.ready.is_set()
        window.grab().save(str(tmp_path / "reopened-before-services.png"))
    finally:
        gate.set()
        qtbot.waitUntil(loader.ready.is_set, timeout=10_000)
        qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)
        close_started(window, loader)


def test_typing_before_the_services_load_is_held_then_saved(tmp_path, qtbot, monkeypatch):
    """Keys typed into the reopened item while the services load: the GUI thread does not wait,
    nothing claims "Tallennettu" before the commit, and the text lands in the file once they are
    there."""
    gate = gate_services_loader(monkeypatch)
    path = demo_database_file(tmp_path)
    meeting_id, section, item_id, text = _position(path)
    window, loader, _took = _start(tmp_path, qtbot, path, (meeting_id, section, item_id))
    try:
        window.activateWindow()
        assert QTest.qWaitForWindowActive(window)
        editor = window.workspace_view.editor.text
        began = time.monotonic()
        type_text(editor, " Lisätty heti käynnistyksen jälkeen, äöå.")
        qtbot.wait(1000)   # well past the autosave's debounce and its 350 ms cap
        assert time.monotonic() - began < 8, "a keystroke waited for the held services"
        assert not loader.ready.is_set()
        wanted = text + " Lisätty heti käynnistyksen jälkeen, äöå."
        assert editor.toPlainText() == wanted
        assert window.autosave.has_pending
        assert window.save_state.text() == "Tallennetaan…"   # never "Tallennettu" before the commit
        assert wanted not in _stored_texts(path, meeting_id)
        gate.set()
        qtbot.waitUntil(lambda: wanted in _stored_texts(path, meeting_id), timeout=10_000)
        qtbot.waitUntil(lambda: window.save_state.text().startswith("Tallennettu klo"), timeout=5000)
        assert not window.autosave.has_pending
        assert window.services.feedback.get(item_id).text == wanted
    finally:
        gate.set()
        qtbot.waitUntil(loader.ready.is_set, timeout=10_000)
        qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)
        close_started(window, loader)


def test_a_closed_meeting_reopens_read_only_before_the_services_load(tmp_path, qtbot, monkeypatch):
    gate = gate_services_loader(monkeypatch)
    path = demo_database_file(tmp_path)
    meeting_id, section, item_id, text = _position(path, MeetingStatus.CLOSED)
    window, loader, _took = _start(tmp_path, qtbot, path, (meeting_id, section, item_id))
    try:
        assert not loader.ready.is_set()
        window.activateWindow()
        assert QTest.qWaitForWindowActive(window)
        workspace, view = window.workspace, window.workspace_view
        assert workspace.meeting_id == meeting_id and not workspace.editable
        assert view.editor.text.isReadOnly() and view.banner.isVisibleTo(window)
        type_text(view.editor.text, "ei saa tallentua")
        QTest.keyClick(view.editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(500)
        assert view.editor.text.toPlainText() == text and not window.autosave.has_pending
        assert not window.actions_by_name["close_meeting"].isEnabled()
        assert window.actions_by_name["reopen_meeting"].isEnabled()
        assert not loader.ready.is_set()
    finally:
        gate.set()
        qtbot.waitUntil(loader.ready.is_set, timeout=10_000)
        qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)
        close_started(window, loader)
    assert "ei saa tallentua" not in " ".join(_stored_texts(path, meeting_id))


def test_both_paths_show_the_same_meeting(tmp_path, qtbot, monkeypatch):
    """The snapshot's first paint and the full path (services first) show the same texts for the
    same file and position."""
    path = demo_database_file(tmp_path)
    meeting_id, section, item_id, _text = _position(path)
    full_folder = tmp_path / "full"
    full_folder.mkdir()
    full_settings = ui_settings(full_folder)
    full_settings.remember_position(meeting_id, section, item_id)
    database = open_database(path, "AK")
    try:
        full = open_window(qtbot, Services.for_database(database), full_settings)
        assert full.workspace.meeting_id == meeting_id
        expected = _shown(full.workspace_view)
        full.close()
    finally:
        database.dispose()
    assert any(t.startswith("row:") for t in expected) and any(t.startswith("text:") for t in expected)

    gate = gate_services_loader(monkeypatch)
    window, loader, _took = _start(tmp_path, qtbot, path, (meeting_id, section, item_id))
    try:
        window.resize(1366, 768)
        qtbot.waitExposed(window)
        assert not loader.ready.is_set()   # the snapshot's paint, not the services'
        assert _shown(window.workspace_view) == expected
    finally:
        gate.set()
        qtbot.waitUntil(loader.ready.is_set, timeout=10_000)
        qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)
    try:
        assert _shown(window.workspace_view) == expected   # and after the services took over
    finally:
        close_started(window, loader)


def test_the_snapshot_reads_every_meeting_as_the_services_do(tmp_path) -> None:
    path = demo_database_file(tmp_path)
    database = open_database(path, "Testi")
    try:
        services = Services.for_database(database)
        meetings = [s.meeting for r in services.rounds.list_rounds() for s in services.rounds.overview(r.id)]
        open_ = [m for m in meetings if m.status in (MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS)]
        services.feedback.delete(services.feedback.list_for_meeting(open_[0].id)[0].id)
        services.meetings.set_status(open_[1].id, MeetingStatus.CLOSED)
        linked = 0
        for meeting in meetings:
            first = read_first_screen(path, meeting.id)
            detail = services.meetings.detail(meeting.id)
            assert first is not None and first.reopened == detail
            assert first.reopened_links == services.agenda.links_for_feedback(i.id for i in detail.feedback)
            linked += len(first.reopened_links)
        assert linked > 0   # the demo brings items onto managers' agendas
        managers = services.managers.list_meetings(services.managers.years()[0])[0].meeting.id
        assert read_first_screen(path, managers).reopened is None   # the services open those
        assert read_first_screen(path).reopened is None
    finally:
        database.dispose()


def test_a_file_behind_the_schema_head_still_takes_the_full_path(tmp_path, qtbot):
    """An older file is migrated before anything reads it: no snapshot, the full path reopens."""
    path = tmp_path / "kuntapalaute.db"
    shutil.copy(FIXTURES / "schema_0009_matter_search.db", path)
    with sqlite3.connect(path) as conn:
        meeting_id = conn.execute("SELECT meeting_id FROM feedback WHERE deleted_at IS NULL "
                                  "AND kind = 'advocacy_target' LIMIT 1").fetchone()[0]
    assert read_first_screen(path, meeting_id) is None
    window, database, _took = _start(tmp_path, qtbot, path, (meeting_id, "advocacy", ""))
    try:
        assert isinstance(window.services, Services)   # opened (and migrated) before the window
        assert window.showing(window.workspace_view) and window.workspace.meeting_id == meeting_id
        assert read_first_screen(path, meeting_id).reopened.meeting.id == meeting_id   # now at head
    finally:
        close_started(window, database)


def test_the_reopened_meeting_is_shown_without_sqlalchemy(tmp_path) -> None:
    """In a fresh process (the test process has SQLAlchemy loaded already): the window is shown
    on the reopened meeting before SQLAlchemy is imported."""
    path = demo_database_file(tmp_path)
    meeting_id, section, item_id, _text = _position(path)
    ini = tmp_path / "ui.ini"
    probe = (
        "import argparse, sys\n"
        "from PySide6.QtCore import QSettings\n"
        "import desktop_app.cli\n"
        "from desktop_app.ui.app import create_application, finish_startup\n"
        "from desktop_app.ui.settings import UiSettings\n"
        "app = create_application()\n"
        "settings = UiSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat))\n"
        "settings.remember_position(sys.argv[3], sys.argv[4], sys.argv[5]); settings.wait_written()\n"
        "window, loader = finish_startup(settings, argparse.Namespace(db=sys.argv[1], user='AK'))\n"
        "print('shown:', 'sqlalchemy' in sys.modules, window.workspace.meeting_id == sys.argv[3],\n"
        "      window.workspace.buffer.item_id == sys.argv[5], window.isVisible())\n"
        "loader.ready.wait(60); app.processEvents()\n"
        "window.close(); loader.dispose()\n")
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", probe, str(path), str(ini), meeting_id, section, item_id],
                            capture_output=True, text=True, cwd=REPO_ROOT, timeout=120, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "shown: False True True True" in result.stdout.splitlines()


def test_a_damaged_file_is_offered_its_backup_before_the_reopened_meeting_shows(tmp_path, qtbot,
                                                                               monkeypatch):
    """The reopened meeting's page is built while the quick check runs; damage the check finds
    (in a page the snapshot never reads) still gets the backup offer before any main window is
    visible, and the meeting then reopens on the restored file."""
    from PySide6.QtWidgets import QApplication
    from test_ui_first_screen import _damage_the_audit_log

    from desktop_app.storage import backup
    from desktop_app.ui import dialogs
    from desktop_app.ui.main_window import MainWindow

    path = demo_database_file(tmp_path)
    meeting_id, section, item_id, _text = _position(path)
    saved = backup.backup_now(path, tmp_path / "kuntapalaute-varmuuskopiot")
    _damage_the_audit_log(path)
    visible_at_offer: list[bool] = []

    def offer(parent, problem, name, when) -> bool:
        visible_at_offer.append(any(isinstance(w, MainWindow) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()))
        return name == saved.name

    monkeypatch.setattr(dialogs, "offer_backup", offer)
    window, database, _took = _start(tmp_path, qtbot, path, (meeting_id, section, item_id))
    try:
        assert visible_at_offer == [False]
        assert isinstance(window.services, Services)   # the full path, on the restored file
        assert window.workspace.meeting_id == meeting_id and window.workspace.buffer.item_id == item_id
    finally:
        close_started(window, database)


def test_a_held_autosave_writes_as_soon_as_the_hold_ends_by_itself(qtbot):
    """Held until a condition (the loader done): typed edits wait without blocking, and the
    queue is written once the condition holds even if nobody calls `release` (the report of the
    loader's task never came); "saved" is only said after the write."""
    from desktop_app.ui.workspace.autosave import AutosaveController

    autosave = AutosaveController()
    ready, written, said = [False], [], []
    autosave.saved.connect(lambda when: said.append(list(written)))
    autosave.hold(until=lambda: ready[0])
    autosave.schedule("item", lambda: written.append("teksti"))
    qtbot.wait(600)   # past the debounce and the cap
    assert written == [] and said == [] and autosave.has_pending
    ready[0] = True
    qtbot.waitUntil(lambda: written == ["teksti"], timeout=2000)
    assert said == [["teksti"]] and not autosave.has_pending
    autosave.schedule("item", lambda: written.append("lisää"))   # no longer held
    qtbot.waitUntil(lambda: written == ["teksti", "lisää"], timeout=2000)


KILL_APP = """
import argparse, sys, time
sys.path.insert(0, sys.argv[6])
from PySide6.QtCore import QSettings, QTimer
from desktop_app.services.first_screen import ServicesLoader
from desktop_app.ui.app import create_application, finish_startup
from desktop_app.ui.settings import UiSettings
from ui_support import type_text
real_load = ServicesLoader._load
def slow_load(self):   # the services take their time, as at 100,000 items on a busy laptop
    time.sleep(float(sys.argv[5]))
    real_load(self)
ServicesLoader._load = slow_load
app = create_application()
settings = UiSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
window, loader = finish_startup(settings, argparse.Namespace(db=sys.argv[1], user="AK"))
window.activateWindow()
app.processEvents()
type_text(window.workspace_view.editor.text, sys.argv[4])
print("TYPED", window.save_state.text(), flush=True)
last = [""]
def report():
    if window.save_state.text() != last[0]:
        last[0] = window.save_state.text()
        print("STATE", last[0], flush=True)
timer = QTimer(); timer.timeout.connect(report); timer.start(20)
app.exec()
"""


def _typing_process(tmp_path: Path, path: Path, ini: Path, typed: str, load_s: float) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-c", KILL_APP, str(path), str(ini), "", typed, str(load_s),
                             str(REPO_ROOT / "tests")], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, cwd=REPO_ROOT)


def test_kill_9_after_typing_into_the_reopened_meeting_keeps_what_was_said_saved(tmp_path):
    """Typed right after the reopen, while the services load: killed before they arrive, the app
    had said nothing was saved (and nothing is); killed once it said "Tallennettu", the text is
    in the file and the next start reopens on it."""
    import signal

    path = demo_database_file(tmp_path)
    meeting_id, section, item_id, text = _position(path)
    ini = tmp_path / "ui-settings.ini"   # ui_settings' file
    settings = ui_settings(tmp_path)
    settings.remember_position(meeting_id, section, item_id)
    settings.wait_written()
    for typed, wait_for_saved in ((" ensimmäinen, ennen palveluita", False),
                                  (" toinen, tallennettu ennen kaatumista, äöå", True)):
        process = _typing_process(tmp_path, path, ini, typed, 2.0)
        try:
            assert process.stdout is not None
            said: list[str] = []
            for line in process.stdout:
                said.append(line.strip())
                if line.startswith("TYPED") and not wait_for_saved:
                    time.sleep(0.6)   # past the autosave's 350 ms cap, before the services
                    break
                if line.startswith("STATE Tallennettu klo"):
                    break
            else:
                raise AssertionError(f"the app ended: {process.stderr.read() if process.stderr else ''}")
            os.kill(process.pid, signal.SIGKILL)
            process.wait(10)
            said += [line.strip() for line in process.stdout.read().splitlines()]   # said before the kill
        finally:
            process.kill()
            process.wait(10)
        assert said[0] == "TYPED Tallennetaan…"
        stored = _stored_texts(path, meeting_id)
        if wait_for_saved:
            text = text + typed
            assert text in stored   # said saved: it is
            first = read_first_screen(path, meeting_id)   # and the next start shows it
            assert first is not None and first.reopened is not None
            assert text in {item.text for item in first.reopened.feedback}
            assert ui_settings(tmp_path).position() == (meeting_id, section, item_id)
        else:
            assert not any(s.startswith("STATE Tallennettu") for s in said)   # nothing was said saved
            assert text + typed not in stored and text in stored

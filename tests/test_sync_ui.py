"""The sync menu action and the conflict dialog, on a small fake host (QMainWindow + menus)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox
from sync_support import central_state, make_device, run_sync

from desktop_app.domain.enums import FeedbackKind
from desktop_app.services import Services
from desktop_app.sync.conflicts import list_conflicts
from desktop_app.sync.local_tables import CENTRAL_URL_KEY
from desktop_app.sync.status import sync_status
from desktop_app.ui.extensions import INSTALLERS
from desktop_app.ui.i18n import install_translations, remove_translations
from desktop_app.ui.sync_actions import install_sync_actions
from desktop_app.ui.sync_conflicts import ConflictDialog
from desktop_app.ui.sync_labels import show_value, typed_to_wire
from desktop_app.ui.workers import TaskRunner


class FakeHost:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.main = QMainWindow()
        self.tasks = TaskRunner(self.main)
        self.menus = {key: QMenu(key, self.main) for key in ("file", "meeting", "tools", "help")}
        self.statuses: list[str] = []
        self.refreshed = 0

    def window(self):
        return self.main

    def menu(self, key: str) -> QMenu:
        return self.menus[key]

    def current_round_id(self):
        return None

    def current_meeting_id(self):
        return None

    def show_status(self, message: str, timeout_ms: int = 5000) -> None:
        self.statuses.append(message)

    def refresh(self) -> None:
        self.refreshed += 1


@pytest.fixture
def devices(tmp_path: Path):
    a = Services.for_database(make_device(tmp_path, "Aino"))
    b = Services.for_database(make_device(tmp_path, "Bertta"))
    yield a, b
    a.db.dispose()
    b.db.dispose()


def _conflict(a: Services, b: Services, url: str) -> str:
    a.rounds.plan_round(2026)
    meeting = a.meetings.find(a.rounds.find_by_year(2026).id, "290")
    item = a.feedback.add(meeting.id, FeedbackKind.QUESTION, "Pohja")
    run_sync(a.db, url)
    run_sync(b.db, url)
    a.feedback.update(item.id, text="Ainon teksti")
    b.feedback.update(item.id, text="Bertan teksti", priority="high")
    run_sync(a.db, url)
    run_sync(b.db, url)
    return item.id


def test_sync_is_installed_in_the_tools_menu() -> None:
    assert install_sync_actions in INSTALLERS


def test_the_menu_action_syncs_in_a_worker_and_reports(qtbot, devices, tmp_path, monkeypatch) -> None:
    a, _ = devices
    a.rounds.plan_round(2026)
    url = f"sqlite:///{tmp_path / 'keskus.db'}"
    a.db.set_setting(CENTRAL_URL_KEY, url)
    host = FakeHost(a)
    qtbot.addWidget(host.main)
    controller = install_sync_actions(host)
    [action, _conflicts, _set_aside, _settings] = host.menu("tools").actions()
    assert "Synkronoi" in action.text()
    assert sync_status(a.db).summary_fi().startswith("Synkronoimatta: 20")
    action.trigger()
    qtbot.waitUntil(lambda: controller.last_report is not None, timeout=20_000)
    assert controller.last_report.pushed == 20
    assert host.statuses and "lähetetty 20" in host.statuses[-1]
    assert host.refreshed == 1
    assert len(central_state(url)["meetings"]) == 8
    assert sync_status(a.db).summary_fi().startswith("Synkronoimatta: 0, viimeksi")
    assert action.isEnabled()


def test_a_failing_sync_shows_the_finnish_message(qtbot, devices, tmp_path, monkeypatch) -> None:
    a, _ = devices
    a.db.set_setting(CENTRAL_URL_KEY, "postgresql://kp@127.0.0.1:1/kp?connect_timeout=2")
    monkeypatch.setattr("desktop_app.ui.sync_actions.resolve_password", lambda url: "x")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    host = FakeHost(a)
    controller = install_sync_actions(host)
    controller.sync_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert "ei saatu yhteyttä" in shown[0]
    assert controller.task is None and controller.sync_action.isEnabled()


def test_conflict_dialog_shows_both_versions_and_keeps_mine(qtbot, devices, tmp_path) -> None:
    a, b = devices
    url = f"sqlite:///{tmp_path / 'keskus.db'}"
    item_id = _conflict(a, b, url)
    dialog = ConflictDialog(b.db)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    text_row = rows["Teksti  ≠"]
    assert dialog.table.item(text_row, 1).text() == "Bertan teksti"
    assert dialog.table.item(text_row, 2).text() == "Ainon teksti"
    priority_row = rows["Tärkeys  ≠"]
    assert set(dialog.differing_rows()) >= {text_row, priority_row}
    # Enum values in the user's language, not their stored form ("high", "question").
    assert [dialog.table.item(priority_row, c).text() for c in (1, 2, 3)] == [
        "Tärkeä", "Tavallinen", "Tärkeä"]
    assert dialog.table.item(rows["Laji"], 1).text() == "Kysymys"
    assert dialog.list.item(0).text() == "Palaute: teksti\nBertan teksti"  # only the text clashed
    assert "Kenttä" not in [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    dialog.keep_mine.click()
    assert dialog.list.count() == 0 and not list_conflicts(b.db)
    run_sync(b.db, url)
    assert central_state(url)["feedback"][item_id]["text"] == "Bertan teksti"


def test_conflict_dialog_speaks_english_when_chosen(qtbot, qapp, devices, tmp_path) -> None:
    a, b = devices
    _conflict(a, b, f"sqlite:///{tmp_path / 'keskus.db'}")
    installed = install_translations(qapp, "en")
    try:
        dialog = ConflictDialog(b.db)
        qtbot.addWidget(dialog)
        rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
        assert {"Text  ≠", "Importance  ≠", "Kind", "Deleted"} <= set(rows)
        assert [dialog.table.item(rows["Importance  ≠"], c).text() for c in (1, 2)] == ["Important", "Normal"]
        assert dialog.table.item(rows["Kind"], 2).text() == "Question"
        assert dialog.table.item(rows["Deleted"], 1).text() == "in use"
        assert dialog.list.item(0).text().startswith("Feedback: text")
    finally:
        remove_translations(qapp, installed)
        QLocale.setDefault(QLocale(QLocale.Language.Finnish, QLocale.Country.Finland))


def test_conflict_dialog_saves_an_edited_merge(qtbot, devices, tmp_path) -> None:
    a, b = devices
    url = f"sqlite:///{tmp_path / 'keskus.db'}"
    item_id = _conflict(a, b, url)
    dialog = ConflictDialog(b.db)
    qtbot.addWidget(dialog)
    rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    dialog.table.item(rows["Teksti  ≠"], 3).setText("Ainon ja Bertan teksti yhdessä")
    dialog.table.item(rows["Tärkeys  ≠"], 3).setText("vähemmän tärkeä")  # the shown label, any case
    dialog.keep_merge.click()
    assert not list_conflicts(b.db)
    run_sync(b.db, url)
    run_sync(a.db, url)
    assert a.feedback.get(item_id).text == "Ainon ja Bertan teksti yhdessä"
    assert a.feedback.get(item_id).priority.value == "low"


def test_a_bad_merge_value_is_refused_and_changes_nothing(qtbot, devices, tmp_path, monkeypatch) -> None:
    a, b = devices
    url = f"sqlite:///{tmp_path / 'keskus.db'}"
    item_id = _conflict(a, b, url)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    dialog = ConflictDialog(b.db)
    qtbot.addWidget(dialog)
    rows = {dialog.table.item(r, 0).text().rstrip(" ≠"): r for r in range(dialog.table.rowCount())}
    dialog.table.item(rows["Järjestys"], 3).setText("kolmas")
    dialog.keep_merge.click()
    assert shown and "kokonaisluku" in shown[0]
    assert len(list_conflicts(b.db)) == 1
    assert b.feedback.get(item_id).text == "Bertan teksti"


def test_cancel_stops_the_sync_at_a_safe_point(qtbot, devices, tmp_path, monkeypatch) -> None:
    import threading

    import desktop_app.sync.service as service

    a, _ = devices
    url = f"sqlite:///{tmp_path / 'keskus.db'}"
    a.db.set_setting(CENTRAL_URL_KEY, url)
    real_open = service.open_transport
    pulling = threading.Event()

    class SlowNetwork:  # the edge: a transport whose pull pages arrive slowly
        def __init__(self, inner):
            self.inner = inner

        def __getattr__(self, name):
            return getattr(self.inner, name)

        def pull(self, cursor, limit):
            pulling.set()
            threading.Event().wait(0.3)
            page = self.inner.pull(cursor, limit)
            return type(page)(page.rows, page.cursor, True)  # "more pages" until cancelled

    monkeypatch.setattr(service, "open_transport", lambda *a, **k: SlowNetwork(real_open(*a, **k)))
    host = FakeHost(a)
    controller = install_sync_actions(host)
    controller.sync_action.trigger()
    assert pulling.wait(10)
    from PySide6.QtWidgets import QPushButton
    [cancel] = controller.progress_dialog.findChildren(QPushButton)
    assert cancel.text() == "Peruuta"
    cancel.click()
    qtbot.waitUntil(lambda: controller.task is None, timeout=10_000)
    assert "peruttiin" in host.statuses[-1]
    assert controller.last_report is None and controller.sync_action.isEnabled()
    assert sync_status(a.db).summary_fi().startswith("Synkronoimatta: 11")  # nothing half-applied


def test_changing_the_address_keeps_the_password_out_of_settings(qtbot, devices, monkeypatch) -> None:
    a, _ = devices
    stored: dict[str, str] = {}
    monkeypatch.setattr("desktop_app.ui.sync_actions.store_password",
                        lambda url, password: stored.update({str(url): password}))
    answers = iter([("postgresql://kp@db.kainuu.fi/kp?sslmode=verify-full", True),
                    ("Salainen-123", True)])
    monkeypatch.setattr("desktop_app.ui.sync_actions.QInputDialog.getText",
                        lambda *args, **kwargs: next(answers))
    host = FakeHost(a)
    controller = install_sync_actions(host)
    controller.settings_action.trigger()
    assert a.db.get_setting(CENTRAL_URL_KEY) == "postgresql://kp@db.kainuu.fi/kp?sslmode=verify-full"
    assert list(stored.values()) == ["Salainen-123"]
    assert "tallennettu" in host.statuses[-1]


def test_a_sync_already_running_elsewhere_is_refused_with_a_message(qtbot, devices, tmp_path,
                                                                     monkeypatch) -> None:
    from desktop_app.sync.lock import sync_lock
    a, _ = devices
    a.rounds.plan_round(2026)
    url = f"sqlite:///{tmp_path / 'keskus.db'}"
    a.db.set_setting(CENTRAL_URL_KEY, url)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    host = FakeHost(a)
    controller = install_sync_actions(host)
    with sync_lock(a.db.path):  # e.g. `python main.py sync` running in a terminal
        controller.sync_action.trigger()
        qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert "synkronointi on jo käynnissä" in shown[0]
    assert controller.task is None and controller.sync_action.isEnabled()
    assert sync_status(a.db).summary_fi().startswith("Synkronoimatta: 20")  # nothing was sent


def test_an_orphan_offers_restore_or_delete_and_restores(qtbot, devices, tmp_path) -> None:
    a, b = devices
    url = f"sqlite:///{tmp_path / 'keskus.db'}"
    a.rounds.plan_round(2026)
    item = a.feedback.add(a.meetings.find(a.rounds.find_by_year(2026).id, "290").id,
                          FeedbackKind.QUESTION, "Poistettava palaute")
    run_sync(a.db, url)
    run_sync(b.db, url)
    a.feedback.delete(item.id)
    run_sync(a.db, url)
    b.followups.add(item.id, description="Bertan jatkotoimi", owner="Bertta")
    run_sync(b.db, url)
    dialog = ConflictDialog(b.db)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "poistetun kohteen alla (palaute)" in dialog.list.item(0).text()
    assert "Bertan jatkotoimi" in dialog.list.item(0).text()
    assert dialog.keep_mine.text() == "Palauta poistettu: palaute"
    assert dialog.keep_theirs.text() == "Poista myös tämä"
    assert dialog.keep_merge.isHidden()
    cells = [dialog.table.item(r, c).text() for r in range(dialog.table.rowCount()) for c in (1, 2)]
    assert "Bertan jatkotoimi" in cells and "Poistettu: poistettu" in cells
    dialog.keep_mine.click()
    assert dialog.list.count() == 0 and not list_conflicts(b.db)
    assert b.feedback.get(item.id).text == "Poistettava palaute"  # restored, with its follow-up
    run_sync(b.db, url)
    run_sync(a.db, url)
    assert [f.description for f in a.feedback.get(item.id).follow_ups] == ["Bertan jatkotoimi"]


def test_merge_column_accepts_labels_finnish_dates_and_times(qapp) -> None:
    assert typed_to_wire("follow_ups", "status", "työn alla") == "in_progress"
    assert typed_to_wire("meetings", "status", "Käynnissä") == "in_progress"
    assert typed_to_wire("feedback", "priority", "high") == "high"
    assert typed_to_wire("meetings", "meeting_date", "5.3.2026") == "2026-03-05"
    assert typed_to_wire("meetings", "start_time", "9.05") == "09:05:00"
    assert typed_to_wire("meetings", "start_time", "25.99") == "25.99"  # parse_edited refuses it
    assert show_value("meetings", "meeting_date", "2026-03-05") == "5.3.2026"
    assert show_value("meetings", "start_time", "09:05:00") == "9.05"
    assert show_value("follow_ups", "status", "done") == "Tehty"
    assert show_value("feedback", "priority", "someday") == "someday"  # unknown: shown as stored

"""File menu export/import on a small stand-in main window (the real one is built elsewhere).
Only the modal edges are replaced: file dialogs, message boxes, the scope picker."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from exchange_support import demo_source_fixture, dump_database, load, save  # noqa: F401
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMenu, QMessageBox, QWidget

from desktop_app.services import Services
from desktop_app.storage.database import Database
from desktop_app.storage.migrate import open_database
from desktop_app.ui import exchange_actions
from desktop_app.ui.exchange_actions import install_exchange_actions
from desktop_app.ui.extensions import INSTALLERS
from desktop_app.ui.host import MENU_FILE, MENU_HELP, MENU_MEETING, MENU_TOOLS
from desktop_app.ui.workers import TaskRunner


class FakeHost(QMainWindow):
    """Implements the AppHost protocol with real services over a real database file."""

    def __init__(self, db: Database, round_id: str | None = None, meeting_id: str | None = None) -> None:
        super().__init__()
        self.services = Services.for_database(db)
        self.tasks = TaskRunner(self)
        self._menus = {key: self.menuBar().addMenu(key) for key in (MENU_FILE, MENU_MEETING, MENU_TOOLS,
                                                                    MENU_HELP)}
        self._round_id, self._meeting_id = round_id, meeting_id
        self.refreshed = 0
        self.statuses: list[str] = []

    def window(self) -> QWidget:
        return self

    def menu(self, key: str) -> QMenu:
        return self._menus[key]

    def current_round_id(self) -> str | None:
        return self._round_id

    def current_meeting_id(self) -> str | None:
        return self._meeting_id

    def show_status(self, message: str, timeout_ms: int = 5000) -> None:
        self.statuses.append(message)

    def refresh(self) -> None:
        self.refreshed += 1


class Dialogs:
    """Records what the user was shown and answers as told."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.save_to: str = ""
        self.open_path: str = ""
        self.answer = QMessageBox.StandardButton.Yes
        self.scope_label: str | None = None
        self.shown: list[tuple[str, str, str]] = []
        self.scope_labels: list[str] = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a, **k: (self.save_to, a[3].split(";;")[0])))
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            staticmethod(lambda *a, **k: (self.open_path, "")))
        monkeypatch.setattr(QMessageBox, "information", staticmethod(self._record("info")))
        monkeypatch.setattr(QMessageBox, "warning", staticmethod(self._record("warning")))
        monkeypatch.setattr(QMessageBox, "question", staticmethod(self._question))
        monkeypatch.setattr(QInputDialog, "getItem", staticmethod(self._pick))

    def _record(self, kind: str) -> Any:
        def show(parent: Any, title: str, text: str, *rest: Any) -> QMessageBox.StandardButton:
            self.shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok
        return show

    def _question(self, parent: Any, title: str, text: str, *rest: Any) -> QMessageBox.StandardButton:
        self.shown.append(("question", title, text))
        return self.answer

    def _pick(self, parent: Any, title: str, label: str, items: list[str], current: int,
              editable: bool) -> tuple[str, bool]:
        self.scope_labels = list(items)
        return (self.scope_label or items[current], True)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


@pytest.fixture
def source(demo_source) -> Database:
    database = open_database(demo_source.db_path, "Lukija")
    yield database
    database.dispose()


def _install(qtbot, db: Database, **kwargs: Any) -> tuple[FakeHost, exchange_actions.ExchangeActions]:
    host = FakeHost(db, **kwargs)
    qtbot.addWidget(host)
    return host, install_exchange_actions(host)


def test_the_installer_is_registered_and_adds_two_file_menu_actions(qtbot, db: Database) -> None:
    assert install_exchange_actions in INSTALLERS
    host, _actions = _install(qtbot, db)
    texts = [a.text() for a in host.menu(MENU_FILE).actions() if not a.isSeparator()]
    assert texts == ["&Vie tiedot…", "&Tuo siirtopaketti…"]


def test_export_of_the_open_meeting_as_a_bundle(qtbot, source, demo_source, dialogs, tmp_path: Path) -> None:
    round_id = load(demo_source.meeting)["data"]["rounds"][0]["id"]
    _host, actions = _install(qtbot, source, round_id=round_id, meeting_id=demo_source.meeting_id)
    dialogs.save_to = str(tmp_path / "neuvottelu")  # no suffix typed: the JSON filter decides
    with qtbot.waitSignal(actions.finished, timeout=20_000) as finished:
        actions.export_action.trigger()
    assert len(dialogs.scope_labels) == 4 and dialogs.scope_labels[0] == "Kaikki tiedot"
    assert dialogs.scope_labels[1] == "Kuntajohtajakokoukset 2026"
    written = tmp_path / "neuvottelu.json"
    assert written.read_bytes() == demo_source.meeting.read_bytes()  # the default pick is the meeting
    assert dialogs.shown[-1][:2] == ("info", "Vienti valmis") and "Tarkistussumma" in finished.args[0]
    assert actions.export_action.isEnabled()


def test_export_to_excel_when_nothing_is_open(qtbot, source, dialogs, tmp_path: Path) -> None:
    _host, actions = _install(qtbot, source)
    dialogs.save_to = str(tmp_path / "kaikki.xlsx")
    with qtbot.waitSignal(actions.finished, timeout=30_000):
        actions.export_action.trigger()
    # No round or negotiation open: everything or a year's managers' meetings, everything first.
    assert dialogs.scope_labels == ["Kaikki tiedot", "Kuntajohtajakokoukset 2026"]
    assert (tmp_path / "kaikki.xlsx").read_bytes()[:2] == b"PK"
    sheets = openpyxl.load_workbook(tmp_path / "kaikki.xlsx")
    assert sheets["Palautekoonti"].max_row > 1 and sheets["Asiakoonti"].max_row > 1


def test_export_of_a_years_managers_meetings(qtbot, source, demo_source, dialogs, tmp_path: Path) -> None:
    _host, actions = _install(qtbot, source)
    dialogs.save_to = str(tmp_path / "kokoukset.json")
    dialogs.scope_label = "Kuntajohtajakokoukset 2026"
    with qtbot.waitSignal(actions.finished, timeout=20_000):
        actions.export_action.trigger()
    assert (tmp_path / "kokoukset.json").read_bytes() == demo_source.managers_year.read_bytes()


def test_import_previews_then_imports_and_refreshes(qtbot, db: Database, demo_source, dialogs) -> None:
    host, actions = _install(qtbot, db)
    dialogs.open_path = str(demo_source.meeting)
    with qtbot.waitSignal(actions.finished, timeout=20_000) as finished:
        actions.import_action.trigger()
    kinds = [kind for kind, _, _ in dialogs.shown]
    assert kinds == ["question", "info"]
    assert "Jatketaanko?" in dialogs.shown[0][2] and "Neuvottelut: lisätty 1" in dialogs.shown[0][2]
    assert "Tuonti valmis" in finished.args[0]
    assert host.refreshed == 1
    assert len(Services.for_database(db).feedback.list_for_meeting(demo_source.meeting_id)) > 0


def test_declining_the_preview_changes_nothing(qtbot, db: Database, demo_source, dialogs) -> None:
    host, actions = _install(qtbot, db)
    dialogs.open_path = str(demo_source.meeting)
    dialogs.answer = QMessageBox.StandardButton.No
    before = dump_database(db)
    with qtbot.waitSignal(actions.finished, timeout=20_000) as finished:
        actions.import_action.trigger()
    assert finished.args[0] == "Tuonti peruttiin."
    assert dump_database(db) == before and host.refreshed == 0


def test_a_broken_bundle_shows_where_and_changes_nothing(qtbot, db: Database, demo_source, dialogs,
                                                         tmp_path: Path) -> None:
    broken = load(demo_source.meeting)
    broken["data"]["participants"][1]["side"] = "yleisö"
    dialogs.open_path = str(save(broken, tmp_path / "rikki.json"))
    host, actions = _install(qtbot, db)
    before = dump_database(db)
    with qtbot.waitSignal(actions.finished, timeout=20_000):
        actions.import_action.trigger()
    kind, _title, text = dialogs.shown[-1]
    assert kind == "warning" and "rikki.json ei tuotu" in text and "osallistuja nro 2" in text
    assert "kenttä side" in text
    assert dump_database(db) == before and host.refreshed == 0


def test_export_to_excel_names_the_rows_whose_long_text_continues(qtbot, services, dialogs,
                                                                   tmp_path: Path) -> None:
    """A 40,000-character text is kept whole in continuation columns, and the user is told so."""
    meeting = services.meetings.find(services.rounds.plan_round(2026).id, "290")
    long_item = services.feedback.add(meeting.id, "question", ("Pitkä lausunto. " * 2600)[:40_000])
    _host, actions = _install(qtbot, services.db)
    dialogs.save_to = str(tmp_path / "kaikki.xlsx")
    with qtbot.waitSignal(actions.finished, timeout=30_000):
        actions.export_action.trigger()
    kind, title, text = dialogs.shown[-1]
    assert (kind, title) == ("info", "Vienti valmis")
    assert "Huomaa:" in text and "jatkuu sarakkeissa" in text and long_item.id in text


def test_a_quick_export_never_brings_its_progress_window_back_over_the_result(
        qtbot, source, dialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The job ends before the progress window's 300 ms delay; the result message then runs its
    own event loop (as a modal box does), and the delayed show must not pop the progress window
    up over it, where the two modal windows would block each other."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    seen_during_message: list[bool] = []

    def modal_information(parent: Any, title: str, text: str, *rest: Any) -> QMessageBox.StandardButton:
        loop = QEventLoop()
        QTimer.singleShot(800, loop.quit)
        loop.exec()
        seen_during_message.append(any(isinstance(w, QProgressDialog) and w.isVisible()
                                       for w in QApplication.topLevelWidgets()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", staticmethod(modal_information))
    _host, actions = _install(qtbot, source)
    dialogs.save_to = str(tmp_path / "pieni.json")
    with qtbot.waitSignal(actions.finished, timeout=20_000):
        actions.export_action.trigger()
    assert seen_during_message == [False]

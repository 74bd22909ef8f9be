"""Report menu actions and the PDF preview, on a small stand-in for the main window (the real
window implements the same AppHost protocol). Only modal dialogs are replaced (the edge)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMenu

from desktop_app.domain.enums import FeedbackKind
from desktop_app.services import Services
from desktop_app.ui import pdf_preview
from desktop_app.ui.extensions import INSTALLERS
from desktop_app.ui.host import MENU_FILE, MENU_HELP, MENU_MANAGERS, MENU_MEETING, MENU_TOOLS
from desktop_app.ui.report_actions import ReportActions, install_report_actions
from desktop_app.ui.workers import TaskRunner


class FakeHost(QMainWindow):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.tasks = TaskRunner(self)
        self.menus: dict[str, QMenu] = {}
        for key, title in ((MENU_FILE, "Tiedosto"), (MENU_MEETING, "Neuvottelu"),
                           (MENU_MANAGERS, "Kuntajohtajakokous"), (MENU_TOOLS, "Työkalut"),
                           (MENU_HELP, "Ohje")):
            self.menus[key] = self.menuBar().addMenu(title)
        self.menus[MENU_FILE].addAction("Lopeta")
        self.meeting_id: str | None = None
        self.managers_meeting_id: str | None = None
        self.round_id: str | None = None
        self.statuses: list[str] = []

    def window(self) -> QMainWindow:  # type: ignore[override]
        return self

    def menu(self, key: str) -> QMenu:
        return self.menus[key]

    def current_round_id(self) -> str | None:
        return self.round_id

    def current_meeting_id(self) -> str | None:
        return self.meeting_id

    def current_managers_meeting_id(self) -> str | None:
        return self.managers_meeting_id

    def show_status(self, message: str, timeout_ms: int = 5000) -> None:
        self.statuses.append(message)

    def refresh(self) -> None:
        pass


@pytest.fixture
def host(qtbot, services: Services, make_meeting, make_feedback) -> FakeHost:
    meeting = make_meeting(2026, "290")
    make_feedback("Kuhmon liikennepalaute", meeting=meeting)
    make_feedback("Kuhmon edunajamiskohde", meeting=meeting, sector_code=None,
                  kind=FeedbackKind.ADVOCACY_TARGET)
    window = FakeHost(services)
    window.meeting_id = meeting.id
    window.round_id = meeting.round_id
    qtbot.addWidget(window)
    yield window
    window.tasks.wait()


def _texts(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def test_installer_is_registered_and_adds_menu_entries(host: FakeHost) -> None:
    assert install_report_actions in INSTALLERS
    install_report_actions(host)
    assert "Esikatsele neuvottelumuistio…" in _texts(host.menus[MENU_MEETING])
    assert "Tulosta neuvottelumuistio…" in _texts(host.menus[MENU_MEETING])
    file_items = _texts(host.menus[MENU_FILE])
    assert file_items[:2] == ["Kierroksen yhteenveto (PDF)…", "Avoimet jatkotoimenpiteet (PDF)…"]
    assert file_items[-1] == "Lopeta"


def test_handout_actions_disabled_without_a_meeting(host: FakeHost) -> None:
    host.meeting_id = None
    actions = install_report_actions(host)
    assert not actions.preview_handout.isEnabled()
    actions._preview_handout()
    assert host.statuses[-1] == "Valitse ensin neuvottelu."
    assert not actions.dialogs


def _preview(qtbot, actions: ReportActions, trigger) -> pdf_preview.PdfPreviewDialog:
    before = len(actions.dialogs)
    trigger()
    # the PDF is built in a worker: nothing is shown until its result comes back through the loop
    assert len(actions.dialogs) == before
    qtbot.waitUntil(lambda: len(actions.dialogs) > before, timeout=20_000)
    dialog = actions.dialogs[-1]
    assert dialog.pages.count > 0
    return dialog


def test_preview_save_and_print_the_handout(qtbot, host: FakeHost, tmp_path: Path, monkeypatch) -> None:
    actions = install_report_actions(host)
    dialog = _preview(qtbot, actions, actions.preview_handout.trigger)
    assert dialog.windowTitle() == "Neuvottelumuistio: Kuhmo 2026"
    assert "Kuhmon liikennepalaute" in dialog.pages.text(0)
    pages = dialog.pages.count
    assert pages == len(PdfReader(io.BytesIO(dialog.data)).pages)

    target = tmp_path / "muistio"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    saved = dialog.save_as()
    assert saved == tmp_path / "muistio.pdf" and saved.read_bytes() == dialog.data

    printed = tmp_path / "tulostin.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    monkeypatch.setattr(pdf_preview.QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert dialog.print_pdf(printer)
    assert len(PdfReader(printed).pages) == pages

    monkeypatch.setattr(pdf_preview.QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert not dialog.print_pdf(printer)


def test_save_handout_directly_and_cancel(qtbot, host: FakeHost, tmp_path: Path, monkeypatch) -> None:
    actions = install_report_actions(host)
    target = tmp_path / "suoraan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    actions.save_handout.trigger()
    qtbot.waitUntil(target.exists, timeout=20_000)
    assert PdfReader(target).metadata.title == "Neuvottelumuistio: Kuhmo 2026"
    assert host.statuses[-1].startswith("Tallennettu:")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    actions.save_handout.trigger()
    qtbot.waitUntil(lambda: host.statuses[-1] == "Tallennus peruttiin.", timeout=20_000)


def test_round_summary_and_follow_up_list_previews(qtbot, host: FakeHost) -> None:
    actions = install_report_actions(host)
    summary = _preview(qtbot, actions, actions.round_summary.trigger)
    assert summary.windowTitle().startswith("Yhteenveto: Kuntaneuvottelut 2026")
    assert summary.pages.count >= 4
    follow_ups = _preview(qtbot, actions, actions.follow_up_list.trigger)
    assert follow_ups is not summary
    assert "Ei avoimia jatkotoimenpiteitä." in follow_ups.pages.text(0)


def test_a_failure_in_the_worker_is_shown_not_raised(qtbot, host: FakeHost, monkeypatch) -> None:
    from desktop_app.ui import report_actions
    shown: list[str] = []
    monkeypatch.setattr(report_actions.QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    host.meeting_id = "ei-ole-olemassa"
    actions = install_report_actions(host)
    actions.preview_handout.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert host.statuses[-1] == "PDF:n luonti epäonnistui."
    assert not actions.dialogs

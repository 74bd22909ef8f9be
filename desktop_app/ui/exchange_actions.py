"""File menu: "Vie tiedot…" (bundle, Excel, CSV) and "Tuo siirtopaketti…".

The work runs in a worker (host.tasks) with a progress dialog that can cancel it. An import is
first run as a dry run, so the user sees what would change and confirms before anything is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog

from desktop_app.domain.errors import KuntapalauteError
from desktop_app.domain.progress import Progress
from desktop_app.ui.busy import dismiss_progress
from desktop_app.ui.error_text import error_text
from desktop_app.ui.host import MENU_FILE, AppHost
from desktop_app.ui.workers import Task

# desktop_app.exchange (jsonschema, openpyxl) loads on first use, not at start-up.
if TYPE_CHECKING:
    from desktop_app.exchange.bundle import ExportSummary
    from desktop_app.exchange.importer import ImportReport
    from desktop_app.exchange.scope import Scope
    from desktop_app.exchange.spreadsheets import SpreadsheetSummary


class ExchangeActions(QObject):
    """Owns the two menu actions and the running job. `finished(text)` is emitted with the final
    message shown to the user (handy for tests and the status bar)."""

    finished = Signal(str)

    def __init__(self, host: AppHost) -> None:
        super().__init__(host.window())
        self.host = host
        self.export_action = QAction(self.tr("&Vie tiedot…"), self)
        self.export_action.setStatusTip(self.tr("Vie siirtopaketti (JSON), Excel-työkirja tai CSV"))
        self.export_action.triggered.connect(self.export)
        self.import_action = QAction(self.tr("&Tuo siirtopaketti…"), self)
        self.import_action.setStatusTip(self.tr("Tuo toisen koneen tai keskusjärjestelmän siirtopaketti"))
        self.import_action.triggered.connect(self.import_)
        self._dialog: QProgressDialog | None = None
        self._task: Task | None = None

    # ---- export -------------------------------------------------------------------------------

    def _scope_choices(self) -> list[tuple[str, Scope]]:
        """Everything, each year's managers' meetings, then the open round and negotiation (the
        most specific last: what the question offers first when one is open)."""
        from desktop_app.exchange.scope import ALL, MANAGERS, MEETING, ROUND, Scope

        choices = [(self.tr("Kaikki tiedot"), Scope(ALL))]
        for year in sorted(self.host.services.managers.years(), reverse=True):
            label = self.tr("Kuntajohtajakokoukset %1").replace("%1", str(year))
            choices.append((label, Scope(MANAGERS, year=year)))
        round_id = self.host.current_round_id()
        if round_id:
            round_ = self.host.services.rounds.get(round_id)
            label = self.tr("Kierros %1").replace("%1", round_.label)
            choices.append((label, Scope(ROUND, year=round_.year)))
        meeting_id = self.host.current_meeting_id()
        if meeting_id:
            meeting = self.host.services.meetings.get(meeting_id)
            label = self.tr("Neuvottelu: %1 %2").replace("%1", meeting.municipality_name).replace(
                "%2", str(meeting.round_year))
            choices.append((label, Scope(MEETING, meeting=meeting_id)))
        return choices

    def export(self) -> None:
        from desktop_app.exchange.scope import MANAGERS

        choices = self._scope_choices()
        scope = choices[0][1]
        if len(choices) > 1:
            labels = [label for label, _ in choices]
            opened = choices[-1][1].kind != MANAGERS  # a round or negotiation is open: offer it
            picked, ok = QInputDialog.getItem(self.host.window(), self.tr("Vie tiedot"),
                                              self.tr("Mitä viedään?"), labels,
                                              len(labels) - 1 if opened else 0, False)
            if not ok:
                return
            scope = choices[labels.index(picked)][1]
        filters = [self.tr("Siirtopaketti (*.json)"), self.tr("Excel-työkirja (*.xlsx)"),
                   self.tr("CSV, palautekoonti (*.csv)")]
        path_text, chosen = QFileDialog.getSaveFileName(
            self.host.window(), self.tr("Vie tiedot"), "kuntapalaute.json", ";;".join(filters), filters[0])
        if not path_text:
            return
        path = Path(path_text)
        kind = {".xlsx": "xlsx", ".csv": "csv", ".json": "json"}.get(path.suffix.lower())
        if kind is None:  # no suffix typed: take it from the chosen filter
            kind = ["json", "xlsx", "csv"][filters.index(chosen)] if chosen in filters else "json"
            path = path.with_suffix("." + kind)
        db = self.host.services.db

        def work(progress: Progress) -> ExportSummary | SpreadsheetSummary:
            from desktop_app.exchange.bundle import export_bundle
            from desktop_app.exchange.spreadsheets import export_csv, export_xlsx

            if kind == "xlsx":
                return export_xlsx(db, scope, path, progress)
            if kind == "csv":
                return export_csv(db, scope, path, flat=True, progress=progress)
            return export_bundle(db, scope, path, progress)

        self._run(self.tr("Viedään tietoja…"), work, lambda result: self._exported(path, result))

    def _exported(self, path: Path, result: ExportSummary | SpreadsheetSummary) -> None:
        from desktop_app.exchange.bundle import ExportSummary

        if isinstance(result, ExportSummary):
            rows = sum(result.counts.values())
            text = self.tr("Siirtopaketti tallennettiin: %1\n%2 tietuetta. Tarkistussumma %3…").replace(
                "%1", str(path)).replace("%2", str(rows)).replace("%3", result.sha256[:12])
        else:
            text = self.tr("Taulukko tallennettiin: %1\n%2 riviä.").replace("%1", str(path)).replace(
                "%2", str(sum(result.rows.values())))
            if result.notices:  # split cells and the like: the rows are named, nothing is cut silently
                text += "\n\n" + self.tr("Huomaa:") + "\n" + "\n".join(result.notices)
        self._inform(self.tr("Vienti valmis"), text)

    # ---- import -------------------------------------------------------------------------------

    def import_(self) -> None:
        path_text, _ = QFileDialog.getOpenFileName(self.host.window(), self.tr("Tuo siirtopaketti"), "",
                                                   self.tr("Siirtopaketti (*.json);;Kaikki tiedostot (*)"))
        if not path_text:
            return
        path = Path(path_text)
        db = self.host.services.db
        self._run(self.tr("Tarkistetaan siirtopakettia…"),
                  lambda progress: _import_bundle(db, path, dry_run=True, progress=progress),
                  lambda report: self._previewed(path, report))

    def _previewed(self, path: Path, report: ImportReport) -> None:
        if not report.changed:
            self._inform(self.tr("Ei muutoksia"), self._summary(report, self.tr(
                "Paketissa ei ole mitään uutta tähän tietokantaan.")))
            return
        lead = self.tr("Paketista %1 lisätään %2 ja päivitetään %3 tietuetta; %4 ohitetaan. Jatketaanko?")
        lead = lead.replace("%1", report.file).replace("%2", str(report.total("added"))).replace(
            "%3", str(report.total("updated"))).replace("%4", str(report.total("skipped")))
        answer = QMessageBox.question(
            self.host.window(), self.tr("Tuodaanko siirtopaketti?"),
            "\n".join([lead, "", *report.entity_lines()]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            self.finished.emit(self.tr("Tuonti peruttiin."))
            return
        db = self.host.services.db
        self._run(self.tr("Tuodaan siirtopakettia…"),
                  lambda progress: _import_bundle(db, path, progress=progress), self._imported)

    def _imported(self, report: ImportReport) -> None:
        self.host.refresh()
        self._inform(self.tr("Tuonti valmis"), self._summary(report, ""))

    def _summary(self, report: ImportReport, lead: str) -> str:
        lines = report.lines()
        return "\n".join([lead, "", *lines] if lead else lines)

    # ---- running and reporting ----------------------------------------------------------------

    def _run(self, title: str, work: Callable[[Progress], Any], done: Callable[[Any], None]) -> None:
        dialog = QProgressDialog(title, self.tr("Peruuta"), 0, 0, self.host.window())
        dialog.setWindowTitle(self.tr("Tiedonsiirto"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)  # steps restart from 0 per phase; only the job's end closes it
        dialog.setAutoReset(False)
        self._dialog = dialog
        self.export_action.setEnabled(False)
        self.import_action.setEnabled(False)

        def finish(callback: Callable[..., None]) -> Callable[..., None]:
            def handler(*args: Any) -> None:
                self._close_progress()
                callback(*args)
            return handler

        self._task = self.host.tasks.start(
            work, on_done=finish(done), on_error=finish(self._failed),
            on_progress=self._progress, on_cancelled=finish(self._cancelled))
        dialog.canceled.connect(self._task.cancel)

    def _progress(self, done: int, total: int, message: str) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(min(done, total))
            if message:
                self._dialog.setLabelText(message)
        if message:
            self.host.show_status(message)

    def _close_progress(self) -> None:
        if self._dialog is not None:
            dismiss_progress(self._dialog)
            self._dialog = None
        self._task = None
        self.export_action.setEnabled(True)
        self.import_action.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        from desktop_app.exchange.errors import BundleError

        if isinstance(error, BundleError):
            details = error.details()
            text = self.tr("Siirtopakettia %1 ei tuotu, eikä tietokantaan tehty muutoksia.").replace(
                "%1", error.file) + "\n\n" + "\n".join(f"• {line}" for line in details[:8])
            if len(details) > 8:
                text += "\n" + self.tr("…ja %1 muuta.").replace("%1", str(len(details) - 8))
        elif isinstance(error, KuntapalauteError):
            text = error_text(error)
        else:
            text = self.tr("Odottamaton virhe: %1").replace("%1", error_text(error) or type(error).__name__)
        QMessageBox.warning(self.host.window(), self.tr("Tiedonsiirto epäonnistui"), text)
        self.finished.emit(text)

    def _cancelled(self) -> None:
        text = self.tr("Tiedonsiirto peruttiin; mitään ei tallennettu.")
        self.host.show_status(text)
        self.finished.emit(text)

    def _inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.host.window(), title, text)
        self.host.show_status(title)
        self.finished.emit(text)


def _import_bundle(*args: Any, **kwargs: Any) -> ImportReport:
    from desktop_app.exchange.importer import import_bundle

    return import_bundle(*args, **kwargs)


def install_exchange_actions(host: AppHost) -> ExchangeActions:
    """Adds the export and import actions to the File menu (an `extensions.INSTALLERS` entry)."""
    actions = ExchangeActions(host)
    menu = host.menu(MENU_FILE)
    menu.addAction(actions.export_action)
    menu.addAction(actions.import_action)
    menu.addSeparator()
    return actions

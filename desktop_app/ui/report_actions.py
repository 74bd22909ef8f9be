"""Menu actions for the printed summaries: preview, print and save the meeting handout and the
agenda and minutes of a managers' meeting; the round summary and the follow-up list (both kinds
of meeting, or one). PDFs are built in a worker; the GUI thread only shows them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.domain.enums import MeetingKind
from desktop_app.domain.progress import Progress
from desktop_app.ui.error_text import error_text
from desktop_app.ui.host import MENU_FILE, MENU_MANAGERS, MENU_MEETING, AppHost

# ReportLab (in the jobs) and PDFium with Qt's print module (in the preview) load on first use.
if TYPE_CHECKING:
    from desktop_app.ui.pdf_preview import PdfPreviewDialog


@dataclass(frozen=True)
class Generated:
    """A finished PDF with the title and file name to offer for it."""

    data: bytes
    title: str
    file_name: str


class ReportActions(QObject):
    def __init__(self, host: AppHost) -> None:
        super().__init__(host.window())
        self.host = host
        self.dialogs: list[PdfPreviewDialog] = []  # open previews (newest last)

        meeting_menu = host.menu(MENU_MEETING)
        meeting_menu.addSeparator()
        self.preview_handout = self._action(self.tr("Esikatsele neuvottelumuistio…"), self._preview_handout)
        self.print_handout = self._action(self.tr("Tulosta neuvottelumuistio…"), self._print_handout)
        self.save_handout = self._action(self.tr("Tallenna neuvottelumuistio PDF:ksi…"), self._save_handout)
        for action in (self.preview_handout, self.print_handout, self.save_handout):
            meeting_menu.addAction(action)
        self.negotiation_follow_ups = self._action(
            self.tr("Kuntaneuvottelujen avoimet jatkotoimenpiteet (PDF)…"),
            lambda: self._preview_follow_ups(MeetingKind.NEGOTIATION))
        meeting_menu.addSeparator()
        meeting_menu.addAction(self.negotiation_follow_ups)
        meeting_menu.aboutToShow.connect(self.update_enabled)

        managers_menu = host.menu(MENU_MANAGERS)
        managers_menu.addSeparator()
        self.preview_agenda = self._action(self.tr("Esikatsele asialista…"),
                                           lambda: self._managers_document("agenda", self._show))
        self.print_agenda = self._action(self.tr("Tulosta asialista…"),
                                         lambda: self._managers_document("agenda", self._print))
        self.save_agenda = self._action(self.tr("Tallenna asialista PDF:ksi…"),
                                        lambda: self._managers_document("agenda", self._save))
        self.preview_minutes = self._action(self.tr("Esikatsele muistio…"),
                                            lambda: self._managers_document("minutes", self._show))
        self.print_minutes = self._action(self.tr("Tulosta muistio…"),
                                          lambda: self._managers_document("minutes", self._print))
        self.save_minutes = self._action(self.tr("Tallenna muistio PDF:ksi…"),
                                         lambda: self._managers_document("minutes", self._save))
        self.managers_follow_ups = self._action(
            self.tr("Kuntajohtajakokousten avoimet jatkotoimenpiteet (PDF)…"),
            lambda: self._preview_follow_ups(MeetingKind.MANAGERS))
        self.managers_documents = (self.preview_agenda, self.print_agenda, self.save_agenda,
                                   self.preview_minutes, self.print_minutes, self.save_minutes)
        managers_menu.addActions(list(self.managers_documents[:3]))
        managers_menu.addSeparator()
        managers_menu.addActions(list(self.managers_documents[3:]))
        managers_menu.addSeparator()
        managers_menu.addAction(self.managers_follow_ups)
        managers_menu.aboutToShow.connect(self.update_enabled)

        file_menu = host.menu(MENU_FILE)
        self.round_summary = self._action(self.tr("Kierroksen yhteenveto (PDF)…"), self._preview_round)
        self.follow_up_list = self._action(self.tr("Avoimet jatkotoimenpiteet (PDF)…"),
                                           lambda: self._preview_follow_ups(None))
        # printouts go to the top of the file menu, above whatever the window put there (quit last)
        existing = file_menu.actions()
        if existing:
            file_menu.insertActions(existing[0], [self.round_summary, self.follow_up_list])
            file_menu.insertSeparator(existing[0])
        else:
            file_menu.addActions([self.round_summary, self.follow_up_list])
        self.update_enabled()

    def _action(self, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.host.window())
        action.triggered.connect(slot)
        return action

    def update_enabled(self) -> None:
        has_meeting = self.host.current_meeting_id() is not None
        for action in (self.preview_handout, self.print_handout, self.save_handout):
            action.setEnabled(has_meeting)
        has_managers_meeting = self.host.current_managers_meeting_id() is not None
        for action in self.managers_documents:
            action.setEnabled(has_managers_meeting)

    # --- generation in the worker -------------------------------------------------------------

    def _generate(self, job: Callable[[Progress], Generated], then: Callable[[Generated], None]) -> None:
        self.host.show_status(self.tr("Luodaan PDF-tiedostoa…"), 0)
        self.host.tasks.start(job, on_done=then, on_error=self._failed,
                              on_progress=lambda done, total, message: self.host.show_status(message, 0),
                              on_cancelled=lambda: self.host.show_status(self.tr("PDF:n luonti peruttiin.")))

    def _failed(self, exc: BaseException) -> None:
        self.host.show_status(self.tr("PDF:n luonti epäonnistui."))
        QMessageBox.warning(self.host.window(), self.tr("PDF:n luonti epäonnistui"), error_text(exc))

    def _handout_job(self) -> Callable[[Progress], Generated] | None:
        meeting_id = self.host.current_meeting_id()
        if meeting_id is None:
            self.host.show_status(self.tr("Valitse ensin neuvottelu."))
            return None
        services = self.host.services

        def job(progress: Progress) -> Generated:
            from desktop_app.reports import build_meeting_handout

            detail = services.meetings.detail(meeting_id)
            data = build_meeting_handout(detail, progress=progress)
            name = f"{detail.meeting.municipality_name} {detail.round.year}"
            return Generated(data, self.tr("Neuvottelumuistio: {0}").format(name),
                             f"Neuvottelumuistio {name}.pdf")
        return job

    def _round_job(self) -> Callable[[Progress], Generated] | None:
        services = self.host.services
        round_id = self.host.current_round_id()
        if round_id is None:
            rounds = services.rounds.list_rounds()
            if not rounds:
                self.host.show_status(self.tr("Kierroksia ei ole vielä."))
                return None
            round_id = rounds[0].id

        def job(progress: Progress) -> Generated:
            from desktop_app.reports import build_round_summary
            from desktop_app.services.report_data import load_round_summary

            data = load_round_summary(services.db, round_id, progress)
            pdf = build_round_summary(data, progress=progress)
            return Generated(pdf, self.tr("Yhteenveto: {0}").format(data.round.label),
                             f"Yhteenveto kuntaneuvottelut {data.round.year}.pdf")
        return job

    def _follow_up_job(self, kind: MeetingKind | None) -> Callable[[Progress], Generated]:
        services = self.host.services
        round_id = self.host.current_round_id()
        title, file_name = {
            None: (self.tr("Avoimet jatkotoimenpiteet"), "Avoimet jatkotoimenpiteet.pdf"),
            MeetingKind.NEGOTIATION: (self.tr("Kuntaneuvottelujen avoimet jatkotoimenpiteet"),
                                      "Avoimet jatkotoimenpiteet kuntaneuvottelut.pdf"),
            MeetingKind.MANAGERS: (self.tr("Kuntajohtajakokousten avoimet jatkotoimenpiteet"),
                                   "Avoimet jatkotoimenpiteet kuntajohtajakokoukset.pdf"),
        }[kind]

        def job(progress: Progress) -> Generated:
            from desktop_app.reports import build_follow_up_list
            from desktop_app.services.report_data import load_follow_up_list

            # the managers' list is never limited to the round open in the negotiation workspace
            data = load_follow_up_list(services.db, kind=kind,
                                       round_id=None if kind == MeetingKind.MANAGERS else round_id)
            pdf = build_follow_up_list(data, progress=progress)
            return Generated(pdf, title, file_name)
        return job

    def _managers_job(self, document: str) -> Callable[[Progress], Generated] | None:
        """`document` is "agenda" or "minutes"."""
        meeting_id = self.host.current_managers_meeting_id()
        if meeting_id is None:
            self.host.show_status(self.tr("Valitse ensin kuntajohtajakokous."))
            return None
        services = self.host.services
        if document == "agenda":
            title, stem = self.tr("Asialista: kuntajohtajakokous {0}"), "Asialista kuntajohtajakokous"
        else:
            title, stem = self.tr("Muistio: kuntajohtajakokous {0}"), "Muistio kuntajohtajakokous"

        def job(progress: Progress) -> Generated:
            from desktop_app.reports import build_agenda, build_minutes
            from desktop_app.services.report_data import load_managers_meeting

            data = load_managers_meeting(services.db, meeting_id)
            build = build_agenda if document == "agenda" else build_minutes
            pdf = build(data, progress=progress)
            label = data.detail.meeting.label
            return Generated(pdf, title.format(label), f"{stem} {label.replace('/', '-')}.pdf")
        return job

    # --- what happens with the PDF -------------------------------------------------------------

    def _show(self, result: Generated) -> PdfPreviewDialog:
        from desktop_app.ui.pdf_preview import PdfPreviewDialog

        self.host.show_status(self.tr("PDF valmis."))
        dialog = PdfPreviewDialog(result.data, result.title, result.file_name, self.host.window())
        dialog.destroyed.connect(lambda *_: self.dialogs.remove(dialog) if dialog in self.dialogs else None)
        self.dialogs.append(dialog)
        dialog.show()
        return dialog

    def _preview_handout(self) -> None:
        job = self._handout_job()
        if job:
            self._generate(job, self._show)

    def _print_handout(self) -> None:
        job = self._handout_job()
        if job:
            self._generate(job, lambda result: self._show(result).print_pdf())

    def _save_handout(self) -> None:
        job = self._handout_job()
        if job:
            self._generate(job, self._save)

    def _save(self, result: Generated) -> None:
        name, _ = QFileDialog.getSaveFileName(self.host.window(), self.tr("Tallenna PDF"), result.file_name,
                                              self.tr("PDF-tiedostot (*.pdf)"))
        if not name:
            self.host.show_status(self.tr("Tallennus peruttiin."))
            return
        path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        from desktop_app.ui.pdf_preview import save_pdf

        try:
            save_pdf(result.data, path)
        except OSError as exc:
            self._failed(exc)
            return
        self.host.show_status(self.tr("Tallennettu: {0}").format(path))

    def _preview_round(self) -> None:
        job = self._round_job()
        if job:
            self._generate(job, self._show)

    def _preview_follow_ups(self, kind: MeetingKind | None) -> None:
        self._generate(self._follow_up_job(kind), self._show)

    def _print(self, result: Generated) -> None:
        self._show(result).print_pdf()

    def _managers_document(self, document: str, then: Callable[[Generated], object]) -> None:
        job = self._managers_job(document)
        if job:
            self._generate(job, then)  # type: ignore[arg-type]


def install_report_actions(host: AppHost) -> ReportActions:
    """Installer for `ui.extensions.INSTALLERS`; the actions live as long as the main window."""
    return ReportActions(host)

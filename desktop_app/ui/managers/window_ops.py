"""The main window's part for the two forums and the managers' meeting workspace: Alt+1 / Alt+2,
opening a managers' meeting, its status, and the edit keys shared with the negotiation workspace
(Ctrl+Enter, Alt+Delete, Alt+Up/Down act on what the current page shows). A mixin of MainWindow,
whose translation context its texts keep."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.enums import Attendance, MatterStatus, MeetingStatus
from desktop_app.domain.errors import KuntapalauteError
from desktop_app.ui import dialogs
from desktop_app.ui.error_text import error_text
from desktop_app.ui.managers.navigation import ForumsPage

T = QCoreApplication  # lupdate finds T.translate("MainWindow", ...), the runtime context

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow as _Base
else:
    _Base = object


class ManagersPages(_Base):
    def show_forum(self, index: int) -> None:
        """Alt+1 *Kuntaneuvottelut*, Alt+2 *Kuntajohtajakokoukset*: the start page's tab."""
        self.autosave.flush()
        self._show_page(self.forums)
        (self.navigation.reload if index == ForumsPage.NEGOTIATIONS else self.managers_navigation.reload)()
        self.forums.show_forum(index)

    # ---- the managers' meeting workspace ---------------------------------------------------

    def open_managers_meeting(self, meeting_id: str, matter_id: str = "") -> None:
        """Raises nothing: a meeting that is gone is said in the status bar (and forgotten)."""
        try:   # words typed in the page left behind land first, or the user is asked
            if not self.managers.open_meeting(meeting_id, matter_id):
                self.back_to_unsaved()   # "Palaa": to the page the text was typed in
                return
        except KuntapalauteError as exc:
            self.show_status(error_text(exc))
            self.settings.remember_position(None)
            return
        self._managers_meeting_id = meeting_id
        self._show_page(self.managers_view)
        self._update_actions()
        if self.managers.matter is None:
            self.managers.focus_entry()   # an empty agenda: the first matter's title
        else:
            self.managers_view.agenda.table.setFocus()

    def managers_tab(self, index: int) -> None:
        managers = self.built_managers()
        if managers is None or managers.detail is None:
            return
        self._show_page(self.managers_view)
        self.managers.show_tab(index)

    def plan_managers_year(self) -> None:
        self.show_forum(ForumsPage.MANAGERS)
        self.managers_navigation.plan_year()

    def _on_managers_page(self) -> bool:
        managers = self.built_managers()
        return managers is not None and managers.detail is not None and self.showing(self._managers_view)

    def _workspace_edit(self) -> bool:
        """The negotiation workspace exists to take an edit key (never built: no meeting, no item)."""
        return self.built_workspace() is not None

    def new_item(self) -> None:
        """Ctrl+Enter: a new matter in a managers' meeting, a new item in a negotiation."""
        if self._on_managers_page():
            self.managers.new_matter()
        elif self._workspace_edit():
            self.workspace.new_item()

    def delete_item(self) -> None:
        if self._on_managers_page():
            self.managers.delete_matter()
        elif self._workspace_edit():
            self.workspace.delete_current()

    def move_item(self, delta: int) -> None:
        if self._on_managers_page():
            self.managers.move_matter(delta)
        elif self._workspace_edit():
            self.workspace.move_current(delta)

    def set_managers_status(self, status: MeetingStatus) -> None:
        managers = self.built_managers()
        if managers is None or managers.detail is None:
            return   # no managers' meeting open: nothing changed, nothing to report
        try:
            self.managers.set_status(status)
        except KuntapalauteError as exc:
            dialogs.show_error(self, error_text(exc))
            return
        self.show_status(T.translate("MainWindow", "Kokouksen tila päivitetty."))
        self._update_actions()

    def close_managers_meeting(self) -> None:
        from desktop_app.ui.managers import dialogs as managers_dialogs
        from desktop_app.ui.managers import labels as ml
        from desktop_app.ui.managers.labels import meeting_label

        managers = self.built_managers()
        detail = managers.detail if managers is not None else None
        if detail is None:
            return
        self.autosave.flush()
        try:   # as just written (one meeting's rows: a quick local read)
            detail = self.services.agenda.detail(detail.meeting.id)
        except KuntapalauteError as exc:
            dialogs.show_error(self, error_text(exc))
            return
        unmarked = [a.name or a.organisation or ml.role(a.role) for a in detail.attendees
                    if a.attendance == Attendance.UNMARKED]
        without_notes = [f"{m.number}. {m.title}" for m in detail.matters
                         if m.status == MatterStatus.OPEN and not m.notes.strip() and not m.follow_ups]
        if managers_dialogs.confirm_close(self, meeting_label(detail.meeting), unmarked, without_notes):
            self.set_managers_status(MeetingStatus.CLOSED)

    def reopen_managers_meeting(self) -> None:
        managers = self.built_managers()
        if managers is None or managers.detail is None:
            return
        try:
            self.managers.reopen()
        except KuntapalauteError as exc:
            dialogs.show_error(self, error_text(exc))
            return
        self.show_status(
            T.translate(
                "MainWindow",
                "Kokous on taas muokattavissa. Muistio on LUONNOS, kunnes kokous suljetaan uudelleen.",
            ),
            10000,
        )
        self._update_actions()
        self.managers.focus_entry()

    def show_workspace(self) -> None:
        workspace = self.built_workspace()
        if workspace is not None and workspace.detail is not None:
            self.workspace.refresh_links()   # a matter may have been added or removed meanwhile
            self._show_page(self.workspace_view)
            self._focus_editor()

    def show_search(self) -> None:
        self.autosave.flush()
        self.search.reload_filters()
        self._show_page(self.search)
        self.search.focus_query()

    def show_followups(self) -> None:
        self.autosave.flush()
        self.followups.reload_owners()
        self.followups.reload()
        self._show_page(self.followups)
        self.followups.table.setFocus()

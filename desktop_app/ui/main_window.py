"""The main window: pages (navigation, workspace, search, follow-ups), menus, the autosave
indicator, and the AppHost that report/sync/exchange features plug into. Only the start page is
built with the window; the others when first used (ui/pages.py)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu, QStackedWidget, QWidget

from desktop_app import APP_NAME, __version__
from desktop_app.domain.enums import MeetingStatus
from desktop_app.domain.errors import KuntapalauteError, NotFoundError, StorageError
from desktop_app.domain.formatting import fi_clock
from desktop_app.ui import dialogs
from desktop_app.ui.actions import build_menus, create_actions
from desktop_app.ui.announce import announce
from desktop_app.ui.busy import BusyIndicator, ObservedTaskRunner
from desktop_app.ui.error_text import error_text
from desktop_app.ui.extensions import INSTALLERS
from desktop_app.ui.managers.navigation import ForumsPage, ManagersNavigationView
from desktop_app.ui.managers.window_ops import ManagersPages
from desktop_app.ui.navigation import NavigationView
from desktop_app.ui.pages import LazyPages
from desktop_app.ui.screen_fit import ScreenFit, fit_on_screen
from desktop_app.ui.settings import UiSettings
from desktop_app.ui.shortcuts import ShortcutsDialog, key_names
from desktop_app.ui.unsaved_exit import UnsavedOnExit
from desktop_app.ui.widgets import release_focus_within
from desktop_app.ui.workers import TaskRunner
from desktop_app.ui.workspace.autosave import AutosaveController

if TYPE_CHECKING:
    from desktop_app.services import Services

log = logging.getLogger(__name__)


class MainWindow(UnsavedOnExit, ManagersPages, LazyPages, QMainWindow):
    written = Signal()   # any write committed (the unsynced count is stale)

    def __init__(self, services: Services, settings: UiSettings, language: str = "fi",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.language = language
        runner = ObservedTaskRunner(self)
        self.tasks: TaskRunner = runner
        self.undo_stack = QUndoStack(self)
        self.autosave = AutosaveController(self)
        self.setWindowTitle(f"{APP_NAME} {__version__}")
        self.setMinimumSize(1000, 620)

        self.navigation = NavigationView(services, self.tasks)
        self.managers_navigation = ManagersNavigationView(services, self.tasks)
        self.forums = ForumsPage(self.navigation, self.managers_navigation)
        self.pages = QStackedWidget()
        self._add_page(self.forums)   # the other pages join the stack when built (ui/pages.py)
        self.setCentralWidget(self.pages)
        self._history: list[QWidget] = []
        self._left_focus: dict[QWidget, QWidget] = {}   # page -> where the keyboard was on leaving it
        self._managers_meeting_id: str | None = None  # the managers' meeting workspace sets it

        self.save_state = QLabel(self.tr("Ei tallentamattomia muutoksia"))
        self.save_state.setObjectName("saveState")
        # Named by its text (a screen reader reads what is shown); what it is, as the description.
        self.save_state.setAccessibleDescription(self.tr("Tallennuksen tila"))
        self.busy = BusyIndicator(runner, self)
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.save_state)
        self.autosave.saved.connect(self._saved)
        self.autosave.failed.connect(self._save_failed)
        self.autosave.busy.connect(self._unsaved)
        self.autosave.rejected.connect(self._not_saved)
        self.autosave.deferred.connect(self._not_saved)
        self.autosave.refused.connect(lambda message: self.show_status(message, 10000))
        self.autosave.discarded.connect(self._unsaved_dropped)
        self.autosave.settled.connect(self._restate_save_state)
        # Text the database does not hold is never thrown away without this question (tests
        # replace dialogs.ask_unsaved, the one edge they mock).
        self.autosave.ask = lambda entries, closing: dialogs.ask_unsaved(self, entries, closing)
        app = QApplication.instance()
        if isinstance(app, QGuiApplication):
            app.commitDataRequest.connect(self._session_ending)

        self.actions_by_name = create_actions(self)
        self._menus = build_menus(self, self.actions_by_name)
        for key in ("undo", "redo"):   # after an undo the next words go where they belong
            self.actions_by_name[key].triggered.connect(self._focus_after_command)
        self.navigation.open_meeting.connect(self.open_meeting)
        self.navigation.message.connect(self.show_status)
        self.managers_navigation.open_meeting.connect(self.open_managers_meeting)
        self.managers_navigation.message.connect(self.show_status)
        self.managers_navigation.written.connect(self.autosave.note_saved)
        self.pages.currentChanged.connect(lambda _i: self._update_actions())
        for install in INSTALLERS:
            try:
                install(self)
            except Exception:  # a broken feature must not keep the user from typing
                log.exception("Feature installer %r failed", install)
        geometry = settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)   # saved on a bigger screen? fitted below and on show
        fit_on_screen(self, None if geometry is not None else QSize(1366, 800))  # all a laptop has
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self._screen_fit = ScreenFit(app, self)   # dialogs too, when they open
        self._update_actions()

    # ---- AppHost ---------------------------------------------------------------------------

    def window(self) -> QWidget:  # type: ignore[override]
        return self

    def menu(self, key: str) -> QMenu:
        return self._menus[key]

    def current_round_id(self) -> str | None:
        workspace = self.built_workspace()
        if workspace is not None and workspace.detail is not None and self.showing(self._workspace_view):
            return workspace.detail.round.id
        return self.navigation.current_round_id()

    def current_meeting_id(self) -> str | None:
        workspace = self.built_workspace()
        return workspace.meeting_id if workspace is not None else None

    def current_managers_meeting_id(self) -> str | None:
        return self._managers_meeting_id

    def show_status(self, message: str, timeout_ms: int = 5000) -> None:
        """Show `message` in the status bar and announce it to a screen reader (politely)."""
        self.statusBar().showMessage(message, timeout_ms)
        announce(self.statusBar(), message)

    def refresh(self) -> None:
        self.autosave.flush()
        self.navigation.reload()
        workspace = self.built_workspace()
        if workspace is not None and workspace.detail is not None:
            try:
                workspace.reload_meeting()
            except NotFoundError:
                workspace.detail = None
                self.show_navigation()
        if self.showing(self._followups):
            self.followups.reload()
        self.managers_navigation.reload()
        managers = self.built_managers()
        if managers is not None and managers.detail is not None:
            try:
                managers.reload()
            except NotFoundError:
                managers.detail = None
                self._managers_meeting_id = None
                if self.showing(self._managers_view):
                    self.show_navigation()

    # ---- start-up and pages ----------------------------------------------------------------

    def start(self) -> None:
        """Show the rounds, then reopen the meeting and section the user was in (crash or not)."""
        meeting_id, section, item_id = self.settings.position()
        self.navigation.reload()
        self.managers_navigation.reload()
        self._show_page(self.forums, remember=False)
        if meeting_id:
            from desktop_app.ui.managers.controller import POSITION_SECTION

            try:
                if section == POSITION_SECTION:
                    self.open_managers_meeting(meeting_id, item_id)
                else:
                    self.open_meeting(meeting_id, section, item_id)
            except StorageError as exc:
                # The file could not be read (another process is restoring it, say): the meeting
                # is still there, so the position stays for the next start; the failure itself
                # is reported by whoever opens the file (ui/app.py).
                log.warning("Could not reopen the last meeting: %s", exc)
            except KuntapalauteError:
                self.settings.remember_position(None)
        if self.pages.currentWidget() is self.forums:
            self.forums.show_forum(self.forums.currentIndex())

    def services_arrived(self) -> None:
        """The services have loaded after a first-screen start-up: write what was typed
        meanwhile (held in the autosave), then read what the reopened meeting's first paint
        left out."""
        self.autosave.release()
        workspace = self.built_workspace()
        if workspace is not None:
            workspace.services_arrived()

    def _show_page(self, page: QWidget, remember: bool = True) -> None:
        current = self.pages.currentWidget()
        if remember and current is not page:
            self._history.append(current)
            self._history = self._history[-20:]
        if current is not page:
            focus = QApplication.focusWidget()
            if focus is not None and current.isAncestorOf(focus):
                self._left_focus[current] = focus   # for "Palaa" (back_to_unsaved)
            release_focus_within(current)   # every caller puts the focus where it belongs next
        self.pages.setCurrentWidget(page)

    def show_navigation(self) -> None:
        """The start page, on the forum of the meeting the user was in."""
        self.autosave.flush()
        managers = self.showing(self._managers_view) or (
            self.pages.currentWidget() is self.forums and self.forums.currentIndex() == ForumsPage.MANAGERS)
        self._show_page(self.forums)
        self.navigation.reload(select_meeting_id=self.current_meeting_id())
        self.managers_navigation.reload(select_meeting_id=self._managers_meeting_id)
        self.forums.show_forum(ForumsPage.MANAGERS if managers else ForumsPage.NEGOTIATIONS)

    def back_to_unsaved(self) -> None:
        """"Palaa" on the unsaved-text question: from the start page (Enter on a meeting, say)
        back to the workspace the user came from, the keyboard where it was when they left (the
        text that did not land; the page's first field, the meeting date, took it before); a
        workspace page stays where it is."""
        if self.showing(self._workspace_view) or self.showing(self._managers_view):
            return
        self.go_back()
        focus = self._left_focus.get(self.pages.currentWidget())
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible() and focus.isEnabled():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._focus_after_command()

    def go_back(self) -> None:
        while self._history:
            page = self._history.pop()   # a page in the history has been built
            if (page is not self._workspace_view or self.workspace.detail is not None) and (
                    page is not self._managers_view or self.managers.detail is not None):
                self.autosave.flush()
                self.pages.setCurrentWidget(page)
                return

    def open_meeting(self, meeting_id: str, section_key: str = "", item_id: str = "") -> None:
        """Open a meeting; without a section, where the user last was in it (if it was this one)."""
        if not section_key:
            last_meeting, last_section, last_item = self.settings.position()
            if last_meeting == meeting_id:
                section_key, item_id = last_section, last_item
        if not self.workspace.open_meeting(meeting_id, section_key, item_id):
            self.back_to_unsaved()
            return
        self._show_page(self.workspace_view)
        self._update_actions()
        self._focus_editor()

    def open_item(self, meeting_id: str, feedback_id: str) -> None:
        from desktop_app.ui.models.sections import section_key_of

        try:
            record = self.services.feedback.get(feedback_id)
        except KuntapalauteError as exc:
            self.show_status(error_text(exc))
            return
        self.open_meeting(meeting_id, section_key_of(record) or "", feedback_id)

    def step_section(self, delta: int) -> None:
        if self.showing(self._workspace_view):
            self.workspace.step_section(delta)
            self._focus_editor()

    def goto_section(self, key: str) -> None:
        workspace = self.built_workspace()
        if workspace is not None and workspace.detail is not None:
            self._show_page(self.workspace_view)
            self.workspace.select_section(key)
            self._focus_editor()

    def goto_uncovered_sector(self) -> None:
        if self.built_workspace() is None:
            return   # no meeting was ever open
        model = self.workspace.section_model
        rows = [row for row in range(model.rowCount()) if model.section(row).is_sector]
        if not rows or self.workspace.detail is None:
            return
        current = self.workspace_view.sections.currentIndex().row()
        uncovered = [r for r in rows if not model.index(r).data(Qt.ItemDataRole.UserRole + 10)]
        target = next((r for r in uncovered if r > current), uncovered[0] if uncovered else rows[0])
        self.goto_section(model.section(target).key)

    def focus_sections(self) -> None:
        if self.showing(self._workspace_view):
            self.workspace_view.sections.setFocus()

    def _focus_editor(self) -> None:
        self.workspace.focus_entry()

    def _focus_after_command(self) -> None:
        if self.showing(self._workspace_view):
            self._focus_editor()
        elif self.showing(self._managers_view):
            self.managers.focus_entry()

    # ---- meeting status --------------------------------------------------------------------

    def close_meeting(self) -> None:
        from desktop_app.ui.models import labels

        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return
        self.autosave.flush()
        check = self.services.meetings.close_check(meeting_id)
        uncovered = [s.name(self.language) for s in check.uncovered_sectors]
        empty_views = [labels.scope(scope) for scope in check.empty_development_views]
        if not dialogs.confirm_close(self, uncovered, empty_views):
            return
        self.set_meeting_status(MeetingStatus.CLOSED)

    def set_meeting_status(self, status: MeetingStatus) -> None:
        if self.current_meeting_id() is None:
            return   # no meeting open: nothing changed, nothing to report
        try:
            self.workspace.set_status(status)
        except KuntapalauteError as exc:
            dialogs.show_error(self, error_text(exc))
            return
        self.show_status(self.tr("Neuvottelun tila päivitetty."))
        self._update_actions()

    def reopen_meeting(self) -> None:
        """*Avaa uudelleen muokattavaksi* (Ctrl+Shift+O or the banner's button)."""
        if self.current_meeting_id() is None:
            return
        try:
            self.workspace.reopen()
        except KuntapalauteError as exc:
            dialogs.show_error(self, error_text(exc))
            return
        self.show_status(self.tr("Neuvottelu on taas muokattavissa. Muistio on LUONNOS, kunnes "
                                 "neuvottelu suljetaan uudelleen."), 10000)
        self._update_actions()
        self._focus_editor()

    def _meeting_changed(self) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        a = self.actions_by_name
        workspace, managers_ctl = self.built_workspace(), self.built_managers()
        detail = workspace.detail if workspace is not None else None
        in_workspace = self.showing(self._workspace_view)
        status = detail.meeting.status if detail else None
        for key in ("copy_forward", "next_section", "prev_section", "focus_sections", "bring_to_agenda",
                    "open_agenda_link"):
            a[key].setEnabled(in_workspace)
        in_managers = self._on_managers_page()
        for key in ("new_item", "delete_item", "move_up", "move_down"):
            a[key].setEnabled(in_workspace or in_managers)
        managers = managers_ctl.detail if managers_ctl is not None else None
        start, close, reopen = (False, False, False)
        if managers:
            from desktop_app.ui.managers.view import ManagersWorkspaceView  # built: loaded

            start, close, reopen = ManagersWorkspaceView.status_allows(managers.meeting.status)
        for key, allowed in (("managers_start", start), ("managers_close", close),
                             ("managers_reopen", reopen)):
            a[key].setEnabled(allowed and in_managers)
        for key in ("managers_agenda", "managers_attendance"):
            a[key].setEnabled(managers is not None)   # they open its page
        for key in ("managers_carry", "managers_bring"):
            a[key].setEnabled(in_managers)
        a["workspace"].setEnabled(detail is not None)
        a["mark_done"].setEnabled(self.showing(self._followups))
        a["start_meeting"].setEnabled(status == MeetingStatus.PLANNED and not in_managers)
        a["close_meeting"].setEnabled(status in (MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS)
                                      and not in_managers)
        a["reopen_meeting"].setEnabled(status == MeetingStatus.CLOSED and not in_managers)

    # ---- settings, help --------------------------------------------------------------------

    def change_user(self) -> None:
        name = dialogs.ask_user_name(self, self.settings.user_name)
        if name:
            self.settings.user_name = name
            self.services.db.actor = name
            self.show_status(self.tr("Muutokset kirjataan nyt nimellä %1.").replace("%1", name))

    def change_language(self, code: str) -> None:
        self.settings.language = code
        self.show_status(self.tr("Kieli vaihtuu, kun sovellus käynnistetään uudelleen."), 10000)

    def edit_sectors(self) -> None:
        from desktop_app.ui.sectors_dialog import SectorsDialog
        self.autosave.flush()
        dialog = SectorsDialog(self.services, self)
        dialog.exec()
        if dialog.changed:
            self.autosave.note_saved()   # the dialog wrote through the services itself
            self.refresh()

    def shortcut_extra(self) -> list[tuple[str, str]]:
        """Keys that are not actions of the window, in the platform's key names."""
        return [(self.tr("Avaa valittu neuvottelu tai hakutulos"), key_names("Return")),
                (self.tr("Läsnäolo: läsnä, poissa, etänä; välilyönti vaihtaa"),
                 key_names("L", "P", "E", "Space")),
                (self.tr("Siirry kentästä toiseen"), key_names("Tab", "Shift+Tab")),
                (self.tr("Lisää osallistuja"), key_names("Return")),
                (self.tr("Poista valittu osallistuja"), key_names("Del")),
                (self.tr("Valikkorivi (myös Alt-näppäin)"), key_names("Alt"))]

    def open_menus(self) -> None:
        """F10: the first menu opens, as in most desktop programs; arrows move, Esc leaves."""
        bar = self.menuBar()
        first = next((a for a in bar.actions() if a.isVisible() and a.menu() is not None), None)
        if first is not None:
            bar.setFocus(Qt.FocusReason.ShortcutFocusReason)
            bar.setActiveAction(first)

    def show_shortcuts(self) -> None:
        ShortcutsDialog(list(self.actions_by_name.values()), self.shortcut_extra(), self).exec()

    def show_about(self) -> None:
        from desktop_app.ui.about import AboutDialog

        AboutDialog(self.services, self).exec()

    # ---- save state ------------------------------------------------------------------------

    def _saved(self, when) -> None:
        if self.autosave.unsaved():   # another text still did not land: that stays the news
            self._not_saved(self.save_state.toolTip(), quiet=True)
            self.written.emit()
            return
        recovered = self.save_state.property("failed") == "true" or self.save_state.toolTip()
        self.save_state.setText(self.tr("Tallennettu klo %1").replace("%1", fi_clock(when)))
        self.save_state.setToolTip("")   # the old error must not be read after the recovery
        self._set_failed(False)
        if recovered:   # every save is not announced (it would talk over the typing), a recovery is
            announce(self.save_state, self.tr("Tallennus onnistui taas. %1").replace(
                "%1", self.save_state.text()))
        self.written.emit()

    def _unsaved(self) -> None:
        """An edit is queued: never claim "no unsaved changes" while one waits (≤ 0.35 s)."""
        if self.save_state.property("failed") != "true":
            self.save_state.setText(self.tr("Tallennetaan…"))

    def _not_saved(self, message: str, quiet: bool = False) -> None:
        """An edit was not written (invalid, refused, or an emptied text): say so, with how many
        texts wait, until each is written or discarded (AutosaveController.unsaved)."""
        entries = self.autosave.unsaved()
        count = len(entries)
        self.save_state.setText(self.tr("Muutosta ei tallennettu") if count <= 1
                                else self.tr("%n tekstiä ei tallennettu", "", count))
        if quiet:   # restated: the reasons of what is still unsaved
            message = "\n".join(dict.fromkeys(e.message for e in entries if e.message)) or message
        self.save_state.setToolTip(message)
        if not quiet:
            self.statusBar().showMessage(message, 8000)
            announce(self.save_state, f"{self.save_state.text()}: {message}")

    def _restate_save_state(self) -> None:
        """An unsaved text was thrown away on purpose (its item deleted, say): the indicator says
        what is left, or the time of the last real save."""
        if self.autosave.unsaved():
            self._not_saved(self.save_state.toolTip(), quiet=True)
        elif self.autosave.last_saved is not None:
            when = fi_clock(self.autosave.last_saved)
            self.save_state.setText(self.tr("Tallennettu klo %1").replace("%1", when))
            self.save_state.setToolTip("")
        else:
            self.save_state.setText(self.tr("Ei tallentamattomia muutoksia"))
            self.save_state.setToolTip("")

    def _unsaved_dropped(self) -> None:
        """The user chose to go on without the texts that did not land: the indicator says so
        (or, when another part of the window still holds one, that that one is unsaved)."""
        if self.autosave.unsaved():
            self._not_saved(self.save_state.toolTip(), quiet=True)
            return
        self.save_state.setText(self.tr("Tallentamaton teksti hylätty"))
        self.save_state.setToolTip("")
        self._set_failed(False)

    def _save_failed(self, message: str) -> None:
        # A queued edit is retried; a one-off operation (autosave.run) is not, and it says so.
        said = (self.save_state.text(), self.save_state.toolTip())
        self.save_state.setText(self.tr("Tallennus epäonnistui – yritetään uudelleen")
                                if self.autosave.has_pending else self.tr("Tallennus epäonnistui"))
        self.save_state.setToolTip(message)
        self._set_failed(True)
        self.statusBar().showMessage(message, 8000)
        if (self.save_state.text(), message) != said:   # a retry every 2 s is not repeated aloud
            announce(self.save_state, f"{self.save_state.text()}: {message}", assertive=True)

    def _set_failed(self, failed: bool) -> None:
        self.save_state.setProperty("failed", "true" if failed else "false")
        self.save_state.style().unpolish(self.save_state)
        self.save_state.style().polish(self.save_state)

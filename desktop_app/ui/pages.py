"""The main window's pages that are not on the first screen (the meeting workspace, search,
follow-ups, the managers' meeting workspace), built on first use: the first paint costs only the
start page, and their modules are imported when a page is built (docs/performance/startup.md).

`workspace`, `workspace_view`, `search`, `followups`, `managers` and `managers_view` are
properties that build their page on first access, so every caller (actions, features, tests)
keeps using them as attributes. Code that only asks about state ("is the workspace showing?",
"which meeting is open?") uses `built_workspace()`/`built_managers()`/`showing()`, which never
build a page: a page never built has no meeting, nothing typed and nothing to flush.

`build_pages_in_turn()` builds the remaining pages one per event-loop turn (used after the first
paint, so that the first meeting opens as fast as before while keys typed meanwhile wait for one
page at most). A mixin of MainWindow."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from desktop_app.ui.followups_view import FollowUpsView
    from desktop_app.ui.main_window import MainWindow as _Base
    from desktop_app.ui.managers.controller import ManagersWorkspaceController
    from desktop_app.ui.managers.view import ManagersWorkspaceView
    from desktop_app.ui.search_view import SearchView
    from desktop_app.ui.workspace.controller import WorkspaceController
    from desktop_app.ui.workspace.view import WorkspaceView
else:
    _Base = object


class LazyPages(_Base):
    _workspace: WorkspaceController | None = None
    _workspace_view: WorkspaceView | None = None
    _search: SearchView | None = None
    _followups: FollowUpsView | None = None
    _managers: ManagersWorkspaceController | None = None
    _managers_view: ManagersWorkspaceView | None = None

    # ---- state, without building anything -------------------------------------------------

    def built_workspace(self) -> WorkspaceController | None:
        """The negotiation workspace's controller if its page exists, else None."""
        return self._workspace

    def built_managers(self) -> ManagersWorkspaceController | None:
        """The managers' workspace's controller if its page exists, else None."""
        return self._managers

    def showing(self, page: QWidget | None) -> bool:
        """True when `page` (None: a page never built) is the current page."""
        return page is not None and self.pages.currentWidget() is page

    # ---- the pages, built on first access ---------------------------------------------------

    @property
    def workspace_view(self) -> WorkspaceView:
        self._build_workspace()
        assert self._workspace_view is not None
        return self._workspace_view

    @property
    def workspace(self) -> WorkspaceController:
        self._build_workspace()
        assert self._workspace is not None
        return self._workspace

    @property
    def search(self) -> SearchView:
        if self._search is None:
            from desktop_app.ui.search_view import SearchView

            page = SearchView(self.services, self.tasks, self.language)
            self._search = page
            self._add_page(page)
            page.open_item.connect(self.open_item)
            if hasattr(self, "open_managers_meeting"):   # the managers' meeting view, where it exists
                page.open_matter.connect(self.open_managers_meeting)
        return self._search

    @property
    def followups(self) -> FollowUpsView:
        if self._followups is None:
            from desktop_app.ui.followups_view import FollowUpsView
            from desktop_app.ui.workspace.commands import UndoRunner

            # Its own runner on the window's undo stack (the workspace's, before, which would
            # build the workspace for it); its messages reach the status bar as they did.
            ops = UndoRunner(self.undo_stack, self.autosave, self)
            ops.message.connect(self.show_status)
            page = FollowUpsView(self.services, self.tasks, ops)
            self._followups = page
            self._add_page(page)
            page.open_item.connect(self.open_item)
            page.open_matter.connect(self.open_managers_meeting)
            page.message.connect(self.show_status)
        return self._followups

    @property
    def managers_view(self) -> ManagersWorkspaceView:
        self._build_managers()
        assert self._managers_view is not None
        return self._managers_view

    @property
    def managers(self) -> ManagersWorkspaceController:
        self._build_managers()
        assert self._managers is not None
        return self._managers

    def _build_workspace(self) -> None:
        if self._workspace is not None:
            return
        from desktop_app.ui.workspace.controller import WorkspaceController
        from desktop_app.ui.workspace.view import WorkspaceView

        view = WorkspaceView()
        controller = WorkspaceController(self.services, view, self.settings, self.autosave,
                                         self.undo_stack, self.tasks, self.language, self)
        self._workspace_view, self._workspace = view, controller
        self._add_page(view)
        controller.open_managers_meeting.connect(self.open_managers_meeting)
        controller.message.connect(self.show_status)
        controller.meeting_changed.connect(self._meeting_changed)
        view.banner.reopen_requested.connect(self.reopen_meeting)
        view.warm_up()   # built in an idle turn after the first paint: not on the first switch

    def _build_managers(self) -> None:
        if self._managers is not None:
            return
        from desktop_app.ui.managers.controller import ManagersWorkspaceController
        from desktop_app.ui.managers.view import ManagersWorkspaceView

        view = ManagersWorkspaceView()
        controller = ManagersWorkspaceController(self.services, view, self.autosave, self.undo_stack,
                                                 self.settings, self.tasks, self)
        self._managers_view, self._managers = view, controller
        self._add_page(view)
        controller.message.connect(self.show_status)
        controller.meeting_changed.connect(self._update_actions)
        view.banner.reopen_requested.connect(self.reopen_managers_meeting)

    def _add_page(self, page: QWidget) -> None:
        page.setObjectName("page")
        self.pages.addWidget(page)   # not current: the stack keeps it hidden until shown

    # ---- building the rest ------------------------------------------------------------------

    def build_pages(self) -> None:
        """Build every page that is not built yet, now."""
        for build in self._page_builders():
            build()

    def build_pages_in_turn(self) -> None:
        """Build the pages not built yet one per event-loop turn (keys and paints in between)."""
        builders = self._page_builders()

        def next_page() -> None:
            if builders:
                builders.pop(0)()
                QTimer.singleShot(0, self, next_page)
            else:
                gc.freeze()   # the pages live as long as the window: out of the collector (ui/app.py)

        QTimer.singleShot(0, self, next_page)

    def _page_builders(self) -> list[Callable[[], object]]:
        return [self._build_workspace, self._build_managers, lambda: self.search, lambda: self.followups]

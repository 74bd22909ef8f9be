"""The earlier-rounds panel of the open meeting: the municipality's items on the shown section
from earlier rounds, read in a worker. A mixin of WorkspaceController, like item_ops."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.domain.enums import FeedbackKind
from desktop_app.services.first_screen import services_loaded
from desktop_app.ui.error_text import error_text

if TYPE_CHECKING:
    from desktop_app.ui.workspace.controller import WorkspaceController as _Base
else:
    _Base = object

HISTORY_LIMIT = 50  # the newest earlier items are what continuity needs


class HistoryOperations(_Base):
    def services_arrived(self) -> None:
        """The services have loaded after a start-up that showed the meeting from its snapshot:
        read what the first paint left out (the earlier rounds)."""
        if self.detail is not None and self.section is not None and self.section.holds_feedback:
            self._load_history()

    def _load_history(self) -> None:
        """Earlier rounds' items load in a worker (a big database takes tens of ms); an answer
        for a section the user has already left is dropped."""
        assert self.detail is not None and self.section is not None
        section, detail = self.section, self.detail
        self._history_generation += 1
        generation = self._history_generation
        self.history_model.set_items([])
        self.view.continuity.empty.setVisible(False)   # "no earlier items" only once it is known
        if not services_loaded(self.services):
            return   # read by services_arrived(): a worker asking now would start the loader early

        def load(_progress: object) -> list:
            history = self.services.feedback.history(
                detail.meeting.municipality_code, section.sector_id, detail.round.year,
                kind=None if section.is_sector else section.kind, limit=HISTORY_LIMIT)
            if section.kind == FeedbackKind.DEVELOPMENT_VIEW:
                history = [h for h in history if h.feedback.scope == section.scope]
            links = self.services.agenda.links_for_feedback(h.feedback.id for h in history)
            return history, links

        def done(found: tuple) -> None:
            if generation != self._history_generation:
                return
            history, links = found
            self.history_model.set_items(history, links)
            self.view.continuity.set_empty(not history)
            if not self.editable:
                self.view.continuity.copy_button.setEnabled(False)

        self.tasks.start(load, on_done=done, on_error=lambda exc: self.message.emit(error_text(exc)))

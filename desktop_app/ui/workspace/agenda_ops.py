"""The negotiation side of the link to managers' meetings: bring the current item onto a managers'
meeting's agenda (undoable; a refusal is shown and recorded nowhere), show where the items are
linked (editor, item list, earlier rounds) and open the linked meeting. A mixin of
WorkspaceController (texts keep its translation context)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.errors import KuntapalauteError
from desktop_app.domain.records import AgendaMatterRecord, FeedbackLink
from desktop_app.ui import agenda_link
from desktop_app.ui.error_text import error_text
from desktop_app.ui.keys import key_text, with_keys
from desktop_app.ui.models.links import link_text, links_text

if TYPE_CHECKING:
    from desktop_app.ui.workspace.controller import WorkspaceController as _Base
else:
    _Base = object

T = QCoreApplication  # lupdate finds `T.translate("WorkspaceController", ...)`; short lines


class AgendaLinkOperations(_Base):
    links: dict[str, tuple[FeedbackLink, ...]]

    def today(self) -> dt.date:
        """The date "upcoming" is measured from (a test may set another clock)."""
        return dt.date.today()

    def refresh_links(self) -> None:
        """Read which of the shown section's items are on a managers' meeting agenda (one
        query) and show them in the item list and the editor."""
        self.links = {}
        if self.detail is not None:
            try:
                self.links = self.services.agenda.links_for_feedback(i.id for i in self.feedback.values())
            except KuntapalauteError as exc:   # the items stay usable; the links show next time
                self.message.emit(error_text(exc))
        self.items_model.set_links(self.links)
        self.show_link()

    def show_link(self) -> None:
        """The current item's links beside its details, or nothing."""
        item_id = self.buffer.item_id if self.buffer is not None else None
        self.view.editor.show_link(links_text(self.links.get(item_id or "", ())))

    def bring_to_agenda(self) -> None:
        """*Vie kuntajohtajakokouksen asialistalle…*: the current item becomes a new matter on the
        chosen meeting's agenda. Undo takes the matter off again. A closed negotiation's items
        can be brought too (the negotiation does not change); the managers' meeting must be open."""
        if self.detail is None or self.section is None or not self.section.holds_feedback \
                or self.buffer is None:
            self.message.emit(T.translate("WorkspaceController",
                                          "Valitse ensin kohta, jonka haluat viedä asialistalle."))
            return
        self.autosave.flush()
        item_id = self.buffer.item_id
        if item_id is None or item_id not in self.feedback:
            self.message.emit(T.translate("WorkspaceController",
                                          "Kohtaa ei ole vielä tallennettu; kirjoita ensin teksti."))
            self.focus_entry()
            return
        try:
            summaries = self.services.managers.list_meetings()
        except KuntapalauteError as exc:
            self.message.emit(error_text(exc))
            return
        choices = agenda_link.meeting_choices(summaries, self.links.get(item_id, ()), self.today())
        if not choices:
            self.message.emit(T.translate(
                "WorkspaceController", "Yhtään avointa kuntajohtajakokousta ei ole suunniteltu. "
                                       "Suunnittele ensin vuoden kokoukset."))
            self.focus_entry()
            return
        chosen = agenda_link.ask_managers_meeting(self.view.window(), self.feedback[item_id].text, choices,
                                                  self.today())
        if chosen is None:
            self.focus_entry()
            return
        made: list[AgendaMatterRecord] = []

        def forward() -> AgendaMatterRecord:
            if made:   # redo after an undo: the same matter comes back (at the end of the agenda)
                return self.services.agenda.restore(made[0].id)
            made.append(self.services.agenda.bring_feedback(item_id, chosen))
            return made[0]

        def backward() -> None:
            self.services.agenda.delete(made[0].id)

        if self.ops.push(T.translate("WorkspaceController", "Vie kohta asialistalle"), forward, backward,
                         self.refresh_links,
                         undone=T.translate("WorkspaceController", "Asia poistettu asialistalta.")):
            link = next((k for k in self.links.get(item_id, ()) if k.matter_id == made[0].id), None)
            said = link_text(link) if link else ""
            self.message.emit(T.translate("WorkspaceController", "Kohta viety asialistalle: %1. %2 kumoaa.")
                              .replace("%2", key_text("undo")).replace("%1", said))
        self.focus_entry()

    def open_agenda_link(self) -> None:
        """Open the managers' meeting the current item was last brought to, at that matter."""
        item_id = self.buffer.item_id if self.buffer is not None else None
        links = self.links.get(item_id or "", ())
        if not links:
            self.message.emit(with_keys(T.translate(
                "WorkspaceController", "Kohta ei ole minkään kuntajohtajakokouksen asialistalla. "
                                       "%1 vie sen asialistalle."), "bring_to_agenda"))
            return
        self.autosave.flush()
        self.open_managers_meeting.emit(links[-1].managers_meeting_id, links[-1].matter_id)

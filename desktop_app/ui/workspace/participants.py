"""Participants of the open meeting: quick add ("Nimi, tehtävänimike" + Enter), undoable remove."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack

from desktop_app.domain.enums import Side
from desktop_app.domain.errors import KuntapalauteError
from desktop_app.domain.records import MeetingRecord
from desktop_app.services import Services
from desktop_app.ui.models.meeting_models import ParticipantListModel
from desktop_app.ui.workspace.commands import RemoveParticipantCommand
from desktop_app.ui.workspace.panels import ParticipantColumn, ParticipantsPanel


class ParticipantsController(QObject):
    message = Signal(str)
    changed = Signal()

    def __init__(self, services: Services, panel: ParticipantsPanel, undo: QUndoStack,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services, self.panel, self.undo = services, panel, undo
        self.meeting: MeetingRecord | None = None
        self.models = {Side.COUNCIL: ParticipantListModel(self),
                       Side.MUNICIPALITY: ParticipantListModel(self)}
        for side, column in self._columns():
            column.people.setModel(self.models[side])
            column.entry.returnPressed.connect(lambda s=side, c=column: self._add(s, c))
            column.remove_button.clicked.connect(lambda _=False, s=side, c=column: self._remove(s, c))
            column.people.installEventFilter(self)

    def _columns(self) -> list[tuple[Side, ParticipantColumn]]:
        return [(Side.COUNCIL, self.panel.council), (Side.MUNICIPALITY, self.panel.municipality)]

    def show_meeting(self, meeting: MeetingRecord, editable: bool) -> None:
        self.meeting = meeting
        self.panel.municipality.setTitle(meeting.municipality_name)
        for _side, column in self._columns():
            column.entry.setReadOnly(not editable)
            column.remove_button.setEnabled(editable)
        self.reload()

    def reload(self) -> None:
        if self.meeting is None:
            return
        people = self.services.participants.list_for_meeting(self.meeting.id)
        for side, model in self.models.items():
            model.set_participants([p for p in people if p.side == side])
        self.changed.emit()

    def _add(self, side: Side, column: ParticipantColumn) -> None:
        if self.meeting is None:
            return
        name, _, title = column.entry.text().partition(",")
        organisation = "Kainuun liitto" if side == Side.COUNCIL else self.meeting.municipality_name
        try:
            self.services.participants.add(self.meeting.id, name, side, organisation, title.strip())
        except KuntapalauteError as exc:
            self.message.emit(str(exc))
            return
        column.entry.clear()
        self.reload()

    def _remove(self, side: Side, column: ParticipantColumn) -> None:
        index = column.people.currentIndex()
        if not index.isValid():
            return
        person = self.models[side].person(index.row())
        text = self.tr("Poista osallistuja %1").replace("%1", person.name)
        try:
            self.undo.push(RemoveParticipantCommand(self.services, person.id, text, self.reload))
        except KuntapalauteError as exc:
            self.message.emit(str(exc))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Delete:
            for side, column in self._columns():
                if watched is column.people:
                    self._remove(side, column)
                    return True
        return super().eventFilter(watched, event)

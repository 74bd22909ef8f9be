"""Participants of the open meeting: quick add ("Nimi, tehtävänimike" + Enter), the selected
person's details edited in place with autosave, undoable remove."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent

from desktop_app.domain.enums import Side
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.records import MeetingRecord, ParticipantRecord
from desktop_app.services import Services
from desktop_app.ui.error_text import error_text
from desktop_app.ui.models import labels
from desktop_app.ui.models.meeting_models import ParticipantListModel
from desktop_app.ui.workspace.commands import UndoRunner
from desktop_app.ui.workspace.panels import ParticipantColumn, ParticipantsPanel


class ParticipantsController(QObject):
    message = Signal(str)
    changed = Signal()

    def __init__(self, services: Services, panel: ParticipantsPanel, ops: UndoRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services, self.panel, self.ops, self.autosave = services, panel, ops, ops.autosave
        self.meeting: MeetingRecord | None = None
        self.editable = False
        self.selected: ParticipantRecord | None = None   # the person in the details editor
        self._loading = False
        self.models = {Side.COUNCIL: ParticipantListModel(self),
                       Side.MUNICIPALITY: ParticipantListModel(self)}
        for side, column in self._columns():
            column.people.setModel(self.models[side])
            column.entry.returnPressed.connect(lambda s=side, c=column: self._add(s, c))
            column.remove_button.clicked.connect(lambda _=False, s=side, c=column: self._remove(s, c))
            column.people.installEventFilter(self)
            column.people.selectionModel().currentRowChanged.connect(
                lambda current, _prev, s=side: self._person_selected(s, current.row()))
        editor = panel.editor
        for side in (Side.MUNICIPALITY, Side.COUNCIL):
            editor.side.addItem(labels.side(side), side.value)
        editor.edited.connect(self._details_edited)
        editor.side_chosen.connect(self._side_chosen)
        self._show_selected(None)

    def _columns(self) -> list[tuple[Side, ParticipantColumn]]:
        return [(Side.COUNCIL, self.panel.council), (Side.MUNICIPALITY, self.panel.municipality)]

    def show_meeting(self, meeting: MeetingRecord, editable: bool) -> None:
        self.meeting, self.editable = meeting, editable
        self.selected = None
        self.panel.municipality.setTitle(meeting.municipality_name)
        for _side, column in self._columns():
            column.entry.setReadOnly(not editable)
            column.remove_button.setEnabled(editable)
        self.reload()

    def reload(self) -> None:
        if self.meeting is None:
            return
        people = self.services.participants.list_for_meeting(self.meeting.id)
        keep = self.selected.id if self.selected else None
        self._loading = True
        for side, model in self.models.items():
            model.set_participants([p for p in people if p.side == side])
        self._loading = False
        self._select(next((p for p in people if p.id == keep), None))
        self.changed.emit()

    # ---- the selected person ---------------------------------------------------------------

    def _select(self, person: ParticipantRecord | None) -> None:
        """Make `person` current in its side's list (or clear) and show it in the editor."""
        self._loading = True
        for side, column in self._columns():
            row = self.models[side].row_of(person.id) if person and person.side == side else -1
            selection = column.people.selectionModel()
            if row >= 0:
                selection.setCurrentIndex(self.models[side].index(row),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect)
            else:
                selection.clearSelection()
                selection.setCurrentIndex(self.models[side].index(-1),
                                          QItemSelectionModel.SelectionFlag.Clear)
        self._loading = False
        self._show_selected(person)

    def _person_selected(self, side: Side, row: int) -> None:
        if self._loading or row < 0:
            return
        self.autosave.flush()  # the previous person's pending edit is written first
        person = self.models[side].person(row)
        other = self.panel.municipality if side == Side.COUNCIL else self.panel.council
        self._loading = True
        other.people.selectionModel().clearSelection()
        self._loading = False
        self._show_selected(person)

    def _show_selected(self, person: ParticipantRecord | None) -> None:
        self.selected = person
        editor = self.panel.editor
        self._loading = True
        editor.name.setText(person.name if person else "")
        editor.role.setText(person.title if person else "")
        editor.organisation.setText(person.organisation if person else "")
        editor.side.setCurrentIndex(max(0, editor.side.findData(person.side.value)) if person else -1)
        self._loading = False
        editor.show_error("")
        editor.setEnabled(person is not None)
        for widget in (editor.name, editor.role, editor.organisation):
            widget.setReadOnly(not self.editable)
        editor.side.setEnabled(self.editable)

    def _details_edited(self) -> None:
        if self._loading or self.selected is None:
            return
        editor = self.panel.editor
        person_id = self.selected.id
        name, role, organisation = editor.name.text(), editor.role.text(), editor.organisation.text()
        self.autosave.schedule(("participant", person_id), lambda: self._write(
            person_id, name=name, title=role, organisation=organisation))

    def _side_chosen(self) -> None:
        if self._loading or self.selected is None:
            return
        side = Side(self.panel.editor.side.currentData())
        if side == self.selected.side:
            return
        person_id = self.selected.id
        self.autosave.flush()
        self.autosave.save_now(("participant-side", person_id), lambda: self._write(person_id, side=side))

    def _write(self, person_id: str, **changes: object) -> None:
        try:
            person = self.services.participants.update(person_id, **changes)  # type: ignore[arg-type]
        except ValidationError as exc:
            if self.selected is not None and self.selected.id == person_id:
                self.panel.editor.show_error(error_text(exc))
            raise
        if self.selected is None or self.selected.id != person_id:
            self.models[person.side].replace(person)
            return
        self.panel.editor.show_error("")
        moved = person.side != self.selected.side
        self.selected = person
        if moved:
            self.reload()  # the person now belongs to the other list
        else:
            self.models[person.side].replace(person)
            self.changed.emit()

    # ---- add and remove --------------------------------------------------------------------

    def _add(self, side: Side, column: ParticipantColumn) -> None:
        if self.meeting is None:
            return
        name, _, title = column.entry.text().partition(",")
        organisation = "Kainuun liitto" if side == Side.COUNCIL else self.meeting.municipality_name
        meeting_id = self.meeting.id
        if not self.autosave.run(lambda: self.services.participants.add(
                meeting_id, name, side, organisation, title.strip())):
            return   # the refusal is shown; what was typed stays in the entry line
        column.entry.clear()
        self.reload()

    def _remove(self, side: Side, column: ParticipantColumn) -> None:
        index = column.people.currentIndex()
        if not index.isValid():
            self.message.emit(self.tr("Valitse ensin poistettava osallistuja."))
            return
        person = self.models[side].person(index.row())
        person_id = person.id
        self.ops.push(self.tr("Poista osallistuja %1").replace("%1", person.name),
                      lambda: self.services.participants.remove(person_id),
                      lambda: self.services.participants.restore(person_id), self.reload,
                      done=self.tr("Osallistuja %1 poistettu. Ctrl+Z palauttaa.").replace("%1", person.name),
                      undone=self.tr("Osallistuja %1 palautettu.").replace("%1", person.name))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Delete:
            for side, column in self._columns():
                if watched is column.people:
                    self._remove(side, column)
                    return True
        return super().eventFilter(watched, event)

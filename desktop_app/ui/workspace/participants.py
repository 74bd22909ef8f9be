"""Participants of the open meeting: quick add ("Nimi, tehtävänimike" + Enter), the selected
person's details edited in place with autosave, undoable remove."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent

from desktop_app.domain.enums import Side
from desktop_app.domain.errors import ConflictError, KuntapalauteError, NotFoundError, ValidationError
from desktop_app.domain.records import MeetingRecord, ParticipantRecord
from desktop_app.ui.error_text import error_text
from desktop_app.ui.keys import with_keys
from desktop_app.ui.models import labels
from desktop_app.ui.models.meeting_models import ParticipantListModel
from desktop_app.ui.workspace.commands import UndoRunner
from desktop_app.ui.workspace.panels import ParticipantColumn, ParticipantsPanel
from desktop_app.ui.workspace.underneath import ChangedUnderneath, clash_text, combine

if TYPE_CHECKING:
    from desktop_app.services import Services


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
        self._versions: dict[str, int] = {}   # as shown: check_underneath compares
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

    def show_meeting(self, meeting: MeetingRecord, editable: bool,
                     people: Sequence[ParticipantRecord] | None = None) -> None:
        """Show the meeting's participants: `people` as the meeting's detail read them (a meeting
        switch reads them once), else read now."""
        self.meeting, self.editable = meeting, editable
        self.selected = None
        self.panel.municipality.setTitle(meeting.municipality_name)
        self.panel.set_read_only(not editable)
        self.reload(people)

    def reload(self, people: Sequence[ParticipantRecord] | None = None) -> None:
        if self.meeting is None:
            return
        if people is None:
            people = self.services.participants.list_for_meeting(self.meeting.id)
        self._versions = {p.id: p.version for p in people}
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
        loaded = self.selected   # the version shown: a row changed underneath is not overwritten
        name, role, organisation = editor.name.text(), editor.role.text(), editor.organisation.text()
        self.autosave.schedule(("participant", loaded.id), lambda: self._write(
            loaded, name=name, title=role, organisation=organisation))

    def _side_chosen(self) -> None:
        if self._loading or self.selected is None:
            return
        side = Side(self.panel.editor.side.currentData())
        if side == self.selected.side:
            return
        self.autosave.flush()
        loaded = self.selected
        self.autosave.save_now(("participant-side", loaded.id), lambda: self._write(loaded, side=side))

    def _write(self, loaded: ParticipantRecord, **changes: object) -> None:
        person_id = loaded.id
        try:
            try:
                person = self.services.participants.update(
                    person_id, expected_version=loaded.version, **changes)  # type: ignore[arg-type]
            except ConflictError as exc:
                if exc.code != "row.changed_elsewhere":
                    raise
                person = self._write_over_newer(loaded, changes)
        except (ValidationError, ChangedUnderneath) as exc:
            if isinstance(exc, ChangedUnderneath):
                self.reload()   # the newer stored values are shown; the message names both
            if self.selected is not None and self.selected.id == person_id:
                self.panel.editor.show_error(error_text(exc))
            raise
        self._versions[person.id] = person.version
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

    def _write_over_newer(self, loaded: ParticipantRecord, changes: dict[str, object]) -> ParticipantRecord:
        """The row changed since `loaded` was shown: combine field by field (underneath.py);
        raises ChangedUnderneath when a field the user changed was changed there too."""
        fresh = next((p for p in self.services.participants.list_for_meeting(loaded.meeting_id)
                      if p.id == loaded.id), None)
        if fresh is None:
            raise NotFoundError(code="not_found.participant")
        base, theirs = _values(loaded), _values(fresh)
        mine = base | {key: str(value) for key, value in changes.items()}
        merged, clashes = combine(base, mine, theirs)
        if clashes:
            shown = {"side": labels.side(Side(theirs["side"]))}
            shown_mine = {"side": labels.side(Side(mine["side"]))}
            raise ChangedUnderneath(clash_text(clashes, self._labels(), mine | shown_mine,
                                               theirs | shown), fresh)
        person = self.services.participants.update(
            loaded.id, expected_version=fresh.version,
            **{key: merged[key] for key in changes})  # type: ignore[arg-type]
        self._show_fields(person)   # the other side's changes, in the fields the user did not touch
        return person

    def _labels(self) -> dict[str, str]:
        return {"name": self.tr("Nimi"), "title": self.tr("Tehtävänimike"),
                "organisation": self.tr("Organisaatio"), "side": self.tr("Puoli")}

    def _show_fields(self, person: ParticipantRecord) -> None:
        if self.selected is None or self.selected.id != person.id:
            return
        editor = self.panel.editor
        self._loading = True
        for widget, value in ((editor.name, person.name), (editor.role, person.title),
                              (editor.organisation, person.organisation)):
            if widget.text() != value:
                widget.setText(value)
        self._loading = False

    def check_underneath(self) -> None:
        """Participants another writer (sync, import, another window) changed are shown fresh
        while the details editor is untouched; a touched one is reconciled by its next save."""
        if self.meeting is None or self.autosave.has_pending:
            return
        try:
            people = self.services.participants.list_for_meeting(self.meeting.id)
        except KuntapalauteError:
            return   # busy or failing: the save indicator reports it
        if {p.id: p.version for p in people} == self._versions:
            return
        editor = self.panel.editor
        if self.selected is not None and (editor.name.text(), editor.role.text(),
                                          editor.organisation.text()) != (
                self.selected.name, self.selected.title, self.selected.organisation):
            return
        self.reload()

    # ---- add and remove --------------------------------------------------------------------

    def _add(self, side: Side, column: ParticipantColumn) -> None:
        if self.meeting is None or not self.editable:   # the read-only entry has told why
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
                      done=with_keys(self.tr("Osallistuja %2 poistettu. %1 palauttaa."), "undo")
                      .replace("%2", person.name),
                      undone=self.tr("Osallistuja %1 palautettu.").replace("%1", person.name))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Delete:
            for side, column in self._columns():
                if watched is column.people:
                    self._remove(side, column)
                    return True
        return super().eventFilter(watched, event)


def _values(person: ParticipantRecord) -> dict[str, str]:
    return {"name": person.name, "title": person.title, "organisation": person.organisation,
            "side": person.side.value}

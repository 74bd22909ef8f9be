"""Attendance of the open managers' meeting: one keystroke per person (L läsnä, P poissa,
E etänä, Space cycles; the selection then moves to the next person), names and titles edited in
place (F2), a deputy, a person or an invited expert added from the entry line, Delete removes.

Every write goes through the UndoRunner (marks, additions and removals can be undone) or the
AutosaveController, so the save indicator and the undo stack only show what committed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop_app.domain.enums import Attendance, AttendeeRole
from desktop_app.domain.records import AgendaMatterRecord, AttendeeRecord
from desktop_app.ui.managers import labels as ml
from desktop_app.ui.managers.models import AttendeeTableModel
from desktop_app.ui.managers.view import AttendancePanel
from desktop_app.ui.workspace.autosave import AutosaveController
from desktop_app.ui.workspace.commands import UndoRunner

if TYPE_CHECKING:
    from desktop_app.services import Services

MARK_KEYS = {Qt.Key.Key_L: Attendance.PRESENT, Qt.Key.Key_P: Attendance.ABSENT,
             Qt.Key.Key_E: Attendance.REMOTE}
CYCLE = (Attendance.UNMARKED, Attendance.PRESENT, Attendance.ABSENT, Attendance.REMOTE)


class AttendanceController(QObject):
    message = Signal(str)
    written = Signal()
    marked = Signal()   # an attendance mark: something only done in the meeting

    def __init__(self, services: Services, panel: AttendancePanel, autosave: AutosaveController,
                 ops: UndoRunner, refuse_read_only: Callable[[], bool],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services, self.panel, self.autosave, self.ops = services, panel, autosave, ops
        self.refuse_read_only = refuse_read_only
        self.meeting_id: str | None = None
        self.model: AttendeeTableModel = panel.model
        self.model.on_edit = self._edited
        panel.table.installEventFilter(self)
        panel.name.returnPressed.connect(self.add)
        panel.organisation.returnPressed.connect(self.add)
        panel.add_button.clicked.connect(self.add)
        panel.remove_button.clicked.connect(self.remove_current)
        panel.role.activated.connect(lambda _i: self._role_chosen())
        self._role_chosen()

    # ---- showing ---------------------------------------------------------------------------

    def show(self, meeting_id: str, attendees: tuple[AttendeeRecord, ...] | list[AttendeeRecord],
             matters: tuple[AgendaMatterRecord, ...]) -> None:
        self.meeting_id = meeting_id
        self._show_people(attendees)
        self.show_matters(matters)

    def show_matters(self, matters: tuple[AgendaMatterRecord, ...]) -> None:
        """The matters an expert can be heard on (the choice and the titles in the list)."""
        self.model.matter_titles = {m.id: f"{m.number}. {m.title}" for m in matters}
        if self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0, AttendeeTableModel.COL_TITLE),
                                        self.model.index(self.model.rowCount() - 1,
                                                         AttendeeTableModel.COL_TITLE))
        combo = self.panel.matter
        chosen = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("(ei asiaa)"), None)
        for matter in matters:
            combo.addItem(f"{matter.number}. {matter.title}", matter.id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def _show_people(self, attendees: tuple[AttendeeRecord, ...] | list[AttendeeRecord]) -> None:
        keep = self.current_id()
        self.model.set_rows(attendees)
        self._select(max(0, self.model.row_of(keep)))
        here, total = self.model.marked()
        self.panel.summary.setText(self.tr("Läsnä tai etänä %1/%2").replace("%1", str(here))
                                   .replace("%2", str(total)))

    def reload(self) -> None:
        """After a write: the people only (one mark per keystroke must stay quick; the matters
        shown for experts do not change here)."""
        if self.meeting_id is not None:
            self._show_people(self.services.attendance.list_for_meeting(self.meeting_id))
            self.written.emit()   # after a do, an undo or a redo alike

    def current_id(self) -> str | None:
        index = self.panel.table.currentIndex()
        return self.model.record(index.row()).id if index.isValid() and index.row() < self.model.rowCount() \
            else None

    def _select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            column = max(0, self.panel.table.currentIndex().column())
            self.panel.table.selectionModel().setCurrentIndex(
                self.model.index(row, column),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _role_chosen(self) -> None:
        expert = self.panel.role.currentData() == AttendeeRole.EXPERT.value
        self.panel.matter.setEnabled(expert and self.panel.add_button.isEnabled())

    # ---- keys ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.panel.table or event.type() != QEvent.Type.KeyPress \
                or not isinstance(event, QKeyEvent) or self.panel.table.state() \
                == self.panel.table.State.EditingState:
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = event.key()
        if key in MARK_KEYS:
            self.mark(MARK_KEYS[Qt.Key(key)])
            return True
        if key == Qt.Key.Key_Space:
            self.mark(None)
            return True
        if key == Qt.Key.Key_Delete:
            self.remove_current()
            return True
        if key == Qt.Key.Key_F2:
            return self.refuse_read_only()   # a closed meeting: F2 would do nothing in silence
        return False

    # ---- writes ----------------------------------------------------------------------------

    def mark(self, attendance: Attendance | None) -> None:
        """Mark the selected person (None: the next mark in the cycle), then select the next."""
        index = self.panel.table.currentIndex()
        if self.refuse_read_only() or not index.isValid():
            return
        row = index.row()
        record = self.model.record(row)
        new = attendance or CYCLE[(CYCLE.index(record.attendance) + 1) % len(CYCLE)]
        old = record.attendance
        who = record.name or record.organisation or ml.role(record.role)
        if self.ops.push(self.tr("Merkitse läsnäolo"),
                         lambda: self.services.attendance.set_attendance(record.id, new),
                         lambda: self.services.attendance.set_attendance(record.id, old), self.reload,
                         done=f"{who}: {ml.attendance(new)}"):
            self._select(min(row + 1, self.model.rowCount() - 1))
            self.marked.emit()

    def _edited(self, record: AttendeeRecord, column: int, text: str) -> bool:
        if self.refuse_read_only():
            return False
        key = "name" if column == AttendeeTableModel.COL_NAME else "title"
        table = self.panel.table
        focused = QApplication.focusWidget()
        in_table = focused is table or (focused is not None and table.isAncestorOf(focused))
        ok = self.autosave.run(lambda: self.services.attendance.update(
            record.id, **{key: text}, expected_version=record.version))
        self.reload()
        # the reload closed the cell editor under the focus: the keys go back to the list (the
        # same row), so the next L marks instead of landing in the entry line's name
        if in_table:
            QTimer.singleShot(0, table, table.setFocus)
        return ok

    def add(self) -> None:
        """The entry line's person: a deputy, a council member, a manager or an expert (with
        the matter they were heard on)."""
        if self.refuse_read_only() or self.meeting_id is None:
            return
        panel = self.panel
        name, organisation = panel.name.text().strip(), panel.organisation.text().strip()
        if not name and not organisation:
            self.message.emit(self.tr("Kirjoita ensin nimi."))
            panel.name.setFocus()
            return
        role = AttendeeRole(panel.role.currentData())
        matter_id = panel.matter.currentData() if role == AttendeeRole.EXPERT else None
        meeting_id = self.meeting_id
        created: list[AttendeeRecord] = []

        def forward() -> None:
            if created:
                self.services.attendance.restore(created[0].id)
            else:
                created.append(self.services.attendance.add(
                    meeting_id, name, role, organisation=organisation, matter_id=matter_id,
                    attendance=Attendance.PRESENT))

        if self.ops.push(self.tr("Lisää henkilö"), forward,
                         lambda: self.services.attendance.remove(created[0].id), self.reload,
                         done=self.tr("%1 lisätty (%2).").replace("%1", name or organisation)
                         .replace("%2", ml.role(role))):
            panel.name.setText("")   # setText drops the field's own undo: Ctrl+Z undoes the add
            panel.organisation.setText("")
            self._select(self.model.row_of(created[0].id))
            panel.name.setFocus()

    def remove_current(self) -> None:
        attendee_id = self.current_id()
        if self.refuse_read_only() or attendee_id is None:
            return
        self.ops.push(self.tr("Poista henkilö"), lambda: self.services.attendance.remove(attendee_id),
                      lambda: self.services.attendance.restore(attendee_id), self.reload,
                      done=self.tr("Henkilö poistettu läsnäololistalta."))

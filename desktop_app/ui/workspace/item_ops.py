"""Operations on the current item: new (Ctrl+Enter), move, delete with undo, copy forward.
A mixin of WorkspaceController (texts keep its translation context)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.enums import FollowUpStatus
from desktop_app.domain.errors import KuntapalauteError
from desktop_app.ui.error_text import error_text
from desktop_app.ui.workspace.buffer import EditBuffer
from desktop_app.ui.workspace.commands import DeleteItemCommand, MoveItemCommand

if TYPE_CHECKING:
    from desktop_app.ui.workspace.controller import WorkspaceController as _Base
else:
    _Base = object


class ItemOperations(_Base):
    def _show_follow_up_status(self) -> None:
        """The current item's follow-up status; the choice is enabled once a follow-up exists
        (typing an owner or due date creates it). Follow-ups stay editable in an approved meeting."""
        combo = self.view.editor.follow_up_status
        record = self.feedback.get(self.buffer.item_id or "") if self.buffer else None
        follow_up = record.follow_ups[0] if record and record.follow_ups else None
        combo.setCurrentIndex(combo.findData(follow_up.status.value) if follow_up else -1)
        combo.setEnabled(follow_up is not None)

    def _follow_up_status_chosen(self, _index: int) -> None:
        record = self.feedback.get(self.buffer.item_id or "") if self.buffer else None
        if record is None or not record.follow_ups:
            return
        follow_up_id, item_id = record.follow_ups[0].id, record.id
        status = FollowUpStatus(self.view.editor.follow_up_status.currentData())

        def write() -> None:
            self.services.followups.set_status(follow_up_id, status)
            self._apply(self.services.feedback.get(item_id))

        self.autosave.flush()
        self.autosave.save_now(("follow-up-status", follow_up_id), write)

    def new_item(self) -> None:
        """Ctrl+Enter: keep what was typed and start the next item."""
        if self.section is None or not self.section.holds_feedback or not self.editable:
            return
        self.autosave.flush()
        if self.buffer is None or self.buffer.item_id is not None or self.buffer.text.strip():
            self._load_buffer(self._new_buffer())
        self.view.editor.text.setFocus()

    def move_current(self, delta: int) -> None:
        if self.buffer is None or not self.editable:
            return
        self.autosave.flush()
        item_id = self.buffer.item_id
        if item_id is None:
            return
        record = self.feedback[item_id]
        siblings = [i.id for i in self.items_model.items() if i.kind == record.kind]
        old = siblings.index(item_id)
        new = old + delta
        if not 0 <= new < len(siblings):
            return
        text = QCoreApplication.translate("WorkspaceController", "Siirrä kohta")
        self._run(lambda: self.undo.push(MoveItemCommand(self.services, item_id, old, new, text,
                                                         self._reload_items)))

    def delete_current(self) -> None:
        if self.buffer is None or not self.editable:
            return
        if self.buffer.item_id is None:  # an unsaved draft: just clear it
            self._load_buffer(self._new_buffer())
            return
        self.autosave.flush()
        item_id = self.buffer.item_id
        text = QCoreApplication.translate("WorkspaceController", "Poista kohta")
        self._run(lambda: self.undo.push(DeleteItemCommand(self.services, item_id, text, self._reload_items)))
        # Focus leaves the text box so that Ctrl+Z undoes the delete, not typing.
        self.view.editor.items.setFocus()
        self.message.emit(QCoreApplication.translate("WorkspaceController",
                                                     "Kohta poistettu. Ctrl+Z palauttaa sen."))

    def _run(self, operation) -> None:
        try:
            operation()
        except KuntapalauteError as exc:
            self.message.emit(error_text(exc))

    def _reload_items(self) -> None:
        """After an undoable operation: reload the meeting's items, keep the current item if alive."""
        if self.detail is None:
            return
        items = self.services.feedback.list_for_meeting(self.detail.meeting.id)
        self.feedback = {item.id: item for item in items}
        keep = self.buffer.item_id if self.buffer else None
        if self.section is not None and self.section.holds_feedback:
            self._refresh_items()
            record = self.feedback.get(keep or "")
            if record is not None and self.section.contains(record):
                self._load_buffer(EditBuffer.from_record(record, self.section.key))
            else:
                self._load_buffer(self._new_buffer())
        self._update_coverage()
        self.meeting_changed.emit()

    def copy_forward(self) -> None:
        index = self.view.continuity.items.currentIndex()
        if not index.isValid() or self.detail is None or self.section is None or not self.editable:
            return
        self.autosave.flush()
        source = self.history_model.item(index.row()).feedback
        try:
            record = self.services.feedback.copy_forward(source.id, self.detail.meeting.id)
        except KuntapalauteError as exc:
            self.message.emit(error_text(exc))
            return
        self._apply(record)
        if self.section.contains(record):
            self._load_buffer(EditBuffer.from_record(record, self.section.key))
        self.view.editor.text.setFocus()
        self.message.emit(QCoreApplication.translate(
            "WorkspaceController", "Kohta kopioitu aiemmalta kierrokselta; muokkaa sitä vapaasti."))

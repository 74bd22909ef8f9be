"""Operations on the current item: new (Ctrl+Enter), move, delete with undo, copy forward, the
follow-up status. A mixin of WorkspaceController (texts keep its translation context). Every
write goes through the controller's AutosaveController (`autosave.run`, or `ops.push` for the
undoable ones), so the save indicator and the undo stack only report what committed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.enums import FollowUpStatus
from desktop_app.domain.records import FeedbackRecord
from desktop_app.ui.keys import with_keys
from desktop_app.ui.workspace.buffer import EditBuffer

if TYPE_CHECKING:
    from desktop_app.ui.workspace.controller import WorkspaceController as _Base
else:
    _Base = object


T = QCoreApplication  # lupdate finds `T.translate("WorkspaceController", ...)`; short lines


class ItemOperations(_Base):
    def _show_follow_up_status(self) -> None:
        """The current item's follow-up status (blank: no follow-up yet; choosing one creates it).
        Follow-ups stay editable in an approved meeting, once they exist."""
        combo = self.view.editor.follow_up_status
        status = self.buffer.status if self.buffer else None
        combo.setCurrentIndex(combo.findData(status.value) if status else -1)
        combo.setEnabled(self.buffer is not None and (self.editable or self.buffer.follow_up_id is not None))

    def _follow_up_status_chosen(self, _index: int) -> None:
        if self.buffer is None or self.meeting_id is None:
            return
        self.buffer.status = FollowUpStatus(self.view.editor.follow_up_status.currentData())
        buf, meeting_id = self.buffer, self.meeting_id
        self.autosave.save_now(buf.token, lambda: self._write(meeting_id, buf))

    def new_item(self) -> None:
        """Ctrl+Enter: keep what was typed and start the next item."""
        if self.refuse_read_only() or self.section is None or not self.section.holds_feedback:
            self.focus_entry()
            return
        self.autosave.flush()
        if self.buffer is None or self.buffer.item_id is not None or self.buffer.text.strip():
            self._load_buffer(self._new_buffer())
        self.focus_entry()

    def move_current(self, delta: int) -> None:
        if self.refuse_read_only() or self.buffer is None:
            return
        self.autosave.flush()
        item_id = self.buffer.item_id
        if item_id is None or item_id not in self.feedback:
            self.message.emit(T.translate("WorkspaceController",
                                          "Kohtaa ei ole vielä tallennettu; kirjoita ensin teksti."))
            return
        record = self.feedback[item_id]
        siblings = [i.id for i in self.items_model.items() if i.kind == record.kind]
        old = siblings.index(item_id)
        new = old + delta
        if not 0 <= new < len(siblings):
            self.message.emit(T.translate("WorkspaceController", "Kohta on jo ensimmäisenä.") if delta < 0
                              else T.translate("WorkspaceController", "Kohta on jo viimeisenä."))
            return
        self.ops.push(T.translate("WorkspaceController", "Siirrä kohta"),
                      lambda: self.services.feedback.move(item_id, new),
                      lambda: self.services.feedback.move(item_id, old), self._reload_items,
                      done=T.translate("WorkspaceController", "Kohta siirretty."),
                      undone=T.translate("WorkspaceController", "Siirto kumottu."))
        self.focus_entry()

    def delete_current(self) -> None:
        if self.refuse_read_only() or self.buffer is None:
            return
        if self.buffer.item_id is None:  # an unsaved draft: just clear it
            had_text = bool(self.buffer.text.strip())
            self._load_buffer(self._new_buffer())
            self.message.emit(T.translate("WorkspaceController", "Tallentamaton luonnos tyhjennetty.")
                              if had_text
                              else T.translate("WorkspaceController", "Ei poistettavaa: kohta on tyhjä."))
            self.focus_entry()
            return
        self.autosave.flush()
        item_id = self.buffer.item_id
        self.ops.push(T.translate("WorkspaceController", "Poista kohta"),
                      lambda: self.services.feedback.delete(item_id),
                      lambda: self._restore(item_id), self._reload_items,
                      done=with_keys(T.translate("WorkspaceController", "Kohta poistettu. %1 palauttaa sen."),
                                     "undo"),
                      undone=T.translate("WorkspaceController", "Kohta palautettu."))
        self.focus_entry()   # Ctrl+Z still reaches the undo stack: the new item has no typing to undo

    def _restore(self, item_id: str) -> FeedbackRecord:
        record = self.services.feedback.restore(item_id)
        self._select_after_reload = item_id
        return record

    def _reload_items(self) -> None:
        """After an undoable operation: reload the shown section's items and every section's
        count, keep the current item if alive."""
        if self.detail is None:
            return
        keep = getattr(self, "_select_after_reload", "") or (self.buffer.item_id if self.buffer else None)
        self._select_after_reload = ""
        if self.section is not None and self.section.holds_feedback:
            self._fetch_section()
            self._refresh_items()
            record = self.feedback.get(keep or "")
            if record is not None and self.section.contains(record):
                self._load_buffer(EditBuffer.from_record(record, self.section.key))
            else:
                self._load_buffer(self._new_buffer())
        self._update_coverage()
        self.meeting_changed.emit()

    def copy_forward(self) -> None:
        if self.refuse_read_only() or self.detail is None or self.section is None:
            return
        index = self.view.continuity.items.currentIndex()
        if not index.isValid():
            self.message.emit(T.translate("WorkspaceController",
                                          "Valitse ensin kohta aiemmilta kierroksilta (oikealla)."))
            return
        source = self.history_model.item(index.row()).feedback
        meeting_id = self.detail.meeting.id
        copied: list[FeedbackRecord] = []
        if not self.autosave.run(lambda: copied.append(
                self.services.feedback.copy_forward(source.id, meeting_id))):
            return
        record = copied[0]
        self._apply(record)
        if self.section.contains(record):
            self._load_buffer(EditBuffer.from_record(record, self.section.key))
        self.focus_entry()
        self.message.emit(T.translate("WorkspaceController",
                                      "Kohta kopioitu aiemmalta kierrokselta; muokkaa sitä vapaasti."))

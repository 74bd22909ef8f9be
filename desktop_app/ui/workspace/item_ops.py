"""Operations on the current item: new (Ctrl+Enter), move, delete with undo, copy forward, the
follow-up status. A mixin of WorkspaceController (texts keep its translation context). Every
write goes through the controller's AutosaveController (`autosave.run`, or `ops.push` for the
undoable ones), so the save indicator and the undo stack only report what committed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel

from desktop_app.domain.enums import FollowUpStatus
from desktop_app.domain.records import FeedbackRecord
from desktop_app.ui.keys import with_keys
from desktop_app.ui.workspace.buffer import EditBuffer, buffer_words

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
        self.autosave.save_now(buf.token, lambda: self._write(meeting_id, buf), lambda: buffer_words(buf))

    def _buffer_key(self, key: object) -> bool:
        """The autosave keys whose text leaves the screen with the current item's editor."""
        buf = self.buffer
        return buf is not None and (key == buf.token or key in (("priority", buf.item_id),
                                                                  ("kind", buf.item_id)))

    def _show_rejected(self, key: object, message: str) -> None:
        """A refused write of the item in the editor is said under it (the header and the
        participants say theirs beside their own fields)."""
        if self._buffer_key(key):
            self.view.editor.show_error(message)

    def _clear_rejected(self, _when: object = None) -> None:
        """A write landed: the item's message goes once none of the item's writes is refused."""
        if not any(self._buffer_key(entry.key) for entry in self.autosave.unsaved()):
            self.view.editor.show_error("")

    def _reselect_section(self) -> None:
        """The user chose to stay with a text that did not land: the section list shows the
        section the text is in again (its selection had already moved)."""
        assert self.section is not None
        self._loading = True
        self.view.sections.selectionModel().setCurrentIndex(
            self.section_model.index(self.section_model.row_of(self.section.key)),
            QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._loading = False

    def _reselect_item(self) -> None:
        """As `_reselect_section`, for the item list."""
        assert self.buffer is not None
        self._loading = True
        self._select_item_row(self.buffer.item_id)
        self._loading = False
        self.focus_entry()

    def new_item(self) -> None:
        """Ctrl+Enter: keep what was typed and start the next item."""
        if self.refuse_read_only() or self.section is None or not self.section.holds_feedback:
            self.focus_entry()
            return
        if not self.autosave.leave(only=self._buffer_key):
            self.focus_entry()   # the text that did not land stays on screen
            return
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
            self.autosave.forget(self.buffer.token)   # thrown away on purpose
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
            buf = self.buffer
            if buf is not None and self.autosave.unsaved(lambda key: key == buf.token):   # its words
                if buf.item_id is None or buf.item_id in self.feedback:
                    self._reselect_item()   # words that did not land stay, not the stored row
                    self._update_coverage()
                    self.meeting_changed.emit()
                    return
                self.autosave.discard(self._buffer_key)   # the user deleted the item: its words too
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

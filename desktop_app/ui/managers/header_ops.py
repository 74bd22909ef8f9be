"""The managers' meeting header (date, time, place, remote link, chair, secretary): autosaved
through the shared AutosaveController; a change made elsewhere meanwhile is combined field by
field by the negotiation header's rule (ui/workspace/underneath.py). A mixin of
ManagersWorkspaceController, like agenda_ops.py; it also keeps the editor on a matter whose
text did not land when the user chose to stay (AutosaveController.leave)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel

from desktop_app.domain.errors import ConflictError, ValidationError
from desktop_app.domain.records import ManagersMeetingDetail, ManagersMeetingRecord
from desktop_app.ui.error_text import error_text
from desktop_app.ui.workspace.underneath import clash_text, combine

T = QCoreApplication  # lupdate finds T.translate("ManagersWorkspaceController", ...), the runtime context

if TYPE_CHECKING:
    from desktop_app.ui.managers.controller import ManagersWorkspaceController as _Base
else:
    _Base = object


class HeaderOperations(_Base):
    def _header_edited(self) -> None:
        if self.detail is not None and not self._loading:
            self.autosave.schedule(("managers_meeting", self.detail.meeting.id), self._write_header)

    def _write_header(self) -> None:
        assert self.detail is not None
        header = self.view.header
        values = header.values()
        changed = {k: v for k, v in values.items() if v != header.loaded.get(k)}
        if not changed:
            return
        try:
            try:
                meeting = self.services.managers.update_details(
                    self.detail.meeting.id, **changed, expected_version=self.detail.meeting.version)
            except ConflictError as exc:
                if exc.code != "row.changed_elsewhere":
                    raise
                meeting = self._header_over_change_elsewhere(values)
                changed = {}
        except ValidationError as exc:
            header.show_error(error_text(exc), exc.field or "")
            raise
        header.show_error("")
        header.loaded = {**header.loaded, **changed} if changed else header.values()
        self.detail = ManagersMeetingDetail(
            meeting=meeting, attendees=self.detail.attendees, matters=self.detail.matters,
            carried_to=self.detail.carried_to, linked_feedback=self.detail.linked_feedback)
        self.meeting_changed.emit()

    def _header_over_change_elsewhere(self, mine: dict[str, str]) -> ManagersMeetingRecord:
        """The negotiation header's rule (ui/workspace/underneath.py): fields one side changed
        are combined; a field both changed keeps the stored value and the message names both."""
        assert self.detail is not None
        header = self.view.header
        loaded = dict(header.loaded)
        fresh = self.services.managers.get(self.detail.meeting.id)
        header.show_meeting(fresh)
        theirs = header.values()
        merged, clashes = combine(loaded, mine, theirs)
        meeting = self.services.managers.update_details(fresh.id, **merged,
                                                        expected_version=fresh.version)
        header.set_values(merged)
        if clashes:
            labels = {
                "meeting_date": T.translate("ManagersWorkspaceController", "Päivä"),
                "start_time": T.translate("ManagersWorkspaceController", "Klo"),
                "place": T.translate("ManagersWorkspaceController", "Paikka"),
                "remote_link": T.translate("ManagersWorkspaceController", "Etäyhteys"),
                "chair": T.translate("ManagersWorkspaceController", "Puheenjohtaja"),
                "secretary": T.translate("ManagersWorkspaceController", "Sihteeri"),
            }
            self.message.emit(clash_text(clashes, labels, mine, theirs))
        return meeting

    # ---- text that did not land (AutosaveController.leave) ---------------------------------

    def _matter_key(self, key: object) -> bool:
        """The autosave keys whose text leaves the screen with the matter in the editor (its
        fields, its half-typed agreement line is kept per matter and asked about on close)."""
        return key == ("matter", self.matter.id if self.matter else self._draft)

    def _reselect_matter(self) -> None:
        """The user chose to stay with a text that did not land: the agenda shows the matter
        the text is in again (its selection had already moved)."""
        model = self.view.agenda.model
        row = next((r for r in range(model.rowCount()) if self.matter is not None
                    and model.record(r).id == self.matter.id), -1)
        table = self.view.agenda.table
        self._loading = True
        if row >= 0:
            table.selectionModel().setCurrentIndex(
                model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        else:
            table.selectionModel().clearCurrentIndex()
            table.clearSelection()
        self._loading = False

    def _matter_words(self) -> str:
        """The matter's typed texts, for the unsaved-text question's clipboard copy."""
        values = self.editor_values()
        return "\n".join(str(values[k]).strip() for k in ("title", "raised_by_name", "presenter",
                                                            "description", "notes") if str(values[k]).strip())

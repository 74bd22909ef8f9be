"""The open meeting itself: its status (close, reopen), read-only state, header details and
what changed underneath it. A mixin of WorkspaceController, like item_ops: every write goes
through the controller's AutosaveController, so the save indicator reports only what committed."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from desktop_app.domain.enums import MeetingStatus
from desktop_app.domain.errors import KuntapalauteError, MeetingLockedError, ValidationError
from desktop_app.domain.records import MeetingRecord
from desktop_app.ui.error_text import error_text
from desktop_app.ui.workspace.autosave import workspace_key
from desktop_app.ui.workspace.underneath import ChangedUnderneath, meeting_values, write_meeting_details

if TYPE_CHECKING:
    from desktop_app.ui.workspace.controller import WorkspaceController as _Base
else:
    _Base = object


class MeetingOperations(_Base):
    def refuse_read_only(self) -> bool:
        """True (and the user is told why, in the status bar and to a screen reader) when the open
        meeting is closed or approved: an edit key then must not pass in silence."""
        if self.detail is None or self.editable:
            return False
        approved = self.detail.meeting.status == MeetingStatus.APPROVED
        self.message.emit(error_text(MeetingLockedError(
            code="meeting.approved" if approved else "meeting.closed")))
        return True

    def _set_editable(self, editable: bool) -> None:
        reopenable = self.detail is not None and self.detail.meeting.status == MeetingStatus.CLOSED
        self.view.set_read_only(not editable, reopenable=reopenable)

    def set_status(self, status: MeetingStatus, *, flush: bool = True) -> None:
        """Raises what `MeetingService.set_status` raises; nothing is shown as saved then."""
        if self.detail is None:
            return
        if flush:
            self.autosave.flush()
        self._show_new_status(self.services.meetings.set_status(self.detail.meeting.id, status))

    def reopen(self) -> None:
        """*Avaa uudelleen muokattavaksi*: the explicit, audited way back from a closed meeting.
        Raises what `MeetingService.reopen` raises."""
        if self.detail is None:
            return
        self._show_new_status(self.services.meetings.reopen(self.detail.meeting.id))

    def _show_new_status(self, meeting: MeetingRecord) -> None:
        """After a committed status change: the indicator, the header and the read-only state."""
        assert self.detail is not None
        was_editable = self.editable
        self.autosave.note_saved()
        self._replace_meeting(meeting)
        self.view.header.show_meeting(meeting, self.detail.round)
        self.participants.show_meeting(meeting, self.editable)
        self._set_editable(self.editable)
        if not self.editable:
            self.undo.clear()  # the services would refuse every undo into a closed meeting
        elif not was_editable:
            self.autosave.retry_refused(workspace_key)   # words the closed meeting refused land now
        self.meeting_changed.emit()

    def _details_edited(self) -> None:
        if self.detail is not None and not self._loading:
            self.autosave.schedule(("meeting", self.detail.meeting.id), self._write_details)

    def _write_details(self) -> None:
        assert self.detail is not None
        header = self.view.header
        try:   # with the version shown: a row changed underneath is never overwritten
            meeting = write_meeting_details(self.services, header, self.detail.meeting)
        except ValidationError as exc:
            header.show_error(error_text(exc), exc.field or "")
            raise
        except ChangedUnderneath as exc:   # the newer stored value is shown; the error says both
            self._meeting_changed_elsewhere(exc.fresh)  # type: ignore[arg-type]
            header.show_error(str(exc))
            raise
        header.show_error("")
        header.loaded = meeting_values(meeting)
        self._replace_meeting(meeting)
        self.meeting_changed.emit()

    def _replace_meeting(self, meeting: MeetingRecord) -> None:
        assert self.detail is not None
        self.detail = replace(self.detail, meeting=meeting)

    def _meeting_changed_elsewhere(self, fresh: MeetingRecord) -> None:
        """Show the stored meeting (a sync, an import or another window changed it)."""
        was_editable = self.editable
        self._replace_meeting(fresh)
        self.view.header.show_meeting(fresh, self.detail.round)  # type: ignore[union-attr]
        if self.editable != was_editable:
            self.participants.show_meeting(fresh, self.editable)
            self._set_editable(self.editable)
            if self.editable:   # reopened elsewhere: the words it refused meanwhile land now
                self.autosave.retry_refused(workspace_key)
        self.meeting_changed.emit()

    def _check_meeting_underneath(self) -> None:
        """An untouched header shows what changed underneath; a touched one is reconciled by
        its next save (write_meeting_details)."""
        if self.detail is None or self.autosave.has_pending or not self.view.isVisible():
            return
        try:
            fresh = self.services.meetings.get(self.detail.meeting.id)
        except KuntapalauteError:
            return   # deleted, busy or failing: reported elsewhere
        if fresh.version != self.detail.meeting.version \
                and self.view.header.values() == self.view.header.loaded:
            self._meeting_changed_elsewhere(fresh)

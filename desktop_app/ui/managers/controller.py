"""Decides what the managers' meeting workspace does: opens a meeting (pre-filling an empty
attendance list), autosaves the header and the matter being edited, runs the agenda operations
(new, move, delete with undo, carry to the next meeting, bring a negotiation item) and the
meeting's status. The views only lay out.

The same rules as the negotiation workspace, through the same shared pieces: typed text is
written by the AutosaveController within half a second; one-off operations run through the
UndoRunner, which records a command only when the service committed it; a closed or approved
meeting is read-only and every edit key says so (`managers.closed` / `managers.approved`)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor, QUndoStack
from PySide6.QtWidgets import QComboBox

from desktop_app.domain.enums import MatterRaiser, MatterStatus, MeetingStatus
from desktop_app.domain.errors import ConflictError, KuntapalauteError, MeetingLockedError, ValidationError
from desktop_app.domain.records import (
    AgendaMatterRecord,
    FollowUpRecord,
    ManagersMeetingDetail,
)
from desktop_app.ui.announce import announce
from desktop_app.ui.error_text import error_text
from desktop_app.ui.keys import with_keys
from desktop_app.ui.managers import labels as ml
from desktop_app.ui.managers.agenda_ops import AgendaOperations
from desktop_app.ui.managers.attendance import AttendanceController
from desktop_app.ui.managers.header_ops import HeaderOperations
from desktop_app.ui.managers.history import history_html
from desktop_app.ui.managers.view import ManagersWorkspaceView
from desktop_app.ui.settings import UiSettings
from desktop_app.ui.widgets import TypingIntoChoice
from desktop_app.ui.workers import TaskRunner
from desktop_app.ui.workspace.autosave import AutosaveController, Deferred, managers_key
from desktop_app.ui.workspace.buffer import CONFLICT_MARK
from desktop_app.ui.workspace.commands import UndoRunner
from desktop_app.ui.workspace.focus import ReadOnlyTyping, TypeThrough, UndoPassThrough
from desktop_app.ui.workspace.underneath import clash_text

if TYPE_CHECKING:
    from desktop_app.services import Services

READ_ONLY = (MeetingStatus.CLOSED, MeetingStatus.APPROVED)
POSITION_SECTION = "managers"   # UiSettings.position(): (meeting id, this, matter id)
_TEXT_KEYS = ("title", "presenter", "description", "notes", "raised_by_name")
_LONG_TEXTS = ("description", "notes")
UNDERNEATH_CHECK_MS = 2000   # as in the negotiation workspace


class ManagersWorkspaceController(HeaderOperations, AgendaOperations, QObject):
    message = Signal(str)
    meeting_changed = Signal()

    def __init__(self, services: Services, view: ManagersWorkspaceView, autosave: AutosaveController,
                 undo: QUndoStack, settings: UiSettings | None = None, tasks: TaskRunner | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks   # slow reads (the negotiation items to bring); None: on this thread
        self.settings = settings   # where the user is, for the next start (crash or not)
        self.services, self.view, self.autosave, self.undo = services, view, autosave, undo
        self.detail: ManagersMeetingDetail | None = None
        self.matter: AgendaMatterRecord | None = None   # the matter in the editor; None: a new one
        self._draft = object()   # autosave key of the unsaved new matter
        # half-typed agreement lines (owner, action, due) by matter id (or the draft's key)
        self._agreement_drafts: dict[object, tuple[str, str, str]] = {}
        # the agreement row autosave wrote from the line being typed, by matter id (Enter ends it)
        self._agreement_rows: dict[str, FollowUpRecord] = {}
        self._loading = False
        self.ops = UndoRunner(undo, autosave, self)
        self.ops.message.connect(self.message)
        self.municipalities = {m.code: m.name for m in services.rounds.municipalities()}
        editor = view.editor
        editor.municipality.addItem("", None)
        for code, name in self.municipalities.items():
            editor.municipality.addItem(name, code)
        self.attendance = AttendanceController(services, view.attendance, autosave, self.ops,
                                               self.refuse_read_only, self)
        self.attendance.message.connect(self.message)
        self.attendance.written.connect(self._attendance_written)
        self.attendance.marked.connect(self._started)
        self._connect()
        self._underneath = QTimer(self)
        self._underneath.setInterval(UNDERNEATH_CHECK_MS)
        self._underneath.timeout.connect(self.check_underneath)
        self._underneath.start()

    def _connect(self) -> None:
        view, editor = self.view, self.view.editor
        view.agenda.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._matter_row_selected(current.row()))
        for field in (editor.title, editor.presenter, editor.raiser_name):
            field.textEdited.connect(self._edited)
        for field in (editor.description, editor.notes):
            field.textChanged.connect(self._edited)
        editor.raiser.activated.connect(lambda _i: self._raiser_chosen())
        editor.municipality.activated.connect(lambda _i: self._save_now())
        line = editor.municipality.lineEdit()
        assert line is not None
        line.editingFinished.connect(self._municipality_typed)
        self._typing_into_choice = TypingIntoChoice(self.message.emit, self)
        for combo in view.findChildren(QComboBox):
            if not combo.isEditable():
                self._typing_into_choice.watch(combo)
        editor.status.activated.connect(lambda _i: self._save_now())
        view.header.edited.connect(self._header_edited)
        agenda = view.agenda
        agenda.new_button.clicked.connect(self.new_matter)
        agenda.up_button.clicked.connect(lambda: self.move_matter(-1))
        agenda.down_button.clicked.connect(lambda: self.move_matter(1))
        agenda.delete_button.clicked.connect(self.delete_matter)
        agenda.carry_button.clicked.connect(self.carry_forward)
        agenda.bring_button.clicked.connect(self.bring_feedback)
        self._connect_agreements()
        self._type_through = TypeThrough(agenda.table, self.focus_entry, self)
        self._undo_pass = UndoPassThrough(self)
        self._read_only_typing = ReadOnlyTyping(self.refuse_read_only, parent=self)
        for field in (*editor.text_fields(), *view.header.fields.values(),
                      view.attendance.name, view.attendance.organisation):
            field.installEventFilter(self._undo_pass)
            self._read_only_typing.watch(field)

    # ---- the meeting -----------------------------------------------------------------------

    @property
    def meeting_id(self) -> str | None:
        return self.detail.meeting.id if self.detail else None

    @property
    def editable(self) -> bool:
        return self.detail is not None and self.detail.meeting.status not in READ_ONLY

    def open_meeting(self, meeting_id: str, matter_id: str = "") -> bool:
        """Show meeting `meeting_id`; an editable meeting with nobody on its attendance list gets
        the list pre-filled (AttendanceService.prefill). False: the user chose to stay with a
        text that was not saved (AutosaveController.leave). Raises NotFoundError."""
        if not self.autosave.leave(only=managers_key):
            return False
        self.undo.clear()
        self.detail = self.services.agenda.detail(meeting_id)
        if not self.detail.attendees and self.editable \
                and self.autosave.run(lambda: self.services.attendance.prefill(meeting_id)):
            self.detail = self.services.agenda.detail(meeting_id)
        self.view.header.show_meeting(self.detail.meeting)
        self._set_editable()
        known = {m.id for m in self.detail.matters}
        self._show_agenda(select=matter_id if matter_id in known else
                          self.detail.matters[0].id if self.detail.matters else None)
        meeting = self.detail.meeting
        announce(self.view, self.tr("Kuntajohtajakokous %1, %2.").replace("%1", ml.meeting_label(meeting))
                 .replace("%2", self.view.header.status.text()))
        return True

    def reload(self) -> None:
        """Read the meeting again (after an operation, a sync, an undo); keep the current matter."""
        if self.detail is None or not self.autosave.leave(only=managers_key):
            return   # "Palaa": the editor keeps the text that did not land
        keep = self.matter.id if self.matter else None
        self.detail = self.services.agenda.detail(self.detail.meeting.id)
        self.view.header.show_meeting(self.detail.meeting)
        self._set_editable()
        self._show_agenda(select=keep)
        self.meeting_changed.emit()

    def _set_editable(self) -> None:
        assert self.detail is not None
        status = self.detail.meeting.status
        self.view.set_read_only(not self.editable, reopenable=status == MeetingStatus.CLOSED)
        self._show_counts()

    def _show_counts(self) -> None:
        assert self.detail is not None
        # %n: Qt's plural forms ("1 asia", "5 asiaa"; "1 matter", "5 matters")
        counts = ", ".join((self.tr("%n asia(a)", "", len(self.detail.matters)),
                            self.tr("%n henkilö(ä)", "", len(self.detail.attendees))))
        self.view.header.counts.setText(counts)

    def _attendance_written(self) -> None:
        """The attendance list changed: the meeting's record of it follows (counts, and what a
        later refresh of the agenda shows)."""
        if self.detail is not None:
            self.detail = ManagersMeetingDetail(
                meeting=self.detail.meeting, attendees=tuple(self.attendance.model.rows()),
                matters=self.detail.matters, carried_to=self.detail.carried_to,
                linked_feedback=self.detail.linked_feedback)
            self._show_counts()
        self.meeting_changed.emit()

    def refuse_read_only(self) -> bool:
        """True (and the user is told why) when the open meeting is closed or approved."""
        if self.detail is None or self.editable:
            return False
        approved = self.detail.meeting.status == MeetingStatus.APPROVED
        self.message.emit(error_text(MeetingLockedError(
            code="managers.approved" if approved else "managers.closed")))
        return True

    def set_status(self, status: MeetingStatus) -> None:
        """Raises what ManagersMeetingService.set_status raises; nothing is shown as saved then."""
        if self.detail is None:
            return
        self.autosave.flush()
        self.services.managers.set_status(self.detail.meeting.id, status)
        self.autosave.note_saved()
        if status in READ_ONLY:
            self.undo.clear()   # the services would refuse every undo into a closed meeting
        self.reload()

    def reopen(self) -> None:
        """Raises what ManagersMeetingService.reopen raises."""
        if self.detail is None:
            return
        self.services.managers.reopen(self.detail.meeting.id)
        self.autosave.note_saved()
        # The words the closed meeting refused land now: the reload then has nothing to ask about
        # (it asked "unsaved text" and, on "Palaa", kept showing the reopened meeting as closed).
        self.autosave.retry_refused(managers_key)
        self.reload()

    def _started(self) -> None:
        """What only happens in the meeting (attendance marks, discussion notes, a matter's
        outcome, agreements) starts a planned one; preparing the agenda (titles, raisers,
        presenters, descriptions, the header, bringing items) keeps it planned."""
        if self.detail is not None and self.detail.meeting.status == MeetingStatus.PLANNED:
            try:
                self.services.managers.set_status(self.detail.meeting.id, MeetingStatus.IN_PROGRESS)
            except KuntapalauteError:
                return
            self.detail = self.services.agenda.detail(self.detail.meeting.id)
            self.view.header.show_status(self.detail.meeting)

    # ---- agenda and editor -----------------------------------------------------------------

    def _show_agenda(self, select: str | None) -> None:
        assert self.detail is not None
        self._loading = True
        self.view.agenda.model.set_agenda(self.detail.matters, self.detail.carried_to, self.municipalities)
        self._loading = False
        self.attendance.show(self.detail.meeting.id, self.detail.attendees, self.detail.matters)
        record = next((m for m in self.detail.matters if m.id == select), None)
        self._load_matter(record)

    def _matter_row_selected(self, row: int) -> None:
        if self._loading or row < 0 or self.detail is None:
            return
        record = self.view.agenda.model.record(row)
        if self.matter is not None and self.matter.id == record.id:
            return
        if not self.autosave.leave(only=self._matter_key):
            self._reselect_matter()   # the text that did not land stays on screen
            return
        fresh = next((m for m in self.detail.matters if m.id == record.id), record)
        self._load_matter(fresh)

    def _load_matter(self, record: AgendaMatterRecord | None, keep_cursor: bool = False) -> None:
        """Show `record` in the editor (None: an empty new matter) with its agreements and
        history; `keep_cursor`: a field already showing its value is not touched."""
        self._keep_agreement_draft()   # a half-typed agreement stays with its own matter
        self.matter = record
        if record is None:
            self._draft = object()
        editor = self.view.editor
        self._loading = True
        def put(field, text: str) -> None:   # type: ignore[no-untyped-def]
            current = field.toPlainText() if hasattr(field, "toPlainText") else field.text()
            if not keep_cursor or current != text:
                (field.setPlainText if hasattr(field, "setPlainText") else field.setText)(text)

        put(editor.title, record.title if record else "")
        raiser = record.raised_by if record else MatterRaiser.COUNCIL
        editor.raiser.setCurrentIndex(editor.raiser.findData(raiser.value))
        editor.municipality.setCurrentIndex(max(0, editor.municipality.findData(
            record.municipality_code if record else None)))
        put(editor.raiser_name, record.raised_by_name if record else "")
        put(editor.presenter, record.presenter if record else "")
        editor.status.setCurrentIndex(editor.status.findData((record.status if record
                                                              else MatterStatus.OPEN).value))
        put(editor.description, record.description if record else "")
        notes = record.notes if record else ""
        if not keep_cursor or editor.notes.toPlainText() != notes:
            editor.notes.setPlainText(notes)
            editor.notes.moveCursor(QTextCursor.MoveOperation.End)   # the next words continue them
        editor.show_raiser(raiser)
        model = self.view.agenda.model
        row = model.row_of(record.id if record else None)
        selection = self.view.agenda.table.selectionModel()
        if row >= 0:
            selection.setCurrentIndex(model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
        else:
            selection.clearSelection()
        self._loading = False
        total = model.rowCount()
        editor.position.setText(self.tr("Asia %1/%2").replace("%1", str(row + 1)).replace("%2", str(total))
                                if record else self.tr("Uusi asia"))
        editor.show_error("")
        self._show_agreements()
        self._show_agreement_draft()
        self._show_history()
        self._remember()

    def _remember(self) -> None:
        if self.settings is not None and self.detail is not None:
            self.settings.remember_position(self.detail.meeting.id, POSITION_SECTION,
                                            self.matter.id if self.matter else "")

    def _show_history(self) -> None:
        record, detail = self.matter, self.detail
        if record is None or detail is None:
            self.view.history.setHtml(history_html([], None, None, self.municipalities))
            return
        try:
            history = self.services.agenda.history(record.id)
        except KuntapalauteError as exc:
            self.message.emit(error_text(exc))
            history = []
        self.view.history.setHtml(history_html(history, detail.linked_feedback.get(record.id),
                                               detail.carried_to.get(record.id), self.municipalities))

    def editor_values(self) -> dict[str, object]:
        editor = self.view.editor
        return {"title": editor.title.text(), "raised_by": MatterRaiser(editor.raiser.currentData()),
                "municipality_code": editor.municipality.currentData(),
                "raised_by_name": editor.raiser_name.text(), "presenter": editor.presenter.text(),
                "description": editor.description.toPlainText(), "notes": editor.notes.toPlainText(),
                "status": MatterStatus(editor.status.currentData())}

    def _edited(self) -> None:
        if self._loading or self.detail is None:
            return
        if not self.editable:
            return   # ReadOnlyTyping has said why
        key = ("matter", self.matter.id if self.matter else self._draft)
        self.autosave.schedule(key, self._write_matter, self._matter_words)

    def _raiser_chosen(self) -> None:
        editor = self.view.editor
        raiser = MatterRaiser(editor.raiser.currentData())
        editor.show_raiser(raiser)
        if raiser == MatterRaiser.MUNICIPALITY and editor.municipality.currentData() is None:
            editor.municipality.setCurrentIndex(1)   # the first member municipality, to be changed
        self._save_now()

    def _municipality_typed(self) -> None:
        if not self._loading and self.detail is not None and self.view.editor.take_typed_municipality():
            self._save_now()

    def _save_now(self) -> None:
        if self._loading or self.detail is None or self.refuse_read_only():
            return
        key = ("matter", self.matter.id if self.matter else self._draft)
        self.autosave.save_now(key, self._write_matter, self._matter_words)

    def _write_matter(self) -> None:
        """Write the editor: a new matter once it has a title, else only the changed fields
        (with the version shown, so a change made elsewhere is never overwritten)."""
        assert self.detail is not None
        values = self.editor_values()
        meeting_id = self.detail.meeting.id
        editor = self.view.editor
        try:
            in_meeting = False   # notes or a matter's outcome: only written in the meeting
            if self.matter is None:
                if not str(values["title"]).strip():
                    if any(str(values[k]).strip() for k in _TEXT_KEYS):
                        raise Deferred(self.tr("Kirjoita ensin asian otsikko; muu teksti "
                                               "tallentuu sen jälkeen."))
                    return
                status = values.pop("status")
                in_meeting = bool(str(values["notes"]).strip()) or status != MatterStatus.OPEN
                record = self.services.agenda.add(meeting_id, **values)  # type: ignore[arg-type]
                if status != MatterStatus.OPEN:
                    record = self.services.agenda.update(record.id, status=status)
            else:
                current = self.matter
                changed = {k: v for k, v in values.items() if v != getattr(current, k)}
                if not changed:
                    editor.show_error("")   # e.g. Ctrl+Z back to the stored text: nothing wrong now
                    return
                in_meeting = "notes" in changed or "status" in changed
                try:
                    record = self.services.agenda.update(current.id, **changed,
                                                         expected_version=current.version)
                except ConflictError as exc:
                    if exc.code != "row.changed_elsewhere":
                        raise
                    record = self._write_over_change_elsewhere(current, values)
        except ValidationError as exc:
            field = {"asia": editor.title, "kunta": editor.municipality, "tuoja": editor.raiser_name,
                     "esittelijä": editor.presenter, "kuvaus": editor.description,
                     "keskustelu": editor.notes}.get(exc.field or "")
            editor.show_error(error_text(exc), field)
            raise
        editor.show_error("")
        self._apply(record)
        if in_meeting:
            self._started()

    def _write_over_change_elsewhere(self, loaded: AgendaMatterRecord,
                                     mine: dict[str, object]) -> AgendaMatterRecord:
        """The matter changed underneath (a sync, an import, another window) while the user
        typed. As in the negotiation editor, nothing vanishes: a field only one side changed
        takes that side's value; notes or a description both changed keep both texts (the other
        one after a conflict mark); a short field both changed keeps the stored value and the
        message names what the user typed. Raises what AgendaService.update raises."""
        fresh = self.services.agenda.get(loaded.id)
        merged: dict[str, object] = {}
        clashes: list[str] = []
        for key, own in mine.items():
            base, stored = getattr(loaded, key), getattr(fresh, key)
            if own in (base, stored):
                continue
            if stored == base:
                merged[key] = own
            elif key in _LONG_TEXTS:
                merged[key] = f"{own}\n\n{CONFLICT_MARK}{stored}"
            else:
                clashes.append(key)
        record = self.services.agenda.update(fresh.id, **merged, expected_version=fresh.version) \
            if merged else fresh
        self._load_matter(record, keep_cursor=True)
        labels = {"title": self.tr("Asia"), "presenter": self.tr("Esittelijä"),
                  "raised_by_name": self.tr("Muu taho"), "raised_by": self.tr("Tuoja"),
                  "municipality_code": self.tr("Kunta"), "status": self.tr("Tila")}
        self.message.emit(clash_text(clashes, labels, {k: str(v) for k, v in mine.items()},
                                     {k: str(getattr(fresh, k)) for k in clashes}) if clashes
                          else self.tr("Asiaa muutettiin samaan aikaan toisaalla. Molempien "
                                       "muutokset on tallennettu."))
        return record

    def check_underneath(self) -> None:
        """An untouched header or matter that another writer changed is shown fresh; a touched
        one is reconciled by its next save. While a text of the page did not land, only the
        meeting's status is shown fresh (the chip, read-only or not, the reopen action), so a
        text refused by a meeting closed elsewhere can be saved by reopening it."""
        if self.detail is None or not self.view.isVisible():
            return
        unsaved = bool(self.autosave.unsaved(managers_key))
        try:
            meeting = self.services.managers.get(self.detail.meeting.id)
            fresh = self.services.agenda.get(self.matter.id) if self.matter and not unsaved else None
        except KuntapalauteError:
            return   # deleted, busy or failing: reported elsewhere
        if unsaved:   # a reload would ask about the text: a timer never opens that question
            if meeting.status != self.detail.meeting.status:
                was_editable = self.editable
                self.detail = replace(self.detail, meeting=meeting)
                self.view.header.show_status(meeting)
                self._set_editable()
                if self.editable and not was_editable:   # reopened elsewhere: the words land now
                    self.autosave.retry_refused(managers_key)
                self.meeting_changed.emit()
            return
        header = self.view.header
        untouched = header.values() == header.loaded and (
            self.matter is None or self.editor_values() == {k: getattr(self.matter, k)
                                                             for k in self.editor_values()})
        if untouched and (meeting.version != self.detail.meeting.version
                          or (fresh is not None and self.matter is not None
                              and fresh.version != self.matter.version)):
            self.reload()

    def _apply(self, record: AgendaMatterRecord) -> None:
        """A written matter back into the list without disturbing the typing."""
        assert self.detail is not None
        matters = [m for m in self.detail.matters if m.id != record.id] + [record]
        matters.sort(key=lambda m: m.number)
        self.detail = ManagersMeetingDetail(
            meeting=self.detail.meeting, attendees=self.detail.attendees, matters=tuple(matters),
            carried_to=self.detail.carried_to, linked_feedback=self.detail.linked_feedback)
        was_new = self.matter is None
        self.matter = record
        self._loading = True
        self.view.agenda.model.set_agenda(self.detail.matters, self.detail.carried_to, self.municipalities)
        row = self.view.agenda.model.row_of(record.id)
        self.view.agenda.table.selectionModel().setCurrentIndex(
            self.view.agenda.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._loading = False
        self.view.editor.position.setText(self.tr("Asia %1/%2").replace("%1", str(row + 1))
                                          .replace("%2", str(self.view.agenda.model.rowCount())))
        if was_new:
            self._show_counts()
            self.attendance.show_matters(self.detail.matters)
            self._show_agreements()
            self._remember()
        self.meeting_changed.emit()

    # ---- focus -----------------------------------------------------------------------------

    def focus_entry(self) -> None:
        """The keyboard goes where the next words belong: the title of a new matter, else the
        discussion notes."""
        editor = self.view.editor
        (editor.title if self.matter is None else editor.notes).setFocus()

    def show_tab(self, index: int) -> None:
        self.view.tabs.setCurrentIndex(index)
        (self.view.agenda.table if index == self.view.AGENDA else self.view.attendance.table).setFocus()

    def key_hint(self) -> str:
        return with_keys(self.tr("%1 uusi asia, %2 siirtää seuraavaan kokoukseen."), "new_item",
                         "managers_carry")

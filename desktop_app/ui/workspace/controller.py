"""Decides what the workspace does: loads a meeting, switches sections, binds the editor to an
item buffer, autosaves, and runs the undoable operations. The views only lay out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor, QUndoStack

from desktop_app.domain.enums import READ_ONLY_STATUSES, FeedbackKind, MeetingStatus, Priority
from desktop_app.domain.errors import KuntapalauteError, NotFoundError, ValidationError
from desktop_app.domain.records import FeedbackLink, FeedbackRecord, MeetingOutline
from desktop_app.services.first_screen import services_loaded
from desktop_app.ui.announce import announce
from desktop_app.ui.error_text import error_text
from desktop_app.ui.keys import with_keys
from desktop_app.ui.models import labels
from desktop_app.ui.models.meeting_models import (
    FeedbackListModel,
    HistoryListModel,
    SectionListModel,
)
from desktop_app.ui.models.sections import (
    ADVOCACY,
    PARTICIPANTS,
    Section,
    build_sections,
    counts_by_section,
)
from desktop_app.ui.settings import UiSettings
from desktop_app.ui.workers import TaskRunner
from desktop_app.ui.workspace.agenda_ops import AgendaLinkOperations
from desktop_app.ui.workspace.autosave import AutosaveController, workspace_key
from desktop_app.ui.workspace.buffer import EditBuffer, buffer_words, write_buffer
from desktop_app.ui.workspace.commands import UndoRunner
from desktop_app.ui.workspace.focus import ReadOnlyTyping, TypeThrough, UndoPassThrough
from desktop_app.ui.workspace.history_ops import HistoryOperations
from desktop_app.ui.workspace.item_ops import ItemOperations
from desktop_app.ui.workspace.meeting_ops import MeetingOperations
from desktop_app.ui.workspace.participants import ParticipantsController
from desktop_app.ui.workspace.view import WorkspaceView

if TYPE_CHECKING:
    from desktop_app.services import Services

UNDERNEATH_CHECK_MS = 2000  # how often an open, untouched item is compared with the database


class WorkspaceController(MeetingOperations, ItemOperations, AgendaLinkOperations, HistoryOperations,
                          QObject):
    message = Signal(str)
    meeting_changed = Signal()   # status or coverage changed: the navigation list is stale
    open_managers_meeting = Signal(str, str)   # managers' meeting id, matter id (an item's link)

    def __init__(self, services: Services, view: WorkspaceView, settings: UiSettings,
                 autosave: AutosaveController, undo: QUndoStack, tasks: TaskRunner, language: str = "fi",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self._history_generation = 0
        self.services, self.view, self.settings = services, view, settings
        self.autosave, self.undo, self.language = autosave, undo, language
        self.detail: MeetingOutline | None = None
        # The shown section's items only: a switch reads no other section's (their counts come
        # from an index); a section's items are read again each time it is shown.
        self.feedback: dict[str, FeedbackRecord] = {}
        self.links: dict[str, tuple[FeedbackLink, ...]] = {}   # item id → its agenda matters
        self.section: Section | None = None
        self.buffer: EditBuffer | None = None
        self._loading = False
        self._changing_section = False
        self._opening = ""   # said before the next section's name (a meeting was opened)
        self.section_model = SectionListModel(self)
        self.items_model = FeedbackListModel(self)
        self.history_model = HistoryListModel(self)
        view.sections.setModel(self.section_model)
        view.editor.items.setModel(self.items_model)
        view.continuity.items.setModel(self.history_model)
        self.ops = UndoRunner(undo, autosave, self)
        self.ops.message.connect(self.message)
        self.participants = ParticipantsController(services, view.participants, self.ops, self)
        self.participants.message.connect(self.message)
        self._underneath = QTimer(self)
        self._underneath.setInterval(UNDERNEATH_CHECK_MS)
        self._underneath.timeout.connect(self.check_underneath)
        self._underneath.start()
        self._connect()

    def _connect(self) -> None:
        editor = self.view.editor
        self.view.sections.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._section_row_selected(current.row()))
        editor.items.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._item_row_selected(current.row()))
        editor.text.textChanged.connect(self._text_changed)
        for field in (editor.description, editor.owner, editor.due):
            field.textEdited.connect(self._follow_up_edited)
            field.editingFinished.connect(self.autosave.flush)   # focus left: it lands now
        editor.priority.activated.connect(self._priority_chosen)
        editor.kind.activated.connect(self._kind_chosen)
        editor.follow_up_status.activated.connect(self._follow_up_status_chosen)
        editor.new_button.clicked.connect(self.new_item)
        editor.up_button.clicked.connect(lambda: self.move_current(-1))
        editor.down_button.clicked.connect(lambda: self.move_current(1))
        editor.delete_button.clicked.connect(self.delete_current)
        editor.link_button.clicked.connect(self.open_agenda_link)
        self.view.continuity.copy_button.clicked.connect(self.copy_forward)
        self.view.continuity.items.doubleClicked.connect(lambda _index: self.copy_forward())
        self.view.header.edited.connect(self._details_edited)
        self.autosave.rejected_key.connect(self._show_rejected)   # this item's, not the header's
        self.autosave.saved.connect(self._clear_rejected)
        # Keys typed in the lists belong in the editor; Enter moves there. Ctrl+Z in a field with
        # nothing of its own to undo reaches the undo stack (a delete is undone from the editor).
        self._type_through = [TypeThrough(view, self.focus_entry, self) for view in (
            self.view.sections, editor.items, self.view.continuity.items)]
        for column in (self.view.participants.municipality, self.view.participants.council):
            self._type_through.append(TypeThrough(column.people, column.entry.setFocus, self))
        self._undo_pass = UndoPassThrough(self)
        for field in editor.text_fields():
            field.installEventFilter(self._undo_pass)
        self._read_only_typing = ReadOnlyTyping(self.refuse_read_only, parent=self)
        header, people = self.view.header, self.view.participants
        for field in (*editor.text_fields(), header.date_edit, header.time_edit, header.place_edit,
                      people.council.entry, people.municipality.entry, people.editor.name,
                      people.editor.role, people.editor.organisation):
            self._read_only_typing.watch(field)

    # ---- meeting ---------------------------------------------------------------------------

    @property
    def meeting_id(self) -> str | None:
        return self.detail.meeting.id if self.detail else None

    @property
    def editable(self) -> bool:
        """Closed and approved meetings are read-only (the services refuse writes too)."""
        return self.detail is not None and self.detail.meeting.status not in READ_ONLY_STATUSES

    def open_meeting(self, meeting_id: str, section_key: str = "", item_id: str = "") -> bool:
        """Show the meeting (False: the user chose to stay with a text that was not saved)."""
        if not self.autosave.leave(only=workspace_key):
            return False
        self.undo.clear()
        self.detail = self.services.meetings.outline(meeting_id)
        self.feedback, self.links, self.section = {}, {}, None
        titles = {"participants": self.tr("Osallistujat"), "advocacy": self.tr("Edunajamiskohteet"),
                  "sectors": self.tr("Toimintasektorit"), "development": self.tr("Aluekehitys"),
                  "municipality": self.tr("Kunnan oma kehitys"), "region": self.tr("Koko Kainuun kehitys")}
        sections = build_sections(self.detail.sectors, self.language, titles)
        counts = counts_by_section(self.detail.counts)
        self._loading = True
        self.section_model.set_sections(sections, counts)
        self._loading = False
        QTimer.singleShot(0, self.view, self.view.fit_section_names)   # once the page is laid out
        self.view.header.show_meeting(self.detail.meeting, self.detail.round)
        self.participants.show_meeting(self.detail.meeting, self.editable, self.detail.participants)
        self._set_editable(self.editable)
        self._update_coverage(counts)
        if self.section_model.row_of(section_key) < 0:
            section_key = PARTICIPANTS if not self.detail.participants else ADVOCACY
        # Said once with the first section: which meeting the user is now in.
        meeting = self.detail.meeting
        self._opening = f"{meeting.municipality_name}, {labels.meeting_status(meeting.status)}."
        self.select_section(section_key, item_id)
        return True

    def reload_meeting(self) -> None:
        if self.detail is not None:
            key = self.section.key if self.section else ""
            self.open_meeting(self.detail.meeting.id, key, self.buffer.item_id or "" if self.buffer else "")

    # ---- sections --------------------------------------------------------------------------

    def select_section(self, key: str, item_id: str = "") -> None:
        row = self.section_model.row_of(key)
        if row < 0:
            return
        self._pending_item = item_id
        view = self.view.sections
        if view.currentIndex().row() == row:
            self._section_row_selected(row)
        else:
            view.selectionModel().setCurrentIndex(self.section_model.index(row),
                                                  QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def step_section(self, delta: int) -> None:
        row = self.view.sections.currentIndex().row()
        count = self.section_model.rowCount()
        while 0 <= row + delta < count:
            row += delta
            if not self.section_model.section(row).is_header:
                self.select_section(self.section_model.section(row).key)
                return

    def _section_row_selected(self, row: int) -> None:
        if self._loading or row < 0 or self.detail is None:
            return
        section = self.section_model.section(row)
        if section.is_header:   # a group title: go on in the direction the user was moving
            came_from = self.section_model.row_of(self.section.key) if self.section else -1
            self.step_section(-1 if 0 <= row < came_from else 1)
            return
        if self.section is not None and not self.autosave.leave(only=self._buffer_key):
            self._reselect_section()   # the unsaved text stays on screen
            return
        self.section = section
        item_id = getattr(self, "_pending_item", "")
        self._pending_item = ""
        if not section.holds_feedback:
            self.buffer = None
            self.feedback, self.links = {}, {}
            self.view.show_participants()
            self.settings.remember_position(self.detail.meeting.id, section.key)
            self._announce_section(section.title)
            return
        self.view.show_editor()
        editor = self.view.editor
        editor.show_section(section.title)
        is_sector = section.is_sector
        editor.kind.setVisible(is_sector)
        editor.kind_label.setVisible(is_sector)
        self._fetch_section()
        self._refresh_items()
        self.refresh_links()
        record = self.feedback.get(item_id)
        if (record is None or not section.contains(record)) and not self.editable \
                and self.items_model.rowCount():
            record = self.items_model.item(0)  # read-only: show what was said, not an empty draft
        self._changing_section = True
        try:
            if record is not None and section.contains(record):
                self._load_buffer(EditBuffer.from_record(record, section.key))
            else:
                self._load_buffer(self._new_buffer())
        finally:
            self._changing_section = False
        self._load_history()
        count = self.items_model.rowCount()
        where = self.tr("%n kohta(a)", "", count) if count else self.tr("ei vielä kohtia")
        self._announce_section(f"{section.title}, {where}", self.view.editor.position.text())

    def _announce_section(self, *parts: str) -> None:
        """Ctrl+PgDown and friends keep the focus in the editor, so nothing else would say where
        the user now is: "Liikenne ja saavutettavuus, 2 kohtaa. Uusi kohta." (after opening a
        meeting, its municipality and status first)."""
        opening, self._opening = self._opening, ""
        announce(self.view, " ".join(p if p.endswith(".") else p + "." for p in (opening, *parts) if p))

    def _fetch_section(self) -> None:
        """Read the shown section's items from the database (only those: ~110 of a 1,250-item
        meeting at 100,000 items, docs/performance/switch-search.md)."""
        assert self.detail is not None and self.section is not None
        kinds, sector_id, scope = self.section.item_filter()
        items = self.services.feedback.list_in_section(self.detail.meeting.id, kinds,
                                                       sector_id=sector_id, scope=scope)
        self.feedback = {item.id: item for item in items}

    def _refresh_items(self) -> None:
        assert self.section is not None
        self._loading = True
        self.items_model.set_items(self.section.items(list(self.feedback.values())))
        self._loading = False

    def _update_coverage(self, counts: dict[str, int] | None = None) -> None:
        """The checklist's counts and the coverage line; without `counts`, counted again in the
        database (an index read), so every section's count is right after any write."""
        if counts is None:
            assert self.detail is not None
            counts = counts_by_section(self.services.meetings.item_counts(self.detail.meeting.id))
        self.section_model.set_counts(counts)
        total = sum(1 for row in range(self.section_model.rowCount())
                    if self.section_model.section(row).is_sector)
        uncovered = len(self.section_model.uncovered_sector_titles())
        self.view.coverage.setText(self.tr("Kommentoitu %1/%2 sektoria").replace(
            "%1", str(total - uncovered)).replace("%2", str(total)))

    # ---- the item buffer -------------------------------------------------------------------

    def _select_item_row(self, item_id: str | None) -> None:
        """Select `item_id`'s row of the item list, or no row (a new item, or one not listed)."""
        row = self.items_model.row_of(item_id)
        selection = self.view.editor.items.selectionModel()
        if row >= 0:
            selection.setCurrentIndex(self.items_model.index(row),
                                      QItemSelectionModel.SelectionFlag.ClearAndSelect)
        else:
            selection.clearSelection()
            selection.setCurrentIndex(self.items_model.index(-1), QItemSelectionModel.SelectionFlag.Clear)

    def _new_buffer(self) -> EditBuffer:
        assert self.section is not None and self.section.kind is not None
        return EditBuffer(section_key=self.section.key, kind=self.section.kind,
                          sector_id=self.section.sector_id, scope=self.section.scope)

    def _load_buffer(self, buf: EditBuffer) -> None:
        self.buffer = buf
        for choice in ("priority", "kind"):   # the combos show the stored choice again
            self.autosave.forget((choice, buf.item_id))
        editor = self.view.editor
        self._loading = True
        editor.text.setPlainText(buf.text)
        editor.text.moveCursor(QTextCursor.MoveOperation.End)  # the next words continue the item
        editor.description.setText(buf.description)
        editor.owner.setText(buf.owner)
        editor.due.setText(buf.due)
        editor.priority.setCurrentIndex(max(0, editor.priority.findData(buf.priority.value)))
        editor.kind.setCurrentIndex(max(0, editor.kind.findData(buf.kind.value)))
        self._select_item_row(buf.item_id)
        self._loading = False
        self._show_position()
        if not self._changing_section and not editor.items.hasFocus():
            # "Uusi kohta" after Ctrl+Enter, "Kohta 2/3" after a delete: after the operation's
            # own message ("Kohta poistettu…"), so the next event-loop turn.
            position = editor.position.text()
            QTimer.singleShot(0, editor.text, lambda: announce(editor.text, position))
        editor.show_error("")
        self._show_follow_up_status()
        self.show_link()
        assert self.detail is not None and self.section is not None
        self.settings.remember_position(self.detail.meeting.id, self.section.key, buf.item_id or "")

    def _show_position(self) -> None:
        assert self.buffer is not None
        row = self.items_model.row_of(self.buffer.item_id)
        total = self.items_model.rowCount()
        text = (self.tr("Kohta %1/%2").replace("%1", str(row + 1)).replace("%2", str(total)) if row >= 0
                else self.tr("Uusi kohta"))
        self.view.editor.position.setText(text)

    def _item_row_selected(self, row: int) -> None:
        if self._loading or row < 0 or self.section is None:
            return
        record = self.items_model.item(row)
        if self.buffer is not None and self.buffer.item_id == record.id:
            return
        if not self.autosave.leave(only=self._buffer_key):
            self._reselect_item()   # the unsaved text stays on screen
            return
        self._load_buffer(EditBuffer.from_record(self.feedback.get(record.id, record), self.section.key))

    def _text_changed(self) -> None:
        if self._loading or self.buffer is None:
            return
        self.buffer.text = self.view.editor.text.toPlainText()
        self._schedule(self.buffer)

    def _follow_up_edited(self) -> None:
        if self._loading or self.buffer is None:
            return
        self.buffer.description = self.view.editor.description.text().strip()
        self.buffer.owner = self.view.editor.owner.text().strip()
        self.buffer.due = self.view.editor.due.text().strip()
        self._schedule(self.buffer)

    def _schedule(self, buf: EditBuffer) -> None:
        meeting_id = self.meeting_id
        assert meeting_id is not None
        self.autosave.schedule(buf.token, lambda: self._write(meeting_id, buf), lambda: buffer_words(buf))

    def _write(self, meeting_id: str, buf: EditBuffer) -> None:
        was_new = buf.item_id is None
        try:
            record = write_buffer(self.services, meeting_id, buf)
        except ValidationError as exc:
            if buf is self.buffer:
                self.view.editor.mark_invalid(exc.field or "", error_text(exc))
            raise
        if record is None or meeting_id != self.meeting_id:
            return
        if buf.conflict:
            self._kept_both(buf, record)
            return
        self._apply(record, select=was_new and buf is self.buffer)
        if self.detail and self.detail.meeting.status == MeetingStatus.PLANNED:
            self.set_status(MeetingStatus.IN_PROGRESS, flush=False)

    def _apply(self, record: FeedbackRecord, select: bool = False) -> None:
        """Show a freshly written record without disturbing what the user is typing."""
        if self.section is None or not self.section.contains(record):
            self.feedback.pop(record.id, None)   # not (or no longer) an item of the shown section
        else:
            self.feedback[record.id] = record
            self._refresh_items()
            if select or (self.buffer and self.buffer.item_id == record.id):
                row = self.items_model.row_of(record.id)
                self._loading = True
                self.view.editor.items.selectionModel().setCurrentIndex(
                    self.items_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self._loading = False
        self._update_coverage()
        if self.buffer is not None and self.buffer.item_id == record.id and self.section is not None:
            self.buffer.version = record.version
            follow_up = next((f for f in record.follow_ups if f.id == self.buffer.follow_up_id), None)
            if follow_up is not None:
                self.buffer.follow_up_version = follow_up.version
            self._show_position()
            self._show_follow_up_status()
            assert self.detail is not None
            self.settings.remember_position(self.detail.meeting.id, self.section.key, record.id)
        self.meeting_changed.emit()

    def _priority_chosen(self, _index: int) -> None:
        if self.buffer is None:
            return
        self.buffer.priority = Priority(self.view.editor.priority.currentData())
        if self.buffer.item_id:
            buf, item_id, priority = self.buffer, self.buffer.item_id, self.buffer.priority
            # buf.version is read when the write runs, after any queued text write moved it on
            self.autosave.save_now(("priority", item_id), lambda: self._apply(
                self.services.feedback.update(item_id, priority=priority, expected_version=buf.version)))

    def _kind_chosen(self, _index: int) -> None:
        if self.buffer is None:
            return
        self.buffer.kind = FeedbackKind(self.view.editor.kind.currentData())
        if self.buffer.item_id:
            buf, item_id, kind = self.buffer, self.buffer.item_id, self.buffer.kind
            self.autosave.save_now(("kind", item_id), lambda: self._apply(
                self.services.feedback.update(item_id, kind=kind, expected_version=buf.version)))

    # ---- focus -----------------------------------------------------------------------------

    def focus_entry(self) -> None:
        """Put the keyboard where the user's next words belong: the item text, or the participant
        entry line on the participants page. (A read-only item's text takes no typing, which is
        safer than a combo box whose type-ahead would change a status.)"""
        if self.section is not None and not self.section.holds_feedback:
            self.view.participants.municipality.entry.setFocus()
        else:
            self.view.editor.text.setFocus()

    # ---- changes underneath ----------------------------------------------------------------

    def _kept_both(self, buf: EditBuffer, record: FeedbackRecord) -> None:
        """write_buffer found the row changed underneath and kept both versions: show both."""
        assert self.detail is not None
        if self.section is not None and self.section.holds_feedback:
            self._fetch_section()
        if buf is self.buffer and self.section is not None:
            self._refresh_items()
            had_focus = self.view.editor.text.hasFocus()
            self._load_buffer(EditBuffer.from_record(record, self.section.key, buf.follow_up_id))
            if had_focus:
                self.view.editor.text.setFocus()
        self._update_coverage()
        self.meeting_changed.emit()
        self.message.emit(with_keys(self.tr(
            "Kohtaa muutettiin samaan aikaan toisaalla. Molemmat versiot on tallennettu: sinun "
            "versiosi on merkitty ristiriitakopioksi. Vertaa ne ja poista tarpeeton (%1)."), "delete_item")
            if buf.conflict == "text" else with_keys(self.tr(
            "Jatkotoimenpidettä muutettiin samaan aikaan toisaalla. Molemmat versiot on tallennettu "
            "kohdalle; vertaa ne jatkotoimenpiteiden näkymässä (%1)."), "followups"))

    def check_underneath(self) -> None:
        """An open item that another writer (sync, import, another window) changed is shown
        fresh when the user has not touched it; a touched one is reconciled by its next save.
        The same for the meeting header and the selected participant. Not while the services
        are still loading (the meeting was read at start-up a moment ago; asking would block)."""
        if not services_loaded(self.services):
            return
        self._check_meeting_underneath()
        self.participants.check_underneath()
        buf = self.buffer
        if (buf is None or buf.item_id is None or buf.dirty or self.autosave.has_pending
                or self.section is None or not self.view.isVisible()):
            return
        try:
            record = self.services.feedback.get(buf.item_id)
        except NotFoundError:
            record = None
        except KuntapalauteError:
            return   # busy or failing: the save indicator reports it
        follow_up = next((f for f in record.follow_ups if f.id == buf.follow_up_id), None) if record else None
        if record is not None and record.version == buf.version and (
                buf.follow_up_id is None or (follow_up and follow_up.version == buf.follow_up_version)) \
                and len(record.follow_ups) == len(self.feedback.get(record.id, record).follow_ups):
            return
        focus = self.view.editor.text.hasFocus()
        self._reload_items()   # the cursor goes to the end: the next words continue the item
        if focus:
            self.focus_entry()
        self.message.emit(self.tr("Kohta päivitettiin: sitä muutettiin toisaalla.") if record is not None
                          else self.tr("Kohta poistettiin toisaalla."))

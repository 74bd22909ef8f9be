"""Operations on the agenda and the current matter's agreements: new matter, move, delete with
undo, carry to the next meeting, bring a negotiation item, and the *Sovittiin* grid. A mixin of
ManagersWorkspaceController (its texts keep that translation context). Each operation is one
service call through the UndoRunner: it is on the undo stack only when it committed, and a
refusal reaches the user once, as the service's Finnish message."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop_app.domain.enums import FeedbackKind, FollowUpStatus, MatterStatus
from desktop_app.domain.errors import KuntapalauteError, NotFoundError, ValidationError
from desktop_app.domain.records import AgendaMatterRecord, FollowUpRecord, ManagersMeetingDetail
from desktop_app.domain.validation import parse_date
from desktop_app.ui.error_text import error_text
from desktop_app.ui.keys import with_keys
from desktop_app.ui.managers import dialogs
from desktop_app.ui.managers import labels as ml
from desktop_app.ui.managers.models import AgreementTableModel, FeedbackChoice

T = QCoreApplication  # lupdate finds T.translate("ManagersWorkspaceController", ...), the runtime context

if TYPE_CHECKING:
    from desktop_app.ui.managers.controller import ManagersWorkspaceController as _Base
else:
    _Base = object


class _AgreementKeys(QObject):
    """Delete in the agreements grid removes the selected agreement; F2 in a closed meeting says
    why nothing can be edited."""

    def __init__(self, owner: AgendaOperations) -> None:
        super().__init__(owner)  # type: ignore[arg-type]
        self._owner = owner

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) or event.modifiers():
            return False
        if event.key() == Qt.Key.Key_Delete:
            self._owner.delete_agreement()
            return True
        if event.key() == Qt.Key.Key_F2:   # a closed meeting: F2 must not do nothing in silence
            return self._owner.refuse_read_only()
        return False


class AgendaOperations(_Base):
    # ---- matters ---------------------------------------------------------------------------

    def new_matter(self) -> None:
        """Ctrl+Enter: keep what was written and start the next matter (its title first)."""
        if self.detail is None:
            return
        if self.refuse_read_only():
            self.focus_entry()
            return
        self.autosave.flush()
        if self.matter is not None or self.view.editor.title.text().strip():
            self._load_matter(None)
        self.view.tabs.setCurrentIndex(self.view.AGENDA)
        self.focus_entry()

    def _saved_matter(self) -> AgendaMatterRecord | None:
        """The current matter after its typing is written; None (and said why) for an unsaved one."""
        self.autosave.flush()
        if self.matter is None:
            self.message.emit(
                T.translate(
                    "ManagersWorkspaceController",
                    "Asiaa ei ole vielä tallennettu; kirjoita ensin sen otsikko.",
                )
            )
            return None
        return self.matter

    def move_matter(self, delta: int) -> None:
        if self.refuse_read_only() or (matter := self._saved_matter()) is None:
            return
        assert self.detail is not None
        row = self.view.agenda.model.row_of(matter.id)
        if not 0 <= row + delta < self.view.agenda.model.rowCount():
            self.message.emit(
                T.translate("ManagersWorkspaceController", "Asia on jo ensimmäisenä.")
                if delta < 0
                else T.translate("ManagersWorkspaceController", "Asia on jo viimeisenä.")
            )
            return
        self.ops.push(
            T.translate("ManagersWorkspaceController", "Siirrä asia"),
            lambda: self.services.agenda.move(matter.id, delta),
            lambda: self.services.agenda.move(matter.id, -delta),
            self.reload,
            done=T.translate("ManagersWorkspaceController", "Asia siirretty: nyt asia %1.").replace(
                "%1", str(row + 1 + delta)
            ),
            undone=T.translate("ManagersWorkspaceController", "Siirto kumottu."),
        )

    def delete_matter(self) -> None:
        if self.refuse_read_only() or self.detail is None:
            return
        if self.matter is None:  # an unsaved draft: just clear it
            self._load_matter(None)
            self.message.emit(T.translate("ManagersWorkspaceController", "Tallentamaton asia tyhjennetty."))
            self.focus_entry()
            return
        self.autosave.flush()
        matter = self.matter
        rows = self.view.agenda.model.rows()
        after = next((m.id for m in rows if m.number > matter.number), None) or next(
            (m.id for m in reversed(rows) if m.number < matter.number), None
        )

        def backward() -> None:
            self.services.agenda.restore(matter.id, matter.number)   # back at its own number
            self._keep_matter = matter.id

        self._keep_matter = after
        self.ops.push(
            T.translate("ManagersWorkspaceController", "Poista asia"),
            lambda: self.services.agenda.delete(matter.id),
            backward,
            self._reload_keeping,
            done=with_keys(
                T.translate("ManagersWorkspaceController", "Asia poistettu. %1 palauttaa sen."), "undo"
            ),
            undone=T.translate("ManagersWorkspaceController", "Asia palautettu asiaksi %1.").replace(
                "%1", str(matter.number)
            ),
        )

    def _reload_keeping(self) -> None:
        keep = getattr(self, "_keep_matter", None)
        self._keep_matter = None
        if self.detail is None:
            return
        self.detail = self.services.agenda.detail(self.detail.meeting.id)
        self._set_editable()
        self.matter = None
        self._show_agenda(select=keep)
        self.meeting_changed.emit()

    def carry_forward(self) -> None:
        """Carry the current matter to the next meeting's agenda in one keystroke; the status bar
        names the target meeting. A refusal (no next meeting, already carried) says why and
        leaves nothing on the undo stack."""
        if self.refuse_read_only() or (matter := self._saved_matter()) is None:
            return
        old_status = matter.status
        created: list[AgendaMatterRecord] = []

        def forward() -> None:
            created.clear()
            created.append(self.services.agenda.carry_forward(matter.id))

        def backward() -> None:
            self.services.agenda.delete(created[0].id)
            if old_status != MatterStatus.CARRIED:
                self.services.agenda.update(matter.id, status=old_status)

        command = T.translate("ManagersWorkspaceController", "Siirrä asia seuraavaan kokoukseen")
        self._keep_matter = matter.id
        if not self.ops.push(command, forward, backward, self._reload_keeping):
            return
        try:
            target = ml.meeting_label(self.services.managers.get(created[0].managers_meeting_id))
        except KuntapalauteError:
            target = "?"
        self.message.emit(
            T.translate("ManagersWorkspaceController", "Asia siirretty kokouksen %1 asialistalle (asia %2).")
            .replace("%1", target)
            .replace("%2", str(created[0].number))
        )

    def feedback_choices(self) -> list[FeedbackChoice]:
        """Advocacy targets and sector comments of every round's negotiations."""
        choices: list[FeedbackChoice] = []
        for round_ in self.services.rounds.list_rounds():
            for summary in self.services.rounds.overview(round_.id):
                meeting = summary.meeting
                for item in self.services.feedback.list_for_meeting(meeting.id):
                    if item.kind in (FeedbackKind.ADVOCACY_TARGET, FeedbackKind.SECTOR_COMMENT):
                        choices.append(FeedbackChoice(item, round_.year, meeting.municipality_name))
        return choices

    def bring_feedback(self) -> None:
        """Pick a negotiation item and put it on this agenda, linked both ways. The items are
        read in a worker (every round's negotiations: ~0.1 s for two rounds of demo data)."""
        if self.refuse_read_only() or self.detail is None:
            return
        self.autosave.flush()
        meeting_id = self.detail.meeting.id
        if self.tasks is None:
            self._choose_feedback(meeting_id, self.feedback_choices())
            return
        self.tasks.start(lambda _progress: self.feedback_choices(),
                         on_done=lambda choices: self._choose_feedback(meeting_id, choices),
                         on_error=lambda exc: self.message.emit(error_text(exc)))

    def _choose_feedback(self, meeting_id: str, choices: list[FeedbackChoice]) -> None:
        if self.meeting_id != meeting_id or not self.editable:
            return   # the user moved on (or the meeting was closed) while the list was read
        feedback_id = dialogs.ask_feedback(self.view, choices)
        if feedback_id is None:
            self.focus_entry()
            return
        created: list[AgendaMatterRecord] = []

        def forward() -> None:
            if created:
                self.services.agenda.restore(created[0].id)
            else:
                created.append(self.services.agenda.bring_feedback(feedback_id, meeting_id))
            self._keep_matter = created[0].id

        if self.ops.push(
            T.translate("ManagersWorkspaceController", "Tuo asia neuvotteluista"),
            forward,
            lambda: self.services.agenda.delete(created[0].id),
            self._reload_keeping,
        ):
            self.message.emit(
                T.translate("ManagersWorkspaceController", "Tuotu asialistalle asiaksi %1: %2")
                .replace("%1", str(created[0].number))
                .replace("%2", created[0].title)
            )
            self.focus_entry()

    # ---- agreements ------------------------------------------------------------------------

    def _connect_agreements(self) -> None:
        editor = self.view.editor
        editor.agreements_model.on_edit = self._agreement_edited
        for field in (editor.owner, editor.action, editor.due):
            field.returnPressed.connect(self.add_agreement)
            field.textEdited.connect(self._agreement_typed)
            field.editingFinished.connect(self.autosave.flush)   # focus left: the line lands now
        editor.add_agreement_button.clicked.connect(self.add_agreement)
        editor.delete_agreement_button.clicked.connect(self.delete_agreement)
        editor.agreement_status.activated.connect(lambda _i: self._agreement_status_chosen())
        editor.agreements.selectionModel().currentRowChanged.connect(lambda *_: self._show_agreement_status())
        self._agreement_keys = _AgreementKeys(self)
        editor.agreements.installEventFilter(self._agreement_keys)

    def _agreement_draft_key(self) -> object:
        return self.matter.id if self.matter is not None else self._draft

    def _keep_agreement_draft(self) -> None:
        """Before the editor shows another matter: the half-typed agreement line (Vastuu,
        Toimenpide, Määräpäivä) is kept for the matter it was typed on, so Enter on another
        matter never records it there."""
        drafts = self._agreement_drafts
        editor = self.view.editor
        line = (editor.owner.text(), editor.action.text(), editor.due.text())
        key = self._agreement_draft_key()
        if any(text.strip() for text in line):
            drafts[key] = line
        else:
            drafts.pop(key, None)

    def _show_agreement_draft(self) -> None:
        """The line as it was last typed on the matter now shown (empty if none)."""
        line = self._agreement_drafts.get(self._agreement_draft_key(), ("", "", ""))
        editor = self.view.editor
        for field, text in zip((editor.owner, editor.action, editor.due), line, strict=True):
            if field.text() != text:
                field.setText(text)

    def _agreement_typed(self) -> None:
        """A keystroke on the agreement line of a saved matter: the agreement row is written by
        autosave like every other typed text (created by the first words, updated while typing),
        so a crash loses nothing; Enter then only records it on the undo stack and moves on."""
        if self._loading or self.matter is None or self.detail is None or not self.editable:
            return   # an unsaved matter: Enter says to write its title first
        matter_id = self.matter.id
        self.autosave.schedule(("agreement", matter_id), lambda: self._write_agreement_draft(matter_id),
                               lambda: " – ".join(t.strip() for t in self._agreement_line(matter_id)
                                                  if t.strip()))

    def _agreement_line(self, matter_id: str) -> tuple[str, str, str]:
        if self.matter is not None and self.matter.id == matter_id:
            editor = self.view.editor
            return editor.owner.text(), editor.action.text(), editor.due.text()
        return self._agreement_drafts.get(matter_id, ("", "", ""))

    def _write_agreement_draft(self, matter_id: str) -> None:
        """Write the line typed on `matter_id` into its agreement row; an emptied line removes
        the row. A date that is not (yet) a date keeps the stored one and raises the
        ValidationError after the rest is written: the message stands at the field, the text
        stays as typed and the autosave counts the line unsaved until a date lands."""
        owner, action, due = (text.strip() for text in self._agreement_line(matter_id))
        row = self._agreement_rows.get(matter_id)
        bad_due: ValidationError | None = None
        try:
            due_value: object = due if parse_date(due, "määräpäivä", required=False) else None
        except ValidationError as exc:
            bad_due, due_value = exc, row.due_date if row is not None else None
        if row is None:
            if not owner and not action:
                return
            row = self.services.followups.add_agreement(matter_id, owner=owner, due_date=due_value,
                                                        description=action)
        elif not owner and not action and not due:
            self.services.followups.delete(row.id)
            del self._agreement_rows[matter_id]
            self._agreement_written(matter_id)
            return
        else:
            try:
                row = self.services.followups.update(row.id, owner=owner, description=action,
                                                     due_date=due_value)
            except NotFoundError:   # removed meanwhile (Delete, a sync): the line starts a new one
                row = self.services.followups.add_agreement(matter_id, owner=owner, due_date=due_value,
                                                            description=action)
        self._agreement_rows[matter_id] = row
        self._agreement_written(matter_id)
        self._show_due_check(matter_id, bad_due)
        if bad_due is not None:
            raise bad_due

    def _show_due_check(self, matter_id: str, problem: ValidationError | None) -> None:
        """The date's message beside the field while the matter is shown (cleared once valid)."""
        if self.matter is None or self.matter.id != matter_id:
            return
        editor = self.view.editor
        if problem is not None:
            editor.show_error(error_text(problem), editor.due)
        elif editor.due.property("invalid") == "true":
            editor.show_error("")

    def _agreement_written(self, matter_id: str) -> None:
        if self.matter is not None and self.matter.id == matter_id:
            QTimer.singleShot(0, self, self._refresh_matter)   # the grid shows it (after the write)

    def _show_agreements(self) -> None:
        editor = self.view.editor
        rows = list(self.matter.follow_ups) if self.matter else []
        keep = self._current_agreement()
        editor.agreements_model.set_rows(rows)
        row = editor.agreements_model.row_of(keep.id if keep else None)
        if rows:
            editor.agreements.selectRow(row if row >= 0 else len(rows) - 1)
        self._show_agreement_status()

    def _current_agreement(self) -> FollowUpRecord | None:
        index = self.view.editor.agreements.currentIndex()
        model = self.view.editor.agreements_model
        return model.record(index.row()) if index.isValid() and index.row() < model.rowCount() else None

    def _show_agreement_status(self) -> None:
        combo = self.view.editor.agreement_status
        current = self._current_agreement()
        combo.setCurrentIndex(combo.findData(current.status.value) if current else -1)
        combo.setEnabled(current is not None)  # a status stays changeable in a closed meeting

    def _refresh_matter(self) -> None:
        """Read the current matter again (its agreements changed) and show it."""
        if self.matter is None or self.detail is None:
            return
        try:
            fresh = self.services.agenda.get(self.matter.id)
        except NotFoundError:
            self.reload()
            return
        self.matter = fresh
        matters = tuple(fresh if m.id == fresh.id else m for m in self.detail.matters)
        self.detail = ManagersMeetingDetail(
            meeting=self.detail.meeting,
            attendees=self.detail.attendees,
            matters=matters,
            carried_to=self.detail.carried_to,
            linked_feedback=self.detail.linked_feedback,
        )
        self._show_agreements()
        self.meeting_changed.emit()

    def add_agreement(self) -> None:
        """Enter on the entry line: *Sovittiin* — who prepares what by when."""
        if self.refuse_read_only() or (matter := self._saved_matter()) is None:
            return
        editor = self.view.editor
        owner, action = editor.owner.text().strip(), editor.action.text().strip()
        due = editor.due.text().strip()
        if not owner and not action:
            self.message.emit(
                T.translate("ManagersWorkspaceController", "Kirjoita ensin, kuka valmistelee mitä.")
            )
            editor.owner.setFocus()
            return
        try:   # said beside the field, the line kept as typed (the service checks it again)
            parse_date(due, "määräpäivä", required=False)
        except ValidationError as exc:
            editor.show_error(error_text(exc), editor.due)
            editor.due.setFocus()
            return
        typed = self._agreement_rows.pop(matter.id, None)   # the row autosave wrote while typing
        created: list[FollowUpRecord] = [typed] if typed else []
        first = [True]

        def forward() -> None:
            if not first[0]:   # redo
                self.services.followups.restore(created[0].id)
            elif created:
                created[0] = self.services.followups.update(
                    created[0].id, owner=owner, due_date=due or None, description=action
                )
            else:
                created.append(
                    self.services.followups.add_agreement(
                        matter.id, owner=owner, due_date=due or None, description=action
                    )
                )
            first[0] = False

        ok = self.ops.push(
            T.translate("ManagersWorkspaceController", "Lisää sovittu"),
            forward,
            lambda: self.services.followups.delete(created[0].id),
            self._refresh_matter,
            done=T.translate("ManagersWorkspaceController", "Sovittu kirjattu asiaan %1.").replace(
                "%1", str(matter.number)
            ),
        )
        if not ok and typed is not None:
            self._agreement_rows[matter.id] = typed
        if ok:
            self._agreement_drafts.pop(matter.id, None)
            self._started()
            for field in (editor.owner, editor.action, editor.due):
                field.setText("")   # drops the field's own undo: Ctrl+Z undoes the agreement
            editor.agreements.selectRow(editor.agreements_model.row_of(created[0].id))
            editor.show_error("")
            editor.owner.setFocus()
        # refused: the status bar says why (AutosaveController.refused); the line stays typed

    def _agreement_edited(self, record: FollowUpRecord, column: int, text: str) -> bool:
        if self.refuse_read_only():
            return False
        key = {
            AgreementTableModel.COL_OWNER: "owner",
            AgreementTableModel.COL_ACTION: "description",
            AgreementTableModel.COL_DUE: "due_date",
        }[column]
        value: object = text.strip() or (None if key == "due_date" else "")
        table = self.view.editor.agreements
        focused = QApplication.focusWidget()
        in_table = focused is table or (focused is not None and table.isAncestorOf(focused))
        ok = self.autosave.run(
            lambda: self.services.followups.update(record.id, **{key: value}, expected_version=record.version)
        )
        self._refresh_matter()
        if in_table:   # the refresh closed the cell editor: the keys stay in the list
            QTimer.singleShot(0, table, table.setFocus)
        return ok

    def _agreement_status_chosen(self) -> None:
        current = self._current_agreement()
        combo = self.view.editor.agreement_status
        if current is None or combo.currentData() is None:
            return
        status = FollowUpStatus(combo.currentData())
        if status != current.status and self.autosave.run(
            lambda: self.services.followups.update(
                current.id, status=status, expected_version=current.version
            )
        ):
            self.message.emit(
                T.translate("ManagersWorkspaceController", "Sovitun tila: %1.").replace(
                    "%1", combo.currentText()
                )
            )
        self._refresh_matter()

    def delete_agreement(self) -> None:
        current = self._current_agreement()
        if self.refuse_read_only() or current is None:
            return
        self.autosave.flush()
        for matter_id, typed in list(self._agreement_rows.items()):
            if typed.id == current.id:   # the row being typed: the line starts a new one
                del self._agreement_rows[matter_id]
        self.ops.push(
            T.translate("ManagersWorkspaceController", "Poista sovittu"),
            lambda: self.services.followups.delete(current.id),
            lambda: self.services.followups.restore(current.id),
            self._refresh_matter,
            done=with_keys(
                T.translate("ManagersWorkspaceController", "Sovittu poistettu. %1 palauttaa sen."), "undo"
            ),
            undone=T.translate("ManagersWorkspaceController", "Sovittu palautettu."),
        )

"""All follow-ups across meetings of both kinds (a negotiation's promises, a managers' meeting's
agreements): filter by kind of meeting, owner, status and due date; mark done (undoable, through
the same write path as the workspace; allowed on closed meetings too); open where it was agreed."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import OPEN_FOLLOW_UP_STATUSES, FollowUpStatus, MeetingKind
from desktop_app.ui.announce import announce
from desktop_app.ui.error_text import error_text
from desktop_app.ui.keys import with_keys
from desktop_app.ui.models import labels
from desktop_app.ui.models.list_models import FollowUpTableModel
from desktop_app.ui.widgets import buddy_label, setup_table
from desktop_app.ui.workers import TaskRunner
from desktop_app.ui.workspace.commands import UndoRunner

if TYPE_CHECKING:
    from desktop_app.services import Services


class FollowUpsView(QWidget):
    open_item = Signal(str, str)   # meeting id, feedback id
    open_matter = Signal(str, str)  # managers' meeting id, matter id
    message = Signal(str)

    def __init__(self, services: Services, tasks: TaskRunner, ops: UndoRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.tasks, self.ops = services, tasks, ops
        self.model = FollowUpTableModel(self)
        self._generation = 0
        title = QLabel(self.tr("Jatkotoimenpiteet"))
        title.setObjectName("headerTitle")
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("Kaikki"), None)
        self.kind_filter.addItem(self.tr("Kuntaneuvottelut"), MeetingKind.NEGOTIATION.value)
        self.kind_filter.addItem(self.tr("Kuntajohtajakokoukset"), MeetingKind.MANAGERS.value)
        self.owner_filter = QComboBox()
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Avoimet"), "open-all")
        self.status_filter.addItem(self.tr("Kaikki tilat"), None)
        for status in FollowUpStatus:
            self.status_filter.addItem(labels.follow_up_status(status), status.value)
        self.due_filter = QComboBox()
        self.due_filter.addItem(self.tr("Kaikki määräpäivät"), None)
        self.due_filter.addItem(self.tr("Myöhässä"), 0)
        self.due_filter.addItem(self.tr("Seuraavat 30 päivää"), 30)
        self.table = QTableView()
        setup_table(self.table, self.tr("Jatkotoimenpiteiden luettelo"))
        self.table.setModel(self.model)
        self.table.activated.connect(self._activated)
        header = self.table.horizontalHeader()   # the action takes the room; the feedback is a hint
        header.setStretchLastSection(False)
        header.setSectionResizeMode(FollowUpTableModel.COL_ACTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FollowUpTableModel.COL_FEEDBACK, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(FollowUpTableModel.COL_FEEDBACK, 260)
        self.done_button = QPushButton(self.tr("Merkitse tehdyksi"))
        self.done_button.setToolTip(with_keys(
            self.tr("Merkitse valittu jatkotoimenpide tehdyksi (%1)"), "mark_done"))
        self.done_button.clicked.connect(self.mark_done)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        # Visible labels tied to the filters: a combo box alone is read by its value.
        filters = QHBoxLayout()
        for text, widget in ((self.tr("&Kokous"), self.kind_filter),
                             (self.tr("&Vastuuhenkilö"), self.owner_filter),
                             (self.tr("T&ila"), self.status_filter),
                             (self.tr("Määrä&päivä"), self.due_filter)):
            filters.addWidget(buddy_label(text, widget))
            filters.addWidget(widget, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        for combo in (self.kind_filter, self.owner_filter, self.status_filter, self.due_filter):
            combo.currentIndexChanged.connect(lambda _i: self.reload())

    def reload_owners(self) -> None:
        keep = self.owner_filter.currentData()
        self.owner_filter.blockSignals(True)
        self.owner_filter.clear()
        self.owner_filter.addItem(self.tr("Kaikki vastuuhenkilöt"), None)
        for owner in self.services.followups.owners():
            self.owner_filter.addItem(owner, owner)
        self.owner_filter.setCurrentIndex(max(0, self.owner_filter.findData(keep)))
        self.owner_filter.blockSignals(False)

    def reload(self, keep_id: str | None = None, keep_row: int | None = None) -> None:
        """Reload in a worker; the selection stays on `keep_id` (default: the current row's
        follow-up), or, when that row is gone (marked done under "Avoimet"), at `keep_row`."""
        status = self.status_filter.currentData()
        statuses = (frozenset(OPEN_FOLLOW_UP_STATUSES) if status == "open-all"
                    else frozenset({FollowUpStatus(status)}) if status else None)
        due_days = self.due_filter.currentData()
        due_before = dt.date.today() + dt.timedelta(days=due_days) if due_days is not None else None
        owner = self.owner_filter.currentData()
        kind = MeetingKind(self.kind_filter.currentData()) if self.kind_filter.currentData() else None
        self._generation += 1
        generation = self._generation
        current = self.table.currentIndex()
        keep_id = keep_id or (self.model.record(current.row()).follow_up.id if current.isValid() else None)
        if keep_row is None:
            keep_row = current.row() if current.isValid() else 0

        def done(rows: list) -> None:
            if generation != self._generation:
                return
            self.model.set_rows(rows)
            self.summary.setText(self.tr("%n jatkotoimenpide(ttä)", "", len(rows)))
            if self.isVisible():
                announce(self.summary, self.summary.text())
            row = next((n for n, r in enumerate(rows) if r.follow_up.id == keep_id), keep_row)
            if rows:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(min(row, len(rows) - 1), 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

        self.tasks.start(lambda _p: self.services.followups.list_all(
            owner=owner, statuses=statuses, due_before=due_before, kind=kind), on_done=done,
            on_error=lambda exc: self.message.emit(error_text(exc)))

    def mark_done(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.message.emit(self.tr("Valitse ensin jatkotoimenpide."))
            return
        row, position = self.model.record(index.row()), index.row()
        follow_up_id, before = row.follow_up.id, row.follow_up.status
        if before == FollowUpStatus.DONE:
            self.message.emit(self.tr("Jatkotoimenpide on jo merkitty tehdyksi."))
            return
        self.ops.push(self.tr("Merkitse jatkotoimenpide tehdyksi"),
                      lambda: self.services.followups.set_status(follow_up_id, FollowUpStatus.DONE),
                      lambda: self.services.followups.set_status(follow_up_id, before),
                      lambda: self.reload(keep_id=follow_up_id, keep_row=position),
                      done=with_keys(self.tr("Merkitty tehdyksi. %1 kumoaa."), "undo"),
                      undone=self.tr("Tehdyksi merkintä kumottu."))

    def _activated(self, index) -> None:
        """Enter on a row opens where it was agreed: the negotiation at its item, or the
        managers' meeting at its matter."""
        if index.isValid():
            row = self.model.record(index.row())
            if row.follow_up.matter_id is not None:
                self.open_matter.emit(row.meeting_id, row.follow_up.matter_id)
            elif row.follow_up.feedback_id is not None:
                self.open_item.emit(row.meeting_id, row.follow_up.feedback_id)

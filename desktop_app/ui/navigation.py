"""Rounds → the round's meetings by municipality (status, coverage); plan a round; open a meeting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import KuntapalauteError
from desktop_app.ui import dialogs
from desktop_app.ui.error_text import error_text
from desktop_app.ui.keys import with_keys
from desktop_app.ui.models.nav_models import ID_ROLE, MeetingTableModel, RoundListModel
from desktop_app.ui.widgets import setup_table
from desktop_app.ui.workers import TaskRunner

if TYPE_CHECKING:
    from desktop_app.services import Services


class EnterWhenLoaded(QObject):
    """Keys pressed on a meeting table whose rows are still loading (a worker reads them just
    after the start or a switch of forum) land once the rows are there: the focus goes to the
    table at once (not to the list beside it), and Enter pressed meanwhile opens the row the
    table selects when it fills, as it would a moment later. `loading()` says a load is out."""

    def __init__(self, table: QTableView, loading: Callable[[], bool], open_row: Callable[[], None]) -> None:
        super().__init__(table)
        self.table, self._loading, self._open_row = table, loading, open_row
        self._enter_waiting = False
        table.installEventFilter(self)

    def waiting(self) -> bool:
        """No rows yet, but they are on their way."""
        return not self.table.model().rowCount() and self._loading()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress and self.waiting()
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):  # type: ignore[attr-defined]
            self._enter_waiting = True
            return True
        return False

    def loaded(self) -> None:
        """The rows are in (and one is selected): an Enter that waited opens it now."""
        waited, self._enter_waiting = self._enter_waiting, False
        if waited and self.table.hasFocus() and self.table.currentIndex().isValid():
            self._open_row()


class NavigationView(QWidget):
    """Left: rounds; right: the selected round's meetings. Enter opens a meeting."""

    open_meeting = Signal(str)
    message = Signal(str)

    def __init__(self, services: Services, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.tasks = services, tasks
        self.rounds_model = RoundListModel(self)
        self.meetings_model = MeetingTableModel(self)
        self._overview_generation = 0

        rounds_title = QLabel(self.tr("Kuntaneuvottelukierrokset"))
        rounds_title.setObjectName("panelTitle")
        self.rounds = QListView()
        self.rounds.setAccessibleName(self.tr("Kierrokset"))
        self.rounds.setModel(self.rounds_model)
        self.rounds.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plan_button = QPushButton(self.tr("Suunnittele kierros…"))
        self.plan_button.setToolTip(with_keys(self.tr("Suunnittele uusi kierros (%1)"), "plan"))
        self.plan_button.clicked.connect(self.plan_round)
        left = QVBoxLayout()
        left.addWidget(rounds_title)
        left.addWidget(self.rounds, 1)
        left.addWidget(self.plan_button)

        self.round_title = QLabel()
        self.round_title.setObjectName("headerTitle")
        self.meetings = QTableView()
        setup_table(self.meetings, self.tr("Kierroksen neuvottelut"))
        self.meetings.setModel(self.meetings_model)
        header = self.meetings.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(MeetingTableModel.COL_PLACE, QHeaderView.ResizeMode.Stretch)
        self.meetings.activated.connect(self._activated)
        self.open_button = QPushButton(self.tr("Avaa neuvottelu"))
        self.open_button.setToolTip(self.tr("Avaa valittu neuvottelu (Enter)"))
        self.open_button.clicked.connect(lambda: self._activated(self.meetings.currentIndex()))
        self.hint = QLabel(with_keys(self.tr("Valitse kunta ja paina Enter. %1 hakee kaikista "
                                          "kierroksista."), "search"))
        self.hint.setObjectName("muted")
        right = QVBoxLayout()
        right.addWidget(self.round_title)
        right.addWidget(self.meetings, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.open_button)
        right.addLayout(bottom)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(16)
        left_box = QWidget()
        left_box.setLayout(left)
        left_box.setMaximumWidth(340)
        layout.addWidget(left_box, 1)
        layout.addLayout(right, 3)
        self.rounds.selectionModel().currentRowChanged.connect(lambda *_: self._load_overview())
        self.rounds.activated.connect(lambda _index: self.open_round())   # Enter on a round
        self._overview_loading = False
        self._enter_when_loaded = EnterWhenLoaded(self.meetings, lambda: self._overview_loading,
                                                  lambda: self._activated(self.meetings.currentIndex()))
        QWidget.setTabOrder(self.rounds, self.plan_button)
        QWidget.setTabOrder(self.plan_button, self.meetings)
        QWidget.setTabOrder(self.meetings, self.open_button)

    def current_round_id(self) -> str | None:
        index = self.rounds.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def reload(self, select_round_id: str | None = None, select_meeting_id: str | None = None) -> None:
        keep = select_round_id or self.current_round_id()
        self._select_meeting_id = select_meeting_id
        self.rounds_model.set_rounds(self.services.rounds.list_rounds())
        row = max(0, self.rounds_model.row_of(keep))
        if self.rounds_model.rowCount():
            before = self._overview_generation
            self.rounds.selectionModel().setCurrentIndex(
                self.rounds_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if self._overview_generation == before:  # same row: no signal, load it here
                self._load_overview()
        else:
            self.meetings_model.set_meetings([])
            self.round_title.setText(
                with_keys(self.tr("Ei vielä kierroksia – aloita suunnittelemalla kierros (%1)."), "plan"))

    def _load_overview(self) -> None:
        round_id = self.current_round_id()
        if round_id is None:
            return
        self._overview_generation += 1
        generation = self._overview_generation
        self._overview_loading = True
        label = self.rounds.currentIndex().data()
        self.round_title.setText(label)

        def done(rows: list) -> None:
            if generation != self._overview_generation:
                return  # the user picked another round meanwhile
            self._overview_loading = False
            previous = getattr(self, "_select_meeting_id", None) or self._current_meeting_id()
            self.meetings_model.set_meetings(rows)
            row = max(0, self.meetings_model.row_of(previous))
            if rows:
                self.meetings.selectionModel().setCurrentIndex(
                    self.meetings_model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self._select_meeting_id = None
            if getattr(self, "_focus_meetings_when_loaded", False) and rows:
                self._focus_meetings_when_loaded = False
                self.meetings.setFocus(Qt.FocusReason.OtherFocusReason)
            self._enter_when_loaded.loaded()

        def failed(exc: BaseException) -> None:
            self._overview_loading = False
            self.message.emit(error_text(exc))

        self.tasks.start(lambda _progress: self.services.rounds.overview(round_id), on_done=done,
                         on_error=failed)

    def _current_meeting_id(self) -> str | None:
        index = self.meetings.currentIndex()
        return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None

    def _activated(self, index) -> None:
        if index.isValid():
            self.open_meeting.emit(index.siblingAtColumn(0).data(ID_ROLE))

    def plan_round(self) -> None:
        years = {r.year for r in self.services.rounds.list_rounds()}
        year = dt.date.today().year
        while year in years:
            year += 1
        answer = dialogs.ask_plan_round(self, year)
        if answer is None:
            return
        year, start, end, title = answer
        try:
            round_ = self.services.rounds.plan_round(year, start, end, title)
        except KuntapalauteError as exc:
            dialogs.show_error(self, error_text(exc))
            return
        self.message.emit(self.tr("Kierros %1 suunniteltu: neuvottelu jokaiselle jäsenkunnalle.")
                          .replace("%1", str(year)))
        self.reload(select_round_id=round_.id)
        self.meetings.setFocus()

    def open_round(self) -> None:
        """Enter on the rounds list: on to the round's meetings (once they have loaded)."""
        if self.meetings_model.rowCount():
            self.meetings.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.meetings.currentIndex().isValid():
                self.meetings.selectRow(0)
        else:
            self._focus_meetings_when_loaded = True

    def focus_default(self) -> None:
        """The meetings (also while they load: Enter then opens the one selected), else rounds."""
        target = self.meetings if self.meetings_model.rowCount() or self._enter_when_loaded.waiting() \
            else self.rounds
        target.setFocus(Qt.FocusReason.OtherFocusReason)

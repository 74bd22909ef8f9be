"""The start page with both forums, and the managers' side of it: years → the year's meetings
(number, time, place, status, matters, open agreements); plan a year; add an extra meeting."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.records import ManagersMeetingRecord
from desktop_app.ui.error_text import error_text
from desktop_app.ui.keys import with_keys
from desktop_app.ui.managers import dialogs
from desktop_app.ui.managers.labels import meeting_label
from desktop_app.ui.managers.models import ID_ROLE, ManagersMeetingTableModel, YearListModel
from desktop_app.ui.navigation import EnterWhenLoaded, NavigationView
from desktop_app.ui.widgets import setup_table
from desktop_app.ui.workers import TaskRunner

if TYPE_CHECKING:
    from desktop_app.services import Services


class ManagersNavigationView(QWidget):
    """Left: years; right: the selected year's meetings. Enter opens a meeting."""

    open_meeting = Signal(str)
    message = Signal(str)
    written = Signal()

    def __init__(self, services: Services, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.tasks = services, tasks
        self.years_model = YearListModel(self)
        self.meetings_model = ManagersMeetingTableModel(self)
        self._generation = 0
        self._select_meeting_id: str | None = None

        years_title = QLabel(self.tr("Kuntajohtajakokoukset"))
        years_title.setObjectName("panelTitle")
        self.years = QListView()
        self.years.setAccessibleName(self.tr("Vuodet"))
        self.years.setModel(self.years_model)
        self.years.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plan_button = QPushButton(self.tr("Suunnittele vuosi…"))
        self.plan_button.setToolTip(self.tr("Suunnittele vuoden kokoukset kerralla"))
        self.plan_button.clicked.connect(self.plan_year)
        self.add_button = QPushButton(self.tr("Lisää ylimääräinen kokous…"))
        self.add_button.clicked.connect(self.add_meeting)
        left = QVBoxLayout()
        left.addWidget(years_title)
        left.addWidget(self.years, 1)
        left.addWidget(self.plan_button)
        left.addWidget(self.add_button)

        self.year_title = QLabel()
        self.year_title.setObjectName("headerTitle")
        self.meetings = QTableView()
        setup_table(self.meetings, self.tr("Vuoden kuntajohtajakokoukset"))
        self.meetings.setModel(self.meetings_model)
        header = self.meetings.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ManagersMeetingTableModel.COL_PLACE, QHeaderView.ResizeMode.Stretch)
        self.meetings.activated.connect(self._activated)
        self.open_button = QPushButton(self.tr("Avaa kokous"))
        self.open_button.setToolTip(self.tr("Avaa valittu kokous (Enter)"))
        self.open_button.clicked.connect(lambda: self._activated(self.meetings.currentIndex()))
        hint = QLabel(self.tr("Valitse kokous ja paina Enter."))
        hint.setObjectName("muted")
        right = QVBoxLayout()
        right.addWidget(self.year_title)
        right.addWidget(self.meetings, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
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
        self.years.selectionModel().currentRowChanged.connect(lambda *_: self._load_meetings())
        self.years.activated.connect(lambda _index: self.focus_meetings())
        self._meetings_loading = False
        self._enter_when_loaded = EnterWhenLoaded(self.meetings, lambda: self._meetings_loading,
                                                  lambda: self._activated(self.meetings.currentIndex()))
        QWidget.setTabOrder(self.years, self.plan_button)
        QWidget.setTabOrder(self.plan_button, self.add_button)
        QWidget.setTabOrder(self.add_button, self.meetings)
        QWidget.setTabOrder(self.meetings, self.open_button)

    def current_year(self) -> int | None:
        index = self.years.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def current_meeting_id(self) -> str | None:
        index = self.meetings.currentIndex()
        return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None

    def reload(self, select_year: int | None = None, select_meeting_id: str | None = None) -> None:
        keep = select_year or self.current_year()
        self._select_meeting_id = select_meeting_id or self.current_meeting_id()
        self.years_model.set_years(self.services.managers.years())
        if not self.years_model.rowCount():
            self.meetings_model.set_rows([])
            self.year_title.setText(self.tr("Ei vielä kokouksia – aloita suunnittelemalla vuosi."))
            return
        row = max(0, self.years_model.row_of(keep))
        before = self._generation
        self.years.selectionModel().setCurrentIndex(
            self.years_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if self._generation == before:   # the same row: no signal, load it here
            self._load_meetings()

    def _load_meetings(self) -> None:
        year = self.current_year()
        if year is None:
            return
        self._generation += 1
        generation = self._generation
        self._meetings_loading = True
        self.year_title.setText(self.tr("Kuntajohtajakokoukset %1").replace("%1", str(year)))

        def done(rows: list) -> None:
            if generation != self._generation:
                return   # another year was picked meanwhile
            self._meetings_loading = False
            keep = self._select_meeting_id
            self.meetings_model.set_rows(rows)
            if rows:
                row = self.meetings_model.row_of(keep)
                if row < 0:   # the next meeting from today, as the secretary most often wants
                    today = dt.date.today()
                    row = next((n for n, s in enumerate(rows) if s.meeting.meeting_date
                                and s.meeting.meeting_date >= today), 0)
                self.meetings.selectionModel().setCurrentIndex(
                    self.meetings_model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self._select_meeting_id = None
            self._enter_when_loaded.loaded()

        def failed(exc: BaseException) -> None:
            self._meetings_loading = False
            self.message.emit(error_text(exc))

        self.tasks.start(lambda _progress: self.services.managers.list_meetings(year), on_done=done,
                         on_error=failed)

    def select_meeting(self, meeting_id: str) -> None:
        row = self.meetings_model.row_of(meeting_id)
        if row >= 0:
            self.meetings.selectRow(row)

    def _activated(self, index) -> None:
        if index.isValid():
            self.open_meeting.emit(index.siblingAtColumn(0).data(ID_ROLE))

    def plan_year(self) -> None:
        years = set(self.services.managers.years())
        year = dt.date.today().year
        while year in years:
            year += 1
        planned = dialogs.ask_plan_year(self, year, self.services.managers.plan_year)
        if not planned:
            return
        assert isinstance(planned, list)
        first: ManagersMeetingRecord = planned[0]
        self.written.emit()
        self.message.emit(self.tr("Vuoden %1 kuntajohtajakokoukset suunniteltu: %n kokous(ta).", "",
                                  len(planned)).replace("%1", str(first.year)))
        self.reload(select_year=first.year, select_meeting_id=first.id)
        self.focus_meetings()

    def add_meeting(self) -> None:
        added = dialogs.ask_add_meeting(self, self.services.managers.add_meeting)
        if not isinstance(added, ManagersMeetingRecord):
            return
        self.written.emit()
        self.message.emit(self.tr("Kokous %1 lisätty.").replace("%1", meeting_label(added)))
        self.reload(select_year=added.year, select_meeting_id=added.id)
        self.focus_meetings()

    def focus_meetings(self) -> None:
        self.meetings.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.meetings_model.rowCount() and not self.meetings.currentIndex().isValid():
            self.meetings.selectRow(0)

    def focus_default(self) -> None:
        """The meetings (also while they load: Enter then opens the one selected), else years."""
        (self.meetings if self.meetings_model.rowCount() or self._enter_when_loaded.waiting()
         else self.years).setFocus(Qt.FocusReason.OtherFocusReason)


class ForumsPage(QTabWidget):
    """The start page: *Kuntaneuvottelut* and *Kuntajohtajakokoukset* as two tabs; a key for
    each (keys.py: forum_negotiations, forum_managers) and Ctrl+Tab switch between them."""

    NEGOTIATIONS, MANAGERS = 0, 1

    def __init__(self, negotiations: NavigationView, managers: ManagersNavigationView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forums")
        self.setAccessibleName(self.tr("Foorumit"))
        self.setDocumentMode(True)
        self.negotiations, self.managers = negotiations, managers
        self.addTab(negotiations, with_keys(self.tr("Kuntaneuvottelut (%1)"), "forum_negotiations"))
        self.addTab(managers, with_keys(self.tr("Kuntajohtajakokoukset (%1)"), "forum_managers"))
        self.setTabToolTip(self.NEGOTIATIONS, self.tr("Kuntien vuosittaiset neuvottelut"))
        self.setTabToolTip(self.MANAGERS, self.tr("Kuukausittaiset kuntajohtajakokoukset"))

    def show_forum(self, index: int) -> None:
        self.setCurrentIndex(index)
        (self.negotiations if index == self.NEGOTIATIONS else self.managers).focus_default()

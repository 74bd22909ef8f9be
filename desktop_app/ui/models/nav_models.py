"""Navigation: the rounds list and the round's meetings with status and sector coverage."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop_app.domain.enums import MeetingStatus
from desktop_app.domain.formatting import fi_date, fi_time
from desktop_app.domain.records import MeetingSummary, RoundRecord
from desktop_app.ui.models import labels

ID_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # the default parent, made once


class RoundListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rounds: list[RoundRecord] = []

    def set_rounds(self, rounds: list[RoundRecord]) -> None:
        self.beginResetModel()
        self._rounds = list(rounds)
        self.endResetModel()

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rounds)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rounds):
            return None
        round_ = self._rounds[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return round_.label
        if role == ID_ROLE:
            return round_.id
        if role == RECORD_ROLE:
            return round_
        return None

    def row_of(self, round_id: str | None) -> int:
        return next((row for row, r in enumerate(self._rounds) if r.id == round_id), -1)


class MeetingTableModel(QAbstractTableModel):
    """One row per municipality: name, date, time, place, status, coverage, item count."""

    COL_MUNICIPALITY, COL_DATE, COL_PLACE, COL_STATUS, COL_COVERAGE, COL_ITEMS = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[MeetingSummary] = []

    def set_meetings(self, rows: list[MeetingSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summary(self, row: int) -> MeetingSummary:
        return self._rows[row]

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            QCoreApplication.translate("MeetingTableModel", "Kunta"),
            QCoreApplication.translate("MeetingTableModel", "Aika"),
            QCoreApplication.translate("MeetingTableModel", "Paikka"),
            QCoreApplication.translate("MeetingTableModel", "Tila"),
            QCoreApplication.translate("MeetingTableModel", "Kattavuus"),
            QCoreApplication.translate("MeetingTableModel", "Kohtia"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        meeting = summary.meeting
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.COL_MUNICIPALITY:
                return meeting.municipality_name
            if column == self.COL_DATE:
                return " ".join(part for part in (fi_date(meeting.meeting_date),
                                                  fi_time(meeting.start_time)) if part)
            if column == self.COL_PLACE:
                return meeting.place
            if column == self.COL_STATUS:
                return labels.meeting_status(meeting.status)
            if column == self.COL_COVERAGE:
                return labels.sector_count(summary.sectors_covered, summary.sectors_total)
            if column == self.COL_ITEMS:
                return str(summary.item_count)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_ITEMS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return meeting.id
        if role == RECORD_ROLE:
            return summary
        if role == SORT_ROLE:
            return meeting.municipality_code
        if role == Qt.ItemDataRole.ForegroundRole and meeting.status == MeetingStatus.PLANNED \
                and column == self.COL_STATUS:
            from PySide6.QtGui import QColor
            return QColor("#6b7280")
        return None

    def row_of(self, meeting_id: str | None) -> int:
        return next((row for row, s in enumerate(self._rows) if s.meeting.id == meeting_id), -1)

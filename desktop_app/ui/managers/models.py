"""Item models of the managers' meeting pages: years, the year's meetings, attendance, the
agenda, a matter's agreements and the negotiation items that can be brought onto an agenda.

Each is a plain table over frozen records (tests/test_ui_managers_models.py drives them without
a window). Editable cells do not write: `setData` hands (record, column, text) to `on_edit`,
the controller's one write path, and the model is refreshed from what the service returned."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop_app.domain.enums import Attendance, FeedbackKind, MatterStatus, MeetingStatus
from desktop_app.domain.formatting import fi_date, fi_time
from desktop_app.domain.records import (
    AgendaMatterRecord,
    AttendeeRecord,
    FeedbackRecord,
    FollowUpRecord,
    ManagersMeetingSummary,
)
from desktop_app.ui.managers import labels as ml
from desktop_app.ui.models import labels

ID_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
R = TypeVar("R")
T = QCoreApplication


class YearListModel(QAbstractListModel):
    """The years that have managers' meetings, newest first."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._years: list[int] = []

    def set_years(self, years: Sequence[int]) -> None:
        self.beginResetModel()
        self._years = list(years)
        self.endResetModel()

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._years)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._years):
            return None
        year = self._years[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return T.translate("ManagersModels", "Kuntajohtajakokoukset %1").replace("%1", str(year))
        if role == ID_ROLE:
            return year
        return None

    def year(self, row: int) -> int:
        return self._years[row]

    def row_of(self, year: int | None) -> int:
        return self._years.index(year) if year in self._years else -1


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """A table of frozen records; subclasses give the headers and `cell(record, column)`."""

    HEADERS: tuple[str, ...] = ()
    EDITABLE: frozenset[int] = frozenset()

    def __init__(self, parent=None, on_edit: Callable[[R, int, str], bool] | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self.on_edit = on_edit

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def record(self, row: int) -> R:
        return self._rows[row]

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return T.translate("ManagersModels", self.HEADERS[section])
        return None

    def cell(self, record: R, column: int) -> str:
        raise NotImplementedError

    def edit_text(self, record: R, column: int) -> str:
        return self.cell(record, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            return self.cell(record, index.column())
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_text(record, index.column())
        if role == ID_ROLE:
            return getattr(record, "id", None)
        if role == RECORD_ROLE:
            return record
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in self.EDITABLE and self.on_edit is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self.on_edit is None or not index.isValid() \
                or index.column() not in self.EDITABLE:
            return False
        record = self._rows[index.row()]
        if str(value) == self.edit_text(record, index.column()):
            return False
        return self.on_edit(record, index.column(), str(value))

    def row_of(self, record_id: str | None) -> int:
        return next((row for row, r in enumerate(self._rows) if getattr(r, "id", None) == record_id), -1)


class ManagersMeetingTableModel(RecordTableModel[ManagersMeetingSummary]):
    """One row per meeting: "7/2026", date and time, place (and remote link), status, matters,
    open agreements."""

    COL_NUMBER, COL_TIME, COL_PLACE, COL_STATUS, COL_MATTERS, COL_OPEN = range(6)
    HEADERS = (T.translate("ManagersModels", "Kokous"), T.translate("ManagersModels", "Aika"),
               T.translate("ManagersModels", "Paikka"), T.translate("ManagersModels", "Tila"),
               T.translate("ManagersModels", "Asioita"),
               T.translate("ManagersModels", "Avoimia sovittuja"))

    def cell(self, record: ManagersMeetingSummary, column: int) -> str:
        meeting = record.meeting
        if column == self.COL_NUMBER:
            return ml.meeting_label(meeting)
        if column == self.COL_TIME:
            return " ".join(p for p in (fi_date(meeting.meeting_date), fi_time(meeting.start_time)) if p)
        if column == self.COL_PLACE:
            return " / ".join(p for p in (meeting.place, meeting.remote_link) if p)
        if column == self.COL_STATUS:
            return labels.meeting_status(meeting.status)
        if column == self.COL_MATTERS:
            return str(record.matter_count)
        return str(record.open_agreements)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == ID_ROLE and index.isValid() and 0 <= index.row() < len(self._rows):
            return self._rows[index.row()].meeting.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= self.COL_MATTERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.COL_STATUS \
                and index.isValid() and self._rows[index.row()].meeting.status == MeetingStatus.PLANNED:
            from PySide6.QtGui import QColor
            return QColor("#6b7280")
        return super().data(index, role)

    def row_of(self, record_id: str | None) -> int:
        return next((row for row, s in enumerate(self._rows) if s.meeting.id == record_id), -1)


class AttendeeTableModel(RecordTableModel[AttendeeRecord]):
    """Name, title and organisation (an expert: and the matter heard on), attendance mark.
    Name and title are editable (F2)."""

    COL_NAME, COL_TITLE, COL_ATTENDANCE = range(3)
    HEADERS = (T.translate("ManagersModels", "Nimi"), T.translate("ManagersModels", "Tehtävä"),
               T.translate("ManagersModels", "Läsnä"))
    EDITABLE = frozenset({COL_NAME, COL_TITLE})

    def __init__(self, parent=None, on_edit=None) -> None:
        super().__init__(parent, on_edit)
        self.matter_titles: dict[str, str] = {}

    def cell(self, record: AttendeeRecord, column: int) -> str:
        if column == self.COL_NAME:
            return record.name or T.translate("ManagersModels", "(nimi puuttuu)")
        if column == self.COL_TITLE:
            parts = [p for p in (record.title, record.organisation) if p]
            text = ", ".join(parts) or ml.role(record.role)
            if record.matter_id and record.matter_id in self.matter_titles:
                text += " – " + T.translate("ManagersModels", "asia %1").replace(
                    "%1", self.matter_titles[record.matter_id])
            return text
        return ml.attendance(record.attendance)

    def edit_text(self, record: AttendeeRecord, column: int) -> str:
        return record.name if column == self.COL_NAME else record.title

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() \
                and index.column() == self.COL_ATTENDANCE:
            from PySide6.QtGui import QColor
            mark = self._rows[index.row()].attendance
            return QColor({Attendance.PRESENT: "#166534", Attendance.REMOTE: "#1e40af",
                           Attendance.ABSENT: "#991b1b"}.get(mark, "#6b7280"))
        return super().data(index, role)

    def marked(self) -> tuple[int, int]:
        """(present or remote, total)."""
        here = sum(1 for r in self._rows if r.attendance in (Attendance.PRESENT, Attendance.REMOTE))
        return here, len(self._rows)


class MatterTableModel(RecordTableModel[AgendaMatterRecord]):
    """The agenda: number, title (and where it was carried on to), raised by, status."""

    COL_NUMBER, COL_TITLE, COL_RAISER, COL_STATUS = range(4)
    HEADERS = (T.translate("ManagersModels", "Nro"), T.translate("ManagersModels", "Asia"),
               T.translate("ManagersModels", "Tuoja"), T.translate("ManagersModels", "Tila"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.carried_to: dict[str, str] = {}
        self.municipalities: dict[str, str] = {}

    def set_agenda(self, matters: Sequence[AgendaMatterRecord], carried_to: dict[str, str],
                   municipalities: dict[str, str]) -> None:
        self.carried_to, self.municipalities = dict(carried_to), dict(municipalities)
        self.set_rows(matters)

    def raiser_text(self, record: AgendaMatterRecord) -> str:
        if record.municipality_code:
            return self.municipalities.get(record.municipality_code, record.municipality_code)
        return record.raised_by_name or ml.raiser(record.raised_by)

    def cell(self, record: AgendaMatterRecord, column: int) -> str:
        if column == self.COL_NUMBER:
            return str(record.number)
        if column == self.COL_TITLE:
            return record.title
        if column == self.COL_RAISER:
            return self.raiser_text(record)
        if record.id in self.carried_to:
            return ml.carried_to(self.carried_to[record.id])
        return ml.matter_status(record.status)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.AccessibleTextRole and index.isValid() \
                and index.column() == self.COL_NUMBER:
            return T.translate("ManagersModels", "asia %1").replace("%1", self.cell(
                self._rows[index.row()], self.COL_NUMBER))
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():  # the narrow columns elide
            return self.cell(self._rows[index.row()], index.column())
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() \
                and self._rows[index.row()].status != MatterStatus.OPEN:
            from PySide6.QtGui import QColor
            return QColor("#6b7280")
        return super().data(index, role)


class AgreementTableModel(RecordTableModel[FollowUpRecord]):
    """*Sovittiin*: owner, action, due date, status. The first three are editable (F2)."""

    COL_OWNER, COL_ACTION, COL_DUE, COL_STATUS = range(4)
    HEADERS = (T.translate("ManagersModels", "Vastuu"), T.translate("ManagersModels", "Toimenpide"),
               T.translate("ManagersModels", "Määräpäivä"), T.translate("ManagersModels", "Tila"))
    EDITABLE = frozenset({COL_OWNER, COL_ACTION, COL_DUE})

    def cell(self, record: FollowUpRecord, column: int) -> str:
        if column == self.COL_OWNER:
            return record.owner
        if column == self.COL_ACTION:
            return record.description
        if column == self.COL_DUE:
            return fi_date(record.due_date)
        return labels.follow_up_status(record.status)


@dataclass(frozen=True)
class FeedbackChoice:
    """A negotiation item that can be brought onto an agenda, with where it was said."""

    feedback: FeedbackRecord
    round_year: int
    municipality_name: str

    @property
    def id(self) -> str:
        return self.feedback.id


class FeedbackChoiceModel(RecordTableModel[FeedbackChoice]):
    """Advocacy targets and sector comments, newest round first."""

    COL_YEAR, COL_MUNICIPALITY, COL_KIND, COL_TEXT = range(4)
    HEADERS = (T.translate("ManagersModels", "Kierros"), T.translate("ManagersModels", "Kunta"),
               T.translate("ManagersModels", "Laji"), T.translate("ManagersModels", "Teksti"))
    KINDS = (FeedbackKind.ADVOCACY_TARGET, FeedbackKind.SECTOR_COMMENT)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[FeedbackChoice] = []

    def set_choices(self, choices: Sequence[FeedbackChoice]) -> None:
        self._all = sorted((c for c in choices if c.feedback.kind in self.KINDS),
                           key=lambda c: (-c.round_year, c.municipality_name,
                                          c.feedback.kind != FeedbackKind.ADVOCACY_TARGET,
                                          c.feedback.sort_order))
        self.set_rows(self._all)

    def filter(self, text: str) -> None:
        """Keep the items where every word of `text` is in the municipality, the year or the
        text, the text read as search reads it (`lentoliikenne` finds *lentoliikenteen*)."""
        from desktop_app.services.search import text_matcher  # loaded after the first paint

        words = text.casefold().split()
        finnish = [text_matcher(word) for word in words]

        def keeps(choice: FeedbackChoice) -> bool:
            plain = f"{choice.municipality_name} {choice.feedback.text} {choice.round_year}".casefold()
            return all(word in plain or matches(choice.feedback.text)
                       for word, matches in zip(words, finnish, strict=True))
        self.set_rows([choice for choice in self._all if keeps(choice)])

    def cell(self, record: FeedbackChoice, column: int) -> str:
        if column == self.COL_YEAR:
            return str(record.round_year)
        if column == self.COL_MUNICIPALITY:
            return record.municipality_name
        if column == self.COL_KIND:
            return labels.feedback_kind(record.feedback.kind)
        return " ".join(record.feedback.text.split())

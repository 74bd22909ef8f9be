"""Tables outside the workspace: search results, follow-ups and sector administration."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, Qt
from PySide6.QtGui import QColor

from desktop_app.domain.enums import MeetingKind
from desktop_app.domain.formatting import fi_date
from desktop_app.domain.records import FollowUpRow, SearchHit, SectorRecord
from desktop_app.ui.models import labels
from desktop_app.ui.models.nav_models import ID_ROLE, NO_PARENT, RECORD_ROLE, Index

_DISPLAY = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)

# Search snippets mark the matched words with two private-use characters (they never occur in
# typed text); the display text drops them, HIGHLIGHT_ROLE keeps them for the bold delegate.
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"
HIGHLIGHT_ROLE = Qt.ItemDataRole.UserRole + 20
SNIPPET_COLUMN = 4


def strip_marks(text: str) -> str:
    return text.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")


class _RecordTable(QAbstractTableModel):
    """Rows of one record type; subclasses name the columns and render a cell."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int):
        return self._rows[row]

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, record, column: int) -> str:
        raise NotImplementedError

    def record_id(self, record) -> str:
        raise NotImplementedError

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        if role in _DISPLAY:
            return self.cell(record, index.column())
        if role == ID_ROLE:
            return self.record_id(record)
        if role == RECORD_ROLE:
            return record
        return self.extra(record, index.column(), role)

    def extra(self, record, column: int, role: int) -> object:
        return None


class SearchResultModel(_RecordTable):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.sector_names: dict[str, str] = {}  # sector id → name in the UI language

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("SearchResultModel", "Vuosi"),
                QCoreApplication.translate("SearchResultModel", "Kunta"),
                QCoreApplication.translate("SearchResultModel", "Sektori"),
                QCoreApplication.translate("SearchResultModel", "Laji"),
                QCoreApplication.translate("SearchResultModel", "Osuma")]

    def cell(self, record: SearchHit, column: int) -> str:
        sector = self.sector_names.get(record.sector_id or "", record.sector_name)
        return [str(record.round_year), record.municipality_name, sector,
                self.where(record), strip_marks(self._snippet(record))][column]

    @staticmethod
    def where(record: SearchHit) -> str:
        """A negotiation item's kind, or where a matter is: 'Kuntajohtajakokous 7/2026, asia 3'."""
        if record.kind is not None:
            return labels.feedback_kind(record.kind)
        text = QCoreApplication.translate("SearchResultModel", "Kuntajohtajakokous %1/%2, asia %3")
        return (text.replace("%1", str(record.managers_number)).replace("%2", str(record.round_year))
                .replace("%3", str(record.matter_number)))

    @staticmethod
    def _snippet(record: SearchHit) -> str:
        snippet = " ".join(record.snippet.split())
        if record.followup_match:  # the words were in a follow-up (a matter: an agreement) of it
            label = (QCoreApplication.translate("SearchResultModel", "Sovittiin:") if record.matter_id
                     else QCoreApplication.translate("SearchResultModel", "Jatkotoimenpide:"))
            return f"{label} {snippet}"
        return snippet

    def record_id(self, record: SearchHit) -> str:
        return record.item_id

    def extra(self, record: SearchHit, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole:
            return record.text
        if role == HIGHLIGHT_ROLE and column == SNIPPET_COLUMN:
            return self._snippet(record)
        return None


def follow_up_source(record: FollowUpRow) -> str:
    """Where a follow-up was promised or agreed, in the UI language: "Kuntaneuvottelu 2026" (the
    municipality has its own column) or "Kuntajohtajakokous 7/2026, asia 3"."""
    if record.kind == MeetingKind.MANAGERS:
        return QCoreApplication.translate("FollowUpTableModel", "Kuntajohtajakokous %1, asia %2").replace(
            "%1", f"{record.meeting_number}/{record.round_year}").replace("%2", str(record.matter_number))
    return QCoreApplication.translate("FollowUpTableModel", "Kuntaneuvottelu %1").replace(
        "%1", str(record.round_year))


class FollowUpTableModel(_RecordTable):
    """Follow-ups of both kinds of meeting: a negotiation's promises and a managers' meeting's
    agreements (the "Kokous" column says which, and where)."""

    COL_ACTION, COL_SOURCE, COL_FEEDBACK = 3, 4, 7

    def __init__(self, parent=None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.today = today or dt.date.today()

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("FollowUpTableModel", "Määräpäivä"),
                QCoreApplication.translate("FollowUpTableModel", "Vastuuhenkilö"),
                QCoreApplication.translate("FollowUpTableModel", "Tila"),
                QCoreApplication.translate("FollowUpTableModel", "Jatkotoimenpide"),
                QCoreApplication.translate("FollowUpTableModel", "Kokous"),
                QCoreApplication.translate("FollowUpTableModel", "Kunta"),
                QCoreApplication.translate("FollowUpTableModel", "Sektori"),
                QCoreApplication.translate("FollowUpTableModel", "Palaute tai asia")]

    def cell(self, record: FollowUpRow, column: int) -> str:
        follow_up = record.follow_up
        due = fi_date(follow_up.due_date)
        if follow_up.is_overdue(self.today):   # said in words, not by the red colour alone
            due = QCoreApplication.translate("FollowUpTableModel", "%1 – myöhässä").replace("%1", due)
        return [due, follow_up.owner, labels.follow_up_status(follow_up.status),
                " ".join(follow_up.description.split())[:200], follow_up_source(record),
                record.municipality_name, record.sector_name,
                " ".join(record.feedback_text.split())[:200]][column]

    def record_id(self, record: FollowUpRow) -> str:
        return record.follow_up.id

    def extra(self, record: FollowUpRow, column: int, role: int) -> object:
        # Only the date speaks up when late; a red table would shout.
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and record.follow_up.is_overdue(self.today):
            return QColor("#b91c1c")
        if role == Qt.ItemDataRole.ToolTipRole:   # the action in full, and what it answers
            return "\n\n".join(t for t in (record.follow_up.description, record.feedback_text) if t)
        return None


class SectorAdminModel(_RecordTable):
    def headers(self) -> list[str]:
        return [QCoreApplication.translate("SectorAdminModel", "Koodi"),
                QCoreApplication.translate("SectorAdminModel", "Nimi"),
                QCoreApplication.translate("SectorAdminModel", "Nimi englanniksi"),
                QCoreApplication.translate("SectorAdminModel", "Tila")]

    def cell(self, record: SectorRecord, column: int) -> str:
        state = (QCoreApplication.translate("SectorAdminModel", "Poistettu käytöstä") if record.retired
                 else QCoreApplication.translate("SectorAdminModel", "Käytössä"))
        return [record.code, record.name_fi, record.name_en, state][column]

    def record_id(self, record: SectorRecord) -> str:
        return record.id

    def extra(self, record: SectorRecord, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and record.retired:
            return QColor("#6b7280")
        return None

    def row_of(self, sector_id: str) -> int:
        return next((row for row, s in enumerate(self._rows) if s.id == sector_id), -1)

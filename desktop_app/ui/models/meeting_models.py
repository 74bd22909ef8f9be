"""The workspace's lists: the section checklist, the current section's items, earlier rounds'
items (continuity) and the participants."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from desktop_app.domain.enums import Priority
from desktop_app.domain.formatting import fi_date
from desktop_app.domain.records import FeedbackLink, FeedbackRecord, HistoryItem, ParticipantRecord
from desktop_app.ui.models import labels
from desktop_app.ui.models.links import links_text, list_mark
from desktop_app.ui.models.nav_models import ID_ROLE, NO_PARENT, RECORD_ROLE, Index
from desktop_app.ui.models.sections import PARTICIPANTS, Section

COUNT_ROLE = Qt.ItemDataRole.UserRole + 10
COVERED_ROLE = Qt.ItemDataRole.UserRole + 11
HEADER_ROLE = Qt.ItemDataRole.UserRole + 12
KEY_ROLE = Qt.ItemDataRole.UserRole + 13

_MUTED = QColor("#6b7280")
_DONE = QColor("#15803d")


def _first_line(text: str, limit: int = 160) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class SectionListModel(QAbstractListModel):
    """The checklist: every section with its item count; sectors without items stand out."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sections: list[Section] = []
        self._counts: dict[str, int] = {}

    def set_sections(self, sections: list[Section], counts: dict[str, int]) -> None:
        self.beginResetModel()
        self._sections = list(sections)
        self._counts = dict(counts)
        self.endResetModel()

    def set_counts(self, counts: dict[str, int]) -> None:
        changed = [row for row, s in enumerate(self._sections)
                   if counts.get(s.key, 0) != self._counts.get(s.key, 0)]
        self._counts = dict(counts)
        for row in changed:
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def section(self, row: int) -> Section:
        return self._sections[row]

    def row_of(self, key: str) -> int:
        return next((row for row, s in enumerate(self._sections) if s.key == key), -1)

    def uncovered_sector_titles(self) -> list[str]:
        return [s.title for s in self._sections if s.is_sector and not self._counts.get(s.key)]

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._sections)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._sections[index.row()].is_header:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._sections):
            return None
        section = self._sections[index.row()]
        count = self._counts.get(section.key, 0)
        if role == Qt.ItemDataRole.DisplayRole:
            if section.is_header:
                return section.title.upper()
            mark = ("✓ " if count else "○ ") if section.is_sector else ""
            suffix = f"  ({count})" if count else ""
            return f"{mark}{section.title}{suffix}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if section.is_header or section.key == PARTICIPANTS:
                return section.title
            if count:
                return self.tr("%1, %n kohta(a)", "", count).replace("%1", section.title)
            return QCoreApplication.translate("SectionListModel", "%1, ei vielä kohtia").replace(
                "%1", section.title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return section.title
        if role == Qt.ItemDataRole.ForegroundRole:
            if section.is_header:
                return _MUTED
            if section.is_sector and count:
                return _DONE
        if role == Qt.ItemDataRole.FontRole and section.is_header:
            font = QFont()
            font.setPointSizeF(font.pointSizeF() * 0.85)
            font.setBold(True)
            return font
        if role == KEY_ROLE:
            return section.key
        if role == COUNT_ROLE:
            return count
        if role == COVERED_ROLE:
            return bool(count)
        if role == HEADER_ROLE:
            return section.is_header
        return None


class FeedbackListModel(QAbstractListModel):
    """The current section's items, numbered, with kind/priority/follow-up marks and the
    managers' meeting agenda an item was brought to ("asialistalla 7/2026")."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[FeedbackRecord] = []
        self._links: dict[str, tuple[FeedbackLink, ...]] = {}

    def set_links(self, links: dict[str, tuple[FeedbackLink, ...]]) -> None:
        """Item id → its agenda matters (AgendaService.links_for_feedback); kept across set_items."""
        self._links = dict(links)
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def links(self, item_id: str) -> tuple[FeedbackLink, ...]:
        return self._links.get(item_id, ())

    def set_items(self, items: list[FeedbackRecord]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[FeedbackRecord]:
        return list(self._items)

    def item(self, row: int) -> FeedbackRecord:
        return self._items[row]

    def row_of(self, item_id: str | None) -> int:
        return next((row for row, i in enumerate(self._items) if i.id == item_id), -1)

    def _sentence(self, row: int, item: FeedbackRecord) -> str:
        """What a screen reader reads for a row, in words instead of the row's shorthand
        ("[Kysymys · Tärkeä · → Anna Heikkinen, 15.4.2026]"): "Kohta 2: kysymys, tärkeä.
        Teksti… Jatkotoimenpide: Anna Heikkinen, määräpäivä 15.4.2026."."""
        parts = []
        if item.kind.value == "question":
            parts.append(labels.feedback_kind(item.kind).lower())
        if item.priority != Priority.NORMAL:
            parts.append(labels.priority(item.priority).lower())   # "tärkeä", "vähemmän tärkeä"
        head = QCoreApplication.translate("FeedbackListModel", "Kohta %1").replace("%1", str(row + 1))
        text = f"{head}: {', '.join(parts)}." if parts else f"{head}."
        text += f" {_first_line(item.text)}"
        if item.follow_ups:
            follow_up = item.follow_ups[0]
            who = [follow_up.owner] if follow_up.owner else []
            if follow_up.due_date:
                who.append(QCoreApplication.translate("FeedbackListModel", "määräpäivä %1").replace(
                    "%1", fi_date(follow_up.due_date)))
            said = (QCoreApplication.translate("FeedbackListModel", "Jatkotoimenpide: %1.").replace(
                "%1", ", ".join(who)) if who
                else QCoreApplication.translate("FeedbackListModel", "Jatkotoimenpide kirjattu."))
            text += f" {said}"
        if item.id in self._links:   # its own sentence, even after a text without a full stop
            text = text if text.endswith((".", "!", "?", "…")) else text + "."
            text += f" {links_text(self._links[item.id])}."
        return text

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._sentence(index.row(), item)
        if role == Qt.ItemDataRole.DisplayRole:
            marks = []
            if item.kind.value == "question":
                marks.append(labels.feedback_kind(item.kind))
            if item.priority != Priority.NORMAL:
                marks.append(labels.priority(item.priority))
            if item.follow_ups:
                follow_up = item.follow_ups[0]
                marks.append("→ " + ", ".join(p for p in (follow_up.owner, fi_date(follow_up.due_date)) if p))
            if item.id in self._links:
                marks.append(list_mark(self._links[item.id]))
            prefix = f"[{' · '.join(marks)}] " if marks else ""
            return f"{index.row() + 1}. {prefix}{_first_line(item.text)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.text
        if role == Qt.ItemDataRole.ForegroundRole and item.priority == Priority.HIGH:
            return QColor("#b45309")
        if role == ID_ROLE:
            return item.id
        if role == RECORD_ROLE:
            return item
        return None


class HistoryListModel(QAbstractListModel):
    """Earlier rounds' items for the same municipality and section, read-only, each with the
    managers' meeting agendas it was brought to."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[HistoryItem] = []
        self._links: dict[str, tuple[FeedbackLink, ...]] = {}

    def set_items(self, items: list[HistoryItem],
                  links: dict[str, tuple[FeedbackLink, ...]] | None = None) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._links = dict(links or {})
        self.endResetModel()

    def item(self, row: int) -> HistoryItem:
        return self._items[row]

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        entry = self._items[index.row()]
        item = entry.feedback
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            lines = [f"{entry.round_year} · {fi_date(entry.meeting_date)}".rstrip(" ·"), item.text]
            for follow_up in item.follow_ups:
                who = ", ".join(p for p in (follow_up.owner, fi_date(follow_up.due_date)) if p)
                who = " – ".join(p for p in (follow_up.description.rstrip("."), who) if p)
                status = labels.follow_up_status(follow_up.status)
                lines.append(QCoreApplication.translate("HistoryListModel", "Jatkotoimenpide: %1 (%2)")
                             .replace("%1", who or "–").replace("%2", status))
            if item.id in self._links:
                lines.append(links_text(self._links[item.id]))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.text
        if role == ID_ROLE:
            return item.id
        if role == RECORD_ROLE:
            return entry
        return None


class ParticipantListModel(QAbstractListModel):
    """One side's participants: "Name, title (organisation)"."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._people: list[ParticipantRecord] = []

    def set_participants(self, people: list[ParticipantRecord]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def participants(self) -> list[ParticipantRecord]:
        return list(self._people)

    def person(self, row: int) -> ParticipantRecord:
        return self._people[row]

    def row_of(self, participant_id: str | None) -> int:
        return next((n for n, p in enumerate(self._people) if p.id == participant_id), -1)

    def replace(self, person: ParticipantRecord) -> None:
        """Show an edited person in place (no reset: the selection and focus stay)."""
        row = self.row_of(person.id)
        if row >= 0:
            self._people[row] = person
            self.dataChanged.emit(self.index(row), self.index(row))

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._people)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = person.name + (f", {person.title}" if person.title else "")
            return text + (f" ({person.organisation})" if person.organisation else "")
        if role == ID_ROLE:
            return person.id
        if role == RECORD_ROLE:
            return person
        return None

"""The negotiation side of the link to a managers' meeting (kuntajohtajakokous): which meetings
an item can be brought to, in what order, and the dialog that picks one (*Vie
kuntajohtajakokouksen asialistalle…*). How a link reads is in ui/models/links.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import MeetingStatus
from desktop_app.domain.records import FeedbackLink, ManagersMeetingRecord, ManagersMeetingSummary
from desktop_app.ui.widgets import buddy_label

T = QCoreApplication  # lupdate finds `T.translate("AgendaLink", ...)`

OPEN_STATUSES = (MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS)
_ITEM_TEXT_SHOWN = 160   # characters of the item shown above the list


@dataclass(frozen=True)
class MeetingChoice:
    """A managers' meeting the item can be brought to; `matter_number` is set when the item is
    already on its agenda (as that matter)."""

    meeting: ManagersMeetingRecord
    matter_number: int | None = None


def meeting_choices(summaries: list[ManagersMeetingSummary], links: tuple[FeedbackLink, ...],
                    today: dt.date) -> list[MeetingChoice]:
    """The meetings still open for their agenda (planned or in progress): the upcoming ones
    first, nearest first (today's counts as upcoming), then those whose date has passed, latest
    first (minutes not closed yet). Closed and approved meetings are left out: their agenda is
    final. An undated meeting comes last."""
    on_agenda = {link.managers_meeting_id: link.matter_number for link in links}
    open_ones = [s.meeting for s in summaries if s.meeting.status in OPEN_STATUSES]
    upcoming = sorted((m for m in open_ones if m.meeting_date and m.meeting_date >= today),
                      key=lambda m: (m.meeting_date, m.year, m.number))
    past = sorted((m for m in open_ones if m.meeting_date and m.meeting_date < today),
                  key=lambda m: (m.meeting_date, m.year, m.number), reverse=True)
    undated = sorted((m for m in open_ones if m.meeting_date is None), key=lambda m: (m.year, m.number))
    return [MeetingChoice(m, on_agenda.get(m.id)) for m in (*upcoming, *past, *undated)]


def meeting_label(meeting: ManagersMeetingRecord) -> str:
    """"7/2026 · ti 4.8.2026": number in its year, then the weekday and date in the UI language."""
    if meeting.meeting_date is None:
        return meeting.label
    day = meeting.meeting_date
    return f"{meeting.label} · {QLocale().toString(QDate(day.year, day.month, day.day), 'ddd d.M.yyyy')}"


def choice_text(choice: MeetingChoice) -> str:
    text = meeting_label(choice.meeting)
    if choice.meeting.status == MeetingStatus.IN_PROGRESS:
        text += " – " + T.translate("AgendaLink", "käynnissä")
    if choice.matter_number is not None:
        text += " – " + T.translate("AgendaLink", "jo asialistalla, asia %1").replace(
            "%1", str(choice.matter_number))
    return text


class BringToAgendaDialog(QDialog):
    """Pick the managers' meeting; arrows move, Enter brings, Esc cancels. The first meeting
    the item is not yet on is selected."""

    def __init__(self, item_text: str, choices: list[MeetingChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bringToAgendaDialog")
        self.setWindowTitle(self.tr("Vie kuntajohtajakokouksen asialistalle"))
        self.choices = list(choices)
        line = " ".join(item_text.split())
        if len(line) > _ITEM_TEXT_SHOWN:
            line = line[:_ITEM_TEXT_SHOWN - 1] + "…"
        self.item = QLabel(self.tr("Kohta: %1").replace("%1", line))
        self.item.setWordWrap(True)
        self.item.setTextFormat(Qt.TextFormat.PlainText)
        self.meetings = QListWidget()
        self.meetings.setUniformItemSizes(True)
        for choice in self.choices:
            entry = QListWidgetItem(choice_text(choice))
            entry.setData(Qt.ItemDataRole.UserRole, choice.meeting.id)
            self.meetings.addItem(entry)
        first_free = next((n for n, c in enumerate(self.choices) if c.matter_number is None), 0)
        self.meetings.setCurrentRow(first_free)
        self.meetings.itemActivated.connect(lambda _item: self.accept())
        self.hint = QLabel(self.tr("Kohdasta tulee kokouksen asialistalle uusi asia, jonka tuoja on "
                                   "kunta; molemmat puolet näyttävät linkin."))
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Vie asialistalle"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.item)
        layout.addWidget(buddy_label(self.tr("&Kuntajohtajakokous"), self.meetings))
        layout.addWidget(self.meetings, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.resize(600, 380)
        self.meetings.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        """The list opens at its top (the nearest meetings), the chosen one in view."""
        super().showEvent(event)
        self.meetings.scrollToTop()
        if self.meetings.currentItem() is not None:
            self.meetings.scrollToItem(self.meetings.currentItem())

    def chosen_id(self) -> str | None:
        entry = self.meetings.currentItem()
        return str(entry.data(Qt.ItemDataRole.UserRole)) if entry is not None else None


def ask_managers_meeting(parent: QWidget | None, item_text: str, choices: list[MeetingChoice]) -> str | None:
    """The id of the managers' meeting the user picked, or None when cancelled."""
    dialog = BringToAgendaDialog(item_text, choices, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen_id()
    finally:
        dialog.deleteLater()

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


def preselected_row(choices: list[MeetingChoice], today: dt.date) -> int:
    """The row chosen when the dialog opens, -1 for none. An item already on an agenda: that
    meeting's row (Enter then adds nothing; the service says where it is). Otherwise the nearest
    upcoming meeting (dated today or later). A past meeting is never chosen for the user: its
    minutes may still be open, but bringing an item there is a deliberate choice."""
    on_agenda = next((n for n, c in enumerate(choices) if c.matter_number is not None), -1)
    if on_agenda >= 0:
        return on_agenda
    return next((n for n, c in enumerate(choices) if c.meeting.meeting_date is not None
                 and c.meeting.meeting_date >= today), -1)


class BringToAgendaDialog(QDialog):
    """Pick the managers' meeting; arrows move, Enter brings, Esc cancels. What is chosen at
    first is `preselected_row`; an item already on an agenda is said so above the list."""

    def __init__(self, item_text: str, choices: list[MeetingChoice], parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
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
        self.meetings.setCurrentRow(preselected_row(self.choices, today or dt.date.today()))
        self.meetings.itemActivated.connect(lambda _item: self.accept())
        where = [T.translate("AgendaLink", "kokous %1, asia %2").replace("%1", c.meeting.label)
                 .replace("%2", str(c.matter_number)) for c in self.choices if c.matter_number is not None]
        self.already = QLabel(T.translate("AgendaLink", "Kohta on jo asialistalla (%1). Enter ei lisää "
                                          "sitä uudelleen; valitse toinen kokous vain, jos asia "
                                          "käsitellään myös siellä.").replace("%1", "; ".join(where)))
        self.already.setWordWrap(True)
        self.already.setVisible(bool(where))
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
        layout.addWidget(self.already)
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

    def accept(self) -> None:
        """Nothing chosen yet (no upcoming meeting): the dialog stays open and says how."""
        if self.chosen_id() is None:
            self.hint.setText(self.tr("Valitse kokous nuolinäppäimillä ja paina Enter."))
            return
        super().accept()

    def chosen_id(self) -> str | None:
        """The selected meeting (a row the arrow keys or the opening chose; the list's focus
        alone only marks a row, it does not choose it)."""
        selected = self.meetings.selectedItems()
        return str(selected[0].data(Qt.ItemDataRole.UserRole)) if selected else None


def ask_managers_meeting(parent: QWidget | None, item_text: str, choices: list[MeetingChoice],
                         today: dt.date | None = None) -> str | None:
    """The id of the managers' meeting the user picked, or None when cancelled. `today` decides
    which meetings are upcoming (default: the clock)."""
    dialog = BringToAgendaDialog(item_text, choices, parent, today)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen_id()
    finally:
        dialog.deleteLater()

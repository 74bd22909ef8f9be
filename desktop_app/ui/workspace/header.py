"""The meeting header: municipality, round, date, time, place and status (layout only)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.domain.formatting import fi_date, fi_time
from desktop_app.domain.records import MeetingRecord, RoundRecord
from desktop_app.ui.models import labels
from desktop_app.ui.widgets import buddy_label, set_field_read_only, set_invalid


class MeetingHeader(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingHeader")
        self.title = QLabel()
        self.title.setObjectName("headerTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("muted")
        self.status = QLabel()
        self.status.setObjectName("statusChip")
        self.status.setAccessibleDescription(self.tr("Neuvottelun tila"))   # named by its text
        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText(self.tr("pp.kk.vvvv"))
        self.date_edit.setMaximumWidth(130)
        self.time_edit = QLineEdit()
        self.time_edit.setPlaceholderText(self.tr("hh.mm"))
        self.time_edit.setMaximumWidth(80)
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("esim. kaupungintalo tai Teams"))
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.loaded: dict[str, str] = {}

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.status)
        top.addStretch(1)
        top.addWidget(self.subtitle)
        fields = QHBoxLayout()
        for text, widget in ((self.tr("&Päivä"), self.date_edit), (self.tr("&Klo"), self.time_edit),
                             (self.tr("P&aikka"), self.place_edit)):
            fields.addWidget(buddy_label(text, widget))
            fields.addWidget(widget, 2 if widget is self.place_edit else 0)
        fields.addStretch(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(fields)
        layout.addWidget(self.error)   # own line, wrapped: a refusal names both values in full
        for widget in (self.date_edit, self.time_edit, self.place_edit):
            widget.textEdited.connect(self.edited)

    def show_meeting(self, meeting: MeetingRecord, round_: RoundRecord) -> None:
        self.title.setText(meeting.municipality_name)
        self.subtitle.setText(round_.label)
        self.status.setText(labels.meeting_status(meeting.status))
        self.status.setProperty("status", meeting.status.value)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.date_edit.setText(fi_date(meeting.meeting_date))
        self.time_edit.setText(fi_time(meeting.start_time))
        self.place_edit.setText(meeting.place)
        self.loaded = self.values()   # what a save compares against (ui/workspace/underneath.py)
        self.show_error("")

    def values(self) -> dict[str, str]:
        """The three editable fields as shown, by service argument name."""
        return {"meeting_date": self.date_edit.text(), "start_time": self.time_edit.text(),
                "place": self.place_edit.text()}

    def labels(self) -> dict[str, str]:
        return {"meeting_date": self.tr("Päivä"), "start_time": self.tr("Kellonaika"),
                "place": self.tr("Paikka")}

    def set_values(self, values: dict[str, str]) -> None:
        """Show `values` without touching a field that already shows its value (the cursor of
        the field being typed in stays where it is)."""
        for key, widget in (("meeting_date", self.date_edit), ("start_time", self.time_edit),
                            ("place", self.place_edit)):
            if widget.text() != values[key]:
                widget.setText(values[key])

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.date_edit, self.time_edit, self.place_edit):
            set_field_read_only(widget, read_only)

    def show_error(self, message: str, field: str = "") -> None:
        """Show `message` next to the fields; `field` is the service's name of the field at fault
        ("päivämäärä", "kellonaika"), which is marked invalid with the message."""
        self.error.setText(message)
        self.error.setVisible(bool(message))
        at_fault = {"päivämäärä": self.date_edit, "kellonaika": self.time_edit}.get(field, self.place_edit)
        for widget in (self.date_edit, self.time_edit, self.place_edit):
            set_invalid(widget, message if message and widget is at_fault else "")

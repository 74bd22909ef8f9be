"""The managers' meeting workspace layout: header and read-only banner on top; the agenda and
the attendance as two tabs | the matter editor | the matter's history (layout only)."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import AttendeeRole, MeetingStatus
from desktop_app.domain.formatting import fi_date, fi_time
from desktop_app.domain.records import ManagersMeetingRecord
from desktop_app.ui.keys import with_keys
from desktop_app.ui.managers import labels as ml
from desktop_app.ui.managers.editor_view import MatterEditorView
from desktop_app.ui.managers.models import AttendeeTableModel, MatterTableModel
from desktop_app.ui.models import labels
from desktop_app.ui.widgets import (
    buddy_label,
    home_end_by_rows,
    set_field_read_only,
    set_invalid,
    setup_table,
)
from desktop_app.ui.workspace.view import ReadOnlyBanner

HEADER_FIELDS = ("meeting_date", "start_time", "place", "remote_link", "chair", "secretary")


class ManagersHeader(QWidget):
    """"Kuntajohtajakokous 7/2026", its status, and date, time, place, remote link, chair,
    secretary (editable, autosaved by the controller)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingHeader")
        self.title = QLabel()
        self.title.setObjectName("headerTitle")
        self.status = QLabel()
        self.status.setObjectName("statusChip")
        self.status.setAccessibleDescription(self.tr("Kokouksen tila"))
        self.counts = QLabel()
        self.counts.setObjectName("muted")
        self.fields: dict[str, QLineEdit] = {key: QLineEdit() for key in HEADER_FIELDS}
        f = self.fields
        f["meeting_date"].setPlaceholderText(self.tr("pp.kk.vvvv"))
        f["meeting_date"].setMaximumWidth(110)
        f["start_time"].setPlaceholderText(self.tr("hh.mm"))
        f["start_time"].setMaximumWidth(70)
        f["remote_link"].setPlaceholderText(self.tr("Teams tai linkki"))
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.loaded: dict[str, str] = {}
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.status)
        top.addStretch(1)
        top.addWidget(self.counts)
        texts = (self.tr("&Päivä"), self.tr("Klo"), self.tr("Paikka"), self.tr("Etäyhteys"),
                 self.tr("Puheenjohtaja"), self.tr("Sihteeri"))
        rows = (QHBoxLayout(), QHBoxLayout())
        stretch = {"meeting_date": 0, "start_time": 0, "place": 3, "remote_link": 2, "chair": 2,
                   "secretary": 2}
        for n, (key, text) in enumerate(zip(HEADER_FIELDS, texts, strict=True)):
            row = rows[n // 3]
            row.addWidget(buddy_label(text, f[key]))
            row.addWidget(f[key], stretch[key])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        for row in rows:
            layout.addLayout(row)
        layout.addWidget(self.error)
        for field in f.values():
            field.textEdited.connect(self.edited)

    def show_status(self, meeting: ManagersMeetingRecord) -> None:
        """The title and the status chip only (the fields may hold typing not yet saved)."""
        self.title.setText(self.tr("Kuntajohtajakokous %1").replace("%1", ml.meeting_label(meeting)))
        self.status.setText(labels.meeting_status(meeting.status))
        self.status.setProperty("status", meeting.status.value)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def show_meeting(self, meeting: ManagersMeetingRecord) -> None:
        self.show_status(meeting)
        self.set_values({"meeting_date": fi_date(meeting.meeting_date),
                         "start_time": fi_time(meeting.start_time), "place": meeting.place,
                         "remote_link": meeting.remote_link, "chair": meeting.chair,
                         "secretary": meeting.secretary})
        self.loaded = self.values()
        self.show_error("")

    def values(self) -> dict[str, str]:
        return {key: field.text() for key, field in self.fields.items()}

    def set_values(self, values: dict[str, str]) -> None:
        for key, field in self.fields.items():
            if field.text() != values[key]:
                field.setText(values[key])

    def set_read_only(self, read_only: bool) -> None:
        for field in self.fields.values():
            set_field_read_only(field, read_only)

    def show_error(self, message: str, field: str = "") -> None:
        """`field` is the service's field name ("päivämäärä", "kellonaika", "paikka", …)."""
        self.error.setText(message)
        self.error.setVisible(bool(message))
        by_label = {"päivämäärä": "meeting_date", "kellonaika": "start_time", "paikka": "place",
                    "etäyhteys": "remote_link", "puheenjohtaja": "chair", "sihteeri": "secretary"}
        at_fault = by_label.get(field, "")
        for key, widget in self.fields.items():
            set_invalid(widget, message if message and key == at_fault else "")


class ManagersBanner(ReadOnlyBanner):
    """The negotiation banner with the managers' meeting's words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reopen_button.setAccessibleName(self.tr("Avaa kokous uudelleen muokattavaksi"))

    def show_state(self, read_only: bool, reopenable: bool) -> None:
        super().show_state(read_only, reopenable)
        self.text.setText(self.tr("Kokous on suljettu, eikä sitä voi muuttaa. Sovittujen tilan voi "
                                  "yhä vaihtaa.") if reopenable else
                          self.tr("Kokous on hyväksytty, ja sen sisältö on lopullinen. Sovittujen "
                                  "tilan voi yhä vaihtaa."))


class AgendaPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MatterTableModel(self)
        self.table = QTableView()
        setup_table(self.table, self.tr("Asialista"))
        home_end_by_rows(self.table)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(MatterTableModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        # a long third party's name must not squeeze the titles: elided, the full name as tooltip
        header.setSectionResizeMode(MatterTableModel.COL_RAISER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(MatterTableModel.COL_RAISER, 100)
        # "siirretty kokoukseen 8/2026" took a third of the pane from the titles: elided, in full
        # as the tooltip
        header.setSectionResizeMode(MatterTableModel.COL_STATUS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(MatterTableModel.COL_STATUS, 105)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.new_button = QPushButton(self.tr("Uusi asia"))
        self.new_button.setToolTip(with_keys(self.tr("Uusi asia (%1)"), "new_item"))
        self.up_button = QPushButton("↑")
        self.up_button.setAccessibleName(self.tr("Siirrä asia ylös"))
        self.up_button.setToolTip(with_keys(self.tr("Siirrä asia ylös (%1)"), "move_up"))
        self.down_button = QPushButton("↓")
        self.down_button.setAccessibleName(self.tr("Siirrä asia alas"))
        self.down_button.setToolTip(with_keys(self.tr("Siirrä asia alas (%1)"), "move_down"))
        self.delete_button = QPushButton(self.tr("Poista"))
        self.delete_button.setAccessibleName(self.tr("Poista asia"))
        self.delete_button.setToolTip(with_keys(self.tr("Poista asia (%1)"), "delete_item"))
        self.carry_button = QPushButton(self.tr("Siirrä seuraavaan"))
        self.carry_button.setToolTip(with_keys(self.tr("Siirrä asia seuraavan kokouksen "
                                                       "asialistalle (%1)"), "managers_carry"))
        self.bring_button = QPushButton(self.tr("Tuo neuvotteluista…"))
        self.bring_button.setToolTip(with_keys(self.tr("Tuo edunajamiskohde tai sektorikommentti "
                                                       "asialistalle (%1)"), "managers_bring"))
        buttons = QGridLayout()
        for n, button in enumerate((self.new_button, self.up_button, self.down_button,
                                    self.delete_button, self.carry_button, self.bring_button)):
            buttons.addWidget(button, n // 4 if n < 4 else 1, n if n < 4 else (n - 4) * 2, 1,
                              1 if n < 4 else 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_read_only(self, read_only: bool) -> None:
        for button in (self.new_button, self.up_button, self.down_button, self.delete_button,
                       self.carry_button, self.bring_button):
            button.setEnabled(not read_only)


class AttendancePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AttendeeTableModel(self)
        self.table = QTableView()
        setup_table(self.table, self.tr("Läsnäolo"))
        home_end_by_rows(self.table)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.EditKeyPressed
                                   | QTableView.EditTrigger.DoubleClicked)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(AttendeeTableModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.hint = QLabel(with_keys(self.tr("L = läsnä, P = poissa, E = etänä, välilyönti vaihtaa. "
                                             "%1 muokkaa nimeä tai tehtävää."), "edit_cell"))
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.summary = QLabel()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("nimi"))
        self.role = QComboBox()
        for role in (AttendeeRole.DEPUTY, AttendeeRole.EXPERT, AttendeeRole.COUNCIL, AttendeeRole.MANAGER):
            self.role.addItem(ml.role(role), role.value)
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("organisaatio"))
        self.matter = QComboBox()
        self.add_button = QPushButton(self.tr("Lisää henkilö"))
        self.add_button.setToolTip(self.tr("Lisää henkilö (Enter nimikentässä)"))
        self.remove_button = QPushButton(self.tr("Poista henkilö"))
        self.remove_button.setToolTip(with_keys(self.tr("Poista valittu henkilö (%1)"),
                                                "remove_participant"))
        form = QGridLayout()
        form.addWidget(buddy_label(self.tr("Nim&i"), self.name), 0, 0)
        form.addWidget(self.name, 0, 1)
        form.addWidget(buddy_label(self.tr("Rooli"), self.role), 0, 2)
        form.addWidget(self.role, 0, 3)
        form.addWidget(buddy_label(self.tr("Or&ganisaatio"), self.organisation), 1, 0)
        form.addWidget(self.organisation, 1, 1, 1, 3)
        form.addWidget(buddy_label(self.tr("Kuultu asiassa"), self.matter), 2, 0)
        form.addWidget(self.matter, 2, 1, 1, 3)
        form.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def set_read_only(self, read_only: bool) -> None:
        for field in (self.name, self.organisation):
            set_field_read_only(field, read_only)
        for widget in (self.role, self.add_button, self.remove_button):
            widget.setEnabled(not read_only)
        self.matter.setEnabled(not read_only and self.role.currentData() == AttendeeRole.EXPERT.value)
        self.table.setEditTriggers(
            QTableView.EditTrigger.NoEditTriggers if read_only
            else QTableView.EditTrigger.EditKeyPressed | QTableView.EditTrigger.DoubleClicked)


class ManagersWorkspaceView(QWidget):
    AGENDA, ATTENDANCE = 0, 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = ManagersHeader()
        self.banner = ManagersBanner()
        self.agenda = AgendaPanel()
        self.attendance = AttendancePanel()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Asialista ja läsnäolo"))
        self.tabs.addTab(self.agenda, self.tr("Asialista"))
        self.tabs.addTab(self.attendance, self.tr("Läsnäolo"))
        self.editor = MatterEditorView()
        history_title = QLabel(self.tr("Asian vaiheet"))
        history_title.setObjectName("panelTitle")
        self.history = QTextBrowser()
        self.history.setAccessibleName(self.tr("Asian aiemmat käsittelyt"))
        self.history.setOpenLinks(False)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 8, 12, 8)
        right_layout.addWidget(history_title)
        right_layout.addWidget(self.history, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 4, 0, 8)
        left_layout.addWidget(self.tabs)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (left, self.editor, right):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([460, 590, 300])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        editor = self.editor
        chain = [*self.header.fields.values(), self.tabs, self.agenda.table, editor.title,
                 editor.raiser, editor.municipality, editor.raiser_name, editor.presenter,
                 editor.status, editor.description, editor.notes, editor.agreements, editor.owner,
                 editor.action, editor.due, editor.add_agreement_button, editor.agreement_status,
                 editor.delete_agreement_button, self.history]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def set_read_only(self, read_only: bool, *, reopenable: bool) -> None:
        self.banner.show_state(read_only, reopenable)
        self.header.set_read_only(read_only)
        self.agenda.set_read_only(read_only)
        self.attendance.set_read_only(read_only)
        self.editor.set_read_only(read_only)

    @staticmethod
    def status_allows(status: MeetingStatus) -> tuple[bool, bool, bool]:
        """(start, close, reopen) for a meeting of `status`."""
        return (status == MeetingStatus.PLANNED,
                status in (MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS),
                status == MeetingStatus.CLOSED)

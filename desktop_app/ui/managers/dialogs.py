"""Dialogs of the managers' meetings: plan a year, add an extra meeting, bring a negotiation item
onto the agenda, and the close question.

The planning dialogs call the service themselves (`submit`) and stay open with every value kept
when it refuses: the Finnish reason is shown beside the field at fault, and nothing is lost."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import KuntapalauteError, ValidationError
from desktop_app.ui.error_text import error_text
from desktop_app.ui.managers.models import FeedbackChoice, FeedbackChoiceModel
from desktop_app.ui.widgets import buddy_label, set_invalid, setup_table

T = QCoreApplication


def _months() -> list[str]:
    """January…December in the UI language: the application's QLocale (set with the language in
    ui/i18n.py), so "tammikuu" in Finnish and "January" in English with no strings of our own."""
    locale = QLocale()
    return [locale.standaloneMonthName(month, QLocale.FormatType.LongFormat) for month in range(1, 13)]


def _weekdays() -> list[str]:
    """Monday…Friday in the UI language (QLocale, as `_months`)."""
    locale = QLocale()
    return [locale.standaloneDayName(day, QLocale.FormatType.LongFormat) for day in range(1, 6)]


class _SubmitDialog(QDialog):
    """OK runs `submit()`; a refusal is shown in `error` (and the field marked), the dialog stays."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.result_value: object = None
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.fields: dict[str, QWidget] = {}

    def submit(self) -> object:
        raise NotImplementedError

    def _ok(self) -> None:
        for widget in self.fields.values():
            set_invalid(widget, "")
        try:
            self.result_value = self.submit()
        except KuntapalauteError as exc:
            message = error_text(exc)
            self.error.setText(message)
            self.error.show()
            field = self.fields.get(exc.field or "") if isinstance(exc, ValidationError) else None
            if field is not None:
                set_invalid(field, message)
                field.setFocus()
            return
        self.accept()


class PlanYearDialog(_SubmitDialog):
    """Year, weekday (default Tuesday), which week (default the first), months (all but July),
    time, place, remote link. `plan(year, weekday=, nth=, skip_months=, start_time=, place=,
    remote_link=)` is ManagersMeetingService.plan_year."""

    def __init__(self, parent: QWidget | None, year: int, plan: Callable[..., object]) -> None:
        super().__init__(parent)
        self._plan = plan
        self.setWindowTitle(self.tr("Suunnittele vuoden kuntajohtajakokoukset"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.weekday = QComboBox()
        self.weekday.addItems(_weekdays())
        self.weekday.setCurrentIndex(1)
        self.nth = QComboBox()
        for text, value in ((self.tr("ensimmäinen"), 1), (self.tr("toinen"), 2), (self.tr("kolmas"), 3),
                            (self.tr("neljäs"), 4), (self.tr("viimeinen"), -1)):
            self.nth.addItem(text, value)
        self.months: list[QCheckBox] = []
        grid = QGridLayout()
        for index, name in enumerate(_months()):
            box = QCheckBox(name)
            box.setChecked(index != 6)   # no meeting in July
            self.months.append(box)
            grid.addWidget(box, index // 4, index % 4)
        months_box = QWidget()
        months_box.setLayout(grid)
        months_box.setAccessibleName(self.tr("Kuukaudet"))
        self.time = QLineEdit("9.00")
        self.place = QLineEdit("Kainuun liitto, Kajaani")
        self.remote = QLineEdit("Teams")
        self.fields = {"vuosi": self.year, "viikonpäivä": self.weekday, "kuukaudet": months_box,
                       "kellonaika": self.time, "paikka": self.place, "etäyhteys": self.remote}
        form = QFormLayout(self)
        form.addRow(buddy_label(self.tr("&Vuosi"), self.year), self.year)
        form.addRow(buddy_label(self.tr("Viikon&päivä"), self.weekday), self.weekday)
        form.addRow(buddy_label(self.tr("&Monesko viikko"), self.nth), self.nth)
        form.addRow(QLabel(self.tr("Kuukaudet")), months_box)
        form.addRow(buddy_label(self.tr("&Kellonaika"), self.time), self.time)
        form.addRow(buddy_label(self.tr("P&aikka"), self.place), self.place)
        form.addRow(buddy_label(self.tr("&Etäyhteys"), self.remote), self.remote)
        form.addRow(self.error)
        form.addRow(self.buttons)

    def submit(self) -> object:
        skipped = [index + 1 for index, box in enumerate(self.months) if not box.isChecked()]
        return self._plan(self.year.value(), weekday=self.weekday.currentIndex(),
                          nth=int(self.nth.currentData()), skip_months=skipped,
                          start_time=self.time.text(), place=self.place.text(),
                          remote_link=self.remote.text())


class AddMeetingDialog(_SubmitDialog):
    """An extra meeting: date, time, place, remote link (ManagersMeetingService.add_meeting)."""

    def __init__(self, parent: QWidget | None, add: Callable[..., object]) -> None:
        super().__init__(parent)
        self._add = add
        self.setWindowTitle(self.tr("Lisää ylimääräinen kuntajohtajakokous"))
        self.date = QLineEdit()
        self.date.setPlaceholderText(self.tr("pp.kk.vvvv"))
        self.time = QLineEdit("9.00")
        self.place = QLineEdit("Kainuun liitto, Kajaani")
        self.remote = QLineEdit()
        self.fields = {"päivämäärä": self.date, "kellonaika": self.time, "paikka": self.place,
                       "etäyhteys": self.remote}
        form = QFormLayout(self)
        form.addRow(buddy_label(self.tr("&Päivä"), self.date), self.date)
        form.addRow(buddy_label(self.tr("&Kellonaika"), self.time), self.time)
        form.addRow(buddy_label(self.tr("P&aikka"), self.place), self.place)
        form.addRow(buddy_label(self.tr("&Etäyhteys"), self.remote), self.remote)
        form.addRow(self.error)
        form.addRow(self.buttons)

    def submit(self) -> object:
        return self._add(self.date.text(), start_time=self.time.text(), place=self.place.text(),
                         remote_link=self.remote.text())


class BringFeedbackDialog(QDialog):
    """Pick an advocacy target or a sector comment (newest round first; type to filter by
    municipality or text; Enter brings the selected one). `chosen` is its id after accept."""

    def __init__(self, parent: QWidget | None, choices: list[FeedbackChoice]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tuo asia neuvotteluista"))
        self.resize(900, 520)
        self.model = FeedbackChoiceModel(self)
        self.model.set_choices(choices)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("kunta tai sana tekstistä"))
        self.filter.setClearButtonEnabled(True)
        self.table = QTableView()
        setup_table(self.table, self.tr("Edunajamiskohteet ja sektorikommentit"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(FeedbackChoiceModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("Ei edunajamiskohteita eikä sektorikommentteja."))
        self.empty.setObjectName("muted")
        self.empty.setVisible(not self.model.rowCount())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Tuo asialistalle"))
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.table.activated.connect(lambda _index: self._ok())
        self.filter.textChanged.connect(self._filtered)
        self.filter.returnPressed.connect(self._ok)
        self.chosen: str | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(buddy_label(self.tr("&Rajaa"), self.filter))
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self._select(0)
        self.filter.setFocus()

    def _filtered(self, text: str) -> None:
        self.model.filter(text)
        self.empty.setVisible(not self.model.rowCount())
        self._select(0)

    def _select(self, row: int) -> None:
        if self.model.rowCount():
            self.table.selectRow(row)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Up/Down in the filter move in the table, so the hands stay on the keys."""
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.filter.hasFocus() \
                and self.model.rowCount():
            row = self.table.currentIndex().row() + (1 if event.key() == Qt.Key.Key_Down else -1)
            self._select(max(0, min(self.model.rowCount() - 1, row)))
            return
        super().keyPressEvent(event)

    def _ok(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        self.chosen = self.model.record(index.row()).id
        self.accept()


def ask_plan_year(parent: QWidget, year: int, plan: Callable[..., object]) -> object:
    """The planned meetings (what `plan` returned), or None when cancelled."""
    dialog = PlanYearDialog(parent, year, plan)
    return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_add_meeting(parent: QWidget, add: Callable[..., object]) -> object:
    dialog = AddMeetingDialog(parent, add)
    return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_feedback(parent: QWidget, choices: list[FeedbackChoice]) -> str | None:
    """The id of the negotiation item to bring, or None when cancelled."""
    dialog = BringFeedbackDialog(parent, choices)
    return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None


_LISTED = 12   # names or matters listed in the close question before "… ja N muuta"


def _bullets(lines: list[str]) -> str:
    shown = lines[:_LISTED]
    more = len(lines) - len(shown)
    tail = ["… " + T.translate("ManagersDialogs", "ja %1 muuta").replace("%1", str(more))] if more else []
    return "\n• " + "\n• ".join([*shown, *tail])


def confirm_close(parent: QWidget, label: str, unmarked: list[str] | None = None,
                  without_notes: list[str] | None = None) -> bool:
    """Ask before closing a managers' meeting, listing what the minutes would lack: people
    whose attendance is not marked and matters with no discussion or agreement (as the
    negotiation's close question lists empty sectors). *Jatka kirjaamista* is the default and
    Esc. True = close it."""
    parts: list[str] = []
    if unmarked:
        parts.append(T.translate("ManagersDialogs", "Läsnäoloa ei ole merkitty (%1):")
                     .replace("%1", str(len(unmarked))) + _bullets(unmarked))
    if without_notes:
        parts.append(T.translate("ManagersDialogs", "Näihin asioihin ei ole kirjattu keskustelua "
                                 "eikä sovittuja:") + _bullets(without_notes))
    parts.append(T.translate("ManagersDialogs", "Suljetaanko kuntajohtajakokous %1? Suljettua "
                             "kokousta ei voi muuttaa, ja muistio tulostuu ilman LUONNOS-"
                             "merkintää. Sovittujen tilaa voi yhä vaihtaa, ja kokouksen voi "
                             "avata uudelleen muokattavaksi.").replace("%1", label))
    box = QMessageBox(QMessageBox.Icon.Question, T.translate("ManagersDialogs", "Sulje kokous"),
                      "\n\n".join(parts), QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("closeManagersMeetingDialog")
    close = box.addButton(T.translate("ManagersDialogs", "Sulje kokous"), QMessageBox.ButtonRole.AcceptRole)
    close.setObjectName("closeMeeting")
    keep = box.addButton(T.translate("ManagersDialogs", "Jatka kirjaamista"),
                         QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("keepRecording")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is close

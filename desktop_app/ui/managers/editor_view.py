"""The agenda matter editor (layout only): title, raised by, presenter, status, description,
the discussion notes and the agreements (*Sovittiin*) grid with its entry line."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import FollowUpStatus, MatterRaiser, MatterStatus
from desktop_app.ui.keys import with_keys
from desktop_app.ui.managers import labels as ml
from desktop_app.ui.managers.models import AgreementTableModel
from desktop_app.ui.models import labels
from desktop_app.ui.widgets import (
    buddy_label,
    home_end_by_rows,
    set_field_read_only,
    set_invalid,
    setup_table,
)


class MatterEditorView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matterEditor")
        self.position = QLabel()
        self.position.setObjectName("panelTitle")
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Asian otsikko, esim. Maakuntaohjelman toteuttamissuunnitelma"))
        self.raiser = QComboBox()
        for value in MatterRaiser:
            self.raiser.addItem(ml.raiser(value), value.value)
        self.municipality = QComboBox()
        # a typed municipality name is taken (completed from the list); other text stays visible
        # in the field and is said to be no municipality (never typed away into a popup)
        self.municipality.setEditable(True)
        self.municipality.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.raiser_name = QLineEdit()
        self.raiser_name.setPlaceholderText(self.tr("muu taho, esim. Väylävirasto"))
        self.presenter = QLineEdit()
        self.status = QComboBox()
        for status in MatterStatus:
            self.status.addItem(ml.matter_status(status), status.value)
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("Lyhyt kuvaus ennen kokousta"))
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(64)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Keskustelu kokouksessa"))
        self.notes.setTabChangesFocus(True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.addWidget(buddy_label(self.tr("&Asia"), self.title), 0, 0)
        grid.addWidget(self.title, 0, 1, 1, 5)
        grid.addWidget(buddy_label(self.tr("Tuo&ja"), self.raiser), 1, 0)
        grid.addWidget(self.raiser, 1, 1)
        self.municipality_label = buddy_label(self.tr("Kunta"), self.municipality)
        grid.addWidget(self.municipality_label, 1, 2)
        grid.addWidget(self.municipality, 1, 3)
        self.raiser_name_label = buddy_label(self.tr("Muu taho"), self.raiser_name)
        grid.addWidget(self.raiser_name_label, 1, 4)
        grid.addWidget(self.raiser_name, 1, 5)
        grid.addWidget(buddy_label(self.tr("E&sittelijä"), self.presenter), 2, 0)
        grid.addWidget(self.presenter, 2, 1, 1, 3)
        grid.addWidget(buddy_label(self.tr("Ti&la"), self.status), 2, 4)
        grid.addWidget(self.status, 2, 5)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)

        self.agreements_model = AgreementTableModel(self)
        self.agreements = QTableView()
        setup_table(self.agreements, self.tr("Sovittiin"))
        home_end_by_rows(self.agreements)
        self.agreements.setModel(self.agreements_model)
        self.agreements.setEditTriggers(QTableView.EditTrigger.EditKeyPressed
                                        | QTableView.EditTrigger.DoubleClicked)
        header = self.agreements.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(AgreementTableModel.COL_ACTION, QHeaderView.ResizeMode.Stretch)
        self.agreements.setMinimumHeight(90)
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(self.tr("kuka"))
        self.action = QLineEdit()
        self.action.setPlaceholderText(self.tr("mitä valmistellaan"))
        self.due = QLineEdit()
        self.due.setPlaceholderText(self.tr("pp.kk.vvvv"))
        self.due.setMaximumWidth(110)
        self.add_agreement_button = QPushButton(self.tr("Lisää sovittu"))
        self.add_agreement_button.setToolTip(self.tr("Lisää sovittu jatkotoimi (Enter)"))
        self.agreement_status = QComboBox()
        for status in FollowUpStatus:
            self.agreement_status.addItem(labels.follow_up_status(status), status.value)
        self.delete_agreement_button = QPushButton(self.tr("Poista sovittu"))
        self.delete_agreement_button.setToolTip(with_keys(self.tr("Poista valittu sovittu (%1)"),
                                                          "remove_participant"))
        entry = QGridLayout()
        entry.setHorizontalSpacing(6)
        entry.setVerticalSpacing(4)
        entry.addWidget(buddy_label(self.tr("Vast&uu"), self.owner), 0, 0)
        entry.addWidget(self.owner, 0, 1)
        entry.addWidget(buddy_label(self.tr("Mää&räpäivä"), self.due), 0, 2)
        entry.addWidget(self.due, 0, 3)
        entry.addWidget(buddy_label(self.tr("Toimenpi&de"), self.action), 1, 0)
        entry.addWidget(self.action, 1, 1)
        entry.addWidget(self.add_agreement_button, 1, 2, 1, 2)
        entry.setColumnStretch(1, 1)
        below = QHBoxLayout()
        below.addWidget(buddy_label(self.tr("Valitun tila"), self.agreement_status,
                                    self.tr("Valitun tila: sovitun jatkotoimen tila")))
        below.addWidget(self.agreement_status)
        below.addStretch(1)
        self.agreements_hint = QLabel(with_keys(self.tr("%1 muokkaa solua."), "edit_cell"))
        self.agreements_hint.setObjectName("muted")
        below.addWidget(self.agreements_hint)
        below.addWidget(self.delete_agreement_button)

        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        agreements_title = QLabel(self.tr("Sovittiin"))
        agreements_title.setObjectName("panelTitle")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        layout.addWidget(self.position)
        layout.addLayout(grid)
        layout.addWidget(buddy_label(self.tr("Ku&vaus"), self.description))
        layout.addWidget(self.description)
        layout.addWidget(buddy_label(self.tr("&Keskustelu"), self.notes))
        layout.addWidget(self.notes, 3)
        layout.addWidget(self.error)
        layout.addWidget(agreements_title)
        layout.addWidget(self.agreements, 2)
        layout.addLayout(entry)
        layout.addLayout(below)

    def text_fields(self) -> list[QLineEdit | QPlainTextEdit]:
        return [self.title, self.raiser_name, self.presenter, self.description, self.notes,
                self.owner, self.action, self.due]

    def show_raiser(self, raiser: MatterRaiser) -> None:
        """The municipality choice for a municipality, the name for a third party."""
        municipality = raiser == MatterRaiser.MUNICIPALITY
        third = raiser == MatterRaiser.THIRD_PARTY
        self.municipality.setVisible(municipality)
        self.municipality_label.setVisible(municipality)
        self.raiser_name.setVisible(third)
        self.raiser_name_label.setVisible(third)

    def take_typed_municipality(self) -> bool:
        """The name typed into *Kunta* (any case) chooses that municipality: True. Other text is
        kept in the field and said, beside it, to be no municipality of the list: False (also
        for an empty field)."""
        combo = self.municipality
        text = combo.currentText().strip()
        index = next((i for i in range(1, combo.count())
                      if combo.itemText(i).casefold() == text.casefold()), -1)
        if index < 0:
            if text:
                self.show_error(self.tr("”%1” ei ole Kainuun kunta. Kirjoita kunnan nimi tai valitse "
                                        "se listasta.").replace("%1", text), combo)
            return False
        combo.setCurrentIndex(index)
        self.show_error("")
        return True

    def set_read_only(self, read_only: bool) -> None:
        for field in self.text_fields():
            set_field_read_only(field, read_only)
        for widget in (self.raiser, self.municipality, self.status, self.add_agreement_button,
                       self.delete_agreement_button):
            widget.setEnabled(not read_only)
        self.agreements.setEditTriggers(
            QTableView.EditTrigger.NoEditTriggers if read_only
            else QTableView.EditTrigger.EditKeyPressed | QTableView.EditTrigger.DoubleClicked)

    def show_error(self, message: str, field: QWidget | None = None) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        for widget in (self.title, self.due, self.municipality, self.notes):
            set_invalid(widget, message if message and widget is field else "")

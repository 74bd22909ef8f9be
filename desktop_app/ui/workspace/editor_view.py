"""One section's items and the editor for the current item (layout only; the controller decides)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import FeedbackKind, FollowUpStatus, Priority
from desktop_app.ui.keys import with_keys
from desktop_app.ui.models import labels
from desktop_app.ui.widgets import buddy_label, set_field_read_only, set_invalid


class SectionEditorView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.hint = QLabel(with_keys(self.tr(
            "Kirjoita kohta; %1 aloittaa seuraavan. Tallennus on automaattinen."), "new_item"))
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)

        self.items = QListView()
        self.items.setAccessibleName(self.tr("Kohdat"))
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.setUniformItemSizes(True)
        self.items.setAlternatingRowColors(True)
        # One line per item, shortened with "…" (the editor below shows it whole): a sideways
        # scroll bar would only take a row's height.
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setResizeMode(QListView.ResizeMode.Adjust)

        self.position = QLabel()
        self.position.setObjectName("muted")
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Kohdan teksti"))
        self.text.setPlaceholderText(self.tr("Kirjoita, mitä kunta sanoo…"))
        self.text.setTabChangesFocus(True)

        self.kind = QComboBox()
        for kind in (FeedbackKind.SECTOR_COMMENT, FeedbackKind.QUESTION):
            self.kind.addItem(labels.feedback_kind(kind), kind.value)
        self.priority = QComboBox()
        for value in (Priority.NORMAL, Priority.HIGH, Priority.LOW):
            self.priority.addItem(labels.priority(value), value.value)
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("Mitä liitto lupasi tehdä"))
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(self.tr("Kuka liitosta hoitaa asian"))
        self.due = QLineEdit()
        self.due.setPlaceholderText(self.tr("pp.kk.vvvv"))
        self.due.setMaximumWidth(120)
        self.follow_up_status = QComboBox()
        for status in FollowUpStatus:
            self.follow_up_status.addItem(labels.follow_up_status(status), status.value)
        # The managers' meeting agenda the item was brought to; pressing it (or the key) opens it.
        self.link_button = QPushButton()
        self.link_button.setObjectName("agendaLink")
        self.link_button.setFlat(True)
        self.link_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.link_button.setToolTip(with_keys(self.tr("Avaa kuntajohtajakokous tämän asian kohdalta (%1)"),
                                              "open_agenda_link"))
        self.link_button.hide()
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()

        self.new_button = QPushButton(self.tr("Uusi kohta"))
        self.up_button = QPushButton(self.tr("Ylös"))
        self.down_button = QPushButton(self.tr("Alas"))
        self.delete_button = QPushButton(self.tr("Poista"))
        # Named by their visible words (WCAG 2.5.3); what they do and the key, as the tooltip
        # (the accessible description).
        for button, tip in ((self.new_button, with_keys(self.tr("Aloita uusi kohta (%1)"), "new_item")),
                            (self.up_button, with_keys(self.tr("Siirrä ylös (%1)"), "move_up")),
                            (self.down_button, with_keys(self.tr("Siirrä alas (%1)"), "move_down")),
                            (self.delete_button, with_keys(self.tr("Poista kohta (%1)"), "delete_item"))):
            button.setToolTip(tip)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.up_button, self.down_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        list_layout.addWidget(self.items)
        list_layout.addLayout(buttons)

        editor_box = QWidget()
        editor_layout = QVBoxLayout(editor_box)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.position)
        editor_layout.addWidget(self.text, 1)
        details = QHBoxLayout()
        self.kind_label = buddy_label(self.tr("&Laji"), self.kind)
        details.addWidget(self.kind_label)
        details.addWidget(self.kind)
        details.addWidget(buddy_label(self.tr("Tärke&ys"), self.priority))
        details.addWidget(self.priority)
        details.addStretch(1)
        details.addWidget(self.link_button)
        # The follow-up: what was promised on its own line, then who, by when and how far; the
        # labels share one column so the fields line up.
        follow_up = QGridLayout()
        follow_up.setColumnStretch(1, 1)
        follow_up.addWidget(buddy_label(self.tr("&Jatkotoimenpide"), self.description,
                                        self.tr("Jatkotoimenpide: mitä liitto lupasi tehdä")), 0, 0)
        follow_up.addWidget(self.description, 0, 1, 1, 5)
        follow_up.addWidget(buddy_label(self.tr("&Vastuuhenkilö"), self.owner), 1, 0)
        follow_up.addWidget(self.owner, 1, 1)
        follow_up.addWidget(buddy_label(self.tr("M&ääräpäivä"), self.due), 1, 2)
        follow_up.addWidget(self.due, 1, 3)
        follow_up.addWidget(buddy_label(self.tr("T&ila"), self.follow_up_status), 1, 4)
        follow_up.addWidget(self.follow_up_status, 1, 5)
        editor_layout.addLayout(details)
        editor_layout.addLayout(follow_up)
        editor_layout.addWidget(self.error)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(list_box)
        splitter.addWidget(editor_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.text.setMinimumHeight(110)
        self.items.setMinimumHeight(90)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)

    def show_section(self, title: str) -> None:
        """The section's title above the editor, and in the editor's name: a screen reader user
        hears which sector the words go into ("Kohdan teksti — Liikenne ja saavutettavuus")."""
        self.title.setText(title)
        self.text.setAccessibleName(self.tr("Kohdan teksti — %1").replace("%1", title))

    def show_link(self, text: str) -> None:
        """The item's agenda link ("Kuntajohtajakokous 7/2026, asia 3"), or hidden for ""."""
        self.link_button.setText(text)
        self.link_button.setAccessibleName(text)
        self.link_button.setVisible(bool(text))

    def set_read_only(self, read_only: bool) -> None:
        """A closed or approved meeting: the item texts and details cannot be changed (the
        follow-up status choice is the controller's: it stays changeable)."""
        for field in (self.text, self.description, self.owner, self.due):
            set_field_read_only(field, read_only)
        for widget in (self.kind, self.priority, self.new_button, self.up_button, self.down_button,
                       self.delete_button):
            widget.setEnabled(not read_only)
        self.hint.setVisible(not read_only)

    def text_fields(self) -> tuple[QPlainTextEdit | QLineEdit, ...]:
        """The fields that take typed words, in tab order."""
        return (self.text, self.description, self.owner, self.due)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        if not message:
            for field in self.text_fields():
                set_invalid(field, "")

    def mark_invalid(self, field: str, message: str) -> None:
        """The service's `field` ("määräpäivä", "vastuuhenkilö", …) gets `message` as its error."""
        widget = {"määräpäivä": self.due, "vastuuhenkilö": self.owner,
                  "jatkotoimenpide": self.description}.get(field, self.text)
        set_invalid(widget, message)

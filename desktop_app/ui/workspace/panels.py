"""Side panels of the workspace: earlier rounds (continuity) and participants (layout only)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.keys import with_keys
from desktop_app.ui.widgets import buddy_label, set_field_read_only


class WrappingDelegate(QStyledItemDelegate):
    """Row height from the wrapped text at the view's current width (Qt's own estimate cuts
    the last line of long items). The text width is asked from the style, so style-sheet padding
    and the item's text margins count exactly as they do when the row is painted."""

    MARGIN = 6

    def __init__(self, view: QListView, extra: QSize | None = None) -> None:
        """`extra`: room added around the text beyond what the style gives (width, height), px."""
        super().__init__(view)
        self._view = view
        self._extra = extra or QSize(0, self.MARGIN)

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        tall = 100_000
        opt.rect = QRect(0, 0, max(80, self._view.viewport().width() - self._extra.width()), tall)
        style = self._view.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, self._view)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._view) + 1
        width = max(40, text_rect.width() - 2 * margin)
        bounds = opt.fontMetrics.boundingRect(QRect(0, 0, width, tall), int(Qt.TextFlag.TextWordWrap),
                                              opt.text)
        return QSize(opt.rect.width(), bounds.height() + (tall - text_rect.height()) + self._extra.height())


class ContinuityPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("continuity")
        self.title = QLabel(self.tr("Aiemmilla kierroksilla"))
        self.title.setObjectName("panelTitle")
        self.empty = QLabel(self.tr("Ei aiempia kohtia tästä aiheesta."))
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        self.items = QListView()
        self.items.setAccessibleName(self.tr("Aiempien kierrosten kohdat"))
        self.items.setWordWrap(True)
        self.items.setObjectName("history")
        self.items.setItemDelegate(WrappingDelegate(self.items, QSize(12, 8)))  # the spacing
        self.items.setSpacing(5)
        self.items.setUniformItemSizes(False)
        self.items.setResizeMode(QListView.ResizeMode.Adjust)
        self.items.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.copy_button = QPushButton(self.tr("Kopioi tähän"))
        self.copy_button.setToolTip(with_keys(self.tr("Kopioi valittu kohta tähän neuvotteluun (%1)"),
                                              "copy_forward"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 12, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.copy_button)
        self._read_only = self._empty = False

    def set_empty(self, empty: bool) -> None:
        self._empty = empty
        self.empty.setVisible(empty)
        self.copy_button.setEnabled(not empty and not self._read_only)

    def set_read_only(self, read_only: bool) -> None:
        """Earlier rounds stay readable; copying into a read-only meeting is off."""
        self._read_only = read_only
        self.copy_button.setEnabled(not read_only and not self._empty)


class ParticipantColumn(QGroupBox):
    """One side: a quick-add line ("Nimi, tehtävänimike" + Enter) and the list."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(self.tr("Nimi, tehtävänimike – Enter lisää"))
        self.entry.setAccessibleName(self.tr("Lisää osallistuja: %1").replace("%1", title))
        self.people = QListView()
        self.people.setAccessibleName(self.tr("Osallistujat: %1").replace("%1", title))
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.remove_button = QPushButton(self.tr("Poista valittu"))
        self.remove_button.setAccessibleName(self.tr("Poista valittu osallistuja: %1").replace("%1", title))
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.entry)
        layout.addWidget(self.people, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        layout.addLayout(row)


class ParticipantEditor(QGroupBox):
    """The selected participant's details; `edited` fires on typing, `side_chosen` on a new side."""

    edited = Signal()
    side_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Valitun osallistujan tiedot"), parent)
        self.name = QLineEdit()
        self.role = QLineEdit()
        self.organisation = QLineEdit()
        self.side = QComboBox()
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        grid = QGridLayout(self)
        fields = ((self.tr("N&imi"), self.name), (self.tr("Te&htävänimike"), self.role),
                  (self.tr("O&rganisaatio"), self.organisation), (self.tr("P&uoli"), self.side))
        for n, (text, widget) in enumerate(fields):
            grid.addWidget(buddy_label(text, widget), n // 2, (n % 2) * 2)
            grid.addWidget(widget, n // 2, (n % 2) * 2 + 1)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        grid.addWidget(self.error, 2, 0, 1, 4)
        for edit in (self.name, self.role, self.organisation):
            edit.textEdited.connect(self.edited)
        self.side.activated.connect(lambda _index: self.side_chosen.emit())

    def chain_tab_order(self, after: QWidget) -> None:
        """Tab goes from `after` through name, title, organisation and side, in that order."""
        QWidget.setTabOrder(after, self.name)
        QWidget.setTabOrder(self.name, self.role)
        QWidget.setTabOrder(self.role, self.organisation)
        QWidget.setTabOrder(self.organisation, self.side)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))


class ParticipantsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Osallistujat"))
        self.title.setObjectName("sectionTitle")
        self.hint = QLabel(with_keys(self.tr(
            "Kirjoita nimi ja tehtävä pilkulla erotettuna ja paina Enter. Valitun tiedot voi "
            "muuttaa alla (tallentuu itsestään). %1 poistaa valitun, %2 palauttaa."),
            "remove_participant", "undo"))
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.council = ParticipantColumn(self.tr("Kainuun liitto"))
        self.municipality = ParticipantColumn(self.tr("Kunta"))
        self.editor = ParticipantEditor()
        columns = QHBoxLayout()
        columns.addWidget(self.municipality)
        columns.addWidget(self.council)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(columns, 1)
        layout.addWidget(self.editor)
        QWidget.setTabOrder(self.municipality.entry, self.municipality.people)
        QWidget.setTabOrder(self.municipality.people, self.council.entry)
        QWidget.setTabOrder(self.council.entry, self.council.people)
        self.editor.chain_tab_order(self.council.people)

    def set_read_only(self, read_only: bool) -> None:
        """No adding, editing or removing people in a closed or approved meeting."""
        for column in (self.council, self.municipality):
            set_field_read_only(column.entry, read_only)
            column.remove_button.setEnabled(not read_only)
        for edit in (self.editor.name, self.editor.role, self.editor.organisation):
            set_field_read_only(edit, read_only)
        self.editor.side.setEnabled(not read_only)
        self.hint.setVisible(not read_only)

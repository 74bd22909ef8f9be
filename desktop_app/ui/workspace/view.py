"""The workspace layout: header on top; section checklist | editor | continuity panel."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.keys import with_keys
from desktop_app.ui.widgets import release_focus_within
from desktop_app.ui.workspace.editor_view import SectionEditorView
from desktop_app.ui.workspace.header import MeetingHeader
from desktop_app.ui.workspace.panels import ContinuityPanel, ParticipantsPanel


class ReadOnlyBanner(QFrame):
    """Says why nothing can be typed: the meeting is closed (with the way back) or approved."""

    reopen_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.text = QLabel()
        self.text.setObjectName("readOnlyText")
        self.text.setWordWrap(True)
        self.reopen_button = QPushButton(with_keys(self.tr("Avaa uudelleen muokattavaksi (%1)"),
                                                  "reopen_meeting"))
        self.reopen_button.setAccessibleName(self.tr("Avaa neuvottelu uudelleen muokattavaksi"))
        self.reopen_button.clicked.connect(self.reopen_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.reopen_button)
        self.hide()

    def show_state(self, read_only: bool, reopenable: bool) -> None:
        if reopenable:
            self.text.setText(self.tr("Neuvottelu on suljettu, eikä sitä voi muuttaa. "
                                      "Jatkotoimenpiteen tilan voi yhä vaihtaa."))
        else:
            self.text.setText(self.tr("Neuvottelu on hyväksytty, ja sen sisältö on lopullinen. "
                                      "Jatkotoimenpiteen tilan voi yhä vaihtaa."))
        self.reopen_button.setVisible(reopenable)
        self.setVisible(read_only)


class WorkspaceView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = MeetingHeader()
        self.banner = ReadOnlyBanner()
        self.sections = QListView()
        self.sections.setObjectName("sectionList")
        self.sections.setAccessibleName(self.tr("Neuvottelun osiot ja sektorit"))
        self.sections.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sections.setMinimumWidth(240)
        # A long sector name is shortened in the middle, so the ✓ and the item count at the ends
        # always show; the full name is the tooltip and the accessible text. The pane is sized to
        # the longest name when a meeting opens (fit_section_names).
        self.sections.setUniformItemSizes(True)
        self.sections.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.coverage = QLabel()
        self.coverage.setObjectName("muted")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 8, 0, 8)
        left_layout.addWidget(self.sections, 1)
        left_layout.addWidget(self.coverage)

        self.editor = SectionEditorView()
        self.participants = ParticipantsPanel()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.participants)
        self.pages.addWidget(self.editor)
        self.continuity = ContinuityPanel()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pages)
        self.splitter.addWidget(self.continuity)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([290, 700, 340])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        # Tab order: header fields, the section list, then typing comes first in the editor,
        # its details, the item list and buttons, and last the earlier rounds.
        header, editor = self.header, self.editor
        chain = [header.date_edit, header.time_edit, header.place_edit, self.sections, editor.text,
                 editor.kind, editor.priority, editor.link_button, editor.description, editor.owner,
                 editor.due, editor.follow_up_status,
                 editor.items, editor.new_button, editor.up_button, editor.down_button,
                 editor.delete_button, self.continuity.items, self.continuity.copy_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def warm_up(self) -> None:
        """Do, while the page is still hidden, the one-time work its first showing would do on
        the user's first meeting switch: Qt's style polish of every widget, and PySide's lazy
        creation of 27 QtWidgets enum classes, which the first `viewport()` call of a scroll
        area sets off (~8 ms together on this machine; docs/performance/switch-search.md)."""
        self.ensurePolished()
        self.sections.viewport()

    def set_read_only(self, read_only: bool, *, reopenable: bool = True) -> None:
        """A closed (`reopenable`) or approved meeting: every field read-only, and the banner
        says so. The follow-up status choice stays with the controller (changeable)."""
        self.banner.show_state(read_only, reopenable)
        self.header.set_read_only(read_only)
        self.editor.set_read_only(read_only)
        self.participants.set_read_only(read_only)
        self.continuity.set_read_only(read_only)

    def fit_section_names(self, widest_share: float = 0.3) -> None:
        """Widen the section pane to its longest row (at most `widest_share` of the window), so
        names are shortened only on screens too narrow for them."""
        model = self.sections.model()
        if model is None or not model.rowCount():
            return
        metrics = self.sections.fontMetrics()
        widest = max(metrics.horizontalAdvance(str(model.index(row, 0).data() or ""))
                     for row in range(model.rowCount()))
        sizes = self.splitter.sizes()
        total = sum(sizes)
        scroll_bar = self.sections.verticalScrollBar()
        around_list = sizes[0] - self.sections.viewport().width()   # margins, frame, list padding
        if not scroll_bar.isVisible():
            around_list += scroll_bar.sizeHint().width()            # room for one when it comes
        around_text = 12 + 6                                        # style.py item padding, margins
        wanted = min(int(total * widest_share),
                     max(self.sections.minimumWidth(), widest + around_text + around_list))
        if total and wanted > sizes[0]:
            self.splitter.setSizes([wanted, sizes[1] - (wanted - sizes[0]), sizes[2]])

    def show_participants(self) -> None:
        if self.pages.currentWidget() is not self.participants:
            release_focus_within(self.pages)   # the controller focuses the entry line next
        release_focus_within(self.continuity)
        self.pages.setCurrentWidget(self.participants)
        self.continuity.hide()

    def show_editor(self) -> None:
        if self.pages.currentWidget() is not self.editor:
            release_focus_within(self.pages)
        self.pages.setCurrentWidget(self.editor)
        self.continuity.show()

"""The workspace layout: header on top; section checklist | editor | continuity panel."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.workspace.editor_view import SectionEditorView
from desktop_app.ui.workspace.header import MeetingHeader
from desktop_app.ui.workspace.panels import ContinuityPanel, ParticipantsPanel, WrappingDelegate


class WorkspaceView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = MeetingHeader()
        self.sections = QListView()
        self.sections.setObjectName("sectionList")
        self.sections.setAccessibleName(self.tr("Neuvottelun osiot ja sektorit"))
        self.sections.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sections.setMinimumWidth(240)
        # Long sector names and their counts wrap instead of being cut (the full name is also the
        # tooltip); rows are as tall as their text at the list's current width.
        self.sections.setWordWrap(True)
        self.sections.setUniformItemSizes(False)
        self.sections.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.sections.setResizeMode(QListView.ResizeMode.Adjust)
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections.setItemDelegate(WrappingDelegate(self.sections, QSize(20, 8)))  # style.py padding
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
        layout.addWidget(self.splitter, 1)
        # Tab order: header fields, the section list, then typing comes first in the editor,
        # its details, the item list and buttons, and last the earlier rounds.
        header, editor = self.header, self.editor
        chain = [header.date_edit, header.time_edit, header.place_edit, self.sections, editor.text,
                 editor.kind, editor.priority, editor.description, editor.owner, editor.due,
                 editor.follow_up_status,
                 editor.items, editor.new_button, editor.up_button, editor.down_button,
                 editor.delete_button, self.continuity.items, self.continuity.copy_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def show_participants(self) -> None:
        self.pages.setCurrentWidget(self.participants)
        self.continuity.hide()

    def show_editor(self) -> None:
        self.pages.setCurrentWidget(self.editor)
        self.continuity.show()

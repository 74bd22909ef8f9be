"""A calm, light look: system font, soft greys, one accent. Sizes in pt/em so 150% scaling holds."""

from __future__ import annotations

STYLE = """
QMainWindow, QWidget#page { background: #f7f7f5; }
QLabel#headerTitle { font-size: 15pt; font-weight: 600; color: #1f2937; }
QLabel#sectionTitle { font-size: 13pt; font-weight: 600; color: #1f2937; }
QLabel#panelTitle { font-size: 11pt; font-weight: 600; color: #374151; }
QLabel#muted { color: #6b7280; }
QLabel#errorText { color: #b91c1c; }
QLabel#statusChip { border-radius: 8px; padding: 2px 10px; background: #e5e7eb; color: #374151; }
QLabel#statusChip[status="in_progress"] { background: #dbeafe; color: #1e3a8a; }
QLabel#statusChip[status="closed"] { background: #dcfce7; color: #14532d; }
QLabel#statusChip[status="approved"] { background: #ede9fe; color: #4c1d95; }
QLabel#saveState { color: #4b5563; padding: 0 8px; }
QLabel#saveState[failed="true"] { color: #b91c1c; font-weight: 600; }
QWidget#meetingHeader { background: #ffffff; border-bottom: 1px solid #e5e7eb; }
QWidget#continuity { background: #f1f5f9; }
QListView, QTableView, QPlainTextEdit, QLineEdit, QComboBox, QSpinBox {
    background: #ffffff; border: 1px solid #d1d5db; border-radius: 6px; padding: 3px;
    selection-background-color: #2563eb; selection-color: #ffffff;
}
QListView, QTableView { alternate-background-color: #fafafa; }
QListView#sectionList { padding: 4px; }
QListView#sectionList::item { padding: 4px 6px; }
QListView::item { padding: 3px; }
QListView#history::item { padding: 0px; }  /* padding would break the wrapped rows' height */
QPlainTextEdit { font-size: 11pt; padding: 6px; }
QPlainTextEdit:focus, QLineEdit:focus, QListView:focus, QTableView:focus, QComboBox:focus {
    border: 2px solid #2563eb;
}
QPushButton { background: #ffffff; border: 1px solid #d1d5db; border-radius: 6px; padding: 4px 12px; }
QPushButton:hover { background: #f3f4f6; }
QPushButton:focus { border: 2px solid #2563eb; }
QPushButton:disabled { color: #9ca3af; }
QHeaderView::section {
    background: #f3f4f6; border: none; border-bottom: 1px solid #e5e7eb; padding: 4px 6px;
}
QGroupBox {
    font-weight: 600; border: 1px solid #e5e7eb; border-radius: 8px; margin-top: 1.2em; padding: 8px;
}
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; }
QStatusBar { background: #ffffff; border-top: 1px solid #e5e7eb; }
QPlainTextEdit[readOnly="true"], QLineEdit[readOnly="true"] { background: #f3f4f6; color: #374151; }
QLineEdit[invalid="true"] { border: 2px solid #b91c1c; }
QFrame#readOnlyBanner { background: #fef3c7; border-bottom: 1px solid #f59e0b; }
QLabel#readOnlyText { color: #78350f; font-weight: 600; }
QSplitter::handle { background: #e5e7eb; }
QSplitter::handle:horizontal { width: 1px; }
QSplitter::handle:vertical { height: 1px; }
"""

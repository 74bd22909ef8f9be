"""The visible shortcut list (F1), built from the window's own actions so it never goes stale,
in the platform's key names (QKeySequence.NativeText: "Vaihto" in Finnish, ⇧ on macOS)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from desktop_app.ui.keys import is_common_key


def key_names(*sequences: str) -> str:
    """Portable key sequences ("Ctrl+Shift+C") in the platform's names, joined for display."""
    return ", ".join(QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in sequences)


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(action name, its keys) once per action, in the order given; actions without keys left out."""
    rows = []
    seen = set()
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText)
                for k in action.shortcuts() if is_common_key(k)]
        name = action.text().replace("&", "").rstrip("…").strip()
        if keys and name and name not in seen:
            seen.add(name)
            rows.append((name, ", ".join(keys)))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, actions: list[QAction], extra: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pikanäppäimet"))
        self.resize(560, 620)
        rows = shortcut_rows(actions) + extra
        table = QTableWidget(len(rows), 2)
        table.setAccessibleName(self.tr("Pikanäppäimet"))
        table.setHorizontalHeaderLabels([self.tr("Toiminto"), self.tr("Näppäimet")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (name, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(name))
            table.setItem(row, 1, QTableWidgetItem(keys))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.table = table

"""Shared widget set-up: every table behaves the same for keyboard and screen reader users, and
every window fits the screen it opens on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
)


def setup_table(table: QTableView, accessible_name: str) -> None:
    """Row selection, read-only, Tab leaves the table, no row header, calm look."""
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    corner = table.findChild(QAbstractButton)  # the "select all" corner button
    if corner is not None:
        corner.setAccessibleName(QCoreApplication.translate("Widgets", "Valitse kaikki rivit"))


def set_field_read_only(field: QLineEdit | QPlainTextEdit, read_only: bool) -> None:
    """Read-only that shows: the style sheet greys `[readOnly="true"]` fields, which needs a
    re-polish when the property changes at run time. The placeholder (an invitation to type) is
    hidden while the field is read-only and comes back after."""
    if read_only and field.property("placeholderKept") is None:
        field.setProperty("placeholderKept", field.placeholderText())
    kept = field.property("placeholderKept") or ""
    field.setReadOnly(read_only)
    field.setPlaceholderText("" if read_only else str(kept))
    field.style().unpolish(field)
    field.style().polish(field)

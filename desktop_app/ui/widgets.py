"""Shared widget set-up: every table behaves the same for keyboard and screen reader users, and
every window fits the screen it opens on."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QWidget,
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


class _RowHomeEnd(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        table = self.parent()
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) \
                or not isinstance(table, QTableView) or event.key() not in (Qt.Key.Key_Home, Qt.Key.Key_End) \
                or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier \
                or table.state() == QAbstractItemView.State.EditingState:
            return False
        model = table.model()
        if model is None or model.rowCount() == 0:
            return True
        row = 0 if event.key() == Qt.Key.Key_Home else model.rowCount() - 1
        column = max(0, table.currentIndex().column())
        table.selectionModel().setCurrentIndex(
            model.index(row, column),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        table.scrollTo(model.index(row, column))
        return True


_TYPING_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


class TypingIntoChoice(QObject):
    """A typist's stream of text that reaches a drop-down choice (QComboBox) is never swallowed
    in silence: a key that picks an item by its first letters works as in Qt (K → Kunta), but
    Space does not open the popup (the following words would vanish into it) and text that
    matches no item is not typed away: the choice stays as it was and `say` tells the user once
    per stream that this field is chosen from a list. Alt+Down / F4 still open the list."""

    def __init__(self, say: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._say = say
        self._typed = ""
        self._at = 0.0
        self._warned = False
        self._combo: QComboBox | None = None

    def watch(self, combo: QComboBox) -> None:
        combo.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) \
                or not isinstance(watched, QComboBox) or watched.isEditable() \
                or event.modifiers() & ~_TYPING_MODIFIERS:
            return False
        text = event.text()
        if not text or not text.isprintable():
            return False
        now = time.monotonic()
        if now - self._at > QApplication.keyboardInputInterval() / 1000 or watched is not self._combo:
            self._typed, self._warned = "", False   # a pause or another field: a new search
        self._at, self._combo = now, watched
        candidate = (self._typed + text).casefold()
        if text != " " and any(watched.itemText(i).casefold().startswith(candidate)
                               for i in range(watched.count())):
            self._typed += text
            return False   # Qt's own search picks the item
        self._typed += text
        if not self._warned:
            self._warned = True
            self._say(QCoreApplication.translate(
                "Widgets", "Tähän kenttään ei kirjoiteta: valitse nuolinäppäimillä tai "
                "alkukirjaimella. Kirjoitettu teksti ei tallentunut."))
        return True


def home_end_by_rows(table: QTableView) -> None:
    """Home and End go to the first and last row of a list (Qt's default: the first and last
    column of the row), as a user of a list expects; Ctrl+Home/End still do the same."""
    table.installEventFilter(_RowHomeEnd(table))


def set_field_read_only(field: QLineEdit | QPlainTextEdit, read_only: bool) -> None:
    """Read-only that shows: the style sheet greys `[readOnly="true"]` fields, which needs a
    re-polish when the property changes at run time. The placeholder (an invitation to type) is
    hidden while the field is read-only and comes back after."""
    if field.property("placeholderKept") is None:   # the first call, whichever way it goes
        field.setProperty("placeholderKept", field.placeholderText())
    kept = field.property("placeholderKept") or ""
    field.setReadOnly(read_only)
    field.setPlaceholderText("" if read_only else str(kept))
    field.style().unpolish(field)
    field.style().polish(field)


def strip_mnemonic(text: str) -> str:
    """"Tärke&ys" → "Tärkeys" ("&&" stays one "&"), as Qt shows and names it."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def buddy_label(text: str, buddy: QWidget, name: str = "") -> QLabel:
    """A visible label tied to `buddy` (Alt+key focuses it; assistive technology gets the Label
    relation), and the buddy named by the label's words (WCAG 2.1 2.5.3 "label in name"): `name`
    may add to them ("Jatkotoimenpide: mitä liitto lupasi tehdä") but must begin with them. A combo
    box needs the name set: on Linux Qt would otherwise name it by its current value."""
    label = QLabel(text)
    label.setBuddy(buddy)
    shown = strip_mnemonic(text).rstrip(":")
    if name and not name.startswith(shown):
        raise ValueError(f"accessible name {name!r} does not begin with its label {shown!r}")
    buddy.setAccessibleName(name or shown)
    return label


def set_invalid(field: QWidget, message: str) -> None:
    """Mark `field` invalid with `message` (WCAG 2.1 3.3.1) or, with "", valid again: the message
    becomes the field's accessible description (Qt widgets expose no settable invalid state), the
    `invalid` property draws its frame red (style.py). (The main window announces the message.)"""
    field.setAccessibleDescription(message)
    field.setProperty("invalid", "true" if message else "false")
    field.style().unpolish(field)
    field.style().polish(field)


def release_focus_within(container: QWidget) -> None:
    """Before `container` (or a page in it) is hidden: take the focus off the widget in it that
    has it, so Qt does not hand the focus to the next widget in the chain on its own. The caller
    then puts it where the user's next key goes, and a screen reader hears one focus event per
    navigation, on the right object, instead of a stray one first."""
    focused = QApplication.focusWidget()
    if focused is not None and (focused is container or container.isAncestorOf(focused)):
        focused.clearFocus()

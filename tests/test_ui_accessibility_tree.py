"""Every main view and dialog read through Qt's own accessibility interface, as Orca (AT-SPI) and
NVDA/Narrator (UI Automation) get it (WCAG 2.1 1.3.1, 2.5.3, 4.1.2 via EN 301 549): each control
has a name that begins with its visible label, a combo box has a label relation (otherwise Linux
reads it by its value, "Kaikki kunnat"), no description merely repeats the name, and a label
exposes the text it shows (an accessible name on a QLabel would hide "Tallennettu klo …")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from ui_support import idle, open_window, type_text, ui_settings

from desktop_app.ui import dialogs
from desktop_app.ui.about import AboutDialog
from desktop_app.ui.sectors_dialog import SectorsDialog
from desktop_app.ui.shortcuts import ShortcutsDialog

INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QAbstractItemView,
               QAbstractSpinBox)
NAME, DESCRIPTION = QAccessible.Text.Name, QAccessible.Text.Description


def strip_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _is_part_of_another(widget: QWidget) -> bool:
    """Qt's own pieces (scroll bar buttons, table headers and corner buttons, a combo box's
    popup) are exposed through their owner. A line edit's clear button is a button of its own
    (Orca reads it as one), so it is checked."""
    parent = widget.parentWidget()
    return (isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_")
            or isinstance(parent, (QComboBox, QAbstractItemView))
            or (isinstance(parent, QLineEdit) and not isinstance(widget, QAbstractButton))
            or type(widget).__name__ in ("QComboBoxListView",))


def accessibility_problems(root: QWidget) -> list[str]:
    """What a screen reader would get wrong on the visible widgets under `root`."""
    widgets = [root, *root.findChildren(QWidget)]
    visible = [w for w in widgets if w.isVisible()]
    buddies = {id(label.buddy()): strip_mnemonic(label.text()).rstrip(":")
               for label in visible if isinstance(label, QLabel) and label.buddy() is not None}
    problems = []
    for widget in visible:
        iface = QAccessible.queryAccessibleInterface(widget)
        if iface is None or not iface.isValid():
            continue
        what = f"{type(widget).__name__} {widget.objectName() or ''}".strip()
        name, description = iface.text(NAME), iface.text(DESCRIPTION)
        if isinstance(widget, QLabel):
            shown = widget.text()
            if shown and widget.textFormat().name != "RichText" and "<" not in shown:
                exposed = strip_mnemonic(shown) if widget.buddy() is not None else shown
                if name != exposed:
                    problems.append(f"{what} shows {shown!r} but is read as {name!r}")
            continue
        if not isinstance(widget, INTERACTIVE) or _is_part_of_another(widget):
            continue
        what = f"{what} {name!r}"
        if not name.strip():
            problems.append(f"{what}: no accessible name")
        label = buddies.get(id(widget))
        if isinstance(widget, QComboBox):
            # Qt reports a combo box's value as its Name on every platform; the screen reader
            # takes what it is from the Label relation (checked below) or the accessibleName
            # (UI Automation's LabeledBy falls back to it), which must begin with the label.
            name = widget.accessibleName()
        if label is not None and not name.startswith(label):
            problems.append(f"{what}: the name does not begin with its label {label!r}")
        if isinstance(widget, QAbstractButton) and any(c.isalpha() for c in widget.text()):
            # (a symbol such as "+" is no label; its name is words: "Suurenna")
            shown = strip_mnemonic(widget.text()).rstrip("…")
            if not name.startswith(shown):
                problems.append(f"{what}: the name differs from the button's text {shown!r}")
        if isinstance(widget, QComboBox) and not iface.relations(QAccessible.RelationFlag.Label):
            problems.append(f"{what}: a combo box without a label relation")
        if description and description == name:
            problems.append(f"{what}: the description repeats the name")
    return problems


def _report(found: dict[str, list[str]]) -> str:
    return "\n".join(f"{view}: {problem}" for view, problems in found.items() for problem in problems)


@pytest.fixture
def window(qtbot, services, tmp_path, make_feedback):
    item = make_feedback("Joukkoliikenne ja saavutettavuus")
    services.followups.add(item.id, owner="Mikko Korhonen", due_date="1.1.2020",
                           description="Selvitetään vuorot")
    win = open_window(qtbot, services, ui_settings(tmp_path))
    win.item = item
    return win


def test_every_main_view_names_its_controls_as_they_are_shown(qtbot, window):
    item = window.item
    views = {
        "rounds": window.show_navigation,
        "participants": lambda: window.open_meeting(item.meeting_id, "participants"),
        "advocacy": lambda: window.goto_section("advocacy"),
        "sector item": lambda: window.open_item(item.meeting_id, item.id),
        "development": lambda: window.goto_section("development:region"),
        "follow-ups": window.show_followups,
    }
    found = {}
    for name, show in views.items():
        show()
        idle(qtbot, window)
        found[name] = accessibility_problems(window)
    window.show_search()
    type_text(window.search.query, "liikenne")
    window.search.run_search()
    idle(qtbot, window)
    found["search"] = accessibility_problems(window)
    assert not any(found.values()), _report(found)


def test_the_status_labels_are_read_as_they_read(qtbot, window):
    """"Tallennettu klo …", the sync counter and the meeting's status chip: the name a screen
    reader gets is the text on the screen, whatever it changes to."""
    window.open_item(window.item.meeting_id, window.item.id)
    idle(qtbot, window)
    type_text(window.workspace_view.editor.text, " lisää")
    idle(qtbot, window)
    labels = [window.save_state, window.workspace_view.header.status,
              *[w for w in window.statusBar().findChildren(QLabel) if w.objectName() == "syncState"]]
    assert len(labels) == 3
    for label in labels:
        assert label.text()
        assert QAccessible.queryAccessibleInterface(label).text(NAME) == label.text()
    assert window.save_state.text().startswith("Tallennettu klo")


def _small_pdf() -> bytes:
    import io

    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, "Muistio")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_the_main_dialogs_name_their_controls_as_they_are_shown(qtbot, window, services, db):
    from desktop_app.ui.pdf_preview import PdfPreviewDialog
    from desktop_app.ui.sync_conflicts import ConflictDialog
    from desktop_app.ui.sync_set_aside import SetAsideDialog

    found = {}
    for dialog in (SectorsDialog(services, window), ShortcutsDialog(
            list(window.actions_by_name.values()), window.shortcut_extra(), window),
            AboutDialog(services, window), ConflictDialog(db, window), SetAsideDialog(db, window),
            PdfPreviewDialog(_small_pdf(), "Muistio", "muistio.pdf", window)):
        dialog.show()
        qtbot.waitExposed(dialog)
        found[type(dialog).__name__] = accessibility_problems(dialog)
        dialog.close()

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, check)
            return
        found["plan round"] = accessibility_problems(modal)
        modal.close()

    QTimer.singleShot(0, check)
    dialogs.ask_plan_round(window, 2027)
    assert "plan round" in found
    assert not any(found.values()), _report(found)

"""Texts that name a key take it from the shortcut's real QKeySequence, in the platform's names
(ui/keys.py): the Finnish UI says "Ctrl+Vaihto+C" in the tooltips, accessible names, hints and
messages as in the F1 list and the menus, never a hand-written "Ctrl+Shift+C" beside it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QPlainTextEdit, QWidget
from ui_support import open_window, ui_settings

from desktop_app.ui.i18n import install_translations, remove_translations
from desktop_app.ui.keys import SHORTCUTS, key_text, sequences

TS = Path(__file__).resolve().parent.parent / "resources" / "translations" / "kuntapalaute_en.ts"
NATIVE = QKeySequence.SequenceFormat.NativeText
# A key combination (a modifier and a key), a function key, or a named key a shortcut uses. Plain
# "Enter" is left to the text: keyboards print it so, while Qt names that key "Return".
_MODIFIED = r"(?:(?:Ctrl|Alt|Shift|Vaihto|Meta|Cmd)\+)+(?:[^\s,.;:)\u201d]+|[+\-.])"
# Named keys alone are looked for in the Finnish sources only: "Delete" is an English verb.
HAND_WRITTEN = re.compile(
    rf"(?<![\w%]){_MODIFIED}|\bF(?:1[0-2]|[1-9])\b|\b(?:Delete|Del|PgUp|PgDown|Backspace)\b")
HAND_WRITTEN_EN = re.compile(rf"(?<![\w%]){_MODIFIED}|\bF(?:1[0-2]|[1-9])\b")


def _ts_strings() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for message in ET.parse(TS).getroot().iter("message"):
        out += [(message.findtext("source") or "", HAND_WRITTEN),
                (message.findtext("translation") or "", HAND_WRITTEN_EN)]
    return out


def test_no_translatable_string_writes_a_key_by_hand() -> None:
    found = {text: pattern.findall(text) for text, pattern in _ts_strings() if pattern.search(text)}
    assert not found, ("write %1 and fill it with ui.keys.with_keys(text, name); hand-written: "
                       f"{found}")


def test_the_pattern_finds_the_kinds_it_is_for() -> None:
    for text in ("Kopioi (Ctrl+Shift+C)", "Poista (Alt+Delete).", "Ctrl+Z palauttaa", "Paina F6",
                 "Suurenna (Ctrl++)", "Delete poistaa", "Alt+Ylös"):
        assert HAND_WRITTEN.search(text), text
    for text in ("paina Enter", "Valitse %1 ja paina Enter", "Ctrl-näppäin", "F-luokka"):
        assert not HAND_WRITTEN.search(text), text


@pytest.fixture
def finnish_qt():
    app = QApplication.instance()
    translators = install_translations(app, "fi")
    assert translators, "qtbase_fi.qm is part of PySide6"
    yield
    remove_translations(app, translators)


def _texts(window) -> list[str]:
    texts = []
    for widget in [window, *window.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
    return [t for t in texts if t]


def test_every_key_named_on_screen_is_a_real_key_in_the_platforms_names(qtbot, services, tmp_path,
                                                                        finnish_qt, make_feedback):
    make_feedback("Liikenne", sector_code="LII")   # a meeting, so the workspace is built full
    window = open_window(qtbot, services, ui_settings(tmp_path))
    real = {s.toString(NATIVE) for name in SHORTCUTS for s in sequences(name)}
    real |= {s.toString(NATIVE) for action in window.findChildren(type(window.actions_by_name["quit"]))
             for s in action.shortcuts()}
    named = [(match.group(0), text) for text in _texts(window)
             for match in re.finditer(_MODIFIED, text)]
    assert named, "the window names keys (tooltips, hints): the check must see them"
    wrong = [(key, text) for key, text in named if key not in real]
    assert not wrong, wrong
    # The F1 list, the menus and the texts agree, in Qt's Finnish key names.
    copy = window.actions_by_name["copy_forward"].shortcuts()[0].toString(NATIVE)
    assert copy == key_text("copy_forward") == "Ctrl+Vaihto+C"
    assert any(copy in text for text in _texts(window))
    delete = window.actions_by_name["delete_item"].shortcuts()[0].toString(NATIVE)
    assert delete == "Alt+Del" and any(f"({delete})" in text for text in _texts(window))

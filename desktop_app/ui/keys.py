"""Every keyboard shortcut the UI names, defined once, and its name in the platform's words.

The main window's actions (actions.py), the sync action and the PDF preview take their keys from
SHORTCUTS; every tooltip, accessible name, hint and message that names a key takes the text from
`key_text` (QKeySequence.NativeText, translated by Qt's own qtbase_fi: "Ctrl+Vaihto+C",
"Alt+Del"), so the F1 list (shortcuts.py), the menus and the texts always agree.
tests/test_ui_key_names.py checks that no translatable string writes a key by hand.

Standard keys (QKeySequence.StandardKey) are used where Qt has one; the rest are chosen not to
collide with text editing (Alt+arrows, Ctrl+Enter, Ctrl+PgUp/PgDn).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

Key = QKeySequence.StandardKey

SHORTCUTS: dict[str, tuple[Key | str, ...]] = {
    "plan": (Key.New,),
    "quit": (Key.Quit, "Ctrl+Q"),
    "new_item": ("Ctrl+Return", "Ctrl+Enter"),
    "delete_item": ("Alt+Delete",),
    "move_up": ("Alt+Up",),
    "move_down": ("Alt+Down",),
    "copy_forward": ("Ctrl+Shift+C",),
    "search": (Key.Find,),
    "home": ("Alt+Home",),
    "workspace": ("Ctrl+E",),
    "followups": ("Ctrl+J",),
    "back": (Key.Back,),
    "mark_done": ("Ctrl+D",),
    "next_section": ("Ctrl+PgDown",),
    "prev_section": ("Ctrl+PgUp",),
    "participants": ("Ctrl+1",),
    "advocacy": ("Ctrl+2",),
    "sectors_section": ("Ctrl+3",),
    "development": ("Ctrl+4",),
    "focus_sections": ("F6",),
    "menus": ("F10",),
    "close_meeting": ("Ctrl+Shift+L",),
    "reopen_meeting": ("Ctrl+Shift+O",),
    # the item onto a managers' meeting's agenda (asialista); the same key as managers_bring, each
    # enabled on its own page only
    "bring_to_agenda": ("Ctrl+Shift+T",),
    "open_agenda_link": ("Ctrl+Shift+K",),  # the managers' meeting (kuntajohtajakokous) it is on
    "shortcuts": (Key.HelpContents,),
    "undo": (Key.Undo,),
    "redo": (Key.Redo,),
    "sync": ("Ctrl+Shift+S",),
    "remove_participant": ("Delete",),   # in a participant list (ui/workspace/participants.py)
    "zoom_in": (Key.ZoomIn, "Ctrl+="),   # Ctrl+= where + needs Shift (US layout)
    "zoom_out": (Key.ZoomOut,),
    # the two forums on the start page, and the managers' meeting workspace (ui/managers/)
    "forum_negotiations": ("Alt+1",),
    "forum_managers": ("Alt+2",),
    "managers_agenda": ("Ctrl+Shift+A",),
    "managers_attendance": ("Ctrl+Shift+P",),
    "managers_carry": ("Ctrl+Shift+M",),
    "managers_bring": ("Ctrl+Shift+T",),
    "edit_cell": ("F2",),
    # the same keys as a negotiation's: only the open page's pair is enabled (main_window.py)
    "managers_close": ("Ctrl+Shift+L",),
    "managers_reopen": ("Ctrl+Shift+O",),   # in the attendance and agreements tables (Qt's own edit key)
}

# Keys past F12 (F13–F35, and dedicated keys such as Undo, Find, Help, Back) exist on few
# keyboards; Qt's standard bindings include them (F14 is Sun's Undo), but naming them only confuses.
_LAST_COMMON_KEY = Qt.Key.Key_F12.value


def is_common_key(sequence: QKeySequence) -> bool:
    """True for sequences of keys every PC keyboard has (letters, digits, Enter, arrows, F1–F12)."""
    return not sequence.isEmpty() and all(
        sequence[n].key().value <= _LAST_COMMON_KEY for n in range(sequence.count()))


def sequences(name: str) -> list[QKeySequence]:
    """The key sequences of shortcut `name` on this platform, first = the one menus show. A
    standard key may be empty on one platform and equal a fallback on another; plain Backspace
    is never bound (some platforms bind it to Back: one slip would leave the page).
    Raises KeyError for an unknown name."""
    out: list[QKeySequence] = []
    for key in SHORTCUTS[name]:
        for sequence in (QKeySequence.keyBindings(key) if isinstance(key, Key) else [QKeySequence(key)]):
            if sequence == QKeySequence(Qt.Key.Key_Backspace):
                continue
            if not sequence.isEmpty() and sequence not in out:
                out.append(sequence)
    return out


def key_text(name: str) -> str:
    """The first common key of shortcut `name` in the platform's (translated) names, e.g.
    "Ctrl+Vaihto+C" in Finnish; "" when this platform has none."""
    common = [s for s in sequences(name) if is_common_key(s)]
    return common[0].toString(QKeySequence.SequenceFormat.NativeText) if common else ""


def with_keys(text: str, *names: str) -> str:
    """`text` with %1, %2, … replaced by the keys of `names` (one pass: a key text is never
    substituted again)."""
    import re
    values = {str(n): key_text(name) for n, name in enumerate(names, start=1)}
    return re.sub(r"%(\d)", lambda m: values.get(m.group(1), m.group(0)), text)

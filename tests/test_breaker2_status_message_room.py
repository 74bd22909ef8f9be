"""A status message is never cut off by the sync count beside it at 1366×768 (found by breaker2).

The conflict-copy message ("Kohtaa muutettiin samaan aikaan toisaalla. … Vertaa ne ja poista
tarpeeton (Alt+Del).") was cut at "(Alt+I" under the save indicator and the sync count. The count
now steps aside while a message too long to share the bar is shown, and comes back after it; a
short message leaves it in place. The window is the real one, driven by the keyboard."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget
from ui_support import idle, open_window, type_text, ui_settings

from desktop_app.ui.sync_status import SyncStatusLabel


def _message_fits(window) -> bool:
    """The temporary message is painted from the left; the permanent widgets sit at the right.
    It fits when it ends before the leftmost visible one."""
    bar = window.statusBar()
    shown = [w for w in bar.findChildren(QWidget) if w.parentWidget() is bar and w.isVisible()
             and isinstance(w, QLabel)]
    return bar.fontMetrics().horizontalAdvance(bar.currentMessage()) + 8 <= min(w.x() for w in shown)


def test_the_conflict_copy_message_is_shown_whole_at_1366(
        qtbot, services, elsewhere, tmp_path, make_meeting, make_feedback):
    meeting = make_meeting(2026, "290")
    services.participants.add(meeting.id, "Eeva Esimerkki", "municipality")
    first = make_feedback("Liikenne A", meeting=meeting, sector_code="LII")
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.resize(1366, 768)
    window.open_meeting(meeting.id, "sector:" + first.sector_id, first.id)
    idle(qtbot, window)
    count = window.findChild(SyncStatusLabel)
    qtbot.waitUntil(lambda: bool(count.text()), timeout=5000)   # the first count, from its worker
    editor = window.workspace_view.editor.text
    editor.setFocus()
    elsewhere.feedback.update(first.id, text="Liikenne A (muutettu toisaalla)")
    type_text(editor, " ja rata")   # changed underneath: kept as a marked copy, and said so
    idle(qtbot, window)
    qtbot.waitUntil(lambda: not count.counting, timeout=5000)
    idle(qtbot, window)
    message = window.statusBar().currentMessage()
    assert message.endswith("(Alt+Del).")
    qtbot.wait(50)   # the status bar lays its widgets out again
    window.grab().save(str(tmp_path / "message.png"))
    assert _message_fits(window), message
    assert not count.isVisible()
    window.statusBar().clearMessage()   # the message's time is up
    assert count.isVisible()
    window.show_status("Kohta siirretty.")   # a short one shares the bar
    qtbot.wait(50)
    assert count.isVisible() and _message_fits(window)

"""Zero-hit suggestions by keyboard: Tab from the query to the first one, Enter follows it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from ui_support import open_window, type_text, ui_settings

from desktop_app.services import Services
from tests.test_search_finnish import needs_voikko


@needs_voikko
def test_suggestion_is_followed_by_keyboard(qtbot, services: Services, tmp_path, make_feedback) -> None:
    make_feedback("Lentoliikenteen jatkuvuus on turvattava.")
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.show_search()
    view = window.search
    type_text(view.query, "lentoliikennevero")
    QTest.keyClick(view.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(view.suggestion_buttons) and not window.tasks.busy, timeout=5000)
    assert view.query.hasFocus()  # no hits: Enter left the focus in the query
    QTest.keyClick(view.query, Qt.Key.Key_Tab)  # the first suggestion comes right after the query
    first = view.suggestion_buttons[0]
    assert first.hasFocus() and first.text().startswith("lentoliikenne ")
    QTest.keyClick(first, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    assert view.query.text() == "lentoliikenne"

"""What a screen-reader user hears while running a meeting from the keyboard (WCAG 2.1 4.1.3
status messages, 3.3.1 error identification): every status goes out through `ui.announce` as a
polite (an error that keeps retrying: assertive) announcement while the focus stays where the
user types. The recorder listens at that one edge; Qt turns each call into a
QAccessibleAnnouncementEvent for AT-SPI / UI Automation."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication
from sqlalchemy import event
from ui_support import close_expecting_question, idle, open_window, type_text, ui_settings

from desktop_app.ui import announce

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def heard():
    said: list[tuple[str, bool]] = []
    stop = announce.listen(lambda _source, message, assertive: said.append((message, assertive)))
    yield said
    stop()


@pytest.fixture
def meeting_window(qtbot, services, db, tmp_path, make_meeting, make_feedback):
    # Fail fast instead of waiting the production busy timeout (10 s) for a lock.
    event.listen(db.engine, "connect", lambda conn, _record: conn.execute("PRAGMA busy_timeout=50"))
    db.engine.dispose()
    meeting = make_meeting(2026, "205")
    services.participants.add(meeting.id, "Eeva Esimerkki", "municipality")
    first = make_feedback("Liikenne A", meeting=meeting, sector_code="LII")
    make_feedback("Liikenne B", meeting=meeting, sector_code="LII")
    window = open_window(qtbot, services, ui_settings(tmp_path))
    window.autosave.RETRY_MS = 300
    return window, meeting, first


def _key(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def _texts(heard: list[tuple[str, bool]]) -> list[str]:
    texts = [text for text, _assertive in heard]
    heard.clear()
    return texts


def test_a_screen_reader_user_hears_the_meeting_as_it_goes(qtbot, services, db, meeting_window, heard,
                                                           unsaved_question):
    window, meeting, first = meeting_window
    editor = window.workspace_view.editor
    sector = services.sectors.find("LII").name("fi")

    window.open_meeting(meeting.id, "sector:" + first.sector_id, first.id)
    idle(qtbot, window)
    assert _texts(heard) == [f"{meeting.municipality_name}, Suunniteltu. {sector}, 2 kohtaa. Kohta 1/2."]
    assert QAccessible.queryAccessibleInterface(editor.text).text(QAccessible.Text.Name) \
        == f"Kohdan teksti — {sector}"

    # Typing is saved quietly: "Tallennettu klo …" every pause would talk over the typing.
    type_text(QApplication.focusWidget(), " lisäys")
    idle(qtbot, window)
    assert _texts(heard) == []

    # A locked database: said once, assertively, with the reason; not again on each retry.
    blocker = sqlite3.connect(db.path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        type_text(QApplication.focusWidget(), " ja")
        qtbot.waitUntil(lambda: "epäonnistui" in window.save_state.text(), timeout=5000)
        qtbot.wait(800)   # two retries
        said = list(heard)
        assert len(said) == 1 and said[0][1] is True, said
        assert said[0][0].startswith("Tallennus epäonnistui – yritetään uudelleen: ")
        heard.clear()
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    qtbot.waitUntil(lambda: "Tallennettu" in window.save_state.text(), timeout=5000)
    assert _texts(heard) == [f"Tallennus onnistui taas. {window.save_state.text()}"]
    label = QAccessible.queryAccessibleInterface(window.save_state)
    assert label.text(QAccessible.Text.Name) == window.save_state.text()
    assert window.save_state.toolTip() == ""   # the old error is not read after the recovery
    assert services.feedback.get(first.id).text == "Liikenne A lisäys ja"

    # Delete and undo from the editor.
    # Delete and undo from the editor: what happened first, then where the editor now is.
    _key(qtbot, Qt.Key.Key_Delete, ALT)
    qtbot.waitUntil(lambda: len(heard) == 2)
    assert _texts(heard) == ["Kohta poistettu. Ctrl+Z palauttaa sen.", "Uusi kohta"]
    _key(qtbot, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: len(heard) == 2)
    assert _texts(heard) == ["Kohta palautettu.", "Kohta 1/2"]

    # A new item, then the next section: the focus stays in the editor, the name says where.
    _key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: bool(heard))
    assert _texts(heard) == ["Uusi kohta"]
    _key(qtbot, Qt.Key.Key_PageDown, CTRL)
    idle(qtbot, window)
    following = window.workspace.section.title
    assert following != sector
    assert _texts(heard) == [f"{following}, ei vielä kohtia. Uusi kohta."]
    assert QApplication.focusWidget() is editor.text
    assert editor.text.accessibleName() == f"Kohdan teksti — {following}"

    # An invalid date: the message is heard and stays on the field as its description.
    window.workspace_view.header.date_edit.setFocus()
    window.workspace_view.header.date_edit.selectAll()
    type_text(window.workspace_view.header.date_edit, "32.13.2026")
    idle(qtbot, window)
    said = _texts(heard)
    assert len(said) == 1 and said[0].startswith("Muutosta ei tallennettu: "), said
    message = said[0].removeprefix("Muutosta ei tallennettu: ")
    assert "32.13.2026" in message
    date = QAccessible.queryAccessibleInterface(window.workspace_view.header.date_edit)
    assert date.text(QAccessible.Text.Description) == message

    # Search: the hit count is heard, in correct Finnish.
    _key(qtbot, Qt.Key.Key_F, CTRL)
    type_text(QApplication.focusWidget(), "lisäys")
    _key(qtbot, Qt.Key.Key_Return)
    idle(qtbot, window)
    assert _texts(heard) == ["1 osuma"]
    # The refused meeting date is still on screen: closing asks about it.
    close_expecting_question(window, unsaved_question)


def test_counts_agree_in_number_in_finnish_and_english(qapp):
    """"1 kohta", "3 kohtaa" (never "1 kohtaa"): Qt's plural forms, Finnish from the source
    plurals file, English from the .ts numerus forms."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from desktop_app.ui.i18n import install_source_plurals, install_translations, remove_translations

    install_source_plurals(qapp)
    say = QCoreApplication.translate
    assert [say("WorkspaceController", "%n kohta(a)", "", n) for n in (1, 3)] == ["1 kohta", "3 kohtaa"]
    assert [say("SearchView", "%n osuma(a)", "", n) for n in (1, 0)] == ["1 osuma", "0 osumaa"]
    assert say("FollowUpsView", "%n jatkotoimenpide(ttä)", "", 1) == "1 jatkotoimenpide"
    translators = install_translations(qapp, "en")
    try:
        assert [say("WorkspaceController", "%n kohta(a)", "", n) for n in (1, 3)] == ["1 item", "3 items"]
        assert say("SectionListModel", "%1, %n kohta(a)", "", 2) == "%1, 2 items"
    finally:
        remove_translations(qapp, translators)
        QLocale.setDefault(QLocale(QLocale.Language.Finnish, QLocale.Country.Finland))


class _FocusEvents:
    """Records each widget that receives the focus (what a screen reader announces)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QWidget

        self.seen: list[QWidget] = []
        seen = self.seen

        class Filter(QObject):
            def eventFilter(self, watched, ev):   # Qt calls it by this name
                if ev.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
                    seen.append(watched)
                return False

        self.filter = Filter()


def test_one_focus_event_per_navigation_on_where_the_next_key_goes(qtbot, meeting_window):
    window, meeting, first = meeting_window
    editor, participants = window.workspace_view.editor, window.workspace_view.participants
    recorder = _FocusEvents()
    app = QApplication.instance()
    app.installEventFilter(recorder.filter)
    try:
        steps = [
            (lambda: window.open_meeting(meeting.id, "sector:" + first.sector_id, first.id), editor.text),
            (lambda: window.goto_section("participants"), participants.municipality.entry),
            (lambda: window.step_section(1), editor.text),
            (window.show_followups, window.followups.table),
            (window.show_navigation, window.navigation.meetings),
            (window.show_search, window.search.query),
        ]
        for go, target in steps:
            idle(qtbot, window)
            recorder.seen.clear()
            go()
            idle(qtbot, window)
            qtbot.wait(20)
            assert recorder.seen == [target], [w.accessibleName() or type(w).__name__ for w in recorder.seen]
    finally:
        app.removeEventFilter(recorder.filter)

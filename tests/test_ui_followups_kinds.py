"""Follow-ups of both kinds of meeting (a negotiation's promises, a managers' meeting's agreements):
the table model from the real services without a window, and the view on the real main window
filtered by kind, opened and marked done by the keyboard."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from ui_support import idle, open_window, ui_settings

from desktop_app.domain.enums import FollowUpStatus, MeetingKind, MeetingStatus
from desktop_app.ui.models.list_models import FollowUpTableModel

DISPLAY = Qt.ItemDataRole.DisplayRole
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def test_follow_up_table_shows_both_kinds_and_where_each_was_agreed(services, make_feedback):
    promise = services.followups.add(make_feedback("Joukkoliikenne").id, owner="B", due_date="1.3.2026",
                                     description="Selvitetään vuorot")
    meeting = services.managers.add_meeting("4.8.2026")
    services.agenda.add(meeting.id, "Ensimmäinen asia")
    matter = services.agenda.add(meeting.id, "EU:n rahoitushaku", raised_by="municipality",
                                 municipality_code="205")
    agreement = services.followups.add_agreement(matter.id, owner="A", due_date="30.9.2026",
                                                 description="Hakemusluonnos kuntiin")
    model = FollowUpTableModel(today=dt.date(2026, 6, 1))
    model.set_rows(services.followups.list_all())
    rows = {model.record(r).follow_up.id: [model.index(r, c).data(DISPLAY) for c in range(8)]
            for r in range(model.rowCount())}
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Kokous"
    assert rows[promise.id] == ["1.3.2026 – myöhässä", "B", "Avoin", "Selvitetään vuorot",
                                "Kuntaneuvottelu 2026", "Kuhmo", "Liikenne ja saavutettavuus",
                                "Joukkoliikenne"]
    assert rows[agreement.id] == ["30.9.2026", "A", "Avoin", "Hakemusluonnos kuntiin",
                                  "Kuntajohtajakokous 1/2026, asia 2", "Kajaani", "", "EU:n rahoitushaku"]
    model.set_rows(services.followups.list_all(kind=MeetingKind.MANAGERS))
    assert [model.record(r).follow_up.id for r in range(model.rowCount())] == [agreement.id]


def test_follow_ups_of_both_kinds_filtered_by_keyboard_marked_done_and_opened(qtbot, services, tmp_path,
                                                                               make_feedback):
    promise = services.followups.add(make_feedback("Joukkoliikenteen palvelutaso").id,
                                     owner="Liikennesuunnittelija", due_date="1.3.2026")
    managers = services.managers.add_meeting("4.8.2026")
    matter = services.agenda.add(managers.id, "Maakuntaohjelman toimeenpanosuunnitelma")
    agreement = services.followups.add_agreement(matter.id, owner="Aluekehitysjohtaja",
                                                 due_date="30.9.2026", description="Luonnos kuntiin")
    services.managers.set_status(managers.id, MeetingStatus.CLOSED)   # its status still changes
    window = open_window(qtbot, services, ui_settings(tmp_path))
    opened: list[tuple[str, str]] = []
    window.open_managers_meeting = lambda mid, matter_id: opened.append((mid, matter_id))
    view = window.followups

    qtbot.keyClick(window.navigation.meetings, Qt.Key.Key_J, CTRL)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    sources = {view.model.record(r).follow_up.id: view.model.index(r, 4).data()
               for r in range(2)}
    assert sources == {promise.id: "Kuntaneuvottelu 2026", agreement.id: "Kuntajohtajakokous 1/2026, asia 1"}

    # Alt+K to the "Kokous" filter, Down: the negotiations only; Down again: the managers' meetings.
    qtbot.keyClick(view.table, Qt.Key.Key_K, ALT)
    assert view.kind_filter.hasFocus()
    qtbot.keyClick(view.kind_filter, Qt.Key.Key_Down)
    assert view.kind_filter.currentText() == "Kuntaneuvottelut"
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.record(0).follow_up.id == promise.id
    qtbot.keyClick(view.kind_filter, Qt.Key.Key_Down)
    assert view.kind_filter.currentText() == "Kuntajohtajakokoukset"
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.model.record(0).follow_up.id == agreement.id)

    # Back to the table (Ctrl+J keeps the filters): Enter opens the matter; Ctrl+D marks it done.
    qtbot.keyClick(view.kind_filter, Qt.Key.Key_J, CTRL)
    idle(qtbot, window)
    assert view.table.hasFocus() and view.kind_filter.currentText() == "Kuntajohtajakokoukset"
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == [(managers.id, matter.id)]
    qtbot.keyClick(view.table, Qt.Key.Key_D, CTRL)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)   # "Avoimet" hides it now
    statuses = {row.follow_up.id: row.follow_up.status for row in services.followups.list_all()}
    assert statuses == {promise.id: FollowUpStatus.OPEN, agreement.id: FollowUpStatus.DONE}
    assert services.managers.get(managers.id).status == MeetingStatus.CLOSED
    assert window.undo_stack.count() == 1

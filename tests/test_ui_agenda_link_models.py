"""The link to managers' meetings in the models, without a window: which meetings are offered
and in what order, and how a link reads in the item list and the earlier rounds."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt

from desktop_app.domain.enums import FeedbackKind, MeetingStatus
from desktop_app.ui.agenda_link import choice_text, meeting_choices, meeting_label
from desktop_app.ui.models.meeting_models import FeedbackListModel, HistoryListModel

DISPLAY = Qt.ItemDataRole.DisplayRole
SPOKEN = Qt.ItemDataRole.AccessibleTextRole


@pytest.fixture
def finnish_locale(qapp):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Finnish, QLocale.Country.Finland))   # as i18n.py does
    yield
    QLocale.setDefault(before)


def test_meetings_offered_upcoming_first_then_the_past_closed_ones_left_out(services, finnish_locale):
    planned = {m.number: m for m in services.managers.plan_year(2026)}
    services.managers.set_status(planned[8].id, MeetingStatus.IN_PROGRESS)
    services.managers.set_status(planned[9].id, MeetingStatus.CLOSED)
    services.managers.set_status(planned[6].id, MeetingStatus.CLOSED)
    services.managers.set_status(planned[10].id, MeetingStatus.CLOSED)
    services.managers.set_status(planned[10].id, MeetingStatus.APPROVED)
    item = services.feedback.add(services.meetings.find(services.rounds.plan_round(2026).id, "290").id,
                                 FeedbackKind.ADVOCACY_TARGET, "Ratayhteys")
    services.agenda.bring_feedback(item.id, planned[8].id)
    links = services.agenda.links_for_feedback([item.id])[item.id]

    choices = meeting_choices(services.managers.list_meetings(), links, dt.date(2026, 8, 4))
    # 7/2026 is today (ti 4.8.2026): upcoming; 9 and 10 closed/approved, 6 closed: not offered.
    assert [c.meeting.number for c in choices] == [7, 8, 11, 5, 4, 3, 2, 1]
    assert [c.matter_number for c in choices][:2] == [None, 1]
    assert meeting_label(choices[0].meeting) == "7/2026 · ti 4.8.2026"
    assert choice_text(choices[1]) == "8/2026 · ti 1.9.2026 – käynnissä – jo asialistalla, asia 1"
    assert meeting_choices(services.managers.list_meetings(), (), dt.date(2027, 1, 1))[0].meeting.number == 11


def test_items_and_earlier_rounds_say_which_agenda_they_are_on(services, make_feedback):
    item = make_feedback("Valtatie 22 perusparannus")
    other = make_feedback("Ei linkkiä")
    first = services.managers.add_meeting("4.8.2026")
    services.managers.add_meeting("1.9.2026")
    services.agenda.add(first.id, "Maakuntaohjelma")
    matter = services.agenda.bring_feedback(item.id, first.id)
    services.agenda.carry_forward(matter.id)   # the continuation keeps the link
    links = services.agenda.links_for_feedback([item.id, other.id])
    assert set(links) == {item.id}

    model = FeedbackListModel()
    model.set_items([services.feedback.get(item.id), services.feedback.get(other.id)])
    model.set_links(links)
    assert model.index(0).data(DISPLAY) == "1. [asialistalla 2/2026] Valtatie 22 perusparannus"
    assert model.index(0).data(SPOKEN) == ("Kohta 1. Valtatie 22 perusparannus. Kuntajohtajakokous "
                                           "1/2026, asia 2; 2/2026, asia 1.")
    assert model.index(1).data(DISPLAY) == "2. Ei linkkiä"
    model.set_items([services.feedback.get(item.id)])   # a reload of the items keeps the links
    assert "asialistalla 2/2026" in model.index(0).data(DISPLAY)

    history = HistoryListModel()
    entries = services.feedback.history("290", item.sector_id, 2027)
    history.set_items(entries, services.agenda.links_for_feedback(e.feedback.id for e in entries))
    shown = {history.index(r).data(DISPLAY).splitlines()[1]: history.index(r).data(DISPLAY)
             for r in range(history.rowCount())}
    assert shown["Valtatie 22 perusparannus"].endswith("Kuntajohtajakokous 1/2026, asia 2; 2/2026, asia 1")
    assert "Kuntajohtajakokous" not in shown["Ei linkkiä"]

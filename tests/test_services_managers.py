"""Managers' meetings (kuntajohtajakokous) through the services, on a real migrated database:
planning, numbering, read-only states, attendance, agenda, agreements, carrying and links."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from desktop_app.domain.enums import (
    Attendance,
    AttendeeRole,
    FeedbackKind,
    FollowUpStatus,
    MatterRaiser,
    MatterStatus,
    MeetingKind,
    MeetingStatus,
)
from desktop_app.domain.errors import ConflictError, MeetingLockedError, ValidationError
from desktop_app.services import Services
from desktop_app.services.managers import managers_meeting_id_for, nth_weekday


def test_planning_the_year_gives_the_first_tuesdays_except_july_numbered_in_order(
        services: Services) -> None:
    planned = services.managers.plan_year(2026)
    assert [m.label for m in planned] == [f"{n}/2026" for n in range(1, 12)]
    assert all(m.meeting_date.weekday() == 1 and m.meeting_date.day <= 7 for m in planned)
    assert 7 not in {m.meeting_date.month for m in planned}
    assert planned[6].meeting_date == dt.date(2026, 8, 4)  # 7/2026 is August's: no July meeting
    assert planned[0].id == managers_meeting_id_for(2026, 1)  # same ids on every laptop


def test_planning_a_planned_year_again_is_refused_and_adds_nothing(services: Services) -> None:
    services.managers.plan_year(2026)
    with pytest.raises(ValidationError) as refused:
        services.managers.plan_year(2026)
    assert refused.value.code == "managers.year_planned"
    assert len(services.managers.list_meetings(2026)) == 11


def test_an_extra_meeting_takes_the_next_number_and_sorts_by_date(services: Services) -> None:
    services.managers.plan_year(2026)
    extra = services.managers.add_meeting("20.8.2026", start_time="13.00", place="Teams")
    assert extra.label == "12/2026"
    labels = [s.meeting.label for s in services.managers.list_meetings(2026)]
    assert labels.index("12/2026") == labels.index("7/2026") + 1  # 4.8. < 20.8. < 1.9.


def test_nth_weekday_last_and_bad_input() -> None:
    assert nth_weekday(2026, 3, 1, -1) == dt.date(2026, 3, 31)
    with pytest.raises(ValidationError):
        nth_weekday(2026, 3, 7, 1)


def test_a_closed_meeting_refuses_content_but_its_agreement_status_changes(services: Services) -> None:
    meeting = services.managers.plan_year(2026)[6]
    matter = services.agenda.add(meeting.id, "Maakuntaohjelman toimeenpanosuunnitelma")
    agreement = services.followups.add_agreement(matter.id, owner="Aluekehitysjohtaja",
                                                 due_date="30.9.2026", description="Luonnos")
    services.managers.set_status(meeting.id, MeetingStatus.IN_PROGRESS)
    services.managers.set_status(meeting.id, MeetingStatus.CLOSED)
    for write in (lambda: services.agenda.update(matter.id, notes="myöhemmin"),
                  lambda: services.agenda.add(meeting.id, "Uusi"),
                  lambda: services.followups.update(agreement.id, owner="Joku muu"),
                  lambda: services.attendance.prefill(meeting.id),
                  lambda: services.managers.update_details(meeting.id, chair="X")):
        with pytest.raises(MeetingLockedError) as locked:
            write()
        assert locked.value.code == "managers.closed"
    done = services.followups.update(agreement.id, status=FollowUpStatus.DONE)
    assert done.status == FollowUpStatus.DONE
    reopened = services.managers.reopen(meeting.id)
    assert reopened.status == MeetingStatus.IN_PROGRESS


def test_attendance_is_prefilled_from_the_previous_meeting_without_experts(services: Services) -> None:
    meetings = services.managers.plan_year(2026)
    first = services.attendance.prefill(meetings[0].id)
    assert len(first) == 9  # eight municipalities and the council
    assert {a.role for a in first} == {AttendeeRole.MANAGER, AttendeeRole.COUNCIL}
    kajaani = next(a for a in first if a.municipality_code == "205")
    services.attendance.update(kajaani.id, name="Jari Kaupunginjohtaja", attendance=Attendance.PRESENT)
    matter = services.agenda.add(meetings[0].id, "Raideliikenne")
    services.attendance.add(meetings[0].id, "Eeva Asiantuntija", AttendeeRole.EXPERT,
                            organisation="Väylävirasto", matter_id=matter.id)
    second = services.attendance.prefill(meetings[1].id)
    assert len(second) == 9  # the expert stays with her meeting
    copied = next(a for a in second if a.municipality_code == "205")
    assert copied.name == "Jari Kaupunginjohtaja" and copied.attendance == Attendance.UNMARKED


def test_a_municipality_matter_needs_the_municipality(services: Services) -> None:
    meeting = services.managers.plan_year(2026)[0]
    with pytest.raises(ValidationError) as refused:
        services.agenda.add(meeting.id, "Yhteinen lausunto", raised_by=MatterRaiser.MUNICIPALITY)
    assert refused.value.code == "agenda.municipality_required"
    matter = services.agenda.add(meeting.id, "Yhteinen lausunto", raised_by=MatterRaiser.MUNICIPALITY,
                                 municipality_code="765")
    assert matter.municipality_code == "765"


def test_carrying_a_matter_builds_its_history_and_is_refused_twice(services: Services) -> None:
    meetings = services.managers.plan_year(2026)
    first = services.agenda.add(meetings[5].id, "Raideyhteyden rahoitus", presenter="Maakuntajohtaja")
    services.agenda.update(first.id, notes="Keskusteltiin rahoitusosuuksista.")
    services.followups.add_agreement(first.id, owner="Liikennesuunnittelija",
                                     description="Kootaan kuntien osuudet")
    second = services.agenda.carry_forward(first.id)
    assert second.managers_meeting_id == meetings[6].id and second.carried_from_id == first.id
    assert second.notes == "" and second.presenter == "Maakuntajohtaja"
    assert services.agenda.get(first.id).status == MatterStatus.CARRIED
    with pytest.raises(ConflictError) as twice:
        services.agenda.carry_forward(first.id)
    assert twice.value.code == "agenda.already_carried"
    third = services.agenda.carry_forward(second.id)
    history = services.agenda.history(third.id)
    assert [h.meeting.label for h in history] == ["6/2026", "7/2026"]
    assert history[0].matter.notes == "Keskusteltiin rahoitusosuuksista."
    assert history[0].matter.follow_ups[0].owner == "Liikennesuunnittelija"
    assert services.agenda.detail(meetings[5].id).carried_to == {first.id: "7/2026"}


def test_carrying_from_the_last_meeting_is_refused_with_nothing_added(services: Services) -> None:
    last = services.managers.plan_year(2026)[-1]
    matter = services.agenda.add(last.id, "Vuoden viimeinen asia")
    with pytest.raises(ValidationError) as refused:
        services.agenda.carry_forward(matter.id)
    assert refused.value.code == "managers.no_next_meeting"
    assert services.agenda.get(matter.id).status == MatterStatus.OPEN


def test_carrying_out_of_closed_minutes_leaves_them_as_printed(services: Services) -> None:
    meetings = services.managers.plan_year(2026)
    matter = services.agenda.add(meetings[0].id, "Kesken jäänyt asia")
    services.managers.set_status(meetings[0].id, MeetingStatus.CLOSED)
    carried = services.agenda.carry_forward(matter.id)
    assert carried.managers_meeting_id == meetings[1].id
    assert services.agenda.get(matter.id).status == MatterStatus.OPEN  # the closed record is untouched
    assert services.agenda.detail(meetings[0].id).carried_to == {matter.id: "2/2026"}


def test_a_negotiation_item_brought_to_the_agenda_shows_on_both_sides(
        services: Services, make_feedback) -> None:
    item = make_feedback(text="Kajaanin lentoliikenteen jatkuvuus turvattava.",
                         kind=FeedbackKind.ADVOCACY_TARGET)
    meeting = services.managers.plan_year(2026)[6]
    matter = services.agenda.bring_feedback(item.id, meeting.id)
    assert matter.feedback_id == item.id and matter.raised_by == MatterRaiser.MUNICIPALITY
    assert matter.title == "Kajaanin lentoliikenteen jatkuvuus turvattava."
    [link] = services.agenda.links_for_feedback([item.id])[item.id]
    assert link.label == "7/2026, asia 1"
    linked = services.agenda.detail(meeting.id).linked_feedback[matter.id]
    assert linked.feedback_id == item.id and linked.text == item.text
    with pytest.raises(ConflictError) as again:
        services.agenda.bring_feedback(item.id, meeting.id)
    assert again.value.code == "agenda.already_on_agenda"


def test_deleting_a_matter_renumbers_and_restore_brings_it_back_last(services: Services) -> None:
    meeting = services.managers.plan_year(2026)[0]
    a, b, c = (services.agenda.add(meeting.id, title) for title in ("Eka", "Toka", "Kolmas"))
    services.agenda.delete(a.id)
    assert [(m.number, m.title) for m in services.agenda.detail(meeting.id).matters] == [
        (1, "Toka"), (2, "Kolmas")]
    services.agenda.restore(a.id)
    assert [m.title for m in services.agenda.detail(meeting.id).matters] == ["Toka", "Kolmas", "Eka"]
    services.agenda.move(a.id, -5)
    assert [m.title for m in services.agenda.detail(meeting.id).matters] == ["Eka", "Toka", "Kolmas"]
    assert c.number == 3 and b.number == 2


def test_the_follow_up_list_holds_both_kinds_and_filters_by_kind(
        services: Services, make_feedback) -> None:
    item = make_feedback(text="Valtatie 22 kuntoon.")
    services.followups.add(item.id, owner="Liikenne", due_date="1.10.2026")
    meeting = services.managers.plan_year(2026)[6]
    matter = services.agenda.add(meeting.id, "EU-rahoitushaku")
    services.followups.add_agreement(matter.id, owner="EU-asiantuntija", due_date="1.9.2026")
    everything = services.followups.list_all()
    assert [r.kind for r in everything] == [MeetingKind.MANAGERS, MeetingKind.NEGOTIATION]  # by due date
    assert everything[0].source == "Kuntajohtajakokous 7/2026, asia 1"
    assert everything[0].feedback_text == "EU-rahoitushaku"
    assert [r.follow_up.owner for r in services.followups.list_all(kind=MeetingKind.NEGOTIATION)] == [
        "Liikenne"]
    assert [r.follow_up.owner for r in services.followups.list_all(kind=MeetingKind.MANAGERS)] == [
        "EU-asiantuntija"]
    assert "EU-asiantuntija" in services.followups.owners()
    assert services.managers.list_meetings(2026)[6].open_agreements == 1


def test_every_managers_write_is_audited_in_the_same_transaction(services: Services) -> None:
    meeting = services.managers.plan_year(2026)[6]
    matter = services.agenda.add(meeting.id, "Yhteinen lausunto")
    services.agenda.update(matter.id, notes="Sovittiin lausunnon valmistelusta.")
    attendee = services.attendance.prefill(meeting.id)[0]
    services.attendance.set_attendance(attendee.id, Attendance.REMOTE)
    with sqlite3.connect(services.db.path) as raw:
        rows = set(raw.execute(
            "SELECT entity, field, new_value FROM audit_log WHERE entity_id IN (?, ?)",
            (matter.id, attendee.id)).fetchall())
    raw.close()
    assert ("agenda_matters", "notes", "Sovittiin lausunnon valmistelusta.") in rows
    assert ("managers_attendees", "attendance", "remote") in rows
    assert any(entity == "agenda_matters" and field == "title" for entity, field, _ in rows)


def test_restore_puts_a_deleted_matter_back_at_the_number_it_is_given(services: Services) -> None:
    meeting = services.managers.plan_year(2026)[0]
    a, b, c = (services.agenda.add(meeting.id, title) for title in ("Eka", "Toka", "Kolmas"))
    services.agenda.delete(b.id)
    services.agenda.restore(b.id, b.number)
    assert [(m.number, m.title) for m in services.agenda.detail(meeting.id).matters] == [
        (1, "Eka"), (2, "Toka"), (3, "Kolmas")]
    services.agenda.delete(a.id)
    services.agenda.restore(a.id, 99)          # past the end: last
    assert [m.title for m in services.agenda.detail(meeting.id).matters] == ["Toka", "Kolmas", "Eka"]
    assert c.number == 3

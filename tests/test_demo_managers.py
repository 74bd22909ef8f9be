"""The demo's year of managers' meetings: eleven meetings on the first Tuesday of each month except
July, attendance, matters with notes and agreements, chains carried across months with their
history, negotiation items brought onto agendas with the link seen from both sides; all in the
demo's one transaction, and searchable."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop_app.domain.enums import (
    AttendeeRole,
    FollowUpStatus,
    MatterStatus,
    MeetingKind,
    MeetingStatus,
)
from desktop_app.domain.errors import ValidationError
from desktop_app.resources import load_json_resource
from desktop_app.services import Services
from desktop_app.services import demo as demo_module
from desktop_app.services.demo import DemoService
from desktop_app.storage import models as m
from tests.test_search_finnish import needs_voikko

YEAR = 2026


@pytest.fixture
def content() -> dict:
    return load_json_resource("demo", "demo_content.json")["managers_meetings"]


@pytest.fixture
def demo(services: Services):
    summary = DemoService(services.db).create(current_year=YEAR)
    return services, summary


def _count(services: Services, model: type, *conditions: object) -> int:
    with services.db.read() as session:
        return session.scalar(select(func.count()).select_from(model).where(
            model.deleted_at.is_(None), *conditions)) or 0


def test_counts_follow_the_content(demo, content) -> None:
    services, summary = demo
    held = sum(status != "planned" for status in content["statuses"])
    handlings = [h for entry in content["matters"] + content["from_negotiations"]
                 for h in entry["meetings"]]
    expected_matters = held + len(handlings)   # "Ajankohtaiset asiat" opens every held meeting
    expected_agreements = sum(len(h["agreements"]) for h in handlings)
    assert (summary.managers_meetings, summary.agenda_matters, summary.agreements,
            summary.linked_items) == (11, expected_matters, expected_agreements,
                                      len(content["from_negotiations"]))
    assert _count(services, m.ManagersMeeting) == 11
    assert _count(services, m.AgendaMatter) == expected_matters == 28
    assert _count(services, m.FollowUp, m.FollowUp.matter_id.is_not(None)) == expected_agreements == 16
    # The negotiation side is as before.
    assert _count(services, m.FollowUp, m.FollowUp.feedback_id.is_not(None)) == summary.follow_ups


def test_the_year_is_planned_on_first_tuesdays_without_july(demo, content) -> None:
    services, _ = demo
    meetings = [s.meeting for s in services.managers.list_meetings(YEAR)]
    assert [mt.number for mt in meetings] == list(range(1, 12))
    assert [mt.meeting_date.month for mt in meetings] == [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12]
    assert all(mt.meeting_date.weekday() == 1 and mt.meeting_date.day <= 7 for mt in meetings)
    assert [mt.status for mt in meetings] == [MeetingStatus(s) for s in content["statuses"]]
    assert {(mt.chair, mt.secretary) for mt in meetings} == {("Anna Heikkinen", "Riikka Kemppainen")}


def test_attendance_of_held_meetings_with_experts_on_their_matter(demo) -> None:
    services, _ = demo
    experts = 0
    for summary in services.managers.list_meetings(YEAR):
        meeting = summary.meeting
        attendees = services.attendance.list_for_meeting(meeting.id)
        if meeting.status == MeetingStatus.PLANNED:
            assert attendees == []
            continue
        managers = [a for a in attendees if a.role in (AttendeeRole.MANAGER, AttendeeRole.DEPUTY)]
        assert {a.municipality_code for a in managers} == {
            "105", "205", "290", "578", "620", "697", "765", "777"}
        assert sum(a.role == AttendeeRole.COUNCIL for a in attendees) == 3
        assert all(a.attendance.value != "unmarked" for a in attendees)
        matters = {matter.id for matter in services.agenda.detail(meeting.id).matters}
        for expert in (a for a in attendees if a.role == AttendeeRole.EXPERT):
            assert expert.organisation and expert.matter_id in matters
            experts += 1
    assert experts == 3


def test_agreements_have_owners_due_dates_and_statuses(demo) -> None:
    services, _ = demo
    rows = services.followups.list_all(kind=MeetingKind.MANAGERS)
    assert len(rows) == 16
    assert all(r.follow_up.owner and r.follow_up.due_date and r.follow_up.description for r in rows)
    assert {r.follow_up.status for r in rows} == {FollowUpStatus.DONE, FollowUpStatus.IN_PROGRESS,
                                                  FollowUpStatus.OPEN}
    assert all(r.source.startswith("Kuntajohtajakokous ") for r in rows)


def test_a_carried_matter_shows_its_history(demo) -> None:
    services, _ = demo
    detail = services.agenda.detail(services.managers.find(YEAR, 7).id)   # in progress
    rail = next(mt for mt in detail.matters if "rataosuuden rahoitus" in mt.title)
    assert rail.status == MatterStatus.OPEN and rail.follow_ups
    history = services.agenda.history(rail.id)
    assert [(h.meeting.number, h.matter.status) for h in history] == [
        (2, MatterStatus.CARRIED), (3, MatterStatus.CARRIED), (5, MatterStatus.CARRIED)]
    assert all(h.matter.notes and h.matter.follow_ups for h in history)
    earlier = services.agenda.detail(services.managers.find(YEAR, 5).id)
    assert earlier.carried_to[history[-1].matter.id] == "7/2026"


def test_negotiation_items_brought_onto_agendas_show_the_link_on_both_sides(demo) -> None:
    services, _ = demo
    with services.db.read() as session:
        ids = list(session.scalars(select(m.AgendaMatter.id).where(
            m.AgendaMatter.feedback_id.is_not(None), m.AgendaMatter.deleted_at.is_(None))))
    brought = [services.agenda.get(matter_id) for matter_id in ids]
    items = {matter.feedback_id for matter in brought}
    assert len(items) == 4 and len(brought) == 5   # one is carried on to a later meeting
    links = services.agenda.links_for_feedback(items)
    assert {link.matter_id for found in links.values() for link in found} == {mt.id for mt in brought}
    current = services.rounds.find_by_year(YEAR).id
    for matter in brought:
        linked = services.agenda.detail(matter.managers_meeting_id).linked_feedback[matter.id]
        item = services.feedback.get(linked.feedback_id)
        assert services.meetings.get(item.meeting_id).round_id == current
        assert matter.description == item.text and matter.municipality_code == linked.municipality_code
    kinds = {services.feedback.get(item).kind.value for item in items}
    assert kinds == {"advocacy_target", "sector_comment"}


@needs_voikko
def test_the_demo_matters_are_found_by_inflected_words(demo) -> None:
    services, _ = demo
    hits = services.search.search("rataosuus", meeting_kind="managers")
    rail = [h for h in hits if h.text.startswith("Oulu–Kontiomäki-rataosuuden rahoitus")]
    assert sorted(h.managers_number for h in rail) == [2, 3, 5, 7]
    (statement,) = services.search.search("valtionosuusuudistus", meeting_kind="managers")[:1]
    assert statement.municipality_name == "Sotkamo"


def test_the_demo_is_one_transaction_and_refuses_a_filled_database(services: Services,
                                                                   monkeypatch) -> None:
    real = demo_module.add_managers_year

    def fail_after(*args: object, **kwargs: object) -> object:
        real(*args, **kwargs)
        raise RuntimeError("sähkökatko")

    monkeypatch.setattr(demo_module, "add_managers_year", fail_after)
    with pytest.raises(RuntimeError):
        DemoService(services.db).create(current_year=YEAR)
    assert not DemoService(services.db).has_data()
    assert _count(services, m.ManagersMeeting) == 0 and _count(services, m.Feedback) == 0
    monkeypatch.undo()
    DemoService(services.db).create(current_year=YEAR)
    with pytest.raises(ValidationError):
        DemoService(services.db).create(current_year=YEAR)
    assert _count(services, m.ManagersMeeting) == 11


def test_matter_dates_fit_their_meetings(demo) -> None:
    services, _ = demo
    rows = services.followups.list_all(kind=MeetingKind.MANAGERS)
    assert rows
    for row in rows:
        meeting = services.managers.get(row.meeting_id)
        assert meeting.meeting_date < row.follow_up.due_date <= meeting.meeting_date + dt.timedelta(days=120)

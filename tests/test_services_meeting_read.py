"""MeetingService.detail reads with SQLAlchemy Core (services/meeting_read.py); these tests hold it
to the ORM read it replaced, kept here as the reference, field by field."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop_app.domain.enums import FeedbackKind, FollowUpStatus, Side
from desktop_app.domain.errors import NotFoundError
from desktop_app.domain.records import FeedbackLink, HistoryItem, MeetingDetail
from desktop_app.services import Services
from desktop_app.services.convert import (
    feedback_record,
    follow_ups_by_feedback,
    load_meeting_record,
    participant_record,
    round_record,
    sector_record,
)
from desktop_app.services.demo import DemoService
from desktop_app.storage import models as m


def orm_detail(services: Services, meeting_id: str) -> MeetingDetail:
    """The ORM version of MeetingService.detail before the Core rewrite (unchanged)."""
    with services.db.read() as session:
        meeting = load_meeting_record(session, meeting_id)
        round_row = session.get(m.Round, meeting.round_id)
        participants = session.scalars(
            select(m.Participant)
            .where(m.Participant.meeting_id == meeting_id, m.Participant.deleted_at.is_(None))
            .order_by(m.Participant.side, m.Participant.sort_order, m.Participant.created_at)
        ).all()
        items = session.scalars(
            select(m.Feedback)
            .where(m.Feedback.meeting_id == meeting_id, m.Feedback.deleted_at.is_(None))
            .order_by(m.Feedback.kind, m.Feedback.sector_id, m.Feedback.sort_order, m.Feedback.created_at)
        ).all()
        follow_ups = follow_ups_by_feedback(session, [item.id for item in items])
        used = {item.sector_id for item in items}
        sectors = [
            sector_record(row)
            for row in session.scalars(
                select(m.Sector).where(m.Sector.deleted_at.is_(None))
                .order_by(m.Sector.sort_order, m.Sector.code))
            if row.retired_at is None or row.id in used
        ]
        return MeetingDetail(
            meeting=meeting, round=round_record(round_row),
            participants=tuple(participant_record(p) for p in participants),
            feedback=tuple(feedback_record(i, follow_ups.get(i.id, ())) for i in items),
            sectors=tuple(sectors),
        )


def test_every_demo_meeting_reads_the_same_as_with_the_orm(services: Services) -> None:
    DemoService(services.db).create(2026)
    compared = 0
    for round_ in services.rounds.list_rounds():
        for summary in services.rounds.overview(round_.id):
            detail = services.meetings.detail(summary.meeting.id)
            assert detail == orm_detail(services, summary.meeting.id)
            compared += 1
            if detail.feedback:
                assert type(detail.feedback[0].kind) is FeedbackKind  # enums, not their text
    assert compared == 16


def test_follow_ups_retired_sectors_and_tombstones(services: Services, make_meeting, make_feedback) -> None:
    meeting = make_meeting()
    other = make_meeting(municipality="205")
    kept = make_feedback("Rata Kajaanista Kuhmoon.", meeting=meeting, sector_code="LII")
    second = make_feedback("Toinen liikenneasia.", meeting=meeting, sector_code="LII")
    euro = make_feedback("EU-hankkeet jatkuvat.", meeting=meeting, sector_code="EU")
    gone = make_feedback("Poistettu asia.", meeting=meeting, sector_code="KV")
    make_feedback("Toisen kunnan asia.", meeting=other, sector_code="TAL")
    target = make_feedback("Edunvalvonta: rata.", meeting=meeting, sector_code=None,
                           kind=FeedbackKind.ADVOCACY_TARGET)
    first_fu = services.followups.add(kept.id, owner="Anna", due_date="31.1.2027")
    later_fu = services.followups.add(kept.id, owner="Mikko")
    services.followups.set_status(later_fu.id, FollowUpStatus.DONE)
    dropped_fu = services.followups.add(second.id, owner="Riikka")
    services.followups.delete(dropped_fu.id)
    services.followups.add(gone.id, owner="Ei näy")
    services.followups.add(target.id, owner="Anna")
    services.feedback.delete(gone.id)
    services.sectors.retire(services.sectors.find("EU").id)   # used here: stays visible
    services.sectors.retire(services.sectors.find("TAL").id)  # used only elsewhere: hidden here
    person = services.participants.add(meeting.id, "Maija Meikäläinen", Side.MUNICIPALITY, "Kuhmo",
                                       "pormestari")
    services.participants.add(meeting.id, "Kalle Kainuu", Side.COUNCIL, "Kainuun liitto")
    removed = services.participants.add(meeting.id, "Poistuva Henkilö", Side.COUNCIL)
    services.participants.remove(removed.id)

    detail = services.meetings.detail(meeting.id)
    assert detail == orm_detail(services, meeting.id)
    by_id = {item.id: item for item in detail.feedback}
    assert gone.id not in by_id and set(by_id) == {kept.id, second.id, euro.id, target.id}
    assert [(f.owner, f.status) for f in by_id[kept.id].follow_ups] == [
        ("Anna", FollowUpStatus.OPEN), ("Mikko", FollowUpStatus.DONE)]
    assert by_id[kept.id].follow_ups[0].id == first_fu.id
    assert by_id[second.id].follow_ups == ()
    codes = [s.code for s in detail.sectors]
    assert "EU" in codes and "TAL" not in codes
    assert [s.retired for s in detail.sectors if s.code == "EU"] == [True]
    assert {p.id for p in detail.participants} == {person.id, detail.participants[0].id,
                                                   detail.participants[1].id} - {removed.id}
    assert len(detail.participants) == 2 and removed.id not in {p.id for p in detail.participants}
    assert detail.meeting.municipality_name == "Kuhmo" and detail.round.year == 2026


def test_a_missing_meeting_is_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError, match="Neuvottelua ei löytynyt"):
        services.meetings.detail("00000000-0000-0000-0000-000000000000")


def orm_links(services: Services, feedback_ids: list[str]) -> dict[str, tuple[FeedbackLink, ...]]:
    """AgendaService.links_for_feedback as it was with ORM rows and IN lists (the reference)."""
    out: dict[str, list[FeedbackLink]] = {}
    with services.db.read() as session:
        for start in range(0, len(feedback_ids), 500):
            rows = session.execute(
                select(m.AgendaMatter, m.ManagersMeeting)
                .join(m.ManagersMeeting, m.ManagersMeeting.id == m.AgendaMatter.managers_meeting_id)
                .where(m.AgendaMatter.feedback_id.in_(feedback_ids[start:start + 500]),
                       m.AgendaMatter.deleted_at.is_(None), m.ManagersMeeting.deleted_at.is_(None))
                .order_by(m.ManagersMeeting.year, m.ManagersMeeting.number, m.AgendaMatter.number))
            for matter, meeting in rows:
                out.setdefault(matter.feedback_id, []).append(FeedbackLink(
                    feedback_id=matter.feedback_id, matter_id=matter.id,
                    managers_meeting_id=meeting.id, meeting_year=meeting.year,
                    meeting_number=meeting.number, meeting_date=meeting.meeting_date,
                    matter_number=matter.number, matter_title=matter.title))
    return {key: tuple(value) for key, value in out.items()}


def test_agenda_links_of_every_demo_meeting_read_the_same_as_with_the_orm(services: Services) -> None:
    """The workspace asks for the links of all a meeting's items at every switch (one JSON
    parameter, plain SQL); the ORM read with IN lists is the reference, dates included."""
    DemoService(services.db).create(2026)
    linked = 0
    everything: list[str] = []
    for round_ in services.rounds.list_rounds():
        for summary in services.rounds.overview(round_.id):
            ids = [item.id for item in services.meetings.detail(summary.meeting.id).feedback]
            everything += ids
            links = services.agenda.links_for_feedback(ids)
            assert links == orm_links(services, ids)
            linked += sum(len(found) for found in links.values())
    assert linked > 0   # the demo brings items onto managers' agendas
    assert any(link.meeting_date is not None for found in services.agenda.links_for_feedback(
        everything).values() for link in found)
    assert services.agenda.links_for_feedback(everything * 2) == orm_links(services, everything)


def orm_history(services: Services, municipality_code: str, sector_id: str | None, before_year: int,
                kind: FeedbackKind | None, limit: int) -> list[HistoryItem]:
    """FeedbackService.history as it was with ORM rows (the reference)."""
    with services.db.read() as session:
        query = (
            select(m.Feedback, m.Round.year, m.Meeting.meeting_date)
            .join(m.Meeting, m.Meeting.id == m.Feedback.meeting_id)
            .join(m.Round, m.Round.id == m.Meeting.round_id)
            .where(m.Meeting.municipality_code == municipality_code, m.Round.year < before_year,
                   m.Feedback.deleted_at.is_(None), m.Meeting.deleted_at.is_(None),
                   m.Round.deleted_at.is_(None))
        )
        query = query.where(m.Feedback.sector_id.is_(None) if sector_id is None
                            else m.Feedback.sector_id == sector_id)
        if kind is not None:
            query = query.where(m.Feedback.kind == kind)
        rows = session.execute(query.order_by(m.Round.year.desc(), m.Feedback.sort_order)
                               .limit(limit)).all()
        follow_ups = follow_ups_by_feedback(session, [row[0].id for row in rows])
        return [HistoryItem(feedback=feedback_record(item, follow_ups.get(item.id, ())),
                            round_year=year, meeting_date=date) for item, year, date in rows]


def test_earlier_rounds_read_the_same_as_with_the_orm(services: Services) -> None:
    """The continuity panel's read (plain SQL, in a worker at every section switch) against the
    ORM read it replaced: every municipality, every sector and the sectorless kinds."""
    DemoService(services.db).create(2026)
    year = max(r.year for r in services.rounds.list_rounds())
    # A third, older round with the same kinds of items: the order is newest round first.
    older = services.rounds.plan_round(year - 2)
    for summary in services.rounds.overview(services.rounds.find_by_year(year - 1).id):
        target = services.meetings.find(older.id, summary.meeting.municipality_code)
        for item in services.meetings.detail(summary.meeting.id).feedback[::4]:
            services.feedback.add(target.id, item.kind, f"Vanhempi: {item.text}",
                                  sector_id=item.sector_id, scope=item.scope)
    sectors = [s.id for s in services.sectors.list_sectors()] + [None]
    compared = 0
    for summary in services.rounds.overview(services.rounds.find_by_year(year).id):
        code = summary.meeting.municipality_code
        for sector_id in sectors:
            for kind in ((None,) if sector_id else (FeedbackKind.ADVOCACY_TARGET,
                                                     FeedbackKind.DEVELOPMENT_VIEW, None)):
                for limit in (50, 2):
                    found = services.feedback.history(code, sector_id, year, kind=kind, limit=limit)
                    assert found == orm_history(services, code, sector_id, year, kind, limit)
                    compared += len(found)
    assert compared > 100

"""The use cases of a negotiation, end to end through the services on a real file."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.enums import DevelopmentScope, FeedbackKind, FollowUpStatus, MeetingStatus
from desktop_app.domain.errors import ValidationError
from desktop_app.services import Services
from desktop_app.services.rounds import meeting_id_for, round_id_for


def test_plan_round_creates_a_meeting_per_member_municipality(services: Services) -> None:
    round_ = services.rounds.plan_round(2026)
    assert (round_.period_start, round_.period_end) == (2027, 2029)
    overview = services.rounds.overview(round_.id)
    assert [s.meeting.municipality_name for s in overview] == [
        "Hyrynsalmi", "Kajaani", "Kuhmo", "Paltamo", "Puolanka", "Ristijärvi", "Sotkamo", "Suomussalmi"]
    assert [s.meeting.municipality_code for s in overview] == [
        "105", "205", "290", "578", "620", "697", "765", "777"]
    assert all(s.meeting.status == MeetingStatus.PLANNED for s in overview)
    assert all((s.item_count, s.sectors_covered, s.sectors_total) == (0, 0, 11) for s in overview)
    with pytest.raises(ValidationError, match="jo suunniteltu"):
        services.rounds.plan_round(2026)


def test_round_and_meeting_ids_are_the_same_on_every_laptop(services: Services) -> None:
    round_ = services.rounds.plan_round(2026)
    assert round_.id == round_id_for(2026)
    assert services.meetings.find(round_.id, "290").id == meeting_id_for(2026, "290")


def test_coverage_counts_sectors_with_comments(services: Services, make_meeting, make_feedback) -> None:
    meeting = make_meeting()
    make_feedback("a", meeting=meeting, sector_code="LII")
    make_feedback("b", meeting=meeting, sector_code="LII")
    make_feedback("c", meeting=meeting, sector_code="EU")
    services.feedback.add(meeting.id, FeedbackKind.ADVOCACY_TARGET, "ei sektoria")
    summary = next(s for s in services.rounds.overview(meeting.round_id) if s.meeting.id == meeting.id)
    assert (summary.item_count, summary.sectors_covered) == (4, 2)
    uncovered = [s.code for s in services.meetings.uncovered_sectors(meeting.id)]
    assert "LII" not in uncovered and "EU" not in uncovered and len(uncovered) == 9


def test_reorder_moves_within_the_sector(services: Services, make_meeting, make_feedback) -> None:
    meeting = make_meeting()
    first, _second, third = (make_feedback(t, meeting=meeting) for t in ("yksi", "kaksi", "kolme"))
    other_sector = make_feedback("muu", meeting=meeting, sector_code="EU")
    services.feedback.move(third.id, 0)
    lii = services.feedback.list_for_meeting(meeting.id, sector_id=first.sector_id)
    assert [i.text for i in lii] == ["kolme", "yksi", "kaksi"]
    assert services.feedback.get(other_sector.id).sort_order == 1


def test_delete_and_undo(services: Services, make_meeting, make_feedback) -> None:
    meeting = make_meeting()
    keep, drop = make_feedback("pidä", meeting=meeting), make_feedback("poista", meeting=meeting)
    services.feedback.delete(drop.id)
    assert [i.text for i in services.feedback.list_for_meeting(meeting.id)] == ["pidä"]
    services.feedback.restore(drop.id)
    assert [i.text for i in services.feedback.list_for_meeting(meeting.id)] == ["pidä", "poista"]
    assert keep.id != drop.id


def test_history_shows_earlier_rounds_with_follow_up_status(services: Services, make_meeting,
                                                            make_feedback) -> None:
    old_meeting = make_meeting(2024, "290")
    older = make_feedback("Vanha liikennetoive", meeting=old_meeting)
    services.followups.add(older.id, owner="Mikko", due_date="1.6.2024")
    mid = make_feedback("Keskivaiheen toive", meeting=make_meeting(2025, "290"))
    make_feedback("Kajaanin juttu", meeting=make_meeting(2025, "205"))  # another municipality
    make_feedback("Toinen sektori", meeting=make_meeting(2025, "290"), sector_code="EU")
    current = make_meeting(2026, "290")
    sector_id = services.sectors.find("LII").id
    history = services.feedback.history("290", sector_id, before_year=2026)
    assert [(h.round_year, h.feedback.text) for h in history] == [
        (2025, "Keskivaiheen toive"), (2024, "Vanha liikennetoive")]
    assert history[1].feedback.follow_ups[0].status == FollowUpStatus.OPEN
    copy = services.feedback.copy_forward(mid.id, current.id)
    assert (copy.meeting_id, copy.text, copy.sector_id) == (current.id, "Keskivaiheen toive", sector_id)


def test_development_views_keep_their_scope(services: Services, make_meeting) -> None:
    meeting = make_meeting()
    own = services.feedback.add(meeting.id, FeedbackKind.DEVELOPMENT_VIEW, "Kunnan oma näkemys")
    region = services.feedback.add(meeting.id, FeedbackKind.DEVELOPMENT_VIEW, "Koko Kainuu",
                                   scope=DevelopmentScope.REGION)
    assert (own.scope, region.scope) == (DevelopmentScope.MUNICIPALITY, DevelopmentScope.REGION)
    detail = services.meetings.detail(meeting.id)
    assert {i.text for i in detail.items_of(FeedbackKind.DEVELOPMENT_VIEW)} == {
        "Kunnan oma näkemys", "Koko Kainuu"}


def test_follow_ups_list_filters_and_orders_by_due_date(services: Services, make_feedback) -> None:
    item = make_feedback()
    late = services.followups.add(item.id, owner="Anna", due_date="1.12.2026")
    early = services.followups.add(item.id, owner="Mikko", due_date="1.1.2026")
    undated = services.followups.add(item.id, owner="Anna")
    assert [r.follow_up.id for r in services.followups.list_all()] == [early.id, late.id, undated.id]
    assert [r.follow_up.id for r in services.followups.list_all(owner="Anna")] == [late.id, undated.id]
    services.followups.set_status(early.id, FollowUpStatus.DONE)
    open_rows = services.followups.list_all(statuses=frozenset({FollowUpStatus.OPEN}))
    assert early.id not in [r.follow_up.id for r in open_rows]
    assert services.followups.list_all()[0].follow_up.is_overdue(dt.date(2026, 6, 1)) is False
    assert late.is_overdue(dt.date(2027, 1, 1)) is True
    assert services.followups.owners() == ["Anna", "Mikko"]


def test_sector_admin_rename_reorder_add_retire_keeps_history(services: Services, make_feedback) -> None:
    item = make_feedback("Liikenneasia")
    lii = services.sectors.find("LII")
    services.sectors.rename(lii.id, "Liikenne, logistiikka ja saavutettavuus")
    assert services.feedback.get(item.id).sector_id == lii.id
    new = services.sectors.add("DATA", "Datatalous", "Data economy")
    order = [s.id for s in services.sectors.list_sectors()]
    services.sectors.reorder([new.id, *[i for i in order if i != new.id]])
    assert services.sectors.list_sectors()[0].code == "DATA"
    services.sectors.retire(lii.id)
    assert "LII" not in [s.code for s in services.sectors.list_sectors()]
    assert "LII" in [s.code for s in services.sectors.list_sectors(include_retired=True)]
    detail = services.meetings.detail(item.meeting_id)
    assert "LII" in [s.code for s in detail.sectors]  # still shown where it has items
    with pytest.raises(ValidationError, match="jo käytössä"):
        services.sectors.add("DATA", "Kaksoiskappale")


def test_meeting_status_flow(services: Services, make_meeting) -> None:
    meeting = make_meeting()
    started = services.meetings.set_status(meeting.id, MeetingStatus.IN_PROGRESS)
    assert started.meeting_date is not None
    assert services.meetings.set_status(meeting.id, "closed").status == MeetingStatus.CLOSED

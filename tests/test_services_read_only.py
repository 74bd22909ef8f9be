"""A closed or approved meeting is read-only through the services; reopening is explicit and
audited and brings the LUONNOS mark back on the handout (read back with pdftotext)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from report_pdf_tools import flat, page_texts, write
from sqlalchemy import select

from desktop_app.domain.enums import FeedbackKind, FollowUpStatus, MeetingStatus, Side
from desktop_app.domain.errors import ConflictError, KuntapalauteError, MeetingLockedError
from desktop_app.domain.messages import MESSAGES
from desktop_app.reports import build_meeting_handout
from desktop_app.services import Services
from desktop_app.storage import models as m


@pytest.fixture
def recorded(services: Services, make_meeting):
    """A meeting with one item, one follow-up and one participant, still in progress."""
    meeting = make_meeting()
    services.meetings.set_status(meeting.id, MeetingStatus.IN_PROGRESS)
    sector = services.sectors.find("LII").id
    item = services.feedback.add(meeting.id, FeedbackKind.SECTOR_COMMENT, "Ratayhteys Kajaaniin.",
                                 sector_id=sector)
    gone = services.feedback.add(meeting.id, FeedbackKind.SECTOR_COMMENT, "Poistettu kohta.",
                                 sector_id=sector)
    services.feedback.delete(gone.id)
    follow_up = services.followups.add(item.id, owner="Liisa", description="Selvitetään aikataulu.")
    person = services.participants.add(meeting.id, "Matti Meikäläinen", Side.MUNICIPALITY)
    gone_person = services.participants.add(meeting.id, "Poistunut Henkilö", Side.COUNCIL)
    services.participants.remove(gone_person.id)
    return {"meeting": meeting, "item": item, "gone": gone, "follow_up": follow_up,
            "person": person, "gone_person": gone_person, "sector": sector}


def _lock(services: Services, meeting_id: str, status: MeetingStatus) -> None:
    services.meetings.set_status(meeting_id, MeetingStatus.CLOSED)
    if status == MeetingStatus.APPROVED:
        services.meetings.set_status(meeting_id, MeetingStatus.APPROVED)


WRITES: dict[str, Callable[[Services, dict], object]] = {
    "meeting details": lambda s, r: s.meetings.update_details(r["meeting"].id, place="Kuhmo-talo"),
    "meeting notes": lambda s, r: s.meetings.update_details(r["meeting"].id, notes="Lisätieto"),
    "add item": lambda s, r: s.feedback.add(r["meeting"].id, FeedbackKind.ADVOCACY_TARGET, "Uusi"),
    "edit item text": lambda s, r: s.feedback.update(r["item"].id, text="Muutettu"),
    "edit item priority": lambda s, r: s.feedback.update(r["item"].id, priority="high"),
    "move item": lambda s, r: s.feedback.move(r["item"].id, 1),
    "delete item": lambda s, r: s.feedback.delete(r["item"].id),
    "restore item": lambda s, r: s.feedback.restore(r["gone"].id),
    "copy forward": lambda s, r: s.feedback.copy_forward(r["item"].id, r["meeting"].id),
    "add participant": lambda s, r: s.participants.add(r["meeting"].id, "Uusi Ihminen", Side.COUNCIL),
    "edit participant": lambda s, r: s.participants.update(r["person"].id, title="kunnanjohtaja"),
    "remove participant": lambda s, r: s.participants.remove(r["person"].id),
    "restore participant": lambda s, r: s.participants.restore(r["gone_person"].id),
    "add follow-up": lambda s, r: s.followups.add(r["item"].id, owner="Pekka"),
    "follow-up owner": lambda s, r: s.followups.update(r["follow_up"].id, owner="Pekka"),
    "follow-up due date": lambda s, r: s.followups.update(r["follow_up"].id, due_date="1.2.2027"),
    "follow-up action": lambda s, r: s.followups.update(r["follow_up"].id, description="Toisin"),
    "delete follow-up": lambda s, r: s.followups.delete(r["follow_up"].id),
}


@pytest.mark.parametrize("status", [MeetingStatus.CLOSED, MeetingStatus.APPROVED])
@pytest.mark.parametrize("write_name", list(WRITES))
def test_a_locked_meeting_refuses_every_write(services, recorded, status, write_name):
    _lock(services, recorded["meeting"].id, status)
    before = _snapshot(services)
    with pytest.raises(MeetingLockedError) as caught:
        WRITES[write_name](services, recorded)
    expected = "meeting.closed" if status == MeetingStatus.CLOSED else "meeting.approved"
    assert caught.value.code == expected
    assert str(caught.value) == MESSAGES[expected]  # Finnish for the CLI and older callers
    assert _snapshot(services) == before


def _snapshot(services: Services) -> list[tuple]:
    with services.db.read() as session:
        rows: list[tuple] = []
        for model in (m.Meeting, m.Feedback, m.FollowUp, m.Participant):
            rows += [(model.__tablename__, row.id, row.version, row.deleted_at)
                     for row in session.scalars(select(model))]
        return sorted(rows, key=str)


@pytest.mark.parametrize("status", [MeetingStatus.CLOSED, MeetingStatus.APPROVED])
def test_follow_up_status_stays_changeable_after_close_and_approval(services, recorded, status):
    _lock(services, recorded["meeting"].id, status)
    done = services.followups.set_status(recorded["follow_up"].id, FollowUpStatus.DONE)
    assert done.status == FollowUpStatus.DONE
    # but not together with a change to the promise itself
    with pytest.raises(MeetingLockedError):
        services.followups.update(recorded["follow_up"].id, status="open", owner="Joku muu")
    # an editor sends the unchanged owner, date and action with the new status: that is the status alone
    same = services.feedback.get(recorded["follow_up"].feedback_id).follow_ups[0]
    again = services.followups.update(same.id, owner=same.owner, due_date=same.due_date,
                                      description=same.description, status="in_progress")
    assert again.status == FollowUpStatus.IN_PROGRESS and again.owner == same.owner


def test_reopen_is_audited_and_the_handout_is_a_draft_again(services, recorded, tmp_path):
    meeting_id = recorded["meeting"].id
    services.meetings.set_status(meeting_id, MeetingStatus.CLOSED)
    closed = write(tmp_path, build_meeting_handout(services.meetings.detail(meeting_id)), "closed.pdf")
    assert all("LUONNOS" not in flat(page).replace(" ", "") for page in page_texts(closed))

    services.db.actor = "Avaaja"
    reopened = services.meetings.reopen(meeting_id)
    assert reopened.status == MeetingStatus.IN_PROGRESS
    with services.db.read() as session:
        audit = session.execute(select(
            m.AuditEntry.action, m.AuditEntry.old_value, m.AuditEntry.new_value, m.AuditEntry.actor)
            .where(m.AuditEntry.entity_id == meeting_id, m.AuditEntry.field == "status")
            .order_by(m.AuditEntry.at)).all()
    assert tuple(audit[-1]) == ("update", "closed", "in_progress", "Avaaja")

    draft = write(tmp_path, build_meeting_handout(services.meetings.detail(meeting_id)), "draft.pdf")
    assert "LUONNOS" in flat(page_texts(draft)[0]).replace(" ", "")
    # and the record is writable again
    services.feedback.update(recorded["item"].id, text="Korjattu avaamisen jälkeen.")


@pytest.mark.parametrize("status", [MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS,
                                    MeetingStatus.APPROVED])
def test_only_a_closed_meeting_can_be_reopened(services, make_meeting, status):
    meeting = make_meeting()
    if status != MeetingStatus.PLANNED:
        services.meetings.set_status(meeting.id, MeetingStatus.IN_PROGRESS)
    if status == MeetingStatus.APPROVED:
        _lock(services, meeting.id, status)
    with pytest.raises(ConflictError) as caught:
        services.meetings.reopen(meeting.id)
    assert caught.value.code == "meeting.reopen_not_closed"
    assert services.meetings.get(meeting.id).status == status


def test_close_check_lists_uncovered_sectors_and_empty_development_views(services, recorded):
    meeting_id = recorded["meeting"].id
    check = services.meetings.close_check(meeting_id)
    assert recorded["sector"] not in {s.id for s in check.uncovered_sectors}
    assert len(check.uncovered_sectors) == len(services.sectors.list_sectors()) - 1
    assert [scope.value for scope in check.empty_development_views] == ["municipality", "region"]
    services.feedback.add(meeting_id, FeedbackKind.DEVELOPMENT_VIEW, "Kainuu kasvaa.", scope="region")
    check = services.meetings.close_check(meeting_id)
    assert [scope.value for scope in check.empty_development_views] == ["municipality"]
    assert not check.complete


def test_every_service_error_carries_a_catalogued_message_id(services, make_meeting):
    meeting = make_meeting()
    failures = [
        lambda: services.feedback.add(meeting.id, FeedbackKind.SECTOR_COMMENT, "x"),
        lambda: services.feedback.add(meeting.id, FeedbackKind.QUESTION, "  "),
        lambda: services.feedback.get("no-such-id"),
        lambda: services.meetings.update_details(meeting.id, meeting_date="31.2.2026"),
        lambda: services.meetings.set_status(meeting.id, MeetingStatus.APPROVED),
        lambda: services.rounds.plan_round(2026),
        lambda: services.participants.add(meeting.id, "Rivi\nvaihto", Side.COUNCIL),
    ]
    for failure in failures:
        with pytest.raises(KuntapalauteError) as caught:
            failure()
        assert caught.value.code in MESSAGES, str(caught.value)
        assert str(caught.value)  # Finnish text, filled in
        assert "{" not in str(caught.value)

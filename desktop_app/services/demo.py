"""A realistic demo: an earlier, approved round and the current one in progress, and the current
year's managers' meetings (Finnish text)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.domain.enums import (
    DevelopmentScope,
    FeedbackKind,
    FollowUpStatus,
    MeetingStatus,
    Priority,
    Side,
)
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.validation import parse_year
from desktop_app.resources import load_json_resource
from desktop_app.services.demo_managers import add_managers_year
from desktop_app.services.rounds import plan_in_session
from desktop_app.storage import models as m
from desktop_app.storage.database import DEMO_DATA_KEY, Database
from desktop_app.storage.types import utcnow


@dataclass(frozen=True)
class DemoSummary:
    rounds: int
    meetings_with_content: int
    feedback_items: int
    follow_ups: int            # of negotiation items
    managers_meetings: int = 0
    agenda_matters: int = 0
    agreements: int = 0        # follow-ups of agenda matters
    linked_items: int = 0      # negotiation items brought onto a managers' meeting agenda


def _fill(text: str, municipality: str) -> str:
    return text.replace("{kunta}", municipality)


class DemoService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def has_data(self) -> bool:
        with self.db.read() as session:
            return session.scalar(select(m.Round.id).limit(1)) is not None

    def create(self, current_year: int | None = None, seed: int = 2026, *,
               mark: bool = True) -> DemoSummary:
        """Two rounds of negotiations and a year of managers' meetings, in one transaction.

        The file is marked as holding demo data (`DEMO_DATA_KEY`), so sync refuses it: invented
        negotiations must never reach the central store. `mark=False` is for the test suite and
        benchmarks, which use the demo as realistic data for sync itself.

        Raises ValidationError (`demo.not_empty`, `demo.reference_missing`)."""
        if self.has_data():
            raise ValidationError(code="demo.not_empty")
        year = parse_year(current_year or dt.date.today().year)
        content = load_json_resource("demo", "demo_content.json")
        rng = random.Random(seed)
        stats = {"meetings": 0, "items": 0, "follow_ups": 0}
        # One transaction: a demo stopped halfway (a crash, a missing resource, odd reference data)
        # leaves the file as it was, never rounds without content that then refuse a new demo.
        with self.db.write() as session:
            if session.scalar(select(m.Round.id).limit(1)) is not None:
                raise ValidationError(code="demo.not_empty")
            sectors = list(session.scalars(
                select(m.Sector).where(m.Sector.deleted_at.is_(None), m.Sector.retired_at.is_(None),
                                       m.Sector.code.in_(content["sector_comments"]))
                .order_by(m.Sector.sort_order)))
            if not sectors or session.scalar(select(m.Municipality.code).limit(1)) is None:
                raise ValidationError(code="demo.reference_missing")
            plan_in_session(session, year - 1, year, year + 2, "")
            current = plan_in_session(session, year, year + 1, year + 3, "")
            meetings = session.execute(
                select(m.Meeting, m.Municipality, m.Round)
                .join(m.Municipality, m.Municipality.code == m.Meeting.municipality_code)
                .join(m.Round, m.Round.id == m.Meeting.round_id)
                .order_by(m.Round.year, m.Municipality.sort_order)
            ).all()
            for index, (meeting, municipality, round_row) in enumerate(meetings):
                is_current = round_row.id == current.id
                if is_current and index % 8 in (5, 6, 7):
                    continue  # the last three of this year are still ahead
                status = MeetingStatus.APPROVED
                if is_current:
                    status = [MeetingStatus.CLOSED, MeetingStatus.CLOSED, MeetingStatus.IN_PROGRESS,
                              MeetingStatus.IN_PROGRESS, MeetingStatus.IN_PROGRESS][index % 8]
                meeting.status = status
                meeting.meeting_date = dt.date(round_row.year, 3, 2) + dt.timedelta(days=7 * (index % 8))
                meeting.start_time = dt.time(9 + index % 4, 0)
                meeting.place = content["places"].get(municipality.code, municipality.name_fi)
                self._participants(session, meeting, municipality.name_fi, content, rng)
                self._feedback(session, meeting, municipality.name_fi, sectors, content, rng,
                               is_current, stats)
                stats["meetings"] += 1
            session.flush()
            managers = add_managers_year(session, year, current.id, content["managers_meetings"], rng)
            if mark:
                session.merge(m.LocalSetting(key=DEMO_DATA_KEY, value=utcnow().isoformat()))
        return DemoSummary(rounds=2, meetings_with_content=stats["meetings"],
                           feedback_items=stats["items"], follow_ups=stats["follow_ups"],
                           managers_meetings=managers.meetings, agenda_matters=managers.matters,
                           agreements=managers.agreements, linked_items=len(managers.linked))

    @staticmethod
    def _participants(session: object, meeting: m.Meeting, municipality: str,
                      content: dict, rng: random.Random) -> None:
        for order, person in enumerate(rng.sample(content["council_staff"], 2), start=1):
            session.add(m.Participant(meeting_id=meeting.id, name=person["name"],  # type: ignore[attr-defined]
                                      organisation="Kainuun liitto", title=person["title"],
                                      side=Side.COUNCIL, sort_order=order))
        roles = rng.sample(content["municipality_roles"], 3)
        for order, role in enumerate(roles, start=1):
            name = f"{rng.choice(content['first_names'])} {rng.choice(content['last_names'])}"
            session.add(m.Participant(meeting_id=meeting.id, name=name,  # type: ignore[attr-defined]
                                      organisation=municipality, title=role,
                                      side=Side.MUNICIPALITY, sort_order=order))

    @staticmethod
    def _feedback(session: object, meeting: m.Meeting, municipality: str,
                  sectors: list[m.Sector], content: dict, rng: random.Random,
                  is_current: bool, stats: dict[str, int]) -> None:
        def add(kind: FeedbackKind, text: str, order: int, sector: m.Sector | None = None,
                scope: DevelopmentScope | None = None) -> m.Feedback:
            item = m.Feedback(meeting_id=meeting.id, kind=kind, text=_fill(text, municipality),
                              sector_id=sector.id if sector else None, scope=scope,
                              priority=rng.choice([Priority.HIGH, Priority.NORMAL, Priority.NORMAL,
                                                   Priority.LOW]),
                              sort_order=order)
            session.add(item)  # type: ignore[attr-defined]
            stats["items"] += 1
            return item

        low = min(6, max(len(sectors) - 1, 1))  # 6..n-1 of the 11 defaults; fewer if fewer exist
        covered = sectors if not is_current or rng.random() < 0.4 else rng.sample(
            sectors, rng.randint(low, max(low, len(sectors) - 1)))
        for sector in covered:
            options = content["sector_comments"][sector.code]
            for order, text in enumerate(rng.sample(options, rng.randint(1, min(2, len(options)))),
                                         start=1):
                item = add(FeedbackKind.SECTOR_COMMENT, text, order, sector)
                if rng.random() < 0.2:
                    session.flush()  # type: ignore[attr-defined]
                    DemoService._follow_up(session, item, meeting, content, rng, is_current, stats)
        for order, text in enumerate(rng.sample(content["advocacy_targets"], 3), start=1):
            item = add(FeedbackKind.ADVOCACY_TARGET, text, order)
            if order == 1:
                session.flush()  # type: ignore[attr-defined]
                DemoService._follow_up(session, item, meeting, content, rng, is_current, stats)
        for scope in DevelopmentScope:
            add(FeedbackKind.DEVELOPMENT_VIEW, rng.choice(content["development_views"][scope.value]),
                1, scope=scope)
        if rng.random() < 0.6:
            add(FeedbackKind.QUESTION, rng.choice(content["questions"]), 1)

    @staticmethod
    def _follow_up(session: object, item: m.Feedback, meeting: m.Meeting, content: dict,
                   rng: random.Random, is_current: bool, stats: dict[str, int]) -> None:
        base = meeting.meeting_date or dt.date.today()
        status = FollowUpStatus.OPEN if is_current else rng.choice(
            [FollowUpStatus.DONE, FollowUpStatus.DONE, FollowUpStatus.IN_PROGRESS])
        session.add(m.FollowUp(  # type: ignore[attr-defined]
            feedback_id=item.id, description=rng.choice(content["follow_up_actions"]),
            owner=rng.choice(content["council_staff"])["name"],
            due_date=base + dt.timedelta(days=rng.choice([30, 60, 90, 120])), status=status))
        stats["follow_ups"] += 1

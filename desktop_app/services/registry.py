"""All services over one database, for callers that need several (UI, CLI); imported through
`desktop_app.services.Services`."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.services.agenda import AgendaService
from desktop_app.services.attendance import AttendanceService
from desktop_app.services.feedback import FeedbackService
from desktop_app.services.followups import FollowUpService
from desktop_app.services.managers import ManagersMeetingService
from desktop_app.services.meetings import MeetingService
from desktop_app.services.participants import ParticipantService
from desktop_app.services.rounds import RoundService
from desktop_app.services.search import SearchService
from desktop_app.services.sectors import SectorService
from desktop_app.storage.database import Database


@dataclass(frozen=True)
class Services:
    """All services over one database, for callers that need several (UI, CLI)."""

    db: Database
    rounds: RoundService
    meetings: MeetingService
    participants: ParticipantService
    feedback: FeedbackService
    followups: FollowUpService
    sectors: SectorService
    search: SearchService
    managers: ManagersMeetingService
    agenda: AgendaService
    attendance: AttendanceService

    @classmethod
    def for_database(cls, db: Database) -> Services:
        return cls(
            db=db,
            rounds=RoundService(db),
            meetings=MeetingService(db),
            participants=ParticipantService(db),
            feedback=FeedbackService(db),
            followups=FollowUpService(db),
            sectors=SectorService(db),
            search=SearchService(db),
            managers=ManagersMeetingService(db),
            agenda=AgendaService(db),
            attendance=AttendanceService(db),
        )

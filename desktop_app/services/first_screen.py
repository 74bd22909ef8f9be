"""Start-up without waiting for what the first screen does not need.

The main window with the rounds needs three reads: the rounds, the newest round's meetings with
their coverage, and the managers' meeting years; a window reopened on the last meeting needs that
meeting too (`MeetingService.detail`). `read_first_screen` does them with plain `sqlite3`
(storage/first_screen.py; the meeting with services/meeting_read.py's own SQL) in a few
milliseconds. SQLAlchemy, the models and the services (~0.4 s of imports, more than the rest of
start-up together) are loaded by `ServicesLoader` on a thread after the window's first paint.
`StartingServices` stands in for `Services` meanwhile: the first screen's reads answer from the
snapshot; anything else waits for the loader (an action in the first half second after the paint
may wait that long, never longer). Typed text does not wait: the autosave holds it until the
services are there (ui/workspace/autosave.py).

Nothing here imports SQLAlchemy: this module is imported before the first paint.
docs/performance/startup.md has the numbers.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.domain.enums import DevelopmentScope, FeedbackKind, MeetingStatus
from desktop_app.domain.errors import NotFoundError, StorageError
from desktop_app.domain.records import (
    FeedbackLink,
    FeedbackRecord,
    ItemCount,
    ManagersMeetingRecord,
    ManagersMeetingSummary,
    MeetingDetail,
    MeetingOutline,
    MeetingRecord,
    MeetingSummary,
    MunicipalityRecord,
    RoundRecord,
)
from desktop_app.services.meeting_read import read_feedback_links, read_meeting_detail, read_meeting_outline
from desktop_app.storage.first_screen import FirstScreenRows, read_first_screen_rows
from desktop_app.storage.stored_text import date_from_text as _date
from desktop_app.storage.stored_text import time_from_text as _time
from desktop_app.storage.stored_text import utc_from_text as _utc

if TYPE_CHECKING:
    from desktop_app.services.registry import Services
    from desktop_app.storage.startup_check import BackgroundQuickCheck


@dataclass(frozen=True)
class FirstScreen:
    """What the first screen shows, as the services would return it."""

    has_rounds: bool                 # the demo offer asks only when there are none
    rounds: list[RoundRecord]        # RoundService.list_rounds()
    round_id: str | None             # the round `overview` is for (the newest), None without rounds
    overview: list[MeetingSummary]   # RoundService.overview(round_id)
    managers_years: list[int]        # ManagersMeetingService.years()
    managers_meetings: list[ManagersMeetingSummary]   # ManagersMeetingService.list_meetings(newest year)
    municipalities: list[MunicipalityRecord]   # RoundService.municipalities()
    reopened: MeetingDetail | None = None      # MeetingService.detail(the remembered meeting), if live
    reopened_links: dict[str, tuple[FeedbackLink, ...]] | None = None   # links_for_feedback(its items)
    reopened_outline: MeetingOutline | None = None   # MeetingService.outline(the remembered meeting)


def _meeting(row: tuple, round_year: int) -> MeetingRecord:
    (meeting_id, round_id, code, name, date, time, place, status, notes, version, updated_at) = row
    return MeetingRecord(
        id=meeting_id, round_id=round_id, round_year=round_year, municipality_code=code,
        municipality_name=name, meeting_date=_date(date), start_time=_time(time), place=place,
        status=MeetingStatus(status), notes=notes, version=version, updated_at=_utc(updated_at))


def _managers_meeting(row: tuple) -> ManagersMeetingRecord:
    (meeting_id, year, number, date, time, place, link, chair, secretary, status, notes, version,
     updated_at) = row
    return ManagersMeetingRecord(
        id=meeting_id, year=year, number=number, meeting_date=_date(date), start_time=_time(time),
        place=place, remote_link=link, chair=chair, secretary=secretary, status=MeetingStatus(status),
        notes=notes, version=version, updated_at=_utc(updated_at))


def first_screen_from_rows(rows: FirstScreenRows) -> FirstScreen:
    rounds = [RoundRecord(id=r[0], year=r[1], period_start=r[2], period_end=r[3], title=r[4])
              for r in rows.rounds]
    newest = rounds[0] if rounds else None
    overview = [MeetingSummary(meeting=_meeting(row, newest.year),
                               item_count=rows.item_counts.get(row[0], 0),
                               sectors_covered=rows.covered.get(row[0], 0),
                               sectors_total=rows.sectors_total)
                for row in rows.meetings] if newest else []
    managers = sorted((_managers_meeting(row) for row in rows.managers_meetings),   # as _live_meetings
                      key=lambda r: (r.meeting_date is None, r.meeting_date or dt.date.max, r.year, r.number))
    return FirstScreen(rows.has_rounds, rounds, newest.id if newest else None, overview,
                       list(rows.managers_years),
                       [ManagersMeetingSummary(meeting=r, matter_count=rows.matters.get(r.id, 0),
                                               open_agreements=rows.open_agreements.get(r.id, 0))
                        for r in managers],
                       [MunicipalityRecord(code=code, name=name) for code, name in rows.municipalities],
                       *(rows.extra or (None, None, None)))


def _meeting_or_none(meeting_id: str) -> Any:
    def read(conn: sqlite3.Connection) -> tuple[MeetingDetail, dict[str, tuple[FeedbackLink, ...]],
                                                MeetingOutline] | None:
        try:
            detail = read_meeting_detail(conn, meeting_id)
        except NotFoundError:   # deleted since, or a managers' meeting's id: the services decide
            return None
        return (detail, read_feedback_links(conn, [item.id for item in detail.feedback]),
                read_meeting_outline(conn, meeting_id))
    return read


def section_items(items: Iterable[FeedbackRecord], kinds: Iterable[FeedbackKind], sector_id: str | None,
                  scope: DevelopmentScope | None) -> list[FeedbackRecord]:
    """`read_section_items`' filter applied to a meeting's items already read in
    `read_meeting_detail`'s order (the same ORDER BY, so the order is kept): `kinds`; `sector_id`
    only that sector's (None: any); `scope` only that scope's, a missing scope counting as the
    municipality's (None: any)."""
    wanted = set(kinds)
    return [item for item in items if item.kind in wanted
            and (sector_id is None or item.sector_id == sector_id)
            and (scope is None or (item.scope or DevelopmentScope.MUNICIPALITY) == scope)]


def read_first_screen(path: Path, meeting_id: str = "") -> FirstScreen | None:
    """None when the file needs the full open first (new, not at the schema head, unreadable).
    With `meeting_id` (the remembered position's), that meeting's detail too, read in the same
    transaction as `MeetingService.detail` reads it (`reopened`; None when there is no such live
    negotiation), its items' agenda links (`reopened_links`) and its outline (`reopened_outline`)."""
    rows = read_first_screen_rows(path, _meeting_or_none(meeting_id) if meeting_id else None)
    return first_screen_from_rows(rows) if rows is not None else None


EMPTY = FirstScreen(False, [], None, [], [], [], [])


class FirstScreenRead:
    """`read_first_screen` on its own thread, started with the quick check: SQLite releases the
    GIL while it reads (~50 ms at 100,000 items), so the read overlaps building the main window."""

    def __init__(self, path: Path, meeting_id: str = "") -> None:
        self._first: FirstScreen | None = None
        self._thread = threading.Thread(target=self._read, args=(path, meeting_id),
                                        name="kuntapalaute-first-screen", daemon=True)
        self._thread.start()

    def _read(self, path: Path, meeting_id: str) -> None:
        try:
            self._first = read_first_screen(path, meeting_id)
        except Exception:  # the full open reports what is wrong, in its own words
            self._first = None

    def result(self) -> FirstScreen | None:
        """Wait for the read; None when the full open must run first (see `read_first_screen`)."""
        self._thread.join()
        return self._first


@dataclass(frozen=True)
class StartupReads:
    """The start-up's two plain-sqlite3 reads of one file, running on their threads."""

    path: Path
    check: BackgroundQuickCheck | None   # None: a new file or a blocked place (the full open says)
    first: FirstScreenRead | None


def begin_reads(path: Path, meeting_id: str = "", check: BackgroundQuickCheck | None = None) -> StartupReads:
    """Start the quick check and the first-screen read of `path` now, each on its own thread;
    `meeting_id`: the meeting the window will reopen (read with the first screen); `check`: the
    quick check of `path` already started (launch_gui starts it before Qt loads)."""
    from desktop_app.storage.startup_check import start_quick_check

    if check is None or check.path != path:
        check = start_quick_check(path)
    return StartupReads(path, check, FirstScreenRead(path, meeting_id) if check is not None else None)


class ServicesLoader:
    """Imports the services and opens the database (`open_database`: triggers, reference data,
    search analyser) on a daemon thread. With `check` (the start-up quick check), the file is
    opened only when the check found it sound; otherwise the services raise StorageError."""

    def __init__(self, path: Path, actor: str, check: BackgroundQuickCheck | None = None) -> None:
        self.path, self.actor, self.check = path, actor, check
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._services: Services | None = None
        self._error: BaseException | None = None
        self.ready = threading.Event()

    def start(self) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._load, name="kuntapalaute-services",
                                                daemon=True)
                self._thread.start()

    def _load(self) -> None:
        try:
            from sqlalchemy.orm import configure_mappers

            from desktop_app.services.registry import Services
            from desktop_app.storage.migrate import open_database

            if self.check is not None and self.check.result():
                raise StorageError("Tietokantatiedosto on vioittunut: " + self.check.result()[0])
            services = Services.for_database(open_database(self.path, self.actor))
            configure_mappers()   # the first query after this is a query, not the mapping set-up
            self._services = services
        except BaseException as exc:  # raised where the services are asked for
            self._error = exc
        finally:
            self.ready.set()

    def services(self) -> Services:
        """The services, waiting for (and starting) the loader. Raises what opening raised
        (StorageError, in Finnish) on every call."""
        self.start()
        self.ready.wait()
        if self._error is not None:
            raise self._error
        assert self._services is not None
        return self._services

    @property
    def failure(self) -> BaseException | None:
        """What opening the file raised, once the loader has finished; None while it loads or
        when it succeeded."""
        return self._error if self.ready.is_set() else None

    def dispose(self) -> None:
        """Close the database, if it was opened (waits for a load in progress)."""
        if self._thread is None:
            return
        self.ready.wait()
        if self._services is not None:
            self._services.db.dispose()


class _FirstScreenRounds:
    def __init__(self, owner: StartingServices) -> None:
        self._owner = owner

    def list_rounds(self) -> list[RoundRecord]:
        if self._owner.loaded:
            return self._owner.real.rounds.list_rounds()
        return list(self._owner.first.rounds)

    def municipalities(self) -> list[MunicipalityRecord]:
        if self._owner.loaded:
            return self._owner.real.rounds.municipalities()
        return list(self._owner.first.municipalities)

    def overview(self, round_id: str) -> list[MeetingSummary]:
        if not self._owner.loaded and round_id == self._owner.first.round_id:
            return list(self._owner.first.overview)
        return self._owner.real.rounds.overview(round_id)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._owner.real.rounds, name)


class _FirstScreenManagers:
    def __init__(self, owner: StartingServices) -> None:
        self._owner = owner

    def years(self) -> list[int]:
        if self._owner.loaded:
            return self._owner.real.managers.years()
        return list(self._owner.first.managers_years)

    def list_meetings(self, year: int | None = None) -> list[ManagersMeetingSummary]:
        first = self._owner.first
        if not self._owner.loaded and first.managers_years and year == first.managers_years[0]:
            return list(first.managers_meetings)
        return self._owner.real.managers.list_meetings(year)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._owner.real.managers, name)


class _FirstScreenMeetings:
    def __init__(self, owner: StartingServices) -> None:
        self._owner = owner

    def detail(self, meeting_id: str) -> MeetingDetail:
        reopened = self._owner.first.reopened
        if not self._owner.loaded and reopened is not None and reopened.meeting.id == meeting_id:
            return reopened
        return self._owner.real.meetings.detail(meeting_id)

    def outline(self, meeting_id: str) -> MeetingOutline:
        outline = self._owner.reopened_outline(meeting_id)
        return outline if outline is not None else self._owner.real.meetings.outline(meeting_id)

    def item_counts(self, meeting_id: str) -> tuple[ItemCount, ...]:
        outline = self._owner.reopened_outline(meeting_id)
        return outline.counts if outline is not None else self._owner.real.meetings.item_counts(meeting_id)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._owner.real.meetings, name)


class _FirstScreenAgenda:
    def __init__(self, owner: StartingServices) -> None:
        self._owner = owner

    def links_for_feedback(self, feedback_ids: Iterable[str]) -> dict[str, tuple[FeedbackLink, ...]]:
        wanted = list(feedback_ids)
        first = self._owner.first
        if not self._owner.loaded and first.reopened is not None and first.reopened_links is not None \
                and set(wanted) <= {item.id for item in first.reopened.feedback}:
            return {key: first.reopened_links[key] for key in dict.fromkeys(wanted)
                    if key in first.reopened_links}
        return self._owner.real.agenda.links_for_feedback(wanted)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._owner.real.agenda, name)


class _FirstScreenFeedback:
    def __init__(self, owner: StartingServices) -> None:
        self._owner = owner

    def list_in_section(self, meeting_id: str, kinds: tuple[FeedbackKind, ...], *,
                        sector_id: str | None = None,
                        scope: DevelopmentScope | None = None) -> list[FeedbackRecord]:
        reopened = self._owner.first.reopened
        if self._owner.reopened_outline(meeting_id) is not None and reopened is not None:
            return section_items(reopened.feedback, kinds, sector_id, scope)
        return self._owner.real.feedback.list_in_section(meeting_id, kinds, sector_id=sector_id,
                                                         scope=scope)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._owner.real.feedback, name)


class StartingServices:
    """Stands for `Services` from the first paint until the loader is done, then passes every
    attribute to the real one. Only reads are answered from the snapshot, and only before the
    services exist: every write goes through the real services, so nothing can have changed the
    snapshot's rows in this process before it stops being used."""

    def __init__(self, loader: ServicesLoader, first: FirstScreen | FirstScreenRead) -> None:
        self._loader = loader
        self._first = first
        self._rounds = _FirstScreenRounds(self)
        self._managers = _FirstScreenManagers(self)
        self._meetings = _FirstScreenMeetings(self)
        self._agenda = _FirstScreenAgenda(self)
        self._feedback = _FirstScreenFeedback(self)

    @property
    def first(self) -> FirstScreen:
        """The snapshot (waiting for its read); empty when there is none: the caller then throws
        the window away and takes the full path."""
        if isinstance(self._first, FirstScreenRead):
            return self._first.result() or EMPTY
        return self._first

    @property
    def loaded(self) -> bool:
        return self._loader.ready.is_set() and self._loader._error is None

    def reopened_outline(self, meeting_id: str) -> MeetingOutline | None:
        """The snapshot's outline of `meeting_id` while the services load; None otherwise."""
        outline = self.first.reopened_outline
        if self.loaded or outline is None or outline.meeting.id != meeting_id:
            return None
        return outline

    @property
    def real(self) -> Services:
        return self._loader.services()

    @property
    def rounds(self) -> Any:
        return self.real.rounds if self.loaded else self._rounds

    @property
    def managers(self) -> Any:
        return self.real.managers if self.loaded else self._managers

    @property
    def meetings(self) -> Any:
        return self.real.meetings if self.loaded else self._meetings

    @property
    def agenda(self) -> Any:
        return self.real.agenda if self.loaded else self._agenda

    @property
    def feedback(self) -> Any:
        return self.real.feedback if self.loaded else self._feedback

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


def services_loaded(services: object) -> bool:
    """False while `services` is a StartingServices whose loader has not finished (asking it for
    anything beyond the snapshot would wait for the loader); True for the real services."""
    return not isinstance(services, StartingServices) or services.loaded

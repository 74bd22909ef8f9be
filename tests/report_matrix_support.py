"""Report inputs at the edges of what the app accepts, set up through the services like the app:
any number of active sectors (1–60), long sector names and codes, long names, places, titles and
owners, follow-ups long enough to cross pages. Used by tests/test_reports_any_data.py."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import text as sql

from desktop_app.domain.enums import DevelopmentScope, FeedbackKind, Side
from desktop_app.services import Services
from desktop_app.storage.database import Database
from desktop_app.storage.migrate import open_database

# 120 characters with a 60-character word that cannot be broken at a space
LONG_WORD = "Saavutettavuusjaelinvoimaisuuskehittämisohjelmakokonaisuus"
LONG_SECTOR = (f"Erittäin pitkä toimintasektorin nimi {LONG_WORD} ja vielä lisää sanoja, "
               "jotta nimi on tasan pitkä")[:120]
LONG_PLACE = ("Kunnantalon valtuustosali, Keskuskatu 1, 2. kerros, sisäänkäynti pihan puolelta "
              "ja hissillä ylös; " + LONG_WORD)
LONG_PERSON = "Anna-Maria Kristiina Hyvärinen-Korhonen-Väisänen"
LONG_TITLE = "Elinvoima- ja kehittämisjohtaja, " + LONG_WORD
LONG_OWNER = "Maakuntajohtajan sijainen " + LONG_WORD


def _sector_code(index: int) -> str:
    # some codes at the 16-character limit, the others short like the defaults
    return f"PITKAKOODI{index:02d}XYZ"[:16] if index % 7 == 0 else f"S{index:02d}"


def build_database(path: Path, sectors: int, *, long_names: bool = True,
                   municipalities: int = 8) -> Database:
    """A round 2026 with `sectors` active sectors and content in every municipality's meeting.
    More than the eight member municipalities are added as reference rows (a merger or a new
    member would add them the same way: from the reference data, not through a service)."""
    db = open_database(path, "Raportoija")
    with db.write() as session:
        for extra in range(8, municipalities):
            session.execute(sql("INSERT INTO municipalities (code, name_fi, name_sv, sort_order) "
                                 "VALUES (:code, :name, '', :order)"),
                            {"code": f"{900 + extra}", "name": f"Uusikunta-{LONG_WORD[:8 + extra]}",
                             "order": extra})
    services = Services.for_database(db)
    defaults = services.sectors.list_sectors()
    for sector in defaults[sectors:]:
        services.sectors.retire(sector.id)
    for index in range(len(defaults) + 1, sectors + 1):
        name = LONG_SECTOR if long_names and index % 5 == 0 else f"Lisätty sektori {index}"
        services.sectors.add(_sector_code(index), name)
    if long_names and sectors <= len(defaults):
        services.sectors.rename(services.sectors.list_sectors()[-1].id, LONG_SECTOR)
    active = services.sectors.list_sectors()
    assert len(active) == sectors
    round_ = services.rounds.plan_round(2026)
    follow_up = 0
    for m_index, municipality in enumerate(services.rounds.municipalities()):
        meeting = services.meetings.find(round_.id, municipality.code)
        services.meetings.update_details(meeting.id, meeting_date=dt.date(2026, 3, 2 + m_index),
                                         place=LONG_PLACE if long_names else "Kunnantalo")
        services.participants.add(meeting.id, LONG_PERSON if long_names else "Anna", Side.COUNCIL,
                                  title=LONG_TITLE if long_names else "")
        services.participants.add(meeting.id, f"Kunnanjohtaja {municipality.name}", Side.MUNICIPALITY)
        for s_index, sector in enumerate(active):
            if (s_index + m_index) % 3:
                continue
            text = f"{municipality.name} {sector.code}: sektorikommentti {s_index}."
            if long_names and s_index % 4 == 0:
                text += f" {LONG_WORD} " + "Pitkä perustelu jatkuu. " * 12
            item = services.feedback.add(meeting.id, FeedbackKind.SECTOR_COMMENT, text,
                                         sector_id=sector.id)
            if s_index % 2 == 0:
                follow_up += 1
                long_text = "Selvitetään asia ja raportoidaan. " * (25 if follow_up % 6 == 0 else 2)
                owner = LONG_OWNER if long_names and follow_up % 4 == 0 else f"Omistaja {follow_up % 3}"
                services.followups.add(
                    item.id, owner=owner,
                    due_date=dt.date(2026, 4, 1) + dt.timedelta(days=follow_up),
                    description=f"TP{follow_up:03d}A {long_text} TP{follow_up:03d}Z")
        for a_index in range(3):
            services.feedback.add(meeting.id, FeedbackKind.ADVOCACY_TARGET,
                                  f"AK{m_index}{a_index}A {municipality.name} edunajamiskohde. "
                                  + ("Perustelu. " * (20 if a_index == 1 else 2)) + f"AK{m_index}{a_index}Z")
        for scope in DevelopmentScope:
            services.feedback.add(meeting.id, FeedbackKind.DEVELOPMENT_VIEW,
                                  f"{municipality.name} näkemys {scope.value}.", scope=scope)
    return db

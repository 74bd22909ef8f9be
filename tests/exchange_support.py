"""Helpers for the exchange tests: a full table dump to prove "unchanged", and bundle editing."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.exchange.bundle import bundle_bytes, checksum
from desktop_app.storage.database import Database


def dump_database(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (audit log and FTS index included), in a stable order."""
    connection = sqlite3.connect(db.path)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%_config' AND name NOT LIKE '%_data' AND name NOT LIKE '%_idx' "
            "AND name NOT LIKE '%_docsize' AND name NOT LIKE '%_content' ORDER BY name")]
        return {table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
                for table in tables}
    finally:
        connection.close()


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def save(bundle: dict[str, Any], path: Path, *, fix_checksum: bool = True) -> Path:
    """Write an edited bundle; by default with counts and checksum recomputed, so the edit itself
    (not a stale checksum) is what the importer has to catch."""
    if fix_checksum and isinstance(bundle.get("data"), dict):
        try:
            bundle["manifest"]["counts"] = {k: len(v) for k, v in bundle["data"].items()}
            bundle["manifest"]["sha256"] = checksum(bundle["data"])
        except (TypeError, KeyError, AttributeError):
            pass
    path.write_bytes(bundle_bytes(bundle))
    return path


AWKWARD_TEXT = '=SUM(A1) Äänestys "lainaus"; pilkku, rivi\nvaihto ja €-merkki – ÅÖ 🌲 -loppu'


def add_managers_data(services: Any, feedback_id: str) -> dict[str, str]:
    """A year of managers' meetings as people fill them: meeting 7/2026 with prefilled and marked
    attendance, an invited expert heard on a matter, three matters (one awkward text, one brought
    from the negotiation item `feedback_id`), agreements, one matter carried to 8/2026, one matter
    and one attendee deleted, and an extra meeting. Returns the ids the tests look at."""
    from desktop_app.domain.enums import Attendance, AttendeeRole, MatterRaiser

    if 2026 not in services.managers.years():
        services.managers.plan_year(2026)
    july = services.managers.find(2026, 7)
    attendees = services.attendance.prefill(july.id)
    for attendee, mark in zip(attendees, (Attendance.PRESENT, Attendance.REMOTE, Attendance.ABSENT),
                              strict=False):
        services.attendance.set_attendance(attendee.id, mark)
    plan = services.agenda.add(july.id, "Maakuntaohjelman toteuttamissuunnitelma 2027–2028",
                               presenter="Aluekehitysjohtaja", description="Luonnos lausunnolle.",
                               notes=AWKWARD_TEXT)
    rail = services.agenda.add(july.id, "Kajaani–Oulu-ratayhteyden rahoitus",
                               raised_by=MatterRaiser.MUNICIPALITY, municipality_code="205",
                               presenter="Kaupunginjohtaja", notes="Kuntien osuudet selvitetään.")
    eu = services.agenda.add(july.id, "EU-rahoitushaku", raised_by=MatterRaiser.THIRD_PARTY,
                             raised_by_name="Business Kainuu")
    brought = services.agenda.bring_feedback(feedback_id, july.id)
    expert = services.attendance.add(july.id, "Liisa Asiantuntija", AttendeeRole.EXPERT,
                                     organisation="Väylävirasto", matter_id=rail.id,
                                     attendance=Attendance.PRESENT)
    services.attendance.remove(attendees[-1].id)
    agreement = services.followups.add_agreement(
        plan.id, owner="Maakuntajohtaja", due_date="30.9.2026",
        description="Liitto valmistelee toteuttamissuunnitelman luonnoksen syyskuun kokoukseen.")
    services.followups.add_agreement(rail.id, owner="Kajaanin kaupunki",
                                     description="Selvitys rahoitusosuuksista.")
    carried = services.agenda.carry_forward(rail.id)
    services.agenda.delete(eu.id)
    extra = services.managers.add_meeting("15.12.2026")
    return {"july": july.id, "plan": plan.id, "rail": rail.id, "carried": carried.id,
            "brought": brought.id, "expert": expert.id, "agreement": agreement.id,
            "deleted_matter": eu.id, "extra": extra.id}


class DemoSource:
    """A demo database (DemoService) with an edit, a tombstone and awkward text, exported once."""

    def __init__(self, folder: Path) -> None:
        from sqlalchemy import select

        from desktop_app.domain.enums import MeetingStatus
        from desktop_app.exchange.bundle import export_bundle
        from desktop_app.exchange.scope import parse_scope
        from desktop_app.services import Services
        from desktop_app.services.demo import DemoService
        from desktop_app.storage import models as m
        from desktop_app.storage.migrate import open_database

        self.db_path = folder / "lahde.db"
        db = open_database(self.db_path, "Lähde Käyttäjä")
        try:
            # realistic data for the exchange mechanism; a marked demo's bundle marks its importer
            DemoService(db).create(current_year=2026, mark=False)
            services = Services.for_database(db)
            with db.read() as session:
                open_items = list(session.scalars(
                    select(m.Feedback.id).join(m.Meeting, m.Meeting.id == m.Feedback.meeting_id)
                    .where(m.Meeting.status == MeetingStatus.IN_PROGRESS).order_by(m.Feedback.id)))
                self.meeting_id = session.scalar(select(m.Feedback.meeting_id)
                                                 .where(m.Feedback.id == open_items[0]))
            services.feedback.update(open_items[0], text=AWKWARD_TEXT)
            services.feedback.delete(open_items[1])
            self.edited_id, self.deleted_id = open_items[0], open_items[1]
            self.managers = add_managers_data(services, open_items[2])
            self.all = folder / "kaikki.json"
            self.meeting = folder / "neuvottelu.json"
            export_bundle(db, parse_scope("all"), self.all)
            export_bundle(db, parse_scope(f"meeting:{self.meeting_id}"), self.meeting)
            self.managers_year = folder / "kuntajohtajakokoukset.json"
            export_bundle(db, parse_scope("managers:2026"), self.managers_year)
        finally:
            db.dispose()


@pytest.fixture(scope="session", name="demo_source")
def demo_source_fixture(tmp_path_factory: pytest.TempPathFactory) -> DemoSource:
    return DemoSource(tmp_path_factory.mktemp("exchange_demo"))


@pytest.fixture(name="empty_db")
def empty_db_fixture(tmp_path: Path) -> Iterator[Database]:
    """Truly empty: no seeded municipalities or sectors (a fresh central copy, say)."""
    from desktop_app.storage.migrate import open_database
    database = open_database(tmp_path / "tyhja.db", "Vastaanottaja", seed=False)
    yield database
    database.dispose()


REPO_ROOT = Path(__file__).resolve().parent.parent

"""One length rule per stored text, the same for typing, import and sync (issue 13, item 4a).

The services accepted 500 characters for a name that the central store (VARCHAR(200)) and the
bundle schema (maxLength 200) refuse, so a typed name could stop every sync and make every bundle
unimportable; a feedback text of 100,001–200,000 characters was accepted by the app and refused
by its own import."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import String, Text

from desktop_app.domain.enums import Side
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.validation import ACTOR_LIMIT, FIELD_LIMITS, MAX_TEXT_LENGTH
from desktop_app.exchange.bundle import export_bundle
from desktop_app.exchange.importer import import_bundle
from desktop_app.exchange.reader import bundle_schema
from desktop_app.exchange.scope import parse_scope
from desktop_app.services import Services
from desktop_app.storage.migrate import open_database
from desktop_app.sync.central_schema import SYNCED_TABLES


def test_the_services_the_bundle_schema_and_the_central_store_agree() -> None:
    definitions = bundle_schema()["$defs"]
    for (table, column), limit in FIELD_LIMITS.items():
        assert definitions[table]["properties"][column].get("maxLength") == limit, (table, column)
        central = SYNCED_TABLES[table].c[column].type
        if isinstance(central, Text):
            assert limit == MAX_TEXT_LENGTH, (table, column)
        else:
            assert isinstance(central, String) and central.length == limit, (table, column)
    for table in SYNCED_TABLES:
        for column in ("created_by", "updated_by"):
            assert definitions[table]["properties"][column]["maxLength"] == ACTOR_LIMIT
            assert SYNCED_TABLES[table].c[column].type.length == ACTOR_LIMIT


def _typers(services: Services) -> dict[tuple[str, str], object]:
    """For each limited field, a function that types `value` into it through the services."""
    round_ = services.rounds.plan_round(2026)
    meeting = services.meetings.find(round_.id, "290")
    person = services.participants.add(meeting.id, "Maija", Side.COUNCIL)
    item = services.feedback.add(meeting.id, "question", "Kysymys")
    follow_up = services.followups.add(item.id, owner="Liitto")
    sector = services.sectors.find("LII")
    managers = services.managers.add_meeting("3.11.2026")
    matter = services.agenda.add(managers.id, "Maakuntaohjelman toimeenpano")
    attendee = services.attendance.add(managers.id, "Asiantuntija", "expert")
    return {
        ("sectors", "code"): lambda v: services.sectors.add(v.upper()[:-1] + "Q", "Uusi"),
        ("sectors", "name_fi"): lambda v: services.sectors.rename(sector.id, v),
        ("sectors", "name_en"): lambda v: services.sectors.rename(sector.id, "Liikenne", v),
        ("rounds", "title"): lambda v: services.rounds.plan_round(2027, title=v),
        ("meetings", "place"): lambda v: services.meetings.update_details(meeting.id, place=v),
        ("meetings", "notes"): lambda v: services.meetings.update_details(meeting.id, notes=v),
        ("participants", "name"): lambda v: services.participants.update(person.id, name=v),
        ("participants", "organisation"): lambda v: services.participants.update(person.id, organisation=v),
        ("participants", "title"): lambda v: services.participants.update(person.id, title=v),
        ("feedback", "text"): lambda v: services.feedback.update(item.id, text=v),
        ("follow_ups", "description"): lambda v: services.followups.update(follow_up.id, description=v),
        ("follow_ups", "owner"): lambda v: services.followups.update(follow_up.id, owner=v),
        **{("managers_meetings", key): (lambda v, key=key: services.managers.update_details(
            managers.id, **{key: v})) for key in ("place", "remote_link", "chair", "secretary", "notes")},
        **{("agenda_matters", key): (lambda v, key=key: services.agenda.update(matter.id, **{key: v}))
           for key in ("title", "raised_by_name", "presenter", "description", "notes")},
        **{("managers_attendees", key): (lambda v, key=key: services.attendance.update(
            attendee.id, **{key: v})) for key in ("name", "organisation", "title")},
    }


def test_typing_accepts_exactly_the_limit_and_what_is_typed_travels(services: Services,
                                                                    tmp_path: Path) -> None:
    typers = _typers(services)
    assert set(typers) == set(FIELD_LIMITS)
    for key, limit in FIELD_LIMITS.items():
        with pytest.raises(ValidationError, match="liian pitkä"):
            typers[key]("Ä" * (limit + 1))
    for key, limit in FIELD_LIMITS.items():
        typers[key]("A" * limit if key == ("sectors", "code") else "Ä" * limit)
    bundle = export_bundle(services.db, parse_scope("all"), tmp_path / "kaikki.json")
    laptop = open_database(tmp_path / "toinen.db", "Toinen")
    try:
        report = import_bundle(laptop, bundle.path)  # the longest typed values import elsewhere
        again = export_bundle(laptop, parse_scope("all"), tmp_path / "takaisin.json")
    finally:
        laptop.dispose()
    assert report.total("added") > 0 and again.path.read_bytes() == bundle.path.read_bytes()


@pytest.mark.parametrize("name", ["x" * (ACTOR_LIMIT + 1), "Nimi\x1b[2J"])
def test_a_cli_author_name_the_central_store_would_refuse_is_refused(name: str) -> None:
    import argparse

    from desktop_app.cli.context import actor

    with pytest.raises(ValidationError):
        actor(argparse.Namespace(user=name))

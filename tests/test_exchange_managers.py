"""The export bundle carries the managers' meetings (issue 11): format version 2 with meetings,
agenda matters, attendees and agreements; bundles of version 1 (committed fixture, written by
the version before this one) still import; an export → import into a newly set-up laptop →
export round trip is byte-identical with the new data; hostile bundles are refused cleanly."""

from __future__ import annotations

import csv
import json
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from exchange_support import demo_source_fixture, dump_database, load, save  # noqa: F401

from desktop_app.exchange.bundle import FORMAT_VERSION, export_bundle
from desktop_app.exchange.errors import BundleError
from desktop_app.exchange.importer import import_bundle
from desktop_app.exchange.scope import parse_scope
from desktop_app.services import Services
from desktop_app.storage.database import Database
from desktop_app.storage.migrate import open_database

V1_FIXTURE = Path(__file__).parent / "fixtures" / "bundle_v1_round_2025.json"
NEW_ENTITIES = ("managers_meetings", "agenda_matters", "managers_attendees")


@pytest.fixture
def laptop(tmp_path: Path):
    """A laptop set up the way the app does it: opened, migrated, seeded."""
    database = open_database(tmp_path / "uusi.db", "Uusi Käyttäjä")
    yield database
    database.dispose()


def test_a_bundle_of_version_1_still_imports_and_travels_on_as_version_2(laptop: Database,
                                                                         tmp_path: Path) -> None:
    old = load(V1_FIXTURE)
    assert old["format_version"] == 1 and "matter_id" not in old["data"]["follow_ups"][0]
    report = import_bundle(laptop, V1_FIXTURE)
    assert report.counts["feedback"].added == len(old["data"]["feedback"]) == 3
    assert report.counts["follow_ups"].added == 1
    assert all(report.counts[name].added == 0 for name in NEW_ENTITIES)
    services = Services.for_database(laptop)
    rows = services.followups.list_all()
    assert [(row.follow_up.description, row.kind) for row in rows] == [("Viedään edunvalvontasuunnitelmaan.",
                                                              "negotiation")]
    # Again: nothing changes (the audit log neither).
    before = dump_database(laptop)
    again = import_bundle(laptop, V1_FIXTURE)
    assert not again.changed and dump_database(laptop) == before
    # Exported now, the same records come out in version 2, follow-ups with matter_id null.
    out = export_bundle(laptop, parse_scope("round:2025"), tmp_path / "v2.json")
    new = load(out.path)
    assert new["format_version"] == FORMAT_VERSION == 2
    for name, records in old["data"].items():
        expected = [dict(r, matter_id=None) if name == "follow_ups" else r for r in records]
        assert new["data"][name] == expected, name
    assert all(new["data"][name] == [] for name in NEW_ENTITIES)


def test_a_version_1_bundle_cannot_smuggle_version_2_fields(laptop: Database, tmp_path: Path) -> None:
    bundle = load(V1_FIXTURE)
    bundle["data"]["follow_ups"][0]["matter_id"] = None
    path = save(bundle, tmp_path / "sekoitus.json")
    with pytest.raises(BundleError, match="tuntematon kenttä: matter_id"):
        import_bundle(laptop, path)
    bundle = load(V1_FIXTURE)
    bundle["format_version"] = 3
    with pytest.raises(BundleError, match="muotoversio 3; tämä sovellus lukee versioita 1 ja 2"):
        import_bundle(laptop, save(bundle, tmp_path / "tuleva.json"))


def test_round_trip_through_a_newly_set_up_laptop_is_byte_identical(demo_source, laptop: Database,
                                                                     tmp_path: Path) -> None:
    counts = load(demo_source.all)["manifest"]["counts"]
    assert all(counts[name] > 0 for name in (*NEW_ENTITIES, "follow_ups"))
    agreements = [r for r in load(demo_source.all)["data"]["follow_ups"] if r["matter_id"]]
    assert agreements and all(r["feedback_id"] is None for r in agreements)
    report = import_bundle(laptop, demo_source.all)
    assert report.counts["agenda_matters"].added == counts["agenda_matters"]
    again = export_bundle(laptop, parse_scope("all"), tmp_path / "takaisin.json")
    assert again.path.read_bytes() == demo_source.all.read_bytes()
    year = export_bundle(laptop, parse_scope("managers:2026"), tmp_path / "vuosi.json")
    assert year.path.read_bytes() == demo_source.managers_year.read_bytes()
    # What a person sees on the new laptop: the carried matter's history and both sides of a link.
    services = Services.for_database(laptop)
    ids = demo_source.managers
    assert [entry.matter.id for entry in services.agenda.history(ids["carried"])] == [ids["rail"]]
    brought = services.agenda.get(ids["brought"])
    assert brought.feedback_id is not None
    assert [link.matter_id for link in services.agenda.links_for_feedback(
        [brought.feedback_id])[brought.feedback_id]] == [ids["brought"]]


def test_the_managers_scope_takes_a_year_of_meetings_and_the_items_they_were_brought_from(
        demo_source) -> None:
    bundle = load(demo_source.managers_year)
    data = bundle["data"]
    assert bundle["manifest"]["scope"] == "managers:2026"
    assert {m["year"] for m in data["managers_meetings"]} == {2026}
    assert len(data["managers_meetings"]) == 12  # 11 planned (no July) + one extra
    everything = load(demo_source.all)["data"]
    for name in NEW_ENTITIES:
        assert data[name] == everything[name], name
    assert data["follow_ups"] == [r for r in everything["follow_ups"] if r["matter_id"]]
    # The negotiation item a matter came from travels with what it needs, nothing else of it.
    brought_from = {m["feedback_id"] for m in data["agenda_matters"] if m["feedback_id"]}
    assert brought_from and {item["id"] for item in data["feedback"]} == brought_from
    assert {m["id"] for m in data["meetings"]} == {item["meeting_id"] for item in data["feedback"]}
    assert {r["id"] for r in data["rounds"]} == {m["round_id"] for m in data["meetings"]}
    assert data["participants"] == []
    # A negotiation round's bundle carries no managers' data.
    round_data = load(demo_source.meeting)["data"]
    assert all(round_data[name] == [] for name in NEW_ENTITIES)
    assert all(r["feedback_id"] for r in round_data["follow_ups"])


def test_since_takes_a_changed_agreement_with_its_matter_and_meeting(demo_source, tmp_path: Path) -> None:
    copy = tmp_path / "kopio.db"
    with sqlite3.connect(demo_source.db_path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
        target.execute("UPDATE local_receipts SET received_at = '2025-06-01T00:00:00.000Z' "
                       "WHERE row_id != ?", (demo_source.managers["agreement"],))
    db = open_database(copy, "Lukija")
    try:
        out = export_bundle(db, parse_scope("since:2026-01-01"), tmp_path / "s.json")
    finally:
        db.dispose()
    data = load(out.path)["data"]
    assert [r["id"] for r in data["follow_ups"]] == [demo_source.managers["agreement"]]
    assert [r["id"] for r in data["agenda_matters"]] == [demo_source.managers["plan"]]
    assert [r["id"] for r in data["managers_meetings"]] == [demo_source.managers["july"]]
    assert all(not data[name] for name in ("feedback", "meetings", "rounds", "managers_attendees"))


def _matter(bundle: dict[str, Any], matter_id: str) -> dict[str, Any]:
    return next(r for r in bundle["data"]["agenda_matters"] if r["id"] == matter_id)


def _agreement(bundle: dict[str, Any]) -> dict[str, Any]:
    return bundle["data"]["follow_ups"][0]


def _second_meeting_7(bundle: dict[str, Any], ids: dict[str, str]) -> None:
    meeting = next(r for r in bundle["data"]["managers_meetings"] if r["number"] == 7)
    bundle["data"]["managers_meetings"].append(dict(meeting, id=str(uuid.uuid4())))


CASES: list[tuple[str, Callable[[dict[str, Any], dict[str, str]], None], str, str]] = [
    ("matter of a missing meeting",
     lambda b, ids: _matter(b, ids["plan"]).update(managers_meeting_id=str(uuid.uuid4())),
     "viittaa kohteeseen (kuntajohtajakokous)", "kenttä managers_meeting_id"),
    ("agreement with both parents",
     lambda b, ids: _agreement(b).update(feedback_id=b["data"]["feedback"][0]["id"]),
     "nyt molemmat on annettu", "jatkotoimenpide nro 1"),
    ("agreement with neither parent", lambda b, ids: _agreement(b).update(matter_id=None),
     "nyt ei kumpaakaan", "kenttä feedback_id"),
    ("agreement of a missing matter", lambda b, ids: _agreement(b).update(matter_id=str(uuid.uuid4())),
     "viittaa kohteeseen (asia)", "kenttä matter_id"),
    ("expert heard on a missing matter",
     lambda b, ids: next(r for r in b["data"]["managers_attendees"] if r["id"] == ids["expert"]).update(
         matter_id=str(uuid.uuid4())), "viittaa kohteeseen (asia)", "kokouksen osallistuja nro"),
    ("second meeting 7/2026", _second_meeting_7, "samalla numerolla", "kenttä number"),
    ("unknown matter status", lambda b, ids: _matter(b, ids["plan"]).update(status="forgotten"),
     "sallitut: open, done, carried", "kenttä status"),
    ("carried from a non-id", lambda b, ids: _matter(b, ids["carried"]).update(carried_from_id="7/2026"),
     "UUID", "kenttä carried_from_id"),
]


@pytest.mark.parametrize(("edit", "expected", "where"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_hostile_managers_data_is_refused_and_nothing_changes(demo_source, laptop: Database,
                                                              tmp_path: Path, edit, expected: str,
                                                              where: str) -> None:
    import_bundle(laptop, demo_source.meeting)  # something to keep unchanged
    bundle = load(demo_source.managers_year)
    edit(bundle, demo_source.managers)
    bundle["data"]["managers_meetings"].sort(key=lambda r: r["id"])
    path = save(bundle, tmp_path / "vihamielinen.json")
    before = dump_database(laptop)
    with pytest.raises(BundleError) as caught:
        import_bundle(laptop, path)
    message = str(caught.value)
    assert expected in message and where in message, message
    assert dump_database(laptop) == before


def test_the_cli_exports_and_imports_the_managers_year(demo_source, tmp_path: Path, capsys) -> None:
    from desktop_app.cli import main

    out = tmp_path / "cli.json"
    code = main(["--db", str(demo_source.db_path), "--user", "Komento", "export",
                 "--scope", "managers:2026", "--out", str(out)])
    assert code == 0 and out.read_bytes() == demo_source.managers_year.read_bytes()
    target = tmp_path / "kohde.db"
    assert main(["--db", str(target), "--user", "Komento", "import", str(out)]) == 0
    text = capsys.readouterr().out
    assert "Kuntajohtajakokoukset: lisätty 12" in text and "Asiat: lisätty" in text
    csv_out = tmp_path / "asiat.csv"
    assert main(["--db", str(target), "--user", "Komento", "export", "--format", "csv",
                 "--flat", "asiat", "--out", str(csv_out)]) == 0
    with csv_out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:3] == ["Tunniste", "Kokous", "Kokouspäivä"]
    assert any(row[1] == "'7/2026" and "Maakuntaohjelman" in row[5] for row in rows[1:])
    # "8/2026" would turn into a date in a spreadsheet: written as text ('8/2026), as documented.
    carried = next(row for row in rows[1:] if row[0] == demo_source.managers["carried"])
    assert carried[1] == "'8/2026"
    assert carried[5] == "Kajaani–Oulu-ratayhteyden rahoitus" and carried[11].startswith("7/2026, asia ")
    brought = next(row for row in rows[1:] if row[0] == demo_source.managers["brought"])
    assert brought[12].endswith(" 2026")  # the negotiation it came from, by name
    assert main(["--db", str(demo_source.db_path), "--user", "Komento", "export", "--format", "csv",
                 "--flat", "jatkotoimet", "--out", str(tmp_path / "jt.csv")]) == 0
    with (tmp_path / "jt.csv").open(encoding="utf-8-sig", newline="") as handle:
        sources = {row[1] for row in list(csv.reader(handle, delimiter=";"))[1:]}
    assert sources == {"Kuntaneuvottelu", "Kuntajohtajakokous"}
    assert json.loads(out.read_text(encoding="utf-8"))["format_version"] == 2

"""Search covers managers' meetings: agenda matters (title, description, notes) and their
agreements are found with the same Finnish matching as negotiation items, in one ranked list, with
the same filters plus the kind of meeting; the matter index stays current on every write path
(services, migration of existing rows, import, sync pull) and is rebuilt with the analyser."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text
from sync_support import make_device, run_sync

from desktop_app.domain.enums import FeedbackKind, MatterRaiser, MeetingKind
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.records import ManagersMeetingRecord
from desktop_app.exchange.bundle import export_bundle
from desktop_app.exchange.entities import ENTITY_NAMES
from desktop_app.exchange.importer import import_bundle
from desktop_app.exchange.scope import parse_scope
from desktop_app.services import Services
from desktop_app.services.maintenance import MaintenanceService
from desktop_app.storage import migrate, morphology
from desktop_app.storage.database import Database
from desktop_app.storage.engine import create_sqlite_engine
from desktop_app.storage.migrate import current_revision, head_revision, open_database
from desktop_app.storage.search import index_analyser
from tests.test_cli import run
from tests.test_search_finnish import needs_voikko

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _meeting(services: Services, year: int = 2026, number: int = 7) -> ManagersMeetingRecord:
    if not services.managers.list_meetings(year):
        services.managers.plan_year(year)
    return services.managers.find(year, number)


def _matters(services: Services, query: str, **filters: object) -> list[str]:
    return [hit.matter_id for hit in services.search.search(query, **filters)
            if hit.meeting_kind is MeetingKind.MANAGERS]


def _all(services: Services, query: str, **filters: object) -> list[str]:
    return [hit.item_id for hit in services.search.search(query, **filters)]


@needs_voikko
def test_inflected_queries_find_titles_descriptions_notes_and_agreements(services: Services) -> None:
    meeting = _meeting(services)
    rail = services.agenda.add(meeting.id, "Oulu–Kontiomäki rataosuus",
                               description="Rahoituksen tilanne valtion talousarviossa.")
    plan = services.agenda.add(meeting.id, "Maakuntaohjelma", notes=(
        "Keskusteltiin maakuntaohjelman toimeenpanosuunnitelmasta ja sen mittareista."))
    call = services.agenda.add(meeting.id, "EU-rahoitus")
    services.followups.add_agreement(call.id, owner="Mikko Korhonen",
                                     description="Liitto valmistelee yhteisen lausunnon JTF-hausta.")

    assert _matters(services, "rataosuuden") == [rail.id]          # inflected → the base form
    assert _matters(services, "talousarvio") == [rail.id]          # the description, "talousarviossa"
    assert _matters(services, "toimeenpanosuunnitelma") == [plan.id]   # notes, an inflected compound
    assert _matters(services, "suunnitelma") == [plan.id]          # a compound's part
    (hit,) = services.search.search("lausunto")                    # "lausunnon": gradation nt → nn
    assert hit.matter_id == call.id and hit.followup_match and "[lausunnon]" in hit.snippet


@needs_voikko
def test_both_kinds_in_one_ranked_list_and_the_kind_of_meeting_filter(
        services: Services, make_feedback) -> None:
    meeting = _meeting(services)
    item = make_feedback("Rataosuuden sähköistys on kunnalle tärkeä.")   # base form: tier 1
    matter = services.agenda.add(meeting.id, "Rataosuus Kontiomäki–Pesiökylä")  # typed form: tier 0
    hits = services.search.search("rataosuus")
    assert [h.item_id for h in hits] == [matter.id, item.id]
    assert [h.meeting_kind for h in hits] == [MeetingKind.MANAGERS, MeetingKind.NEGOTIATION]
    assert [h.tier for h in hits] == [0, 1]
    assert _all(services, "rataosuus", meeting_kind="managers") == [matter.id]
    assert _all(services, "rataosuus", meeting_kind=MeetingKind.NEGOTIATION) == [item.id]
    with pytest.raises(ValidationError):
        services.search.search("rataosuus", meeting_kind="kokous")
    # Zero hits in one kind: the suggestion is to drop the filters, which finds both.
    assert _all(services, "sähköistys", meeting_kind="managers") == []
    (suggestion,) = services.search.suggest("sähköistys", meeting_kind="managers")
    assert suggestion.without_filters and suggestion.hits == 1


@needs_voikko
def test_a_matter_hit_says_where_it_is(services: Services) -> None:
    meeting = _meeting(services, 2026, 7)
    services.agenda.add(meeting.id, "Talousarvio")
    services.agenda.add(meeting.id, "Kuulumiset")
    third = services.agenda.add(meeting.id, "Yhteinen lausunto tuulivoimasta",
                                raised_by=MatterRaiser.MUNICIPALITY, municipality_code="765")
    (hit,) = services.search.search("tuulivoima")
    assert (hit.meeting_id, hit.matter_id) == (meeting.id, third.id)
    assert (hit.managers_number, hit.round_year, hit.matter_number) == (7, 2026, 3)
    assert hit.municipality_name == "Sotkamo" and hit.kind is None and hit.feedback_id == ""
    (council,) = services.search.search("talousarvio")   # raised by the council itself
    assert council.municipality_name == "Kainuun liitto" and council.municipality_code == ""


@needs_voikko
def test_filters_year_municipality_sector_and_kind_apply_to_matters(
        services: Services, make_meeting, make_feedback) -> None:
    kuhmo = make_meeting(2026, "290")
    comment = make_feedback("Tuulivoiman kaavoitus", meeting=kuhmo, sector_code="KAA")
    meeting_2026 = _meeting(services, 2026, 3)
    meeting_2025 = _meeting(services, 2025, 3)
    brought = services.agenda.bring_feedback(comment.id, meeting_2026.id)   # raised by Kuhmo, KAA
    council = services.agenda.add(meeting_2026.id, "Tuulivoima ja maakuntakaava")
    earlier = services.agenda.add(meeting_2025.id, "Tuulivoimarakentaminen",
                                  raised_by=MatterRaiser.MUNICIPALITY, municipality_code="290")
    assert set(_matters(services, "tuulivoima")) == {brought.id, council.id, earlier.id}
    round_2026 = services.rounds.find_by_year(2026)
    services.rounds.plan_round(2025)
    assert set(_matters(services, "tuulivoima", round_id=round_2026.id)) == {brought.id, council.id}
    assert set(_matters(services, "tuulivoima", municipality_code="290")) == {brought.id, earlier.id}
    kaa = services.sectors.find("KAA").id
    assert _matters(services, "tuulivoima", sector_id=kaa) == [brought.id]
    assert set(_all(services, "tuulivoima", sector_id=kaa)) == {brought.id, comment.id}
    assert _matters(services, "tuulivoima", kind=FeedbackKind.SECTOR_COMMENT) == [brought.id]
    assert _matters(services, "tuulivoima", kind=FeedbackKind.QUESTION) == []


@needs_voikko
def test_service_edits_keep_the_matter_index_current(services: Services) -> None:
    meeting = _meeting(services)
    matter = services.agenda.add(meeting.id, "Kuulumiset")
    assert _matters(services, "rataosuus") == []
    services.agenda.update(matter.id, notes="Rataosuuden rahoitus etenee.")
    assert _matters(services, "rataosuus") == [matter.id]
    services.agenda.update(matter.id, title="Ratahanke", notes="")
    assert _matters(services, "rataosuus") == [] and _matters(services, "ratahanke") == [matter.id]
    agreement = services.followups.add_agreement(matter.id, description="Selvitetään lentoliikenne")
    assert _matters(services, "lentoliikenteen") == [matter.id]
    services.followups.update(agreement.id, description="Kysytään aikataulu ministeriöltä")
    assert _matters(services, "lentoliikenne") == [] and _matters(services, "ministeriö") == [matter.id]
    services.followups.delete(agreement.id)
    assert _matters(services, "ministeriö") == []
    services.followups.restore(agreement.id)
    assert _matters(services, "ministeriö") == [matter.id]
    services.agenda.delete(matter.id)
    assert _matters(services, "ratahanke") == []
    services.agenda.restore(matter.id)
    assert _matters(services, "ratahanke") == [matter.id]
    carried = services.agenda.carry_forward(matter.id)   # the continuation is found as well
    assert set(_matters(services, "ratahanke")) == {matter.id, carried.id}
    services.managers.delete(services.managers.find(2026, 8).id)   # its meeting gone: not found
    assert _matters(services, "ratahanke") == [matter.id]


def _device_with_a_matter(folder: Path) -> tuple[Database, str]:
    source = make_device(folder, "lahde")
    s = Services.for_database(source)
    matter = s.agenda.add(_meeting(s).id, "Oulu–Kontiomäki rataosuus")
    s.followups.add_agreement(matter.id, description="Valmistellaan yhteinen lausunto.")
    return source, matter.id


@needs_voikko
def test_pulled_matters_and_agreements_are_found_by_base_form(tmp_path: Path) -> None:
    source, matter_id = _device_with_a_matter(tmp_path)
    central = f"sqlite:///{tmp_path / 'keskus.db'}"
    run_sync(source, central)
    pulled = make_device(tmp_path, "veto")
    try:
        run_sync(pulled, central)
        other = Services.for_database(pulled)
        assert _matters(other, "rataosuuden") == [matter_id]
        assert _matters(other, "lausunnon") == [matter_id]
    finally:
        source.dispose()
        pulled.dispose()


@needs_voikko
@pytest.mark.skipif("agenda_matters" not in ENTITY_NAMES,
                    reason="the export bundle does not carry agenda matters yet (bundle format 2)")
def test_imported_matters_and_agreements_are_found_by_base_form(tmp_path: Path) -> None:
    source, matter_id = _device_with_a_matter(tmp_path)
    bundle = tmp_path / "kaikki.json"
    export_bundle(source, parse_scope("all"), bundle)
    imported = make_device(tmp_path, "tuonti")
    try:
        import_bundle(imported, bundle)
        other = Services.for_database(imported)
        assert _matters(other, "rataosuuden") == [matter_id]
        assert _matters(other, "lausunnon") == [matter_id]
    finally:
        source.dispose()
        imported.dispose()


@needs_voikko
def test_matters_of_a_0008_file_are_indexed_by_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "vanha.db"
    shutil.copy(FIXTURES / "schema_0007_pull_set_aside.db", path)
    engine = create_sqlite_engine(path, create=False)
    try:
        migrate._run_upgrade(engine, "0008_managers_meetings")
        with engine.begin() as conn:   # rows as a 0008 app wrote them, before the matter index
            conn.execute(text(
                "INSERT INTO managers_meetings (id, version, dirty, created_at, updated_at, created_by,"
                " updated_by, device_id, year, number, place, remote_link, chair, secretary, status,"
                " notes) VALUES ('mm1', 1, 1, 'x', 'x', 'a', 'a', 'd', 2026, 7, '', '', '', '',"
                " 'planned', '')"))
            conn.execute(text(
                "INSERT INTO agenda_matters (id, version, dirty, created_at, updated_at, created_by,"
                " updated_by, device_id, managers_meeting_id, number, title, raised_by,"
                " raised_by_name, presenter, description, notes, status) VALUES ('am1', 1, 1, 'x',"
                " 'x', 'a', 'a', 'd', 'mm1', 1, 'Rataosuus', 'council', '', '', '',"
                " 'Sovittiin lausunnosta.', 'open')"))
    finally:
        engine.dispose()
    db = open_database(path, "Päivittäjä")
    try:
        assert current_revision(db.engine) == head_revision()   # through 0009_matter_search and on
        s = Services.for_database(db)
        assert _matters(s, "rataosuuden") == ["am1"] and _matters(s, "lausunto") == ["am1"]
        assert s.search.search("maaseutu")   # the fixture's feedback is still found
    finally:
        db.dispose()


@needs_voikko
def test_the_matter_index_is_rebuilt_when_the_analyser_changes(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    previous = morphology.active()
    morphology.use(morphology.PlainAnalyser())
    try:
        db = open_database(path, "x")
        s = Services.for_database(db)
        matter = s.agenda.add(_meeting(s).id, "Lentoliikenteen jatkuvuus")
        assert _matters(s, "lentoliikenne") == []   # no analyser: no base forms
        db.dispose()
    finally:
        morphology.use(previous)
    db = open_database(path, "x")
    try:
        with db.read() as session:
            assert index_analyser(session) == "voikko"
        assert _matters(Services.for_database(db), "lentoliikenne") == [matter.id]
    finally:
        db.dispose()


def test_check_counts_the_matter_index_and_repair_rebuilds_it(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    db = open_database(path, "x")
    s = Services.for_database(db)
    s.agenda.add(_meeting(s).id, "Rataosuus")
    db.dispose()
    report = MaintenanceService.check_file(path)
    assert report.ok and "Kuntajohtajakokousten asioita: 1, hakuhakemistossa: 1" in report.lines
    engine = create_sqlite_engine(path, create=False)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM matter_fts"))
    engine.dispose()
    broken = MaintenanceService.check_file(path)
    assert not broken.ok and any("kuntajohtajakokousten asioita" in line for line in broken.lines)
    MaintenanceService.repair_search_index(path)
    assert MaintenanceService.check_file(path).ok
    engine = create_sqlite_engine(path, create=False)
    with engine.begin() as conn:   # as after a VACUUM: the index row points at another rowid
        conn.execute(text("UPDATE matter_fts SET rowid = rowid + 1000"))
    engine.dispose()
    moved = MaintenanceService.check_file(path)
    assert not moved.ok and any("kuntajohtajakokousten asioita;" in line for line in moved.lines)
    MaintenanceService.repair_search_index(path)
    assert MaintenanceService.check_file(path).ok


@needs_voikko
def test_cli_search_kind_managers_and_negotiation(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    db = open_database(path, "x")
    s = Services.for_database(db)
    meeting = s.managers.plan_year(2026)[6]
    s.agenda.add(meeting.id, "Kuulumiset")
    s.agenda.add(meeting.id, "Kainuun liiton kuulumiset")
    s.agenda.add(meeting.id, "Oulu–Kontiomäki rataosuus", raised_by=MatterRaiser.MUNICIPALITY,
                 municipality_code="205")
    kajaani = s.meetings.find(s.rounds.plan_round(2026).id, "205")
    s.feedback.add(kajaani.id, FeedbackKind.ADVOCACY_TARGET, "Rataosuuden sähköistys")
    db.dispose()

    managers = run("--db", str(path), "search", "rataosuuden", "--kind", "managers")
    assert managers.returncode == 0, managers.stderr
    assert "1 osuma haulle" in managers.stdout
    assert "Kuntajohtajakokous 7/2026, asia 3 / Kajaani" in managers.stdout
    assert "[rataosuus]" in managers.stdout.casefold() and "sähköistys" not in managers.stdout

    negotiation = run("--db", str(path), "search", "rataosuus", "--kind", "negotiation")
    assert negotiation.returncode == 0 and "1 osuma haulle" in negotiation.stdout
    assert "sähköistys" in negotiation.stdout and "Kuntajohtajakokous" not in negotiation.stdout

    both = run("--db", str(path), "search", "rataosuus")
    assert "2 osumaa haulle" in both.stdout
    # A feedback kind still filters negotiation items, as before.
    advocacy = run("--db", str(path), "search", "rataosuus", "--kind", "advocacy_target")
    assert "1 osuma haulle" in advocacy.stdout and "sähköistys" in advocacy.stdout
    wrong = run("--db", str(path), "search", "rataosuus", "--kind", "kokous")
    assert wrong.returncode == 2

"""Every way an item arrives keeps the Finnish index current: the services, an upgraded 0003 file,
an imported bundle, a sync pull; follow-ups are searchable; the CLI finds base forms, and says so
when Voikko is missing."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sync_support import make_device, run_sync

from desktop_app.domain.enums import FeedbackKind
from desktop_app.exchange.bundle import export_bundle
from desktop_app.exchange.importer import import_bundle
from desktop_app.exchange.scope import parse_scope
from desktop_app.services import Services
from desktop_app.services.demo import DemoService
from desktop_app.storage import morphology
from desktop_app.storage.migrate import current_revision, head_revision, open_database
from desktop_app.storage.search import index_analyser
from tests.test_cli import run
from tests.test_search_finnish import needs_voikko

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "schema_0003_sync_orphans.db"


def _ids(services: Services, query: str) -> list[str]:
    return [hit.feedback_id for hit in services.search.search(query)]


@needs_voikko
def test_a_0003_file_upgrades_and_its_items_are_found_by_base_form(tmp_path: Path) -> None:
    path = tmp_path / "vanha.db"
    shutil.copy(FIXTURE, path)
    db = open_database(path, "Päivittäjä")
    try:
        assert current_revision(db.engine) == head_revision()
        s = Services.for_database(db)
        meeting = s.meetings.find(s.rounds.find_by_year(2025).id, "290")
        comments = s.meetings.detail(meeting.id).items_of(FeedbackKind.SECTOR_COMMENT)
        # "maaseudulle" (gradation d → t) and "Valtatie" (a compound of "tie").
        assert _ids(s, "maaseutu") == [comments[1].id]
        assert _ids(s, "tie") == [comments[0].id]
        with db.read() as session:
            assert index_analyser(session) == "voikko"
    finally:
        db.dispose()


@needs_voikko
def test_follow_up_descriptions_are_searchable_and_stay_current(services: Services, make_feedback) -> None:
    item = make_feedback("Kunta toivoo selvitystä asiasta.")
    follow_up = services.followups.add(item.id, description="Selvitetään tuulivoimaloiden sijoitus")
    (hit,) = services.search.search("tuulivoimala")
    assert hit.feedback_id == item.id and hit.followup_match and "[tuulivoimaloiden]" in hit.snippet
    services.followups.update(follow_up.id, description="Kysytään aikataulu ELY-keskukselta")
    assert _ids(services, "tuulivoimala") == []
    assert _ids(services, "keskus") == [item.id]
    services.followups.delete(follow_up.id)
    assert _ids(services, "keskus") == []
    assert _ids(services, "selvitys") == [item.id]  # the item itself is still indexed


@needs_voikko
def test_exact_form_ranks_before_base_form_before_compound_part(services: Services, make_feedback) -> None:
    part = make_feedback("Liikenneyhteyksien parantaminen.")
    base = make_feedback("Yhteyden parantaminen.", sector_code="EU")
    exact = make_feedback("Yhteys paranee.", sector_code="KAA")
    hits = services.search.search("yhteys")
    assert [h.feedback_id for h in hits] == [exact.id, base.id, part.id]
    assert [h.tier for h in hits] == [0, 1, 2]
    assert "[Liikenneyhteyksien]" in hits[2].snippet and "[Yhteyden]" in hits[1].snippet


@needs_voikko
def test_imported_and_pulled_items_are_found_by_base_form(tmp_path: Path) -> None:
    source = make_device(tmp_path, "lahde")
    DemoService(source).create(current_year=2026, mark=False)  # realistic data that may sync
    bundle = tmp_path / "kaikki.json"
    export_bundle(source, parse_scope("all"), bundle)
    central = f"sqlite:///{tmp_path / 'keskus.db'}"
    run_sync(source, central)
    expected = sorted(_ids(Services.for_database(source), "lentoliikenne"))
    assert expected
    imported, pulled = make_device(tmp_path, "tuonti"), make_device(tmp_path, "veto")
    try:
        import_bundle(imported, bundle)
        run_sync(pulled, central)
        for db in (imported, pulled):
            assert sorted(_ids(Services.for_database(db), "lentoliikenne")) == expected
    finally:
        for db in (source, imported, pulled):
            db.dispose()


@needs_voikko
def test_a_file_indexed_without_voikko_is_reindexed_when_voikko_is_there(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    previous = morphology.active()
    morphology.use(morphology.PlainAnalyser())
    try:
        db = open_database(path, "x")
        s = Services.for_database(db)
        meeting = s.meetings.find(s.rounds.plan_round(2026).id, "205")
        item = s.feedback.add(meeting.id, FeedbackKind.QUESTION, "Lentoliikenteen jatkuvuus?")
        assert _ids(s, "lentoliikenne") == []  # no analyser: no base forms
        db.dispose()
    finally:
        morphology.use(previous)
    db = open_database(path, "x")
    try:
        with db.read() as session:
            assert index_analyser(session) == "voikko"
        assert _ids(Services.for_database(db), "lentoliikenne") == [item.id]
    finally:
        db.dispose()


@needs_voikko
def test_cli_search_lentoliikenne_lists_the_demo_items_with_lentoliikenteen(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    assert run("--db", str(path), "demo").returncode == 0
    raw = sqlite3.connect(path)
    try:
        expected = raw.execute("SELECT count(*) FROM feedback f JOIN meetings m ON m.id = f.meeting_id "
                               "WHERE f.text LIKE '%lentoliikenteen%' AND f.deleted_at IS NULL "
                               "AND m.deleted_at IS NULL").fetchone()[0]
    finally:
        raw.close()
    # The negotiation items; the demo's managers' meeting matters are in test_demo_managers.py.
    result = run("--db", str(path), "search", "lentoliikenne", "--kind", "negotiation")
    assert result.returncode == 0, result.stderr
    assert expected > 0 and result.stdout.startswith(f"{expected} osumaa haulle 'lentoliikenne'")
    assert result.stdout.lower().count("[lentoliikenteen]") == expected
    assert result.stderr == ""


@needs_voikko
def test_cli_zero_hits_suggest_what_to_try(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    assert run("--db", str(path), "demo").returncode == 0
    result = run("--db", str(path), "search", "lentoliikennevero")
    assert result.returncode == 0 and "Ei osumia" in result.stdout
    assert "Kokeile: kuntapalaute search 'lentoliikenne'" in result.stdout
    filtered = run("--db", str(path), "search", "yöjuna", "--municipality", "Kuhmo")
    assert "Ilman rajauksia" in filtered.stdout


_WITHOUT_VOIKKO = """
import sys, libvoikko
def missing(*args, **kwargs):
    raise OSError("libvoikko.so.1: cannot open shared object file: No such file or directory")
libvoikko.Voikko = missing
from desktop_app.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_cli_without_voikko_still_searches_and_says_so(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.conftest import REPO_ROOT

    path = tmp_path / "demo.db"
    assert run("--db", str(path), "demo").returncode == 0

    def search(query: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-c", _WITHOUT_VOIKKO, "--db", str(path), "search", query],
                              capture_output=True, text=True, cwd=REPO_ROOT, timeout=120)

    typed = search("lentoliikenteen")
    assert typed.returncode == 0 and "osumaa haulle" in typed.stdout
    assert "Voikko-kirjastoa ei löytynyt" in typed.stderr
    assert "osumaa haulle" in search("lentoliik").stdout  # a beginning still works


@needs_voikko
def test_a_pulled_edit_and_follow_up_reach_the_index(tmp_path: Path) -> None:
    central = f"sqlite:///{tmp_path / 'keskus.db'}"
    a, b = make_device(tmp_path, "a"), make_device(tmp_path, "b")
    try:
        sa, sb = Services.for_database(a), Services.for_database(b)
        meeting = sa.meetings.find(sa.rounds.plan_round(2026).id, "290")
        item = sa.feedback.add(meeting.id, FeedbackKind.QUESTION, "Lentoliikenteen tulevaisuus?")
        run_sync(a, central)
        run_sync(b, central)
        assert _ids(sb, "lentoliikenne") == [item.id]
        sa.feedback.update(item.id, text="Rautateiden sähköistys?")
        sa.followups.add(item.id, description="Kysytään väyläviraston aikataulu")
        run_sync(a, central)
        run_sync(b, central)
        assert _ids(sb, "lentoliikenne") == []
        assert _ids(sb, "rautatie") == [item.id]
        assert _ids(sb, "aikataulu") == [item.id]
    finally:
        a.dispose()
        b.dispose()

"""Sync between laptops through a central store (SQLite file and real PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sync_support import (
    central_audit_rows,
    central_counts,
    central_state,
    dirty_count,
    local_state,
    make_device,
    run_sync,
)

from desktop_app.domain.enums import FeedbackKind
from desktop_app.services import Services
from desktop_app.sync.conflicts import KEEP_MINE, KEEP_THEIRS, MERGED, list_conflicts, resolve
from desktop_app.sync.local_tables import sync_base
from desktop_app.sync.service import open_transport
from desktop_app.sync.transport import Change, Origin


@pytest.fixture
def pair(tmp_path: Path):
    a, b = make_device(tmp_path, "Aino"), make_device(tmp_path, "Bertta")
    yield Services.for_database(a), Services.for_database(b)
    a.dispose()
    b.dispose()


def _meeting(services: Services, year: int = 2026, code: str = "290"):
    return services.meetings.find(services.rounds.find_by_year(year).id, code)


def test_rounds_planned_on_two_laptops_merge_instead_of_duplicating(pair, central_url) -> None:
    a, b = pair
    a.rounds.plan_round(2026)
    b.rounds.plan_round(2026)
    b.meetings.update_details(_meeting(b).id, place="Kuhmon kaupungintalo")
    for services in (a, b, a):
        run_sync(services.db, central_url)
    counts = central_counts(central_url)
    assert counts["rounds"] == 1 and counts["meetings"] == 8
    assert _meeting(a).place == "Kuhmon kaupungintalo"
    assert local_state(a.db) == local_state(b.db) == central_state(central_url)
    assert dirty_count(a.db) == dirty_count(b.db) == 0


def test_different_fields_changed_on_each_side_merge_cleanly(pair, central_url) -> None:
    a, b = pair
    a.rounds.plan_round(2026)
    item = a.feedback.add(_meeting(a).id, FeedbackKind.QUESTION, "Alkuperäinen")
    run_sync(a.db, central_url)
    run_sync(b.db, central_url)
    a.feedback.update(item.id, text="Aino korjasi tekstin")
    b.feedback.update(item.id, priority="high")
    run_sync(a.db, central_url)
    report = run_sync(b.db, central_url)
    run_sync(a.db, central_url)
    assert report.merged == 1 and report.open_conflicts == 0
    for services in (a, b):
        got = services.feedback.get(item.id)
        assert (got.text, got.priority.value) == ("Aino korjasi tekstin", "high")
    assert local_state(a.db) == local_state(b.db) == central_state(central_url)


def _same_field_conflict(a: Services, b: Services, url: str):
    a.rounds.plan_round(2026)
    item = a.feedback.add(_meeting(a).id, FeedbackKind.QUESTION, "Pohja")
    run_sync(a.db, url)
    run_sync(b.db, url)
    a.feedback.update(item.id, text="Ainon versio")
    b.feedback.update(item.id, text="Bertan versio")
    run_sync(a.db, url)
    report = run_sync(b.db, url)
    return item, report


def test_same_field_edited_on_both_sides_is_a_conflict_never_last_writer_wins(pair, central_url) -> None:
    a, b = pair
    item, report = _same_field_conflict(a, b, central_url)
    assert report.new_conflicts == 1 and report.open_conflicts == 1
    # Neither side was overwritten: B keeps its text, central keeps A's.
    assert b.feedback.get(item.id).text == "Bertan versio"
    assert central_state(central_url)["feedback"][item.id]["text"] == "Ainon versio"
    [conflict] = list_conflicts(b.db)
    assert conflict.fields == ("text",)
    assert conflict.mine["text"] == "Bertan versio" and conflict.theirs["text"] == "Ainon versio"
    assert conflict.base is not None and conflict.base["text"] == "Pohja"
    # Syncing again does not push the conflicted row.
    assert run_sync(b.db, central_url).pushed == 0


@pytest.mark.parametrize("choice", [KEEP_MINE, KEEP_THEIRS, MERGED])
def test_resolving_a_conflict_reaches_every_device(pair, central_url, choice) -> None:
    a, b = pair
    item, _ = _same_field_conflict(a, b, central_url)
    [conflict] = list_conflicts(b.db)
    edited = {"text": "Yhdistetty: Ainon ja Bertan versio"} if choice == MERGED else None
    resolve(b.db, conflict.id, choice, edited)
    run_sync(b.db, central_url)
    run_sync(a.db, central_url)
    expected = {KEEP_MINE: "Bertan versio", KEEP_THEIRS: "Ainon versio",
                MERGED: "Yhdistetty: Ainon ja Bertan versio"}[choice]
    assert a.feedback.get(item.id).text == b.feedback.get(item.id).text == expected
    assert local_state(a.db) == local_state(b.db) == central_state(central_url)
    [done] = list_conflicts(b.db, include_resolved=True)
    assert done.status == "resolved" and done.resolution == choice
    assert {done.mine["text"], done.theirs["text"]} == {"Ainon versio", "Bertan versio"}


def test_delete_on_one_side_and_edit_on_the_other_is_a_conflict(pair, central_url) -> None:
    a, b = pair
    a.rounds.plan_round(2026)
    item = a.feedback.add(_meeting(a).id, FeedbackKind.QUESTION, "Poistetaanko?")
    run_sync(a.db, central_url)
    run_sync(b.db, central_url)
    a.feedback.delete(item.id)
    b.feedback.update(item.id, text="Muokattu samaan aikaan")
    run_sync(a.db, central_url)
    report = run_sync(b.db, central_url)
    assert report.new_conflicts == 1
    [conflict] = list_conflicts(b.db)
    assert "deleted_at" in conflict.fields
    assert conflict.theirs["deleted_at"] is not None and conflict.mine["text"] == "Muokattu samaan aikaan"


def test_tombstones_travel(pair, central_url) -> None:
    a, b = pair
    a.rounds.plan_round(2026)
    item = a.feedback.add(_meeting(a).id, FeedbackKind.QUESTION, "Turha")
    run_sync(a.db, central_url)
    run_sync(b.db, central_url)
    b.feedback.delete(item.id)
    run_sync(b.db, central_url)
    run_sync(a.db, central_url)
    assert [f.id for f in a.feedback.list_for_meeting(_meeting(a).id)] == []
    assert central_state(central_url)["feedback"][item.id]["deleted_at"] is not None
    actions = [row["action"] for row in central_audit_rows(central_url) if row["entity_id"] == item.id]
    assert actions == ["insert", "delete"]


def test_sectors_flow_from_the_central_store_to_laptops(pair, central_url) -> None:
    a, b = pair
    run_sync(a.db, central_url)
    sector = a.sectors.find("LII")
    a.sectors.rename(sector.id, "Liikenne, saavutettavuus ja tietoliikenne")
    added = a.sectors.add("DIGI", "Digitalisaatio")
    run_sync(a.db, central_url)
    run_sync(b.db, central_url)
    assert b.sectors.get(sector.id).name_fi == "Liikenne, saavutettavuus ja tietoliikenne"
    assert b.sectors.find("DIGI").id == added.id
    assert central_counts(central_url)["sectors"] == 12


def test_a_sector_code_added_on_two_laptops_is_kept_twice_under_distinct_codes(pair, central_url) -> None:
    a, b = pair
    a.sectors.add("DIGI", "Digitalisaatio")
    mine = b.sectors.add("DIGI", "Digitalous")
    run_sync(a.db, central_url)
    report = run_sync(b.db, central_url)
    run_sync(a.db, central_url)
    assert report.notes and "DIGI_2" in report.notes[0]
    assert b.sectors.get(mine.id).code == "DIGI_2"  # same id: its feedback stays attached
    assert {s.code for s in a.sectors.list_sectors()} >= {"DIGI", "DIGI_2"}
    assert local_state(a.db) == local_state(b.db) == central_state(central_url)


def test_a_taken_code_pushed_at_the_same_moment_is_refused_not_duplicated(pair, central_url) -> None:
    a, b = pair
    a.sectors.add("DIGI", "Digitalisaatio")
    run_sync(a.db, central_url)
    mine = b.sectors.add("DIGI", "Digitalous")
    transport = open_transport(central_url)
    try:  # b pushes without pulling first, as if a's push landed between b's pull and push
        from desktop_app.sync import local
        changes = [c for c in local.collect_changes(b.db) if c.id == mine.id]
        result = transport.push(changes, "op-x", Origin(b.db.device_id, "Bertta"))
    finally:
        transport.close()
    assert result.receipts[0].status == "rejected" and "DIGI" in result.receipts[0].message
    assert central_counts(central_url)["sectors"] == 12


def test_central_audit_records_device_user_and_time(pair, central_url) -> None:
    a, _ = pair
    a.rounds.plan_round(2026)
    run_sync(a.db, central_url)
    rows = central_audit_rows(central_url)
    assert len(rows) == 20  # 11 default sectors, 1 round, 8 meetings
    assert {row["device_id"] for row in rows} == {a.db.device_id}
    assert {row["user_name"] for row in rows} == {"Aino"}
    assert all(row["at"].startswith("20") for row in rows)


def test_a_row_edited_during_the_push_stays_dirty(pair, central_url) -> None:
    a, _ = pair
    a.rounds.plan_round(2026)
    item = a.feedback.add(_meeting(a).id, FeedbackKind.QUESTION, "Ensimmäinen")
    inner = open_transport(central_url)

    class EditWhilePushing:
        def __getattr__(self, name):
            return getattr(inner, name)

        def push(self, changes, op_id, origin):
            result = inner.push(changes, op_id, origin)
            a.feedback.update(item.id, text="Kirjoitettu synkronoinnin aikana")
            return result

    run_sync(a.db, central_url, transport=EditWhilePushing())
    inner.close()
    assert dirty_count(a.db) == 1
    run_sync(a.db, central_url)
    assert central_state(central_url)["feedback"][item.id]["text"] == "Kirjoitettu synkronoinnin aikana"
    assert dirty_count(a.db) == 0


def test_push_is_idempotent_by_operation_id(central_url) -> None:
    transport = open_transport(central_url)
    try:
        change = Change("rounds", "r-1", None, 1, {
            "year": 2030, "period_start": 2031, "period_end": 2033, "title": "", "created_at": "x",
            "updated_at": "x", "created_by": "A", "updated_by": "A", "device_id": "d", "deleted_at": None,
        })
        first = transport.push([change], "op-1", Origin("d", "A"))
        again = transport.push([change], "op-1", Origin("d", "A"))
        other = transport.push([change], "op-2", Origin("d", "A"))
    finally:
        transport.close()
    assert first == again and first.receipts[0].status == "applied"
    assert other.receipts[0].status == "stale"  # a new op with the old base is not applied twice
    assert central_counts(central_url)["rounds"] == 1


def test_bases_remember_the_central_version(pair, central_url) -> None:
    a, _ = pair
    a.rounds.plan_round(2026)
    run_sync(a.db, central_url)
    meeting = _meeting(a)
    a.meetings.update_details(meeting.id, place="Paikka 1")
    run_sync(a.db, central_url)
    a.meetings.update_details(meeting.id, place="Paikka 2")
    run_sync(a.db, central_url)
    with a.db.read() as session:
        version = session.scalar(select(sync_base.c.version).where(sync_base.c.row_id == meeting.id))
    assert version == 3


def test_a_push_racing_another_laptop_goes_stale_and_becomes_a_conflict(pair, central_url) -> None:
    """B's push lands between A's pull and A's push: the central version check refuses A's
    stale update, A pulls again and flags the clash instead of overwriting B's text."""
    a, b = pair
    item, _ = _same_field_conflict(a, b, central_url)  # settle: b has a conflict, resolve it
    [conflict] = list_conflicts(b.db)
    resolve(b.db, conflict.id, KEEP_THEIRS)
    run_sync(b.db, central_url)
    a.feedback.update(item.id, text="Ainon uusi")
    b.feedback.update(item.id, text="Bertan uusi")
    inner = open_transport(central_url)

    class RaceB:
        raced = False

        def __getattr__(self, name):
            return getattr(inner, name)

        def push(self, changes, op_id, origin):
            if not self.raced:
                self.raced = True
                run_sync(b.db, central_url)
            return inner.push(changes, op_id, origin)

    report = run_sync(a.db, central_url, transport=RaceB())
    inner.close()
    assert report.stale == 1 and report.new_conflicts == 1
    assert central_state(central_url)["feedback"][item.id]["text"] == "Bertan uusi"
    [conflict] = list_conflicts(a.db)
    assert conflict.mine["text"] == "Ainon uusi"


def test_a_child_whose_parent_was_refused_is_refused_too(pair, central_url) -> None:
    """Otherwise every laptop's pull would hit a missing parent (foreign key) forever."""
    a, b = pair
    b.rounds.plan_round(2026)
    run_sync(b.db, central_url)
    a.sectors.add("DIGI", "Digitalisaatio")
    run_sync(a.db, central_url)
    sector = b.sectors.add("DIGI", "Digitalous")
    item = b.feedback.add(_meeting(b).id, FeedbackKind.SECTOR_COMMENT, "Kuituverkko",
                          sector_id=sector.id)
    from desktop_app.sync import local
    transport = open_transport(central_url)
    try:  # b pushes without pulling first (a race): the sector is refused, so is its feedback
        changes = local.collect_changes(b.db)
        result = transport.push(changes, "op-y", Origin(b.db.device_id, "Bertta"))
    finally:
        transport.close()
    statuses = {r.id: r.status for r in result.receipts}
    assert statuses[sector.id] == statuses[item.id] == "rejected"
    run_sync(b.db, central_url)  # the next normal sync renames the sector and sends both
    run_sync(a.db, central_url)
    assert a.feedback.get(item.id).sector_id == sector.id
    assert a.sectors.get(sector.id).code == "DIGI_2"
    assert local_state(a.db) == local_state(b.db) == central_state(central_url)


def test_dates_times_and_text_arrive_intact_through_the_bulk_insert(pair, central_url) -> None:
    """New rows go in with COPY on PostgreSQL: every type must land as it was sent."""
    import datetime as dt
    a, b = pair
    a.rounds.plan_round(2026)
    meeting = _meeting(a)
    a.meetings.update_details(meeting.id, meeting_date=dt.date(2026, 3, 9), start_time=dt.time(9, 15),
                              place="Kuhmon \"kaupungintalo\" \\ sali 2", notes="rivi 1\nrivi 2 ä")
    item = a.feedback.add(meeting.id, FeedbackKind.QUESTION, "Tekstiä; ja \\N ei ole NULL")
    a.followups.add(item.id, description="", owner="Åke", due_date=dt.date(2026, 12, 31))
    run_sync(a.db, central_url)
    run_sync(b.db, central_url)
    got = b.meetings.detail(meeting.id)
    assert (got.meeting.meeting_date, got.meeting.start_time) == (dt.date(2026, 3, 9), dt.time(9, 15))
    assert got.meeting.place == "Kuhmon \"kaupungintalo\" \\ sali 2"
    assert got.meeting.notes == "rivi 1\nrivi 2 ä"
    assert b.feedback.get(item.id).text == "Tekstiä; ja \\N ei ole NULL"
    [follow_up] = b.feedback.get(item.id).follow_ups
    assert (follow_up.description, follow_up.owner, follow_up.due_date) == ("", "Åke", dt.date(2026, 12, 31))
    assert local_state(a.db) == local_state(b.db) == central_state(central_url)


def test_cli_resolves_with_an_edited_merge_and_refuses_bad_values(pair, tmp_path, capsys) -> None:
    from desktop_app.cli import main
    a, b = pair
    url = f"sqlite:///{tmp_path / 'keskus.db'}"
    item, _ = _same_field_conflict(a, b, url)
    [conflict] = list_conflicts(b.db)
    cli = ["--db", str(b.db.path), "--user", "Bertta", "sync", "--resolve", str(conflict.id)]
    assert main([*cli, "--set", "tekstiä=x"]) == 1
    assert "kentät: kind, scope, text, priority, sort_order." in capsys.readouterr().err
    assert main([*cli, "--set", "sort_order=kolmas"]) == 1
    assert "kokonaisluku" in capsys.readouterr().err
    assert main([*cli, "--set", "priority=kiireellinen"]) == 1
    assert "ei kelpaa" in capsys.readouterr().err
    assert len(list_conflicts(b.db)) == 1 and b.feedback.get(item.id).text == "Bertan versio"
    assert main([*cli, "--keep", "keskus", "--set", "text=Ainon ja Bertan versio yhdessä",
                 "--set", "priority=high"]) == 0
    assert "yhdistelmällä" in capsys.readouterr().out
    run_sync(b.db, url)
    run_sync(a.db, url)
    got = a.feedback.get(item.id)
    assert (got.text, got.priority.value) == ("Ainon ja Bertan versio yhdessä", "high")
    [done] = list_conflicts(b.db, include_resolved=True)
    assert done.resolution == MERGED
    assert local_state(a.db) == local_state(b.db) == central_state(url)

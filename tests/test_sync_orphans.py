"""Orphans: a child added under a parent that another laptop deleted is flagged, never dropped."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_support import central_state, dirty_count, local_state, make_device, run_sync

from desktop_app.domain.enums import FeedbackKind, Side
from desktop_app.services import Services
from desktop_app.storage import models as m
from desktop_app.storage.types import utcnow
from desktop_app.sync.conflicts import DELETE_CHILD, KEEP_MINE, RESTORE_PARENT, list_conflicts, resolve
from desktop_app.sync.service import open_transport


@pytest.fixture
def trio(tmp_path: Path):
    devices = [Services.for_database(make_device(tmp_path, name)) for name in ("Aino", "Bertta", "Cecilia")]
    yield devices
    for services in devices:
        services.db.dispose()


def _meeting(services: Services):
    return services.meetings.find(services.rounds.find_by_year(2026).id, "290")


def _shared_item(a: Services, others: list[Services], url: str):
    a.rounds.plan_round(2026)
    item = a.feedback.add(_meeting(a).id, FeedbackKind.QUESTION, "Yhteinen palaute")
    run_sync(a.db, url)
    for services in others:
        run_sync(services.db, url)
    return item


def _everyone_equal(devices: list[Services], url: str) -> None:
    for _ in range(2):
        for services in devices:
            run_sync(services.db, url)
    central = central_state(url)
    for services in devices:
        assert local_state(services.db) == central
        assert dirty_count(services.db) == 0


@pytest.mark.parametrize("choice", [RESTORE_PARENT, DELETE_CHILD])
def test_a_follow_up_added_under_feedback_deleted_elsewhere_is_a_conflict(trio, central_url, choice) -> None:
    a, b, c = trio
    item = _shared_item(a, [b, c], central_url)
    a.feedback.delete(item.id)
    run_sync(a.db, central_url)
    follow_up = b.followups.add(item.id, description="Selvitetään rahoitus", owner="Bertta")
    report = run_sync(b.db, central_url)

    assert report.new_conflicts == 1 and any("poistanut" in note for note in report.notes)
    [conflict] = list_conflicts(b.db)
    assert conflict.is_orphan and conflict.entity == "follow_ups" and conflict.row_id == follow_up.id
    assert (conflict.parent_entity, conflict.parent_id) == ("feedback", item.id)
    assert conflict.theirs["deleted_at"] is not None  # the deleted parent, shown beside the child
    assert follow_up.id not in central_state(central_url)["follow_ups"]  # held back, not lost
    with b.db.read() as session:
        assert session.get(m.FollowUp, follow_up.id).deleted_at is None
    run_sync(c.db, central_url)
    assert not list_conflicts(c.db) and not list_conflicts(a.db)  # only the child's author decides

    with pytest.raises(Exception, match="Valitse"):
        resolve(b.db, conflict.id, KEEP_MINE)  # edit-conflict choices make no sense here
    resolve(b.db, conflict.id, choice)
    _everyone_equal([b, a, c], central_url)
    central = central_state(central_url)
    if choice == RESTORE_PARENT:
        assert central["feedback"][item.id]["deleted_at"] is None
        assert a.feedback.get(item.id).text == "Yhteinen palaute"
        assert central["follow_ups"][follow_up.id]["deleted_at"] is None
    else:
        assert central["feedback"][item.id]["deleted_at"] is not None
        assert central["follow_ups"][follow_up.id]["deleted_at"] is not None  # kept, as a tombstone
        assert central["follow_ups"][follow_up.id]["description"] == "Selvitetään rahoitus"
    [done] = list_conflicts(b.db, include_resolved=True)
    assert done.status == "resolved" and done.resolution == choice


def test_the_deleter_is_asked_when_a_child_arrives_after_the_delete(trio, central_url) -> None:
    """B's follow-up reached the central store first; A deleted the feedback without seeing it."""
    a, b, c = trio
    item = _shared_item(a, [b, c], central_url)
    follow_up = b.followups.add(item.id, description="Kysytään ministeriöltä", owner="Bertta")
    run_sync(b.db, central_url)
    a.feedback.delete(item.id)
    report = run_sync(a.db, central_url)  # pulls the follow-up under its own unsent delete
    assert report.new_conflicts == 1
    [conflict] = list_conflicts(a.db)
    assert conflict.is_orphan and conflict.row_id == follow_up.id and conflict.parent_id == item.id
    resolve(a.db, conflict.id, RESTORE_PARENT)
    _everyone_equal([a, b, c], central_url)
    assert [f.description for f in c.feedback.get(item.id).follow_ups] == ["Kysytään ministeriöltä"]


def test_a_child_pushed_in_the_instant_between_a_pull_and_a_delete_is_caught(trio, central_url) -> None:
    a, b, c = trio
    item = _shared_item(a, [b, c], central_url)
    follow_up = b.followups.add(item.id, description="Kilpajuoksu", owner="Bertta")
    a.feedback.delete(item.id)
    inner = open_transport(central_url)

    class BPushesFirst:  # A has pulled; B's push lands just before A's
        raced = False

        def __getattr__(self, name):
            return getattr(inner, name)

        def push(self, changes, op_id, origin):
            if not self.raced:
                self.raced = True
                run_sync(b.db, central_url)
            return inner.push(changes, op_id, origin)

    run_sync(a.db, central_url, transport=BPushesFirst())
    inner.close()
    assert not list_conflicts(b.db)  # B saw a live parent; its follow-up is already central
    run_sync(a.db, central_url)  # A pulls the follow-up under the parent it deleted
    [conflict] = list_conflicts(a.db)
    assert conflict.is_orphan and conflict.row_id == follow_up.id
    resolve(a.db, conflict.id, DELETE_CHILD)
    _everyone_equal([a, b, c], central_url)
    assert central_state(central_url)["follow_ups"][follow_up.id]["deleted_at"] is not None


def test_new_work_under_a_meeting_deleted_elsewhere_waits_for_a_decision(trio, central_url) -> None:
    a, b, c = trio
    a.rounds.plan_round(2026)
    run_sync(a.db, central_url)
    run_sync(b.db, central_url)
    meeting_id = _meeting(a).id
    with a.db.write() as session:  # e.g. a meeting deleted through an imported bundle
        session.get(m.Meeting, meeting_id).deleted_at = utcnow()
    run_sync(a.db, central_url)
    person = b.participants.add(meeting_id, "Kalle Kuntalainen", side=Side.MUNICIPALITY)
    item = b.feedback.add(meeting_id, FeedbackKind.QUESTION, "Uusi palaute")
    follow_up = b.followups.add(item.id, description="Jatkotoimi", owner="Bertta")
    report = run_sync(b.db, central_url)
    assert report.new_conflicts == 2 and not report.rejected  # the follow-up waits quietly
    assert {(x.entity, x.row_id) for x in list_conflicts(b.db)} == {
        ("participants", person.id), ("feedback", item.id)}
    central = central_state(central_url)
    assert person.id not in central["participants"] and follow_up.id not in central["follow_ups"]
    first = list_conflicts(b.db)[0]
    resolve(b.db, first.id, RESTORE_PARENT)
    assert not list_conflicts(b.db)  # restoring the meeting settles both of its orphans
    _everyone_equal([b, a, c], central_url)
    assert c.meetings.detail(meeting_id).participants[0].name == "Kalle Kuntalainen"
    assert c.feedback.get(item.id).follow_ups[0].description == "Jatkotoimi"


def test_keeping_the_other_laptops_delete_flags_my_new_children(trio, central_url) -> None:
    a, b, _ = trio
    item = _shared_item(a, [b], central_url)
    a.feedback.delete(item.id)
    run_sync(a.db, central_url)
    b.feedback.update(item.id, text="Bertan muokkaus")  # delete vs edit: an ordinary conflict
    follow_up = b.followups.add(item.id, description="Bertan jatkotoimi", owner="Bertta")
    run_sync(b.db, central_url)
    [edit] = [x for x in list_conflicts(b.db) if not x.is_orphan]
    resolve(b.db, edit.id, "theirs")  # keep the deletion...
    [orphan] = list_conflicts(b.db)  # ...and the new follow-up under it is not forgotten
    assert orphan.is_orphan and orphan.row_id == follow_up.id
    run_sync(a.db, central_url)  # the follow-up had gone up: the deleter is asked too
    [theirs] = list_conflicts(a.db)
    assert theirs.is_orphan and theirs.row_id == follow_up.id
    resolve(b.db, orphan.id, DELETE_CHILD)  # one person decides; the other laptop follows
    _everyone_equal([b, a], central_url)
    assert not list_conflicts(a.db)
    [settled] = [x for x in list_conflicts(a.db, include_resolved=True) if x.is_orphan]
    assert settled.resolution == DELETE_CHILD


def test_cli_lists_and_resolves_an_orphan(trio, tmp_path, capsys) -> None:
    from desktop_app.cli import main
    a, b, _ = trio
    url = f"sqlite:///{tmp_path / 'keskus.db'}"
    item = _shared_item(a, [b], url)
    a.feedback.delete(item.id)
    run_sync(a.db, url)
    follow_up = b.followups.add(item.id, description="Komentoriviltä", owner="Bertta")
    run_sync(b.db, url)
    [conflict] = list_conflicts(b.db)
    cli = ["--db", str(b.db.path), "--user", "Bertta", "sync"]
    assert main([*cli, "--conflicts"]) == 0
    out = capsys.readouterr().out
    assert f"{conflict.id}: Jatkotoimenpide {follow_up.id} on poistetun kohteen (palaute" in out
    assert "--keep palauta" in out
    assert main([*cli, "--resolve", str(conflict.id), "--keep", "oma"]) == 1
    assert "valitse --keep palauta tai --keep poista" in capsys.readouterr().err
    assert list_conflicts(b.db) == [conflict]  # a refused choice changes nothing
    assert main([*cli, "--resolve", str(conflict.id), "--keep", "palauta"]) == 0
    assert "ratkaistu" in capsys.readouterr().out
    assert not list_conflicts(b.db)
    assert b.feedback.get(item.id).text == "Yhteinen palaute"  # the feedback is back

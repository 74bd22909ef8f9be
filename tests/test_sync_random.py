"""Seeded random test: 3 laptops making random creates, edits and deletes with random syncs.

After final syncs and conflict resolutions every laptop equals the central store, and every value
a laptop ever had when it synced is in the final state, in a resolved conflict's record, or was
replaced by an edit made by someone who had that value in front of them. Nothing vanished
silently: a last-writer-wins store fails this test (checked by breaking the central version check).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from sync_support import central_state, dirty_count, local_state, make_device, run_sync

from desktop_app.domain.enums import FeedbackKind
from desktop_app.services import Services
from desktop_app.sync.conflicts import (
    DELETE_CHILD,
    KEEP_MINE,
    KEEP_THEIRS,
    MERGED,
    RESTORE_PARENT,
    list_conflicts,
    resolve,
)

MUNICIPALITIES = ("205", "290", "765")
TRACKED = {"feedback": "text", "meetings": "place", "follow_ups": "description"}


class World:
    def __init__(self, folder: Path, url: str, seed: int) -> None:
        self.url = url
        self.rng = random.Random(seed)
        self.devices = [Services.for_database(make_device(folder, f"laite{n}")) for n in range(3)]
        self.counter = 0
        self.must_survive: set[str] = set()
        self.resolved = 0
        self.orphans = 0
        # feedback id -> follow-ups that someone deleting it had in front of them
        self.known_at_delete: dict[str, set[str]] = {}
        # Values a laptop replaced while it had them on screen: superseded knowingly, not lost.
        self.overwritten: set[str] = set()
        for services in self.devices:
            services.rounds.plan_round(2026)
        self.round_id = self.devices[0].rounds.find_by_year(2026).id

    def token(self, device: int) -> str:
        self.counter += 1
        return f"[d{device}-t{self.counter}]"

    def meeting_id(self, services: Services) -> str:
        return services.meetings.find(self.round_id, self.rng.choice(MUNICIPALITIES)).id

    def live_items(self, services: Services) -> list[str]:
        return [item.id for code in MUNICIPALITIES
                for item in services.feedback.list_for_meeting(
                    services.meetings.find(self.round_id, code).id)]

    def step(self) -> None:
        n = self.rng.randrange(3)
        services = self.devices[n]
        action = self.rng.choice(["create", "create", "edit", "edit", "priority", "delete",
                                  "place", "followup", "sync", "sync", "sync", "resolve"])
        items = self.live_items(services)
        if action == "create" or (action in ("edit", "priority", "delete", "followup") and not items):
            services.feedback.add(self.meeting_id(services), FeedbackKind.QUESTION, self.token(n))
        elif action == "edit":
            item = self.rng.choice(items)
            self.overwritten.add(services.feedback.get(item).text)  # an informed overwrite
            services.feedback.update(item, text=self.token(n))
        elif action == "priority":
            services.feedback.update(self.rng.choice(items), priority=self.rng.choice(["low", "high"]))
        elif action == "delete":
            item = self.rng.choice(items)
            self.note_known(services, item)
            services.feedback.delete(item)
        elif action == "followup":  # a child: its feedback may be deleted elsewhere meanwhile
            services.followups.add(self.rng.choice(items), description=self.token(n), owner="x")
        elif action == "place":
            meeting_id = self.meeting_id(services)
            self.overwritten.add(services.meetings.get(meeting_id).place)
            services.meetings.update_details(meeting_id, place=self.token(n))
        elif action == "sync":
            self.sync(services)
        else:
            self.resolve_some(services)

    def note_known(self, services: Services, feedback_id: str) -> None:
        live = local_state(services.db)["follow_ups"]
        self.known_at_delete.setdefault(feedback_id, set()).update(
            key for key, row in live.items() if row["feedback_id"] == feedback_id and not row["deleted_at"])

    def sync(self, services: Services) -> None:
        for entity, field in TRACKED.items():
            for row in local_state(services.db)[entity].values():
                if row[field]:
                    self.must_survive.add(row[field])
        run_sync(services.db, self.url)

    def resolve_some(self, services: Services) -> None:
        while open_now := list_conflicts(services.db):  # re-read: restoring settles siblings
            conflict = open_now[0]
            if conflict.is_orphan:
                resolve(services.db, conflict.id, self.rng.choice([RESTORE_PARENT, DELETE_CHILD]))
                self.orphans += 1
                continue
            choice = self.rng.choice([KEEP_MINE, KEEP_THEIRS, MERGED])
            edited = None
            if choice == MERGED:
                field = TRACKED.get(conflict.entity, "text")
                edited = {field: f"{conflict.mine.get(field)}+{conflict.theirs.get(field)}"}
                if conflict.theirs.get("deleted_at") or conflict.mine.get("deleted_at"):
                    edited["deleted_at"] = None  # the merge keeps the item alive
            resolve(services.db, conflict.id, choice, edited)
            self.resolved += 1
            row = local_state(services.db)[conflict.entity][conflict.row_id]
            if conflict.entity == "feedback" and row["deleted_at"]:
                self.note_known(services, conflict.row_id)  # a person here chose the delete

    def settle(self) -> None:
        for _ in range(10):
            for services in self.devices:
                self.resolve_some(services)
                self.sync(services)
            if all(not list_conflicts(s.db) and dirty_count(s.db) == 0 for s in self.devices):
                break
        for services in self.devices:  # everyone picks up the last pushes
            run_sync(services.db, self.url)


def _run(folder: Path, url: str, seed: int, steps: int) -> World:
    world = World(folder, url, seed)
    for _ in range(steps):
        world.step()
    world.settle()

    central = central_state(url)
    for services in world.devices:
        assert dirty_count(services.db) == 0
        assert not list_conflicts(services.db)
        assert local_state(services.db) == central

    # No silent orphan: a live follow-up under deleted feedback was known to whoever deleted it.
    for key, row in central["follow_ups"].items():
        if not row["deleted_at"] and central["feedback"][row["feedback_id"]]["deleted_at"]:
            assert key in world.known_at_delete.get(row["feedback_id"], set()), row

    final_text = json.dumps(central, ensure_ascii=False)
    records = json.dumps([[c.mine, c.theirs, c.base] for s in world.devices
                          for c in list_conflicts(s.db, include_resolved=True)], ensure_ascii=False)
    vanished = [token for token in world.must_survive
                if token not in final_text and token not in world.overwritten and token not in records]
    assert vanished == []
    assert world.must_survive  # the run really produced values to check
    assert world.resolved > 0  # and really had conflicts to resolve
    return world


@pytest.mark.parametrize("seed", [11, 22, 33, 44])
def test_three_laptops_random_edits_sqlite_central(tmp_path: Path, seed: int) -> None:
    _run(tmp_path, f"sqlite:///{tmp_path / 'keskus.db'}", seed, steps=70)


@pytest.mark.postgres
def test_three_laptops_random_edits_postgres_central(tmp_path: Path, postgres_server) -> None:
    _run(tmp_path, postgres_server.admin_url(postgres_server.new_database()), 55, steps=70)


def test_random_runs_meet_orphans_and_still_converge(tmp_path: Path) -> None:
    """Follow-ups added while their feedback is deleted elsewhere: the orphan conflicts that
    arise are resolved either way, and every laptop still ends equal to the central store."""
    orphans = 0
    for seed in (5, 6, 7):
        folder = tmp_path / str(seed)
        folder.mkdir()
        orphans += _run(folder, f"sqlite:///{folder / 'keskus.db'}", seed, steps=70).orphans
    assert orphans > 0

"""Cut the connection at every step of every sync in a scenario, re-run, and compare with a
clean run: no duplicates, no losses, the same end state (DESIGN.md §4, exactly once)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sync_support import (
    Cut,
    FaultyTransport,
    central_counts,
    central_state,
    dirty_count,
    local_state,
    make_device,
    run_sync,
)

from desktop_app.domain.enums import FeedbackKind, Side
from desktop_app.services import Services
from desktop_app.sync.local import load_outbox
from desktop_app.sync.service import open_transport

ID_FIELDS = {"round_id", "meeting_id", "feedback_id", "sector_id"}
STEPS = ["hello", "push-before", "push-mid", "push-after", "pull", "pull-page-2"]


def _normalise(state: dict[str, dict[str, dict[str, Any]]]) -> dict[str, list[str]]:
    """Content without random ids/timestamps, so two runs of the same scenario compare equal."""
    out = {}
    for entity, rows in state.items():
        out[entity] = sorted(
            repr(sorted((k, (v is not None) if k == "deleted_at" else v)
                        for k, v in row.items() if k not in ID_FIELDS and k != "retired_at"))
            for row in rows.values()
        )
    return out


def _scenario(folder: Path, url: str, fail_at: str | None, failures: list[str]) -> tuple[Services, Services]:
    a = Services.for_database(make_device(folder, "Aino"))
    b = Services.for_database(make_device(folder, "Bertta"))

    def sync(services: Services) -> None:
        step, nth = ("pull", 2) if fail_at == "pull-page-2" else (fail_at, 1)
        transport = FaultyTransport(open_transport(url), step, nth=nth)
        try:
            run_sync(services.db, url, transport=transport, page_size=4)
        except Cut as cut:
            failures.append(str(cut))
            if fail_at in ("push-before", "push-mid", "push-after"):
                assert load_outbox(services.db) is not None  # the batch and its op id were saved first
        finally:
            transport.close()
        if transport.fired:
            run_sync(services.db, url, page_size=4)  # the re-run repairs everything

    a.rounds.plan_round(2026)
    round_id = a.rounds.find_by_year(2026).id
    kuhmo = a.meetings.find(round_id, "290")
    f1 = a.feedback.add(kuhmo.id, FeedbackKind.QUESTION, "Yksi")
    f2 = a.feedback.add(kuhmo.id, FeedbackKind.ADVOCACY_TARGET, "Kaksi")
    a.participants.add(kuhmo.id, "Maija Meikäläinen", Side.MUNICIPALITY)
    a.followups.add(f1.id, owner="Aino", description="Selvitetään")
    b.rounds.plan_round(2026)
    b.meetings.update_details(kuhmo.id, place="Kuhmon kaupungintalo")
    kajaani = b.meetings.find(round_id, "205")
    b.feedback.add(kajaani.id, FeedbackKind.QUESTION, "Kolme")
    sync(a)
    sync(b)
    sync(a)
    a.feedback.update(f1.id, text="Yksi, korjattu")
    a.feedback.delete(f2.id)
    b.feedback.update(f1.id, priority="high")
    b.meetings.update_details(kajaani.id, notes="Muistiinpanot")
    sync(b)
    sync(a)
    sync(b)
    return a, b


@pytest.fixture
def clean_run(tmp_path_factory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("clean")
    url = f"sqlite:///{folder / 'keskus.db'}"
    a, _ = _scenario(folder, url, None, [])
    return {"state": _normalise(central_state(url)), "counts": central_counts(url),
            "local": _normalise(local_state(a.db))}


@pytest.mark.parametrize("fail_at", STEPS)
def test_a_cut_connection_at_any_step_changes_nothing_after_a_rerun(
        tmp_path: Path, central_url: str, fail_at: str, clean_run: dict[str, Any]) -> None:
    failures: list[str] = []
    a, b = _scenario(tmp_path, central_url, fail_at, failures)
    # The fault fired in every sync (push faults only where there was something to push).
    # (mid-pull only where a pull had more than one page).
    expected = {"hello": 6, "pull": 6, "pull-page-2": 1}.get(fail_at, 4)
    assert len(failures) == expected, failures
    assert central_counts(central_url) == clean_run["counts"]  # no duplicates, no double audit
    assert _normalise(central_state(central_url)) == clean_run["state"]
    assert local_state(a.db) == local_state(b.db) == central_state(central_url)
    assert dirty_count(a.db) == dirty_count(b.db) == 0
    assert load_outbox(a.db) is None and load_outbox(b.db) is None
    texts = {row["text"] for row in central_state(central_url)["feedback"].values()}
    assert texts == {"Yksi, korjattu", "Kaksi", "Kolme"}

"""The bulk paths of a central push (issue 12): new rows by COPY (PostgreSQL) or executemany
(SQLite), their audit rows written by the store itself (INSERT … SELECT), the existing-row lookup
with one text[] literal. Each must give exactly the rows the per-row rules describe, on both
backends: one audit row per applied change with the right action, version and seq; an id that
needs quoting found like any other."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import event
from sync_support import central_audit_rows, central_state, make_device, run_sync

from desktop_app.services import Services
from desktop_app.sync import local
from desktop_app.sync.service import open_transport
from desktop_app.sync.transport import APPLIED, STALE, Change, Origin

STAMP = "2026-11-30T12:00:00.000000Z"


@pytest.fixture
def laptop(tmp_path: Path):
    db = make_device(tmp_path, "Aino")
    yield Services.for_database(db)
    db.dispose()


def _round(changes: list[Change]) -> Change:
    return next(change for change in changes if change.entity == "rounds")


def _expected_action(change: Change, before: dict | None) -> str:
    """The per-row rule (docs/sync.md, central push step 4)."""
    if before is None:
        return "insert"
    was, now = before["deleted_at"], change.fields.get("deleted_at")
    if was is None and now is not None:
        return "delete"
    if was is not None and now is None:
        return "restore"
    return "update"


def _push(url: str, changes: list[Change], op_id: str, statements: list[str] | None = None):
    transport = open_transport(url)
    if statements is not None:
        event.listen(transport.engine, "before_cursor_execute",
                     lambda conn, cursor, statement, *rest: statements.append(statement))
    try:
        return transport.push(changes, op_id, Origin("laite-1", "Aino"))
    finally:
        transport.close()


def test_every_applied_change_gets_one_audit_row_with_its_action(laptop, central_url) -> None:
    """Inserts, updates, a delete, a restore and a stale row in one push: the audit rows are
    exactly those of the applied changes (the store writes the inserts' rows itself)."""
    laptop.rounds.plan_round(2026)
    first = local.collect_changes(laptop.db)
    run_sync(laptop.db, central_url)
    before_rows = {(entity, row_id): fields for entity, rows in central_state(central_url).items()
                   for row_id, fields in rows.items()}
    meetings = [change for change in first if change.entity == "meetings"]
    round_ = _round(first)

    def edited(change: Change, **fields) -> Change:
        return dataclasses.replace(change, base_version=1, local_version=change.local_version + 1,
                                   fields={**change.fields, **fields, "updated_at": STAMP})

    new_round = dataclasses.replace(round_, id="uusi-kierros", base_version=None,
                                    fields={**round_.fields, "year": 2031, "title": "TTS 2031"})
    new_meeting = dataclasses.replace(meetings[0], id="uusi-neuvottelu", base_version=None,
                                      fields={**meetings[0].fields, "round_id": "uusi-kierros"})
    second = [
        edited(meetings[0], place="Sotkamon kunnantalo"),
        edited(meetings[1], deleted_at=STAMP),
        dataclasses.replace(meetings[2], base_version=7),  # the central row is at 1: stale
        new_round,
        new_meeting,
    ]
    result = _push(central_url, second, "op-toinen")
    statuses = [receipt.status for receipt in result.receipts]
    assert statuses == [APPLIED, APPLIED, STALE, APPLIED, APPLIED]
    restore = edited(meetings[1], deleted_at=None)
    restore = dataclasses.replace(restore, base_version=2)
    third = _push(central_url, [restore], "op-kolmas")
    assert [receipt.status for receipt in third.receipts] == [APPLIED]

    audit = central_audit_rows(central_url)
    state = central_state(central_url)
    expected = []
    for change in first:
        expected.append(("insert", change.entity, change.id, 1))
    for change, receipt in zip(second, result.receipts, strict=True):
        if receipt.status == APPLIED:
            before = before_rows.get((change.entity, change.id))
            expected.append((_expected_action(change, before), change.entity, change.id,
                             receipt.version))
    expected.append(("restore", "meetings", meetings[1].id, 3))
    got = [(row["action"], row["entity"], row["entity_id"], row["version"])
           for row in sorted(audit, key=lambda row: row["seq"])]
    assert sorted(got) == sorted(expected)
    seqs = [row["seq"] for row in audit]
    assert sorted(seqs) == list(range(1, len(expected) + 1))  # one per change, none twice
    synced = [row for row in audit if row["op_id"] not in ("op-toinen", "op-kolmas")]
    assert {row["device_id"] for row in synced} == {laptop.db.device_id}
    mine = [row for row in audit if row["op_id"] == "op-toinen"]
    assert len(mine) == 4
    assert {(row["device_id"], row["user_name"]) for row in mine} == {("laite-1", "Aino")}
    assert len({row["at"] for row in mine}) == 1
    # Each row's seq in its table is the seq of its latest audit row.
    latest = {}
    for row in sorted(audit, key=lambda row: row["seq"]):
        latest[(row["entity"], row["entity_id"])] = row["seq"]
    assert state["meetings"]["uusi-neuvottelu"]["round_id"] == "uusi-kierros"
    assert state["meetings"][meetings[0].id]["place"] == "Sotkamon kunnantalo"
    assert state["meetings"][meetings[1].id]["deleted_at"] is None
    assert len(latest) == len(first) + 2


@pytest.mark.parametrize(("ids", "literal"), [
    (["NULL", "null", "a,b", "{c}", " d ", "e'f", "ä-ö"], True),  # through one text[] literal
    (['g"h', "i\\j", "NULL"], False),                      # need escaping: an array parameter
])
def test_rows_whose_ids_need_quoting_are_found_on_the_next_push(laptop, central_url, ids,
                                                                 literal) -> None:
    laptop.rounds.plan_round(2026)
    round_ = _round(local.collect_changes(laptop.db))
    new = [dataclasses.replace(round_, id=row_id, base_version=None,
                               fields={**round_.fields, "year": 2040 + n})
           for n, row_id in enumerate(ids)]
    first = _push(central_url, new, "op-1")
    assert [(r.status, r.version) for r in first.receipts] == [(APPLIED, 1)] * len(ids)
    again = [dataclasses.replace(change, base_version=1,
                                 fields={**change.fields, "title": f"muutettu {change.id}"})
             for change in new]
    statements: list[str] = []
    second = _push(central_url, again, "op-2", statements)
    if central_url.startswith("postgresql"):  # the path this case is meant to exercise
        lookups = [sql for sql in statements if "rounds.deleted_at" in sql and "ANY" in sql]
        assert len(lookups) == 1
        assert ("AS VARCHAR[]" in lookups[0]) == literal
    # Found as existing rows: updated to version 2 (a missed lookup would try to insert again).
    assert [(r.status, r.version) for r in second.receipts] == [(APPLIED, 2)] * len(ids)
    rounds = central_state(central_url)["rounds"]
    assert {row_id: rounds[row_id]["title"] for row_id in ids} == {
        row_id: f"muutettu {row_id}" for row_id in ids}
    actions = sorted((row["entity_id"], row["action"]) for row in central_audit_rows(central_url))
    assert actions == sorted([(row_id, "insert") for row_id in ids]
                             + [(row_id, "update") for row_id in ids])

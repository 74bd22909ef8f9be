"""Three-way field merge against the last-synced base. Pure functions: no I/O, easy to prove.

Rules (docs/sync.md):
- a field both sides left as in the base keeps it; a field one side changed takes that change;
- both sides changed a field to the same value: fine; to different values: a conflict;
- a field missing from the base (the row was created on both sides) counts as changed by both
  unless both hold the same value;
- deleting on one side while the other changed any content is a conflict (delete vs edit);
  deleting on one side while the other changed nothing is a clean delete.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

_MISSING = object()
TOMBSTONE = "deleted_at"


@dataclass(frozen=True)
class MergeOutcome:
    merged: dict[str, Any] | None  # None when a person must decide
    conflicting: tuple[str, ...]


def three_way(base: dict[str, Any] | None, mine: dict[str, Any], theirs: dict[str, Any],
              fields: list[str]) -> MergeOutcome:
    base = base or {}
    merged: dict[str, Any] = {}
    conflicting: list[str] = []
    for key in fields:
        b = base.get(key, _MISSING)
        a, c = mine.get(key), theirs.get(key)
        if key == TOMBSTONE:  # deleted or not is what counts, not when each side deleted it
            a, c = a is not None, c is not None
            b = b is not None and b is not _MISSING
            merged[key] = theirs.get(key) if a in (c, b) else mine.get(key)
            continue
        if a == c:
            merged[key] = a
        elif a == b:
            merged[key] = c
        elif c == b:
            merged[key] = a
        else:
            conflicting.append(key)
    if TOMBSTONE in fields and not conflicting:
        conflicting.extend(_delete_vs_edit(base, mine, theirs, fields))
    if conflicting:
        return MergeOutcome(None, tuple(conflicting))
    return MergeOutcome(merged, ())


def _changed(base: dict[str, Any], side: dict[str, Any], fields: list[str]) -> bool:
    return any(side.get(key) != base.get(key, _MISSING) for key in fields if key != TOMBSTONE)


def _delete_vs_edit(base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any],
                    fields: list[str]) -> list[str]:
    was_deleted = base.get(TOMBSTONE) is not None
    mine_deletes = mine.get(TOMBSTONE) is not None and not was_deleted
    theirs_deletes = theirs.get(TOMBSTONE) is not None and not was_deleted
    if mine_deletes and not theirs_deletes and _changed(base, theirs, fields):
        return [TOMBSTONE]
    if theirs_deletes and not mine_deletes and _changed(base, mine, fields):
        return [TOMBSTONE]
    return []

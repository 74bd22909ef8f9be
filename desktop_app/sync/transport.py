"""The interface between the sync engine and a central store.

Everything that crosses it is plain, JSON-friendly data, so an HTTP transport can be added later
without touching the engine. `DirectTransport` (sync/direct.py) talks SQL to the store itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from json.encoder import encode_basestring_ascii as _quote
from typing import Any, Protocol

# One encoder for all rows: json.dumps with options builds a new JSONEncoder on every call, which
# cost more than the encoding itself for a first sync's thousands of small rows.
FIELDS_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)

APPLIED = "applied"    # written centrally; `version` is the new central version
STALE = "stale"        # the central row moved past `base_version`; nothing written
REJECTED = "rejected"  # refused (e.g. a sector code already taken by another row); nothing written
# The store could not hold the row's content (NUL in text, too long, a constraint...; see
# sync/refusals.py); nothing written. The laptop sets the row aside until it is edited.
REFUSED = "refused"


@dataclass(frozen=True)
class Change:
    """One dirty row going up."""

    entity: str
    id: str
    base_version: int | None   # central version the laptop last saw; None = never synced
    local_version: int         # the laptop's own version when sent (to mark clean safely)
    fields: dict[str, Any]     # wire values of every travelling column

    def to_json(self) -> dict[str, Any]:
        return {"entity": self.entity, "id": self.id, "base_version": self.base_version,
                "local_version": self.local_version, "fields": self.fields}

    @cached_property
    def fields_json(self) -> str:
        """Serialised once: the outbox and the merge base reuse it."""
        return FIELDS_ENCODER.encode(self.fields)

    def to_json_text(self) -> str:
        """`json.dumps(self.to_json())` with sorted fields, built from the cached fields text.
        (`_quote` is the C function json.dumps itself uses for a str: the same text.)"""
        base = "null" if self.base_version is None else str(int(self.base_version))
        return (f'{{"entity": {_quote(self.entity)}, "id": {_quote(self.id)}, '
                f'"base_version": {base}, "local_version": {int(self.local_version)}, '
                f'"fields": {self.fields_json}}}')

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Change:
        return cls(**data)


@dataclass(frozen=True)
class Receipt:
    entity: str
    id: str
    status: str
    version: int | None        # central version now (after applying, or the one that blocked)
    message: str = ""
    field: str = ""            # REFUSED: the column that was refused, when known


@dataclass(frozen=True)
class PushResult:
    receipts: list[Receipt]
    # Sequence numbers of this operation: before_seq < seq <= last_seq. Rows with seq <=
    # before_seq were committed before it; (before_seq, last_seq] are exactly this push's rows.
    before_seq: int
    last_seq: int

    def to_json(self) -> dict[str, Any]:
        return {"receipts": [[r.entity, r.id, r.status, r.version, r.message, r.field]
                             for r in self.receipts],
                "before_seq": self.before_seq, "last_seq": self.last_seq}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PushResult:
        return cls([Receipt(*r) for r in data["receipts"]], data["before_seq"], data["last_seq"])


@dataclass(frozen=True)
class PulledRow:
    entity: str
    id: str
    version: int
    seq: int
    fields: dict[str, Any]


@dataclass(frozen=True)
class PullPage:
    rows: list[PulledRow]
    cursor: int                # pass back to get the next page
    more: bool


@dataclass(frozen=True)
class Origin:
    device_id: str
    user: str


@dataclass(frozen=True)
class StoreInfo:
    store_id: str
    schema_revision: str


class Transport(Protocol):
    def hello(self) -> StoreInfo: ...

    def push(self, changes: list[Change], op_id: str, origin: Origin) -> PushResult: ...

    def pull(self, cursor: int, limit: int) -> PullPage: ...

    def close(self) -> None: ...

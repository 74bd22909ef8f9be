"""The central store's own schema (separate MetaData; created by central_migrations/).

Each synced table has a central copy with the same content columns plus:
- `version`: the central version, bumped on every applied change;
- `seq`: the global change sequence number of the row's latest change (the pull cursor).
No foreign keys: rows arrive in batches from many laptops, and tombstones keep history anyway.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Date,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Time,
)

central_metadata = MetaData()
VERSION_TABLE = "kuntapalaute_central_version"


def _synced(name: str, *content: Column) -> Table:  # type: ignore[type-arg]
    return Table(
        name, central_metadata,
        Column("id", String(36), primary_key=True),
        Column("version", Integer, nullable=False),
        Column("seq", BigInteger, nullable=False),
        *content,
        Column("created_at", String(32), nullable=False),
        Column("updated_at", String(32), nullable=False),
        Column("created_by", String(100), nullable=False),
        Column("updated_by", String(100), nullable=False),
        Column("device_id", String(36), nullable=False),
        Column("deleted_at", String(32), nullable=True),
    )


SYNCED_TABLES: dict[str, Table] = {
    "sectors": _synced(
        "sectors",
        Column("code", String(16), nullable=False),
        Column("name_fi", String(200), nullable=False),
        Column("name_en", String(200), nullable=False),
        Column("sort_order", Integer, nullable=False),
        Column("retired_at", String(32), nullable=True),
    ),
    "rounds": _synced(
        "rounds",
        Column("year", Integer, nullable=False),
        Column("period_start", Integer, nullable=False),
        Column("period_end", Integer, nullable=False),
        Column("title", String(200), nullable=False),
    ),
    "meetings": _synced(
        "meetings",
        Column("round_id", String(36), nullable=False),
        Column("municipality_code", String(3), nullable=False),
        Column("meeting_date", Date, nullable=True),
        Column("start_time", Time, nullable=True),
        Column("place", String(300), nullable=False),
        Column("status", String(32), nullable=False),
        Column("notes", Text, nullable=False),
    ),
    "participants": _synced(
        "participants",
        Column("meeting_id", String(36), nullable=False),
        Column("name", String(200), nullable=False),
        Column("organisation", String(200), nullable=False),
        Column("title", String(200), nullable=False),
        Column("side", String(32), nullable=False),
        Column("sort_order", Integer, nullable=False),
    ),
    "feedback": _synced(
        "feedback",
        Column("meeting_id", String(36), nullable=False),
        Column("sector_id", String(36), nullable=True),
        Column("kind", String(32), nullable=False),
        Column("scope", String(32), nullable=True),
        Column("text", Text, nullable=False),
        Column("priority", String(32), nullable=False),
        Column("sort_order", Integer, nullable=False),
    ),
    "managers_meetings": _synced(
        "managers_meetings",
        Column("year", Integer, nullable=False),
        Column("number", Integer, nullable=False),
        Column("meeting_date", Date, nullable=True),
        Column("start_time", Time, nullable=True),
        Column("place", String(300), nullable=False),
        Column("remote_link", String(300), nullable=False),
        Column("chair", String(200), nullable=False),
        Column("secretary", String(200), nullable=False),
        Column("status", String(32), nullable=False),
        Column("notes", Text, nullable=False),
    ),
    "agenda_matters": _synced(
        "agenda_matters",
        Column("managers_meeting_id", String(36), nullable=False),
        Column("number", Integer, nullable=False),
        Column("title", String(300), nullable=False),
        Column("raised_by", String(32), nullable=False),
        Column("municipality_code", String(3), nullable=True),
        Column("raised_by_name", String(200), nullable=False),
        Column("presenter", String(200), nullable=False),
        Column("description", Text, nullable=False),
        Column("notes", Text, nullable=False),
        Column("status", String(32), nullable=False),
        Column("carried_from_id", String(36), nullable=True),
        Column("feedback_id", String(36), nullable=True),
    ),
    "managers_attendees": _synced(
        "managers_attendees",
        Column("managers_meeting_id", String(36), nullable=False),
        Column("name", String(200), nullable=False),
        Column("organisation", String(200), nullable=False),
        Column("title", String(200), nullable=False),
        Column("role", String(32), nullable=False),
        Column("municipality_code", String(3), nullable=True),
        Column("attendance", String(32), nullable=False),
        Column("matter_id", String(36), nullable=True),
        Column("sort_order", Integer, nullable=False),
    ),
    "follow_ups": _synced(
        "follow_ups",
        Column("feedback_id", String(36), nullable=True),
        Column("matter_id", String(36), nullable=True),
        Column("description", Text, nullable=False),
        Column("owner", String(200), nullable=False),
        Column("due_date", Date, nullable=True),
        Column("status", String(32), nullable=False),
    ),
}

# Identity of this central store: a laptop remembers it and refuses to mix two stores' cursors.
store_info = Table(
    "store_info", central_metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# One row (id=1). Pushes lock it first (SELECT ... FOR UPDATE), so sequence numbers are handed
# out in commit order and a pull never skips a slower transaction's rows.
seq_counter = Table(
    "seq_counter", central_metadata,
    Column("id", Integer, primary_key=True),
    Column("last_seq", BigInteger, nullable=False),
)

# Operation ids already applied, with the receipts they produced (exactly-once pushes).
applied_ops = Table(
    "applied_ops", central_metadata,
    Column("op_id", String(36), primary_key=True),
    Column("device_id", String(36), nullable=False),
    Column("user_name", String(100), nullable=False),
    Column("applied_at", String(32), nullable=False),
    Column("receipts", Text, nullable=False),  # JSON
)

# Every change applied centrally: who (device, user), when, which row, action and version. (The
# central tables hold the content; each laptop's own audit_log keeps field-level history.)
central_audit = Table(
    "central_audit", central_metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("op_id", String(36), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("entity", String(32), nullable=False),
    Column("entity_id", String(36), nullable=False),
    Column("version", Integer, nullable=False),
    Column("action", String(16), nullable=False),  # insert / update / delete / restore
    Column("device_id", String(36), nullable=False),
    Column("user_name", String(100), nullable=False),
    Column("at", String(32), nullable=False),
)

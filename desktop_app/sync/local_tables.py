"""The laptop's sync bookkeeping (tables created by storage migrations 0002_sync, 0003_sync_orphans,
0006_sync_set_aside, 0007_pull_set_aside).

Versions, defined once:
- `<table>.version` (local): bumped by storage/audit.py on every local edit. Used only to notice
  an edit made while a push was in flight (a row is marked clean only if it still has the version
  that was sent).
- central `version`: bumped by the central store on every applied change.
- `sync_base.version`: the central version this laptop last saw for the row, with the row's fields
  as of that version (`fields`): the base of three-way merges and the expected version for the
  optimistic check on push. No `sync_base` row = never synced.
"""

from __future__ import annotations

from sqlalchemy import Column, Integer, MetaData, String, Table, Text, UniqueConstraint

local_metadata = MetaData()

sync_base = Table(
    "sync_base", local_metadata,
    Column("entity", String(32), primary_key=True),
    Column("row_id", String(36), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("fields", Text, nullable=False),  # JSON: wire fields at that central version
)

sync_conflicts = Table(
    "sync_conflicts", local_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity", String(32), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("fields", Text, nullable=False),        # JSON list: the fields that clash
    Column("base", Text, nullable=True),           # JSON
    Column("mine", Text, nullable=False),          # JSON
    Column("theirs", Text, nullable=False),        # JSON
    Column("theirs_version", Integer, nullable=False),
    Column("status", String(16), nullable=False),  # open / resolved
    Column("resolution", String(16), nullable=True),  # mine / theirs / merged
    Column("resolved_fields", Text, nullable=True),   # JSON of what was kept
    Column("resolved_at", String(32), nullable=True),
    Column("resolved_by", String(100), nullable=True),
    # 0003_sync_orphans: "edit" (both sides changed the row) or "orphan" (the row is a child,
    # added or changed here, whose parent was deleted on another laptop, or the other way round).
    Column("kind", String(16), nullable=False, server_default="edit"),
    Column("parent_entity", String(32), nullable=True),
    Column("parent_id", String(36), nullable=True),
)

# A push batch is written here BEFORE it is sent, with its operation id: after a lost
# acknowledgement the same batch is re-sent under the same id and the central store answers
# with the receipts it stored the first time.
sync_outbox = Table(
    "sync_outbox", local_metadata,
    Column("op_id", String(36), primary_key=True),
    Column("created_at", String(32), nullable=False),
    Column("payload", Text, nullable=False),  # JSON list of changes
)

# Rows set aside (sync/set_aside.py). direction "push" (0006_sync_set_aside): the central store
# refused this laptop's row; held back from pushes while `local_version` is still the row's
# version, an edit sends it again. direction "pull" (0007_pull_set_aside): this laptop could not
# store the central row (`central_version`, fields in `payload`); a newer central version, or its
# parent arriving, stores it.
sync_set_aside = Table(
    "sync_set_aside", local_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity", String(32), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("local_version", Integer, nullable=False),
    Column("field", String(64), nullable=False, server_default=""),
    Column("reason", Text, nullable=False),           # Finnish, from sync/refusals.py
    Column("created_at", String(32), nullable=False),
    Column("dropped_at", String(32), nullable=True),  # the user chose "keep here, do not send"
    Column("direction", String(8), nullable=False, server_default="push"),  # push / pull
    Column("central_version", Integer, nullable=True),  # pull: the version that was refused
    Column("payload", Text, nullable=True),             # pull: JSON wire fields of that version
    UniqueConstraint("entity", "row_id", "direction"),
)

# local_settings keys
CURSOR_KEY = "sync.cursor"
CENTRAL_ID_KEY = "sync.central_store_id"
CENTRAL_URL_KEY = "sync.central_url"  # never with a password
LAST_SYNC_KEY = "sync.last_success_at"

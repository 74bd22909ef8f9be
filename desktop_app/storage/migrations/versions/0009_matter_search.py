"""matter search: agenda matters and their agreements in a Finnish FTS5 index of their own

Revision ID: 0009_matter_search
Revises: 0008_managers_meetings
Create Date: 2026-11-30 20:00:00

A managers' meeting's agenda matters become searchable like feedback items (0004): one row per
live matter in `matter_fts` (rowid = the matter's rowid) with `text` (title, description and
discussion notes, one per line), `followups` (its live agreements' descriptions), and the base
forms (`base`) and compound parts (`part`) of both, computed by the SQL functions `kp_base` and
`kp_parts` (storage/morphology.py). The columns have the same names as in `feedback_fts`, so one
query expression serves both indexes. Triggers on `agenda_matters` and on `follow_ups` (the rows
with a `matter_id`) keep it current on every write path (services, import, sync pull), because
they fire inside SQLite. The index is built here from the existing rows with the active analyser,
the same one that built `feedback_fts` (recorded in `local_settings`; storage/search.py rebuilds
both when another analyser is active later).
"""

from __future__ import annotations

from alembic import op

revision = "0009_matter_search"
down_revision = "0008_managers_meetings"
branch_labels = None
depends_on = None

# One matter's index row, for the agenda_matters rows selected by {where} (storage/search.py
# rebuilds the index with the same statement).
DOCUMENT = """
    INSERT INTO matter_fts(rowid, text, followups, base, part, matter_id)
    SELECT rid, body, fu, kp_base(body || char(10) || fu), kp_parts(body || char(10) || fu), id
    FROM (SELECT a.rowid AS rid, a.id AS id,
                 a.title || char(10) || a.description || char(10) || a.notes AS body,
                 coalesce((SELECT group_concat(description, char(10)) FROM (
                     SELECT u.description FROM follow_ups u
                     WHERE u.matter_id = a.id AND u.deleted_at IS NULL
                     ORDER BY u.created_at, u.id)), '') AS fu
          FROM agenda_matters a WHERE {where} AND a.deleted_at IS NULL)"""


def _refresh(matter_id: str) -> str:
    return (f"DELETE FROM matter_fts WHERE rowid = "
            f"(SELECT rowid FROM agenda_matters WHERE id = {matter_id});"
            + DOCUMENT.format(where=f"a.id = {matter_id}") + ";")


TABLE = """CREATE VIRTUAL TABLE matter_fts USING fts5(
    text, followups, base, part, matter_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 0')"""

TRIGGERS = [
    f"""CREATE TRIGGER matter_fts_ai AFTER INSERT ON agenda_matters
        WHEN new.deleted_at IS NULL BEGIN
        {DOCUMENT.format(where="a.rowid = new.rowid")};
    END""",
    f"""CREATE TRIGGER matter_fts_au AFTER UPDATE OF title, description, notes, deleted_at
        ON agenda_matters BEGIN
        DELETE FROM matter_fts WHERE rowid = old.rowid;
        {DOCUMENT.format(where="a.rowid = new.rowid")};
    END""",
    """CREATE TRIGGER matter_fts_ad AFTER DELETE ON agenda_matters BEGIN
        DELETE FROM matter_fts WHERE rowid = old.rowid;
    END""",
    f"""CREATE TRIGGER follow_ups_matter_fts_ai AFTER INSERT ON follow_ups
        WHEN new.matter_id IS NOT NULL BEGIN
        {_refresh("new.matter_id")}
    END""",
    f"""CREATE TRIGGER follow_ups_matter_fts_au AFTER UPDATE OF description, deleted_at, matter_id
        ON follow_ups WHEN old.matter_id IS NOT NULL OR new.matter_id IS NOT NULL BEGIN
        {_refresh("old.matter_id")}
        {_refresh("new.matter_id")}
    END""",
    f"""CREATE TRIGGER follow_ups_matter_fts_ad AFTER DELETE ON follow_ups
        WHEN old.matter_id IS NOT NULL BEGIN
        {_refresh("old.matter_id")}
    END""",
]
NAMES = ("matter_fts_ai", "matter_fts_au", "matter_fts_ad",
         "follow_ups_matter_fts_ai", "follow_ups_matter_fts_au", "follow_ups_matter_fts_ad")


def upgrade() -> None:
    from desktop_app.storage.morphology import register_functions

    register_functions(op.get_bind().connection.driver_connection)  # the engine did; be sure
    for name in NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS matter_fts")
    op.execute(TABLE)
    for statement in TRIGGERS:
        op.execute(statement)
    op.execute(DOCUMENT.format(where="1"))


def downgrade() -> None:
    for name in NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS matter_fts")

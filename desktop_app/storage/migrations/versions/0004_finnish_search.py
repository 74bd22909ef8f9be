"""Finnish search: base forms and compound parts beside the words; follow-ups searchable

Revision ID: 0004_finnish_search
Revises: 0003_sync_orphans
Create Date: 2026-11-30 17:00:00

The FTS5 table gets four indexed columns per feedback item (rowid = the feedback rowid, as
before): its `text`, the descriptions of its live follow-ups (`followups`), and the base forms
(`base`) and compound parts (`part`) of the words of both, computed by the SQL functions
`kp_base` and `kp_parts` that every connection of the app registers (storage/morphology.py).
Triggers keep all of it current for every write path (services, import, sync pull) because they
fire inside SQLite. The index is rebuilt from the rows here; the analyser that built it is
recorded in `local_settings` (storage/search.py rebuilds when another one is active later).
"""

from __future__ import annotations

from alembic import op

revision = "0004_finnish_search"
down_revision = "0003_sync_orphans"
branch_labels = None
depends_on = None

# One feedback item's index row, for the feedback rows selected by {where}.
_DOCUMENT = """
    INSERT INTO feedback_fts(rowid, text, followups, base, part, feedback_id)
    SELECT rid, text, fu, kp_base(text || char(10) || fu), kp_parts(text || char(10) || fu), id
    FROM (SELECT f.rowid AS rid, f.text AS text, f.id AS id,
                 coalesce((SELECT group_concat(description, char(10)) FROM (
                     SELECT u.description FROM follow_ups u
                     WHERE u.feedback_id = f.id AND u.deleted_at IS NULL
                     ORDER BY u.created_at, u.id)), '') AS fu
          FROM feedback f WHERE {where} AND f.deleted_at IS NULL)"""


def _refresh(feedback_id: str) -> str:
    return (f"DELETE FROM feedback_fts WHERE rowid = (SELECT rowid FROM feedback WHERE id = {feedback_id});"
            + _DOCUMENT.format(where=f"f.id = {feedback_id}") + ";")


TABLE = """CREATE VIRTUAL TABLE feedback_fts USING fts5(
    text, followups, base, part, feedback_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 0')"""

TRIGGERS = [
    f"""CREATE TRIGGER feedback_fts_ai AFTER INSERT ON feedback WHEN new.deleted_at IS NULL BEGIN
        {_DOCUMENT.format(where="f.rowid = new.rowid")};
    END""",
    f"""CREATE TRIGGER feedback_fts_au AFTER UPDATE OF text, deleted_at ON feedback BEGIN
        DELETE FROM feedback_fts WHERE rowid = old.rowid;
        {_DOCUMENT.format(where="f.rowid = new.rowid")};
    END""",
    """CREATE TRIGGER feedback_fts_ad AFTER DELETE ON feedback BEGIN
        DELETE FROM feedback_fts WHERE rowid = old.rowid;
    END""",
    f"""CREATE TRIGGER follow_ups_fts_ai AFTER INSERT ON follow_ups BEGIN
        {_refresh("new.feedback_id")}
    END""",
    f"""CREATE TRIGGER follow_ups_fts_au AFTER UPDATE OF description, deleted_at, feedback_id
        ON follow_ups BEGIN
        {_refresh("old.feedback_id")}
        {_refresh("new.feedback_id")}
    END""",
    f"""CREATE TRIGGER follow_ups_fts_ad AFTER DELETE ON follow_ups BEGIN
        {_refresh("old.feedback_id")}
    END""",
]

OLD_TRIGGERS = [
    """CREATE TRIGGER feedback_fts_ai AFTER INSERT ON feedback WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO feedback_fts(rowid, text, feedback_id) VALUES (new.rowid, new.text, new.id);
    END""",
    """CREATE TRIGGER feedback_fts_au AFTER UPDATE OF text, deleted_at ON feedback BEGIN
        DELETE FROM feedback_fts WHERE rowid = old.rowid;
        INSERT INTO feedback_fts(rowid, text, feedback_id)
            SELECT new.rowid, new.text, new.id WHERE new.deleted_at IS NULL;
    END""",
    """CREATE TRIGGER feedback_fts_ad AFTER DELETE ON feedback BEGIN
        DELETE FROM feedback_fts WHERE rowid = old.rowid;
    END""",
]
_ALL = ("feedback_fts_ai", "feedback_fts_au", "feedback_fts_ad",
        "follow_ups_fts_ai", "follow_ups_fts_au", "follow_ups_fts_ad")


def upgrade() -> None:
    from desktop_app.storage.morphology import active, register_functions

    register_functions(op.get_bind().connection.driver_connection)  # the engine did; be sure
    for name in _ALL:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS feedback_fts")
    op.execute(TABLE)
    for statement in TRIGGERS:
        op.execute(statement)
    op.execute(_DOCUMENT.format(where="1"))
    op.execute("DELETE FROM local_settings WHERE key = 'search_analyser'")
    op.get_bind().exec_driver_sql("INSERT INTO local_settings(key, value) VALUES ('search_analyser', ?)",
                                  (active().name,))


def downgrade() -> None:
    op.execute("DELETE FROM local_settings WHERE key = 'search_analyser'")
    for name in _ALL:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS feedback_fts")
    op.execute("""CREATE VIRTUAL TABLE feedback_fts USING fts5(
        text, feedback_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 0')""")
    for statement in OLD_TRIGGERS:
        op.execute(statement)
    op.execute("INSERT INTO feedback_fts(rowid, text, feedback_id) "
               "SELECT rowid, text, id FROM feedback WHERE deleted_at IS NULL")

"""local receipts: when this database received each synced row's latest change

Revision ID: 0005_local_receipt
Revises: 0004_finnish_search
Create Date: 2026-11-30 17:00:00

Incremental exports (`since:DATE`) select by the receipt, not by the author's `updated_at`
(see storage/receipts.py). Rows that exist before this migration get the best receive time known:
the latest audit entry written here for the row (its `at` is this laptop's clock when the change
landed: typed, imported or pulled), or else `updated_at`.

Also gives the default sectors seeded before this version the bookkeeping every laptop now seeds
(storage/seed.py), while nobody has changed them: same id and version means the same content.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0005_local_receipt"
down_revision = "0004_finnish_search"
branch_labels = None
depends_on = None

_SYNCED = ("sectors", "rounds", "meetings", "participants", "feedback", "follow_ups")
# Copied from storage/seed.py on purpose: a migration must keep meaning what it meant when written.
_SEED_NAMESPACE = uuid.UUID("6f1f8e36-5b7e-4c55-9a31-2a9cf0d6c0a1")
_SEED_ACTOR = "järjestelmä"
_SEEDED_AT = "2026-01-01T00:00:00.000000Z"


def upgrade() -> None:
    from desktop_app.storage.receipts import install_triggers

    op.create_table(
        "local_receipts",
        sa.Column("entity", sa.String(32), primary_key=True),
        sa.Column("row_id", sa.String(36), primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("received_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_local_receipts_received_at", "local_receipts", ["entity", "received_at"])
    op.create_table(
        "local_receipt_clock",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("received_at", sa.String(32), nullable=False),
        sa.CheckConstraint("id = 1", name="one_row"),
    )
    connection = op.get_bind()
    _normalise_seeded_sectors(connection)
    rows = " UNION ALL ".join(
        f"SELECT '{table}' AS entity, t.id AS row_id, max(t.updated_at, coalesce("
        f"(SELECT max(a.at) FROM audit_log a WHERE a.entity_id = t.id AND a.entity = '{table}'), '')"
        f") AS at FROM {table} t" for table in _SYNCED)
    connection.exec_driver_sql(
        "INSERT INTO local_receipts (entity, row_id, seq, received_at) "
        "SELECT entity, row_id, row_number() OVER (ORDER BY at, entity, row_id), "
        f"substr(at, 1, 23) || 'Z' FROM ({rows})")
    connection.exec_driver_sql(
        "INSERT INTO local_receipt_clock (id, seq, received_at) SELECT 1, coalesce(max(seq), 0), "
        "coalesce(max(received_at), '') FROM local_receipts")
    install_triggers(connection)


def _normalise_seeded_sectors(connection: sa.Connection) -> None:
    rows = connection.exec_driver_sql(
        "SELECT id, code FROM sectors WHERE version = 1 AND created_by = ? AND updated_by = ?",
        (_SEED_ACTOR, _SEED_ACTOR)).fetchall()
    for row_id, code in rows:
        if row_id == str(uuid.uuid5(_SEED_NAMESPACE, f"sector:{code}")):
            connection.exec_driver_sql(
                "UPDATE sectors SET created_at = ?, updated_at = ?, device_id = '' WHERE id = ?",
                (_SEEDED_AT, _SEEDED_AT, row_id))


def downgrade() -> None:
    connection = op.get_bind()
    for table in _SYNCED:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS kp_receipt_{table}_ai")
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS kp_receipt_{table}_au")
    op.drop_table("local_receipt_clock")
    op.drop_table("local_receipts")

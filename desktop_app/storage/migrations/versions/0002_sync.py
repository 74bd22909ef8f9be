"""sync bookkeeping: merge bases, conflicts, the push outbox

Revision ID: 0002_sync
Revises: 0001
Create Date: 2026-11-27 23:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_sync"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_base",
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "row_id", name=op.f("pk_sync_base")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("base", sa.Text(), nullable=True),
        sa.Column("mine", sa.Text(), nullable=False),
        sa.Column("theirs", sa.Text(), nullable=False),
        sa.Column("theirs_version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("resolution", sa.String(length=16), nullable=True),
        sa.Column("resolved_fields", sa.Text(), nullable=True),
        sa.Column("resolved_at", sa.String(length=32), nullable=True),
        sa.Column("resolved_by", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    op.create_index("ix_sync_conflicts_row", "sync_conflicts", ["entity", "row_id", "status"])
    op.create_table(
        "sync_outbox",
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("op_id", name=op.f("pk_sync_outbox")),
    )
    # Finding the rows to push must not scan every table in full.
    for table in ("sectors", "rounds", "meetings", "participants", "feedback", "follow_ups"):
        op.create_index(f"ix_{table}_dirty", table, ["dirty"])


def downgrade() -> None:
    for table in ("sectors", "rounds", "meetings", "participants", "feedback", "follow_ups"):
        op.drop_index(f"ix_{table}_dirty", table_name=table)
    op.drop_table("sync_outbox")
    op.drop_index("ix_sync_conflicts_row", table_name="sync_conflicts")
    op.drop_table("sync_conflicts")
    op.drop_table("sync_base")

"""sync: rows the central store refused, set aside until edited (or kept here on purpose)

Revision ID: 0006_sync_set_aside
Revises: 0005_local_receipt
Create Date: 2026-11-30 17:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_sync_set_aside"
down_revision = "0005_local_receipt"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_set_aside",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        # The row's local version that was refused: an edit bumps it, and the row goes up again.
        sa.Column("local_version", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False, server_default=""),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        # Set when the user chose "do not send" (the row stays on this laptop only).
        sa.Column("dropped_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_set_aside")),
        sa.UniqueConstraint("entity", "row_id", name=op.f("uq_sync_set_aside_entity")),
    )


def downgrade() -> None:
    op.drop_table("sync_set_aside")

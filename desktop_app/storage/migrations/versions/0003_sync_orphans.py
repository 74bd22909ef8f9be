"""sync: orphan conflicts (a child added or changed under a parent deleted elsewhere)

Revision ID: 0003_sync_orphans
Revises: 0002_sync
Create Date: 2026-11-27 23:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_sync_orphans"
down_revision = "0002_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_conflicts") as batch:
        # "edit": both sides changed the same row; "orphan": a child whose parent was deleted.
        batch.add_column(sa.Column("kind", sa.String(length=16), nullable=False,
                                   server_default="edit"))
        batch.add_column(sa.Column("parent_entity", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("parent_id", sa.String(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_conflicts") as batch:
        batch.drop_column("parent_id")
        batch.drop_column("parent_entity")
        batch.drop_column("kind")

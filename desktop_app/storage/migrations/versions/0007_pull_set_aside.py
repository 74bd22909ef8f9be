"""sync: pulled rows this laptop cannot store are set aside too, with the central row's content

Revision ID: 0007_pull_set_aside
Revises: 0006_sync_set_aside
Create Date: 2026-11-30 18:00:00

Why 0006's table is not enough for a pulled row: it names only a local version to hold back from
pushes, and a pulled row may not exist on this laptop at all (a new central row), so there is no
local row to show or to store later. A pulled entry needs its direction, the central version and
the central row's fields (the payload): a child of a set-aside new parent is stored from it once
the parent arrives, because the pull cursor has moved past it. The unique key gains the direction:
one row may be set aside both ways (its local edit refused centrally, its central version
refused here).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_pull_set_aside"
down_revision = "0006_sync_set_aside"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_set_aside") as batch:
        # "push": the central store refused this laptop's row; "pull": this laptop refused the
        # central row (sync/set_aside.py).
        batch.add_column(sa.Column("direction", sa.String(length=8), nullable=False,
                                   server_default="push"))
        batch.add_column(sa.Column("central_version", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("payload", sa.Text(), nullable=True))  # JSON wire fields
        batch.drop_constraint("uq_sync_set_aside_entity", type_="unique")
        batch.create_unique_constraint("uq_sync_set_aside_direction",
                                       ["entity", "row_id", "direction"])


def downgrade() -> None:
    op.execute("DELETE FROM sync_set_aside WHERE direction = 'pull'")
    with op.batch_alter_table("sync_set_aside") as batch:
        batch.drop_constraint("uq_sync_set_aside_direction", type_="unique")
        batch.create_unique_constraint("uq_sync_set_aside_entity", ["entity", "row_id"])
        batch.drop_column("payload")
        batch.drop_column("central_version")
        batch.drop_column("direction")

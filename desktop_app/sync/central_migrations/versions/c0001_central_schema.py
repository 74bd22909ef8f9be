"""central store schema: synced tables with version and seq, op ids, counter, audit

Revision ID: c0001
Revises:
Create Date: 2026-11-27 23:05:00
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "c0001"
down_revision = None
branch_labels = None
depends_on = None


def _synced(name: str, *content: sa.Column) -> None:  # type: ignore[type-arg]
    op.create_table(
        name,
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        *content,
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.Column("updated_by", sa.String(100), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("deleted_at", sa.String(32), nullable=True),
    )
    op.create_index(f"ix_{name}_seq", name, ["seq"])


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # Two laptops creating the schema at once: the second waits, then finds it done.
        op.execute("SELECT pg_advisory_xact_lock(5410001)")
    _synced("sectors",
            sa.Column("code", sa.String(16), nullable=False),
            sa.Column("name_fi", sa.String(200), nullable=False),
            sa.Column("name_en", sa.String(200), nullable=False),
            sa.Column("sort_order", sa.Integer(), nullable=False),
            sa.Column("retired_at", sa.String(32), nullable=True))
    op.create_index("ix_sectors_code", "sectors", ["code"])
    _synced("rounds",
            sa.Column("year", sa.Integer(), nullable=False),
            sa.Column("period_start", sa.Integer(), nullable=False),
            sa.Column("period_end", sa.Integer(), nullable=False),
            sa.Column("title", sa.String(200), nullable=False))
    _synced("meetings",
            sa.Column("round_id", sa.String(36), nullable=False),
            sa.Column("municipality_code", sa.String(3), nullable=False),
            sa.Column("meeting_date", sa.Date(), nullable=True),
            sa.Column("start_time", sa.Time(), nullable=True),
            sa.Column("place", sa.String(300), nullable=False),
            sa.Column("status", sa.String(32), nullable=False),
            sa.Column("notes", sa.Text(), nullable=False))
    op.create_index("ix_meetings_round_id", "meetings", ["round_id"])
    _synced("participants",
            sa.Column("meeting_id", sa.String(36), nullable=False),
            sa.Column("name", sa.String(200), nullable=False),
            sa.Column("organisation", sa.String(200), nullable=False),
            sa.Column("title", sa.String(200), nullable=False),
            sa.Column("side", sa.String(32), nullable=False),
            sa.Column("sort_order", sa.Integer(), nullable=False))
    op.create_index("ix_participants_meeting_id", "participants", ["meeting_id"])
    _synced("feedback",
            sa.Column("meeting_id", sa.String(36), nullable=False),
            sa.Column("sector_id", sa.String(36), nullable=True),
            sa.Column("kind", sa.String(32), nullable=False),
            sa.Column("scope", sa.String(32), nullable=True),
            sa.Column("text", sa.Text(), nullable=False),
            sa.Column("priority", sa.String(32), nullable=False),
            sa.Column("sort_order", sa.Integer(), nullable=False))
    op.create_index("ix_feedback_meeting_id", "feedback", ["meeting_id"])
    _synced("follow_ups",
            sa.Column("feedback_id", sa.String(36), nullable=False),
            sa.Column("description", sa.Text(), nullable=False),
            sa.Column("owner", sa.String(200), nullable=False),
            sa.Column("due_date", sa.Date(), nullable=True),
            sa.Column("status", sa.String(32), nullable=False))
    op.create_index("ix_follow_ups_feedback_id", "follow_ups", ["feedback_id"])

    info = op.create_table(
        "store_info",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.bulk_insert(info, [{"key": "store_id", "value": str(uuid.uuid4())}])
    counter = op.create_table(
        "seq_counter",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
    )
    op.bulk_insert(counter, [{"id": 1, "last_seq": 0}])
    op.create_table(
        "applied_ops",
        sa.Column("op_id", sa.String(36), primary_key=True),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("user_name", sa.String(100), nullable=False),
        sa.Column("applied_at", sa.String(32), nullable=False),
        sa.Column("receipts", sa.Text(), nullable=False),
    )
    op.create_table(
        "central_audit",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True,
                  autoincrement=True),
        sa.Column("op_id", sa.String(36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("entity_id", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("user_name", sa.String(100), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
    )
    op.create_index("ix_central_audit_op_id", "central_audit", ["op_id"])
    op.create_index("ix_central_audit_entity_id", "central_audit", ["entity_id"])


def downgrade() -> None:
    for name in ("central_audit", "applied_ops", "seq_counter", "store_info", "follow_ups",
                 "feedback", "participants", "meetings", "rounds", "sectors"):
        op.drop_table(name)

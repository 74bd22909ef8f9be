"""central store: managers' meetings, agenda matters and attendees; agreements as follow-ups

Revision ID: c0002
Revises: c0001
Create Date: 2026-11-30 19:45:00

Mirrors the local 0008_managers_meetings: three synced tables, and `follow_ups` gains `matter_id`
with `feedback_id` made nullable (an agreement of a managers' meeting hangs off a matter).
A laptop running an older version never sees an agreement (NULL `feedback_id`, which its
follow_ups could not store): once the store is at c0002, the older version's `ensure_schema`
(sync/central.py) refuses to sync at all ("Keskitietokannan rakenne (versio c0002) on uudempi
kuin tämä Kuntapalaute-versio ymmärtää. Päivitä sovellus ennen synkronointia."), before any row
moves either way. Its own unsynced work stays on it, dirty, and goes up after the update (or in
a version 1 export bundle, which this version imports). Checked by hand with the released code
against a c0002 store; tests/test_sync_managers.py checks the refusal and the upgrade with data.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c0002"
down_revision = "c0001"
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
        op.execute("SELECT pg_advisory_xact_lock(5410001)")
    _synced("managers_meetings",
            sa.Column("year", sa.Integer(), nullable=False),
            sa.Column("number", sa.Integer(), nullable=False),
            sa.Column("meeting_date", sa.Date(), nullable=True),
            sa.Column("start_time", sa.Time(), nullable=True),
            sa.Column("place", sa.String(300), nullable=False),
            sa.Column("remote_link", sa.String(300), nullable=False),
            sa.Column("chair", sa.String(200), nullable=False),
            sa.Column("secretary", sa.String(200), nullable=False),
            sa.Column("status", sa.String(32), nullable=False),
            sa.Column("notes", sa.Text(), nullable=False))
    _synced("agenda_matters",
            sa.Column("managers_meeting_id", sa.String(36), nullable=False),
            sa.Column("number", sa.Integer(), nullable=False),
            sa.Column("title", sa.String(300), nullable=False),
            sa.Column("raised_by", sa.String(32), nullable=False),
            sa.Column("municipality_code", sa.String(3), nullable=True),
            sa.Column("raised_by_name", sa.String(200), nullable=False),
            sa.Column("presenter", sa.String(200), nullable=False),
            sa.Column("description", sa.Text(), nullable=False),
            sa.Column("notes", sa.Text(), nullable=False),
            sa.Column("status", sa.String(32), nullable=False),
            sa.Column("carried_from_id", sa.String(36), nullable=True),
            sa.Column("feedback_id", sa.String(36), nullable=True))
    op.create_index("ix_agenda_matters_managers_meeting_id", "agenda_matters",
                    ["managers_meeting_id"])
    _synced("managers_attendees",
            sa.Column("managers_meeting_id", sa.String(36), nullable=False),
            sa.Column("name", sa.String(200), nullable=False),
            sa.Column("organisation", sa.String(200), nullable=False),
            sa.Column("title", sa.String(200), nullable=False),
            sa.Column("role", sa.String(32), nullable=False),
            sa.Column("municipality_code", sa.String(3), nullable=True),
            sa.Column("attendance", sa.String(32), nullable=False),
            sa.Column("matter_id", sa.String(36), nullable=True),
            sa.Column("sort_order", sa.Integer(), nullable=False))
    op.create_index("ix_managers_attendees_managers_meeting_id", "managers_attendees",
                    ["managers_meeting_id"])
    with op.batch_alter_table("follow_ups") as batch:
        batch.alter_column("feedback_id", existing_type=sa.String(36), nullable=True)
        batch.add_column(sa.Column("matter_id", sa.String(36), nullable=True))
    op.create_index("ix_follow_ups_matter_id", "follow_ups", ["matter_id"])


def downgrade() -> None:
    op.drop_index("ix_follow_ups_matter_id", table_name="follow_ups")
    op.execute("DELETE FROM follow_ups WHERE feedback_id IS NULL")
    with op.batch_alter_table("follow_ups") as batch:
        batch.drop_column("matter_id")
        batch.alter_column("feedback_id", existing_type=sa.String(36), nullable=False)
    for name in ("managers_attendees", "agenda_matters", "managers_meetings"):
        op.drop_table(name)

"""feedback meeting live: an index that answers a meeting's live-item counts on its own

Revision ID: 0010_feedback_meeting_live
Revises: 0009_matter_search
Create Date: 2026-11-30 23:45:00

The rounds overview (the first screen) and a meeting's section list count each meeting's live
items by kind and sector. With only `ix_feedback_meeting_sector` SQLite read every item's table
row for those counts (~50 ms for a 10,000-item round at 100,000 items); `ix_feedback_meeting_live`
covers (meeting_id, deleted_at, kind, sector_id), so the counts read the index alone (~7 ms).
Measured in docs/performance/startup.md and docs/performance/switch-search.md. The cost: about 5 %
more file and one more index entry per item write.
"""

from __future__ import annotations

from alembic import op

revision = "0010_feedback_meeting_live"
down_revision = "0009_matter_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_feedback_meeting_live", "feedback",
                    ["meeting_id", "deleted_at", "kind", "sector_id"])


def downgrade() -> None:
    op.drop_index("ix_feedback_meeting_live", table_name="feedback")

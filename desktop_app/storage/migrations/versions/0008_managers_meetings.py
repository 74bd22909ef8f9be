"""managers' meetings: meetings, agenda matters, attendees; follow-ups also hang off a matter

Revision ID: 0008_managers_meetings
Revises: 0007_pull_set_aside
Create Date: 2026-11-30 19:40:00

The monthly municipal managers' meeting (kuntajohtajakokous) gets three synced tables. Its
agreements are follow-ups, so `follow_ups` gains `matter_id` and its `feedback_id` becomes
nullable (exactly one of the two is set; the services keep that rule). Changing a column's
nullability means a batch rebuild of `follow_ups`, which drops the table's triggers (the local
receipt and search-index triggers): they are read before the rebuild and created again after it,
as they were.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_managers_meetings"
down_revision = "0007_pull_set_aside"
branch_labels = None
depends_on = None


def _bookkeeping() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.Column("updated_by", sa.String(100), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("deleted_at", sa.String(32), nullable=True),
    ]


def _set_triggers_aside(connection: sa.Connection) -> list[str]:
    """Drop every trigger on or mentioning `follow_ups` and return their SQL. The rebuild drops
    and renames the table; SQLite checks the triggers that name it at the rename (the search
    index's triggers on `feedback` read `follow_ups`) and refuses while the name is gone."""
    rows = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND (tbl_name = 'follow_ups' OR sql LIKE '%follow_ups%') ORDER BY name").fetchall()
    for name, _sql in rows:
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
    return [sql for _name, sql in rows]


def upgrade() -> None:
    connection = op.get_bind()
    op.create_table(
        "managers_meetings",
        *_bookkeeping(),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("meeting_date", sa.Date(), nullable=True),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("place", sa.String(300), nullable=False),
        sa.Column("remote_link", sa.String(300), nullable=False),
        sa.Column("chair", sa.String(200), nullable=False),
        sa.Column("secretary", sa.String(200), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.UniqueConstraint("year", "number", name="uq_managers_meetings_year"),
    )
    op.create_table(
        "agenda_matters",
        *_bookkeeping(),
        sa.Column("managers_meeting_id", sa.String(36),
                  sa.ForeignKey("managers_meetings.id",
                                name="fk_agenda_matters_managers_meeting_id_managers_meetings"),
                  nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("raised_by", sa.String(32), nullable=False),
        sa.Column("municipality_code", sa.String(3),
                  sa.ForeignKey("municipalities.code",
                                name="fk_agenda_matters_municipality_code_municipalities"),
                  nullable=True),
        sa.Column("raised_by_name", sa.String(200), nullable=False),
        sa.Column("presenter", sa.String(200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("carried_from_id", sa.String(36), nullable=True),
        sa.Column("feedback_id", sa.String(36),
                  sa.ForeignKey("feedback.id", name="fk_agenda_matters_feedback_id_feedback"),
                  nullable=True),
    )
    op.create_index("ix_agenda_matters_meeting_number", "agenda_matters",
                    ["managers_meeting_id", "number"])
    op.create_index("ix_agenda_matters_carried_from_id", "agenda_matters", ["carried_from_id"])
    op.create_index("ix_agenda_matters_feedback_id", "agenda_matters", ["feedback_id"])
    op.create_table(
        "managers_attendees",
        *_bookkeeping(),
        sa.Column("managers_meeting_id", sa.String(36),
                  sa.ForeignKey("managers_meetings.id",
                                name="fk_managers_attendees_managers_meeting_id_managers_meetings"),
                  nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("organisation", sa.String(200), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("municipality_code", sa.String(3),
                  sa.ForeignKey("municipalities.code",
                                name="fk_managers_attendees_municipality_code_municipalities"),
                  nullable=True),
        sa.Column("attendance", sa.String(32), nullable=False),
        sa.Column("matter_id", sa.String(36),
                  sa.ForeignKey("agenda_matters.id",
                                name="fk_managers_attendees_matter_id_agenda_matters"),
                  nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
    )
    op.create_index("ix_managers_attendees_managers_meeting_id", "managers_attendees",
                    ["managers_meeting_id"])

    # Finding the rows to push must not scan every table in full (as 0002_sync for the others).
    for table in ("managers_meetings", "agenda_matters", "managers_attendees"):
        op.create_index(f"ix_{table}_dirty", table, ["dirty"])

    triggers = _set_triggers_aside(connection)
    with op.batch_alter_table("follow_ups") as batch:
        batch.alter_column("feedback_id", existing_type=sa.String(36), nullable=True)
        batch.add_column(sa.Column("matter_id", sa.String(36), nullable=True))
        batch.create_foreign_key("fk_follow_ups_matter_id_agenda_matters", "agenda_matters",
                                 ["matter_id"], ["id"])
        batch.create_index("ix_follow_ups_matter_id", ["matter_id"])
    for statement in triggers:
        connection.exec_driver_sql(statement)

    from desktop_app.storage.receipts import install_triggers

    # The new tables' receipt triggers; follow_ups' own receipt triggers were restored above, and
    # its update trigger now also notices a change of `matter_id` when rebuilt from the columns.
    connection.exec_driver_sql("DROP TRIGGER IF EXISTS kp_receipt_follow_ups_au")
    install_triggers(connection)


def downgrade() -> None:
    connection = op.get_bind()
    op.execute("DELETE FROM follow_ups WHERE feedback_id IS NULL")
    triggers = _set_triggers_aside(connection)
    with op.batch_alter_table("follow_ups") as batch:
        batch.drop_index("ix_follow_ups_matter_id")
        batch.drop_constraint("fk_follow_ups_matter_id_agenda_matters", type_="foreignkey")
        batch.drop_column("matter_id")
        batch.alter_column("feedback_id", existing_type=sa.String(36), nullable=False)
    for statement in triggers:
        if "matter_id" not in statement:
            connection.exec_driver_sql(statement)
    for table in ("managers_attendees", "agenda_matters", "managers_meetings"):
        for suffix in ("ai", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS kp_receipt_{table}_{suffix}")
        op.execute(f"DELETE FROM local_receipts WHERE entity = '{table}'")
        op.drop_table(table)

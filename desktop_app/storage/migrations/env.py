"""Alembic environment: always run programmatically on a connection handed in by `migrate.py`."""

from __future__ import annotations

from alembic import context

from desktop_app.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()

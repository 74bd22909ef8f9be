"""Alembic environment for the central store; run programmatically by sync/central.py."""

from __future__ import annotations

from alembic import context

from desktop_app.sync.central_schema import VERSION_TABLE, central_metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=central_metadata,
    version_table=VERSION_TABLE,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()

"""Alembic migration scripts of the local database (run programmatically by storage/migrate.py)."""

# The newest revision. Update it with every new script; tests/test_storage_migrations.py checks it
# against Alembic's own view, and opening an up-to-date file compares against it without Alembic.
HEAD = "0010_feedback_meeting_live"

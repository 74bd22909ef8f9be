"""SQLAlchemy models, the engine with its PRAGMAs, migrations, search and backups."""

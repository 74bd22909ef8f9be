"""Open a local database: create or upgrade its schema, backing up first (DESIGN.md §3)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError

from desktop_app.domain.errors import StorageError
from desktop_app.resources import migrations_dir
from desktop_app.storage import backup
from desktop_app.storage.database import Database, describe_storage_failure
from desktop_app.storage.engine import create_sqlite_engine
from desktop_app.storage.failures import describe_os_error, location_problem
from desktop_app.storage.migrations import HEAD
from desktop_app.storage.use_lock import SharedUse

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only when a schema really has to change: opening an up-to-date file (every
# start of the app) reads the version row with one query and never loads the migration scripts.

log = logging.getLogger(__name__)
MIGRATIONS_DIR = migrations_dir("local")


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """Alembic's view of the newest script (tests check that it equals migrations.HEAD)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has_table = conn.execute(text(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")).first()
        if not has_table:
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _run_upgrade(engine: Engine, target: str) -> None:
    from alembic import command

    config = alembic_config()
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        # Batch migrations rebuild tables; FK enforcement must be off during that, then verified.
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            config.attributes["connection"] = conn
            command.upgrade(config, target)
            conn.commit()
            broken = raw.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise StorageError(f"Päivitys rikkoi viiteavaimia: {broken[:3]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def upgrade_if_needed(engine: Engine, db_path: Path, backup_dir: Path,
                      target: str | None = None) -> bool:
    """Bring the schema to `target` (head). Returns True when the file was brand new."""
    from alembic.script import ScriptDirectory

    target = target or head_revision()
    try:
        current = current_revision(engine)
        has_tables = _has_tables(engine)
    except DatabaseError as exc:
        raise StorageError(describe_storage_failure(exc, db_path)) from exc
    if current == target:
        return False
    script = ScriptDirectory.from_config(alembic_config())
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise StorageError(
            "Tietokanta on tehty uudemmalla Kuntapalaute-versiolla. Päivitä sovellus ennen avaamista."
        )
    if current is None and has_tables:
        raise StorageError(f"Tiedosto {db_path.name} ei ole Kuntapalautteen tietokanta.")
    if current is None:
        _run_upgrade(engine, target)
        return True

    problems = backup.integrity_problems(db_path)
    if problems:
        raise StorageError(
            f"Tietokanta on vioittunut eikä sitä päivitetty: {problems[0]}. Palauta varmuuskopio."
        )
    saved = backup.backup_now(db_path, backup_dir, automatic=False, label=f"ennen-{target}")
    log.info("Backed up %s to %s before migrating %s -> %s", db_path, saved, current, target)
    try:
        _run_upgrade(engine, target)
    except Exception as exc:
        engine.dispose()
        backup.set_aside(db_path, "paivitys-epaonnistui")
        backup.copy_database(saved, db_path)
        reason = str(exc) if isinstance(exc, StorageError) else describe_storage_failure(exc, db_path)
        raise StorageError(
            f"Tietokannan päivitys epäonnistui ({reason}); alkuperäinen palautettiin varmuuskopiosta."
        ) from exc
    return False


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        row = raw.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()
        return bool(row and row[0])


def _ensure_search_analyser(database: Database) -> None:
    """Re-index when the file was indexed by another analyser than this process has (Voikko
    installed or removed since), so queries and index always agree (storage/morphology.py)."""
    from desktop_app.storage import morphology
    from desktop_app.storage.search import index_analyser, rebuild_index

    with database.read() as session:
        built = index_analyser(session)
    if built != morphology.active().name:
        log.info("Search index built by %s; rebuilding with %s", built, morphology.active().name)
        with database.write() as session:
            rebuild_index(session)


def ensure_receipt_triggers(engine: Engine) -> None:
    """The receipt triggers (storage/receipts.py) live with their tables; a later migration that
    rebuilds a table in batch mode drops them, so every open puts back any that are missing
    (one read query when all are there)."""
    from desktop_app.storage.receipts import install_triggers, missing_triggers

    with engine.connect() as conn:
        if missing_triggers(conn):
            install_triggers(conn)
            conn.commit()


def open_database(db_path: Path, actor: str, *, backup_dir: Path | None = None,
                  seed: bool = True, verify: bool = False) -> Database:
    """The one way in: engine, schema at head, reference data. `verify` runs SQLite's quick_check
    first (the app does, at start-up: ~0.1 s for 100,000 items) so damage is found before use."""
    from desktop_app.config import backup_dir_for
    from desktop_app.storage.seed import seed_reference_data

    backup_dir = backup_dir or backup_dir_for(db_path)
    blocked = location_problem(db_path) if db_path.exists() else None
    if blocked:  # before SQLite, whose own words would be "unable to open database file"
        raise StorageError(blocked)
    if verify and db_path.exists() and db_path.stat().st_size > 0:
        problems = backup.integrity_problems(db_path, quick=True)
        if problems:
            raise StorageError(f"Tietokantatiedosto on vioittunut: {problems[0]}")
    try:
        engine = create_sqlite_engine(db_path)
    except OSError as exc:
        raise StorageError(location_problem(db_path) or describe_os_error(exc, db_path)) from exc
    try:
        # held until dispose(): a restore or repair in another process refuses meanwhile
        use = SharedUse(db_path)
    except BaseException:
        engine.dispose()
        raise
    try:
        if current_revision(engine) != HEAD:
            with use.upgrade():  # a migration rewrites tables: nobody else may have the file open
                upgrade_if_needed(engine, db_path, backup_dir)
        ensure_receipt_triggers(engine)
        database = Database(db_path, engine, actor, use=use)
        if seed:  # at every open, not only the first: a first start may have stopped after migrating
            seed_reference_data(database)
        _ensure_search_analyser(database)
    except DatabaseError as exc:
        engine.dispose()
        use.release()
        raise StorageError(describe_storage_failure(exc, db_path)) from exc
    except BaseException:
        engine.dispose()
        use.release()
        raise
    return database

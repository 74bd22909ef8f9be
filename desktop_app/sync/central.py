"""Connect to the central store, create or migrate its schema, refuse one newer than we know.

A shared central store should be PostgreSQL. A SQLite central file is only for tests, evaluation
and a single office machine on a local disk: SQLite's locking is unreliable over SMB/NFS.
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from desktop_app.resources import migrations_dir
from desktop_app.storage.engine import create_sqlite_engine
from desktop_app.sync.central_schema import VERSION_TABLE
from desktop_app.sync.errors import CentralSchemaError, describe_connect_failure, scrub
from desktop_app.sync.timeouts import CentralTimeouts

log = logging.getLogger(__name__)
MIGRATIONS_DIR = migrations_dir("central")
_PG_MIGRATION_LOCK = 5410001


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def create_central_engine(url: URL) -> Engine:
    if is_sqlite(url):
        if not url.database or url.database == ":memory:":
            raise CentralSchemaError("SQLite-keskitietokannalle tarvitaan tiedoston polku.")
        return create_sqlite_engine(Path(url.database))
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    # Every wait bounded (sync/timeouts.py); what the URL's query sets itself is left alone.
    params = {"application_name": "kuntapalaute", **CentralTimeouts.from_env().libpq_params()}
    if "options" in url.query:
        params["options"] = f"{url.query['options']} {params['options']}"
    connect_args = {key: value for key, value in params.items()
                    if key not in url.query or key == "options"}
    return create_engine(url, pool_pre_ping=True, pool_size=2, max_overflow=2,
                         connect_args=connect_args)


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def ensure_schema(engine: Engine, password: str | None = None) -> str:
    """Bring the central schema to head; returns the revision. Raises clear Finnish errors."""
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                # Serialise schema creation between laptops connecting at the same moment.
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
            current = MigrationContext.configure(
                conn, opts={"version_table": VERSION_TABLE}
            ).get_current_revision()
            if current is not None and current not in known_revisions():
                raise CentralSchemaError(
                    f"Keskitietokannan rakenne (versio {current}) on uudempi kuin tämä "
                    "Kuntapalaute-versio ymmärtää. Päivitä sovellus ennen synkronointia."
                )
            head = head_revision()
            if current != head:
                log.info("Migrating central store schema %s -> %s", current, head)
                config = _config()
                config.attributes["connection"] = conn
                command.upgrade(config, head)
            return head
    except DBAPIError as exc:
        raise connection_error(exc, engine.url, password) from None


def connection_error(exc: BaseException, url: URL, password: str | None) -> Exception:
    orig = getattr(exc, "orig", None) or exc
    detail = scrub(str(orig), password)
    log.info("Central store connection failed: %s", detail)
    return describe_connect_failure(detail, url.host or "", getattr(orig, "sqlstate", None))

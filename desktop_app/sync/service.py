"""The one call the CLI and the UI make: sync this laptop's database with a central store."""

from __future__ import annotations

from desktop_app.domain.progress import NO_PROGRESS, Progress
from desktop_app.storage.database import Database
from desktop_app.sync.central import create_central_engine, ensure_schema
from desktop_app.sync.credentials import connect_url, parse_central_url, resolve_password, safe_url_text
from desktop_app.sync.direct import DirectTransport
from desktop_app.sync.engine import SyncEngine, SyncReport
from desktop_app.sync.local_tables import CENTRAL_URL_KEY
from desktop_app.sync.lock import sync_lock
from desktop_app.sync.timeouts import retry_when_busy


def open_transport(url_text: str, password: str | None = None,
                   progress: Progress = NO_PROGRESS) -> DirectTransport:
    """Connect (creating or migrating the central schema when needed). Waits for another
    laptop's schema lock are bounded and retried (sync/timeouts.py)."""
    url, typed_password = parse_central_url(url_text)
    password = password or typed_password or resolve_password(url)
    engine = create_central_engine(connect_url(url, password))
    try:
        retry_when_busy(lambda: ensure_schema(engine, password), progress, (0, 4))
    except BaseException:
        engine.dispose()
        raise
    return DirectTransport(engine, password)


def remembered_url(db: Database) -> str | None:
    return db.get_setting(CENTRAL_URL_KEY)


def synchronize(db: Database, url_text: str | None = None, *, password: str | None = None,
                progress: Progress = NO_PROGRESS) -> SyncReport:
    """Push and pull with the central store at `url_text` (or the remembered one).

    Raises SyncError: no address; `sync.demo_data` for a file holding the demo's invented data,
    before any connection (the engine refuses it too); and what the engine raises."""
    from desktop_app.sync.errors import SyncError

    if db.holds_demo_data():
        raise SyncError(code="sync.demo_data")
    url_text = url_text or remembered_url(db)
    if not url_text:
        raise SyncError("Keskitietokannan osoitetta ei ole annettu.")
    url, _ = parse_central_url(url_text)
    # Locked before connecting: a refused second sync touches neither store (nor the schema).
    with sync_lock(db.path):
        transport = open_transport(url_text, password, progress)
        try:
            report = SyncEngine(db, transport).run(progress)
        finally:
            transport.close()
        db.set_setting(CENTRAL_URL_KEY, safe_url_text(url))
    return report

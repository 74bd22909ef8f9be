"""Start-up decisions: open the database (offering the latest good backup when it is unusable),
who is typing, and the one-time demo offer. Dialogs come from `dialogs` so tests can replace them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desktop_app.config import backup_dir_for, default_actor
from desktop_app.domain.errors import StorageError
from desktop_app.storage import backup
from desktop_app.storage.startup_check import BackgroundQuickCheck
from desktop_app.ui import dialogs
from desktop_app.ui.error_text import error_text
from desktop_app.ui.settings import UiSettings

if TYPE_CHECKING:
    from desktop_app.services import Services
    from desktop_app.storage.database import Database

# SQLAlchemy and the services load inside the functions that need them: resolving the user's name
# comes before the first paint, which does not wait for them (docs/performance/startup.md).


def resolve_actor(settings: UiSettings, cli_user: str | None, parent: QWidget | None = None) -> str:
    """--user wins; else the stored name; else ask once (and remember)."""
    if cli_user and cli_user.strip():
        return cli_user.strip()
    if settings.user_name:
        return settings.user_name
    name = dialogs.ask_user_name(parent, default_actor())
    if name:
        settings.user_name = name
        return name
    return default_actor()


def open_with_recovery(db_path: Path, actor: str, parent: QWidget | None = None,
                       check: BackgroundQuickCheck | None = None) -> Database | None:
    """Open the database; when it is corrupt, offer the latest good backup. The broken file is
    never overwritten: `backup.restore` sets it aside first. None when the user gives up.

    `check` is the quick_check already running on its own thread (storage/startup_check.py,
    started before the slow imports): its verdict is awaited here, before the file is opened
    for use, exactly where `verify=True` would have run it."""
    from desktop_app.storage.migrate import open_database

    try:
        # quick_check first (~0.2 s at 100,000 items): damage is found now, not mid-meeting.
        if check is None:
            return open_database(db_path, actor, verify=True)
        problems = check.result()
        if problems:
            raise StorageError(f"Tietokantatiedosto on vioittunut: {problems[0]}")
        return open_database(db_path, actor)
    except StorageError as exc:
        problem = error_text(exc)
    backup_dir = backup_dir_for(db_path)
    latest = backup.latest_good_backup(backup_dir)
    if not dialogs.offer_backup(parent, problem, latest.path.name if latest else None,
                                latest.created if latest else None):
        return None
    assert latest is not None
    try:
        backup.restore(latest.path, db_path, backup_dir)
        return open_database(db_path, actor)
    except StorageError as exc:
        dialogs.show_error(parent, error_text(exc))
        return None


def maybe_offer_demo(services: Services, settings: UiSettings, parent: QWidget | None = None) -> bool:
    """On the very first start with an empty database, offer demo data once (never forced)."""
    from desktop_app.services.demo import DemoService

    demo = DemoService(services.db)
    if settings.demo_offered or demo.has_data():
        return False
    settings.mark_demo_offered()
    if not dialogs.offer_demo(parent):
        return False
    demo.create()
    return True

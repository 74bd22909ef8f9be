"""A local database handle: engine, sessions, who is writing, and from which device."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.errors import StorageError
from desktop_app.storage import audit
from desktop_app.storage.engine import create_sqlite_engine
from desktop_app.storage.failures import describe_storage_failure
from desktop_app.storage.field_edit import EditTransaction, edit_transaction
from desktop_app.storage.models import LocalSetting
from desktop_app.storage.types import new_id
from desktop_app.storage.use_lock import SharedUse

DEVICE_ID_KEY = "device_id"
# Set by the demo (services/demo.py) and by importing a bundle exported from a demo database: the
# file holds invented negotiations, which must never reach the central store (sync refuses).
DEMO_DATA_KEY = "demo_data"
__all__ = ["DEMO_DATA_KEY", "DEVICE_ID_KEY", "Database", "describe_storage_failure", "open_engine"]


class Database:
    """Owns the engine. Services get sessions from here; nobody else keeps one open."""

    def __init__(self, path: Path, engine: Engine, actor: str, *, use: SharedUse | None = None) -> None:
        self.path = path
        self._use = use  # this process's shared hold on the file (see storage/use_lock.py)
        self.engine = engine
        self.actor = actor
        self._reader = sessionmaker(bind=engine, expire_on_commit=False)
        self._writer = sessionmaker(
            bind=engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )
        self.device_id = self._load_device_id()

    @contextmanager
    def write(self, *, remote_action: str | None = None) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error."""
        session = self._writer()
        session.info[audit.ACTOR] = self.actor
        session.info[audit.DEVICE_ID] = self.device_id
        if remote_action:
            session.info[audit.REMOTE_ACTION] = remote_action
        try:
            yield session
            session.commit()
        except (OperationalError, DatabaseError) as exc:
            session.rollback()
            raise StorageError(describe_storage_failure(exc, self.path)) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def edit(self) -> AbstractContextManager[EditTransaction]:
        """One durable edit of single rows without the ORM (the services' `update` methods and
        autosave's first saves; storage/field_edit.py): the same audit rows, bookkeeping and
        errors as `write`."""
        return edit_transaction(self.engine, self.path, self.actor, self.device_id)

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self._reader()
        try:
            yield session
        except (OperationalError, DatabaseError) as exc:
            raise StorageError(describe_storage_failure(exc, self.path)) from exc
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        """Close every connection and let go of the file (a restore elsewhere may then run)."""
        self.engine.dispose()
        if self._use is not None:
            self._use.release()

    def _load_device_id(self) -> str:
        with self._reader() as session:
            existing = session.get(LocalSetting, DEVICE_ID_KEY)
            if existing is not None:
                return existing.value
        with self._writer() as session, session.begin():
            setting = session.get(LocalSetting, DEVICE_ID_KEY)
            if setting is None:
                setting = LocalSetting(key=DEVICE_ID_KEY, value=new_id())
                session.add(setting)
            return setting.value

    def get_setting(self, key: str) -> str | None:
        with self.read() as session:
            return session.scalar(select(LocalSetting.value).where(LocalSetting.key == key))

    def holds_demo_data(self) -> bool:
        """True when the file holds the demo's invented data (see DEMO_DATA_KEY)."""
        return self.get_setting(DEMO_DATA_KEY) is not None

    def set_setting(self, key: str, value: str) -> None:
        with self.write() as session:
            session.merge(LocalSetting(key=key, value=value))


def open_engine(path: Path) -> Engine:
    return create_sqlite_engine(path)

"""Where data lives and who is typing. Paths come from platformdirs; overrides from CLI or env."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desktop_app import APP_NAME, ORG_NAME

DB_ENV = "KUNTAPALAUTE_DB"
USER_ENV = "KUNTAPALAUTE_USER"
DB_FILENAME = "kuntapalaute.db"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME, roaming=False))


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def resolve_db_path(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """`--db` wins over the environment, which wins over the platform default."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env_value = os.environ.get(DB_ENV)
    if env_value:
        return Path(env_value).expanduser().resolve()
    return default_db_path()


def backup_dir_for(db_path: Path) -> Path:
    """Backups sit beside the database so that a custom `--db` keeps its own set."""
    return db_path.parent / f"{db_path.stem}-varmuuskopiot"


def default_actor() -> str:
    env_value = os.environ.get(USER_ENV, "").strip()
    if env_value:
        return env_value
    try:
        return getpass.getuser()
    except Exception:  # getuser raises various errors when no login name exists
        return "tuntematon"


@dataclass(frozen=True)
class AppPaths:
    db_path: Path

    @property
    def backup_dir(self) -> Path:
        return backup_dir_for(self.db_path)

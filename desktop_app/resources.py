"""The one lookup for the files the app reads at run time, so every way of running it agrees.

Where the files are:

- `resources/` (seed data, demo, fonts, JSON Schema, translations) lives at the top of the source
  tree (DESIGN.md §2). A wheel ships it inside the package as `desktop_app/_resources` (the
  mapping is in setup.py), and so does the frozen build (installer/build.py); a source checkout
  or an editable install reads the top-level folder itself.
- The Alembic script folders are read from files by Alembic, so they ship as plain files next to
  their modules (`desktop_app/storage/migrations`, `desktop_app/sync/central_migrations`), also
  in the frozen build.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any, Literal

PACKAGE_DIR = Path(__file__).resolve().parent
INSTALLED_RESOURCES = PACKAGE_DIR / "_resources"  # wheel and frozen build
SOURCE_RESOURCES = PACKAGE_DIR.parent / "resources"  # source checkout, editable install

_MIGRATION_FOLDERS = {
    "local": PACKAGE_DIR / "storage" / "migrations",
    "central": PACKAGE_DIR / "sync" / "central_migrations",
}


@cache
def resources_dir() -> Path:
    """The folder holding `municipalities.json`, `fonts/`, `translations/`…; the installed copy
    wins over a source tree. Returns the installed location when neither exists, so that
    `resource_path` names a path a user can look for."""
    for candidate in (INSTALLED_RESOURCES, SOURCE_RESOURCES):
        if (candidate / "municipalities.json").is_file():
            return candidate
    return INSTALLED_RESOURCES


def resource_path(*parts: str) -> Path:
    """Path of one resource file, e.g. `resource_path("fonts", "NotoSans-Regular.ttf")`.

    Raises FileNotFoundError (Finnish message naming the path) when the file is not there.
    """
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"Resurssitiedosto puuttuu: {path}")
    return path


def load_json_resource(*parts: str) -> Any:
    """The parsed JSON of one resource file; raises FileNotFoundError as `resource_path`."""
    with resource_path(*parts).open(encoding="utf-8") as handle:
        return json.load(handle)


def migrations_dir(which: Literal["local", "central"]) -> Path:
    """Alembic's `script_location` for the laptop's database ("local") or the central store."""
    return _MIGRATION_FOLDERS[which]

"""Opening the database for a command, the same way for every command."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.errors import CliError
from desktop_app.config import default_actor, resolve_db_path
from desktop_app.domain.validation import ACTOR_LIMIT, clean_short_text
from desktop_app.services import Services
from desktop_app.storage.database import Database
from desktop_app.storage.migrate import open_database

__all__ = ["CliError", "actor", "db_path", "open_db", "open_services"]


def db_path(args: argparse.Namespace) -> Path:
    return resolve_db_path(args.db)


def actor(args: argparse.Namespace) -> str:
    """The author name stamped on every change; the same rule as typed text (it is stored)."""
    return clean_short_text((args.user or "").strip() or default_actor(), "käyttäjä",
                            max_length=ACTOR_LIMIT)


def open_db(args: argparse.Namespace) -> Database:
    return open_database(db_path(args), actor(args))


def open_services(args: argparse.Namespace) -> Services:
    return Services.for_database(open_db(args))

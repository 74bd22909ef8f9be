"""Kept apart from cli/context.py so that `python main.py` can start the app without importing
the services (and SQLAlchemy) before its first window is painted."""

from __future__ import annotations


class CliError(Exception):
    """A usage problem detected after parsing (a missing file, a contradicting option)."""

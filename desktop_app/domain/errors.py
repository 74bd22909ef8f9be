"""Errors that carry a message meant for the user (Finnish) and, where known, the field at fault."""

from __future__ import annotations


class KuntapalauteError(Exception):
    """Base for errors whose text can be shown to a user as is."""


class ValidationError(KuntapalauteError):
    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(KuntapalauteError):
    pass


class ConflictError(KuntapalauteError):
    """The operation is not allowed in the current state (e.g. editing an approved meeting)."""


class StorageError(KuntapalauteError):
    """The database file cannot be used: corrupt, locked, newer than this app, disk full."""

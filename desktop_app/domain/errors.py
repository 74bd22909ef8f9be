"""Errors that carry a message meant for the user and, where known, the field at fault.

An error raised with `code=` (a message id of `domain.messages.MESSAGES`) and `params=` can be
translated by the UI (`ui/error_text.py`); `str(exc)` is always the Finnish text, so the CLI and
older callers print it unchanged. Errors raised with a plain message (code None) are shown as is.
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop_app.domain.messages import render


class KuntapalauteError(Exception):
    """Base for errors whose text can be shown to a user as is.

    `code`: message id or None; `params`: the values filled into the message (str/int)."""

    def __init__(self, message: str | None = None, *, code: str | None = None,
                 params: Mapping[str, object] | None = None) -> None:
        self.code = code
        self.params: dict[str, object] = dict(params or {})
        if message is None:
            if code is None:
                raise TypeError("KuntapalauteError needs a message or a message id")
            message = render(code, self.params)
        super().__init__(message)


# The name the issue uses for "an error a service raises with a message id".
ServiceError = KuntapalauteError


class ValidationError(KuntapalauteError):
    """Bad input; `field` names the field at fault (Finnish, as shown to the user)."""

    def __init__(self, message: str | None = None, field: str | None = None, *,
                 code: str | None = None, params: Mapping[str, object] | None = None) -> None:
        if field is not None and code is not None:
            params = {"field": field, **dict(params or {})}
        super().__init__(message, code=code, params=params)
        self.field = field


class NotFoundError(KuntapalauteError):
    pass


class ConflictError(KuntapalauteError):
    """The operation is not allowed in the current state (e.g. editing a closed meeting)."""


class MeetingLockedError(ConflictError):
    """A write to a closed or approved meeting (codes `meeting.closed`, `meeting.approved`)."""


class StorageError(KuntapalauteError):
    """The database file cannot be used: corrupt, locked, newer than this app, disk full."""

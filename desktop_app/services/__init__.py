"""Use cases. Each public method is one unit of work with its own session; results are plain
frozen dataclasses from `domain.records`, never live ORM rows.

`Services` (all of them over one database, services/registry.py) is loaded on first use: the
start-up's first screen (services/first_screen.py) is read with plain `sqlite3` before SQLAlchemy
and the services are imported, and importing one module of this package must not pull them all
in (docs/performance/startup.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.services.registry import Services

__all__ = ["Services"]


def __getattr__(name: str) -> Any:
    if name == "Services":
        from desktop_app.services.registry import Services

        return Services
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

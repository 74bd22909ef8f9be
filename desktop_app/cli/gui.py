"""Start the desktop app. Kept apart so that CLI commands never import Qt."""

from __future__ import annotations

import argparse


def launch_gui(args: argparse.Namespace) -> int:
    # The start-up quick check reads every page of the file (~0.2 s at 100,000 items) and SQLite
    # releases the GIL while it does: started before Qt loads, it runs on the other core while
    # this one imports Qt and paints (docs/performance/startup.md, "The quick check before Qt").
    from desktop_app.config import resolve_db_path
    from desktop_app.storage.startup_check import start_quick_check

    check = start_quick_check(resolve_db_path(getattr(args, "db", None)))
    try:
        from desktop_app.ui.app import run_app
    except ImportError as exc:
        raise RuntimeError(f"Sovellusikkunaa ei voitu käynnistää: {exc}") from exc
    return run_app(args, check)


def translation_check() -> str:
    """For `--self-test`: the translations load (Qt lives in desktop_app.ui; this module is the
    command line's one door into it)."""
    from desktop_app.ui.i18n import check_translations

    return check_translations()

"""Start the desktop app. Kept apart so that CLI commands never import Qt."""

from __future__ import annotations

import argparse


def launch_gui(args: argparse.Namespace) -> int:
    try:
        from desktop_app.ui.app import run_app
    except ImportError as exc:
        raise RuntimeError(f"Sovellusikkunaa ei voitu käynnistää: {exc}") from exc
    return run_app(args)


def translation_check() -> str:
    """For `--self-test`: the translations load (Qt lives in desktop_app.ui; this module is the
    command line's one door into it)."""
    from desktop_app.ui.i18n import check_translations

    return check_translations()

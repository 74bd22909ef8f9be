"""Start the desktop app. Kept apart so that CLI commands never import Qt."""

from __future__ import annotations

import argparse


def launch_gui(args: argparse.Namespace) -> int:
    try:
        from desktop_app.ui.app import run_app
    except ImportError as exc:
        raise RuntimeError(f"Sovellusikkunaa ei voitu käynnistää: {exc}") from exc
    return run_app(args)

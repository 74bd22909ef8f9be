"""A start-up that cannot finish says why in a dialog: a laptop user has no terminal to read."""

from __future__ import annotations

import argparse

import pytest
from ui_support import ui_settings

from desktop_app import resources
from desktop_app.ui import app as app_module
from desktop_app.ui import dialogs


def test_a_failed_start_shows_the_reason_before_it_exits(tmp_path, monkeypatch, qapp) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message: shown.append(message))
    monkeypatch.setattr(app_module, "UiSettings", lambda: ui_settings(tmp_path))
    # an installation without its resources (what `pip install .` gave before the wheel carried them)
    monkeypatch.setattr(resources, "resources_dir", lambda: tmp_path / "missing")
    args = argparse.Namespace(user="AK", db=str(tmp_path / "k.db"))
    with pytest.raises(FileNotFoundError):
        app_module.run_app(args)
    assert len(shown) == 1
    assert shown[0].startswith("Kuntapalaute ei voinut käynnistyä:\nResurssitiedosto puuttuu:")

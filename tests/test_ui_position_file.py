"""Where the user was survives a crash without the GUI thread waiting for an fsync at every
switch (ui/position_file.py, ui/settings.py; docs/performance/switch-search.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop_app.ui.settings import UiSettings

REPO_ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import os, sys
from PySide6.QtCore import QSettings
from desktop_app.ui.settings import UiSettings
settings = UiSettings(QSettings(sys.argv[1], QSettings.Format.IniFormat))
settings.remember_position("meeting-1", "advocacy")
settings.remember_position("meeting-2", "sector:abc", "item-9")
assert settings.wait_written()
os._exit(0)   # no clean exit: QSettings never writes its copy
"""


def _settings(ini: Path) -> UiSettings:
    return UiSettings(QSettings(str(ini), QSettings.Format.IniFormat))


def test_switching_never_syncs_settings_on_the_gui_thread(tmp_path: Path, monkeypatch) -> None:
    syncs: list[int] = []
    real_sync = QSettings.sync
    monkeypatch.setattr(QSettings, "sync", lambda self: (syncs.append(threading.get_ident()),
                                                         real_sync(self))[1])
    settings = _settings(tmp_path / "ui.ini")
    for n in range(10):   # a user flicking through the sections
        settings.remember_position("meeting-1", f"sector:{n}", f"item-{n}")
    assert settings.wait_written()
    assert threading.get_ident() not in syncs
    assert settings.position() == ("meeting-1", "sector:9", "item-9")


def test_the_position_survives_a_crash_right_after_the_switch(tmp_path: Path) -> None:
    ini = tmp_path / "ui.ini"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO_ROOT), os.environ.get("PYTHONPATH", "")]))
    subprocess.run([sys.executable, "-c", CHILD, str(ini)], check=True, env=env, timeout=60)
    assert _settings(ini).position() == ("meeting-2", "sector:abc", "item-9")


def test_the_newer_copy_wins_and_a_broken_file_is_ignored(tmp_path: Path) -> None:
    ini = tmp_path / "ui.ini"
    settings = _settings(ini)
    settings.remember_position("meeting-1", "advocacy")
    assert settings.wait_written()
    file = ini.with_name("ui.ini.position")
    assert json.loads(file.read_text(encoding="utf-8"))["meeting"] == "meeting-1"
    # A clean exit later wrote a newer position into QSettings (e.g. an older app version that
    # knows nothing of the file): the file's older copy must not win.
    qsettings = QSettings(str(ini), QSettings.Format.IniFormat)
    qsettings.setValue("position/meeting_id", "meeting-3")
    qsettings.setValue("position/section", "participants")
    qsettings.setValue("position/item_id", "")
    qsettings.setValue("position/stamp", str(json.loads(file.read_text(encoding="utf-8"))["stamp"] + 1))
    qsettings.sync()
    assert _settings(ini).position() == ("meeting-3", "participants", "")
    file.write_text("{not json", encoding="utf-8")
    assert _settings(ini).position() == ("meeting-3", "participants", "")


def test_forgetting_the_position_is_durable_too(tmp_path: Path) -> None:
    settings = _settings(tmp_path / "ui.ini")
    settings.remember_position("meeting-1", "advocacy", "item-1")
    settings.remember_position(None)
    assert settings.wait_written()
    data = json.loads((tmp_path / "ui.ini.position").read_text(encoding="utf-8"))
    assert (data["meeting"], data["section"], data["item"]) == ("", "", "")


def test_a_first_start_without_a_settings_folder_still_keeps_the_position(tmp_path: Path) -> None:
    ini = tmp_path / "not-yet" / "ui.ini"
    settings = _settings(ini)
    settings.remember_position("meeting-1", "advocacy")
    assert settings.wait_written()
    assert (tmp_path / "not-yet" / "ui.ini.position").exists()

"""UI preferences and where the user was, kept in QSettings (data paths come from platformdirs).

Where the user was must survive a crash: QSettings would only write it on a clean exit. Beside a
settings file (every platform but the Windows registry) it goes to a small position file that a
writer thread makes durable (`ui/position_file.py`: the GUI thread no longer waits for an fsync at
every switch); QSettings keeps the same values, with the same stamp, and the newer copy wins
when read. In the registry `sync()` writes it at once, as before.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop_app import APP_NAME, ORG_NAME
from desktop_app.ui.position_file import Position, PositionFile

KEY_USER = "user/name"
KEY_LANGUAGE = "ui/language"
KEY_DEMO_OFFERED = "start/demo_offered"
KEY_MEETING = "position/meeting_id"
KEY_SECTION = "position/section"
KEY_ITEM = "position/item_id"
KEY_STAMP = "position/stamp"   # when the position was remembered (ns): the newer copy wins
KEY_GEOMETRY = "window/geometry"
LANGUAGES = ("fi", "en")


def app_settings() -> QSettings:
    return QSettings(ORG_NAME, APP_NAME)


def _position_file(settings: QSettings) -> PositionFile | None:
    """The position file beside a settings file; None in the Windows registry (no file)."""
    name = settings.fileName()
    if settings.format() == QSettings.Format.NativeFormat and not Path(name).is_absolute():
        return None
    if name.startswith("\\"):   # a registry path ("\\HKEY_CURRENT_USER\\…")
        return None
    return PositionFile(Path(name).with_name(Path(name).name + ".position"))


class UiSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.qsettings = settings or app_settings()
        self._position_file = _position_file(self.qsettings)

    def _text(self, key: str) -> str:
        value = self.qsettings.value(key, "")
        return str(value) if value is not None else ""

    def _set(self, key: str, value: object) -> None:
        self.qsettings.setValue(key, value)
        self.qsettings.sync()

    @property
    def user_name(self) -> str:
        return self._text(KEY_USER).strip()

    @user_name.setter
    def user_name(self, value: str) -> None:
        self._set(KEY_USER, value.strip())

    @property
    def language(self) -> str:
        value = self._text(KEY_LANGUAGE)
        return value if value in LANGUAGES else "fi"

    @language.setter
    def language(self, value: str) -> None:
        self._set(KEY_LANGUAGE, value if value in LANGUAGES else "fi")

    @property
    def demo_offered(self) -> bool:
        return self._text(KEY_DEMO_OFFERED) in ("true", "1")

    def mark_demo_offered(self) -> None:
        self._set(KEY_DEMO_OFFERED, "true")

    def position(self) -> Position:
        """(meeting id, section key, item id); empty strings when unknown. The position file's
        copy when it is newer than QSettings' (after a crash QSettings holds an older one)."""
        remembered = (self._text(KEY_MEETING), self._text(KEY_SECTION), self._text(KEY_ITEM))
        if self._position_file is not None:
            found = self._position_file.read()
            if found is not None and found[1] > self._stamp():
                return found[0]
        return remembered

    def _stamp(self) -> int:
        try:
            return int(self._text(KEY_STAMP) or 0)
        except ValueError:
            return 0

    def remember_position(self, meeting_id: str | None, section: str = "", item_id: str = "") -> None:
        current = (self._text(KEY_MEETING), self._text(KEY_SECTION), self._text(KEY_ITEM))
        wanted = (meeting_id or "", section, item_id)
        if current == wanted and (self._position_file is None or self._stamp()):
            return
        stamp = time.time_ns()
        self.qsettings.setValue(KEY_MEETING, wanted[0])
        self.qsettings.setValue(KEY_SECTION, wanted[1])
        self.qsettings.setValue(KEY_ITEM, wanted[2])
        self.qsettings.setValue(KEY_STAMP, str(stamp))
        if self._position_file is None:
            self.qsettings.sync()
        else:
            self._position_file.write(wanted, stamp)   # durable in milliseconds, off this thread

    def wait_written(self, timeout: float = 5.0) -> bool:
        """Block until the remembered position is durable (tests); False after `timeout` s."""
        return self._position_file is None or self._position_file.wait(timeout)

    def geometry(self) -> QByteArray | None:
        value = self.qsettings.value(KEY_GEOMETRY)
        return value if isinstance(value, QByteArray) else None

    def save_geometry(self, value: QByteArray) -> None:
        self._set(KEY_GEOMETRY, value)

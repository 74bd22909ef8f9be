"""UI preferences and where the user was, kept in QSettings (data paths come from platformdirs).

Positions are written with `sync()` at once: after a crash the app reopens where the user was,
and QSettings would otherwise only write on a clean exit.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from desktop_app import APP_NAME, ORG_NAME

KEY_USER = "user/name"
KEY_LANGUAGE = "ui/language"
KEY_DEMO_OFFERED = "start/demo_offered"
KEY_MEETING = "position/meeting_id"
KEY_SECTION = "position/section"
KEY_ITEM = "position/item_id"
KEY_GEOMETRY = "window/geometry"
LANGUAGES = ("fi", "en")


def app_settings() -> QSettings:
    return QSettings(ORG_NAME, APP_NAME)


class UiSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.qsettings = settings or app_settings()

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

    def position(self) -> tuple[str, str, str]:
        """(meeting id, section key, item id); empty strings when unknown."""
        return self._text(KEY_MEETING), self._text(KEY_SECTION), self._text(KEY_ITEM)

    def remember_position(self, meeting_id: str | None, section: str = "", item_id: str = "") -> None:
        current = self.position()
        wanted = (meeting_id or "", section, item_id)
        if current == wanted:
            return
        self.qsettings.setValue(KEY_MEETING, wanted[0])
        self.qsettings.setValue(KEY_SECTION, wanted[1])
        self.qsettings.setValue(KEY_ITEM, wanted[2])
        self.qsettings.sync()

    def geometry(self) -> QByteArray | None:
        value = self.qsettings.value(KEY_GEOMETRY)
        return value if isinstance(value, QByteArray) else None

    def save_geometry(self, value: QByteArray) -> None:
        self._set(KEY_GEOMETRY, value)

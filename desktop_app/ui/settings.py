"""UI preferences and where the user was, kept in QSettings (data paths come from platformdirs).

Positions are written to disk at once: after a crash the app reopens where the user was, and
QSettings would otherwise only write on a clean exit. The write (`sync()`: a new file, fsync,
rename; 1–25 ms on a busy disk) runs on a writer thread of its own, not on the GUI thread that
every section and meeting switch asks it from (docs/performance/switch-search.md). Qt documents
that QSettings objects of one location in one process share their changes and may be used from
different threads at once, so the writer's own object writes what the GUI thread's set.
"""

from __future__ import annotations

import threading

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


class _Writer:
    """Syncs one QSettings location to disk on a daemon thread; requests made while a sync runs
    are folded into one more sync, so the file always ends with the newest values."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings
        self._wanted = threading.Event()
        self._idle = threading.Event()
        self._idle.set()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def _same_location(self) -> QSettings:
        source = self._settings
        if source.format() == QSettings.Format.NativeFormat:
            return QSettings(source.scope(), source.organizationName(), source.applicationName())
        return QSettings(source.fileName(), source.format())

    def request(self) -> None:
        with self._lock:
            self._idle.clear()
            self._wanted.set()
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="settings-writer",
                                                daemon=True)
                self._thread.start()

    def _run(self) -> None:
        settings = self._same_location()   # this thread's own object (Qt: one per thread)
        while True:
            self._wanted.wait()
            with self._lock:
                self._wanted.clear()
            settings.sync()
            with self._lock:
                if not self._wanted.is_set():
                    self._idle.set()

    def wait(self, timeout: float) -> bool:
        """True once every requested sync has been written (False after `timeout` seconds)."""
        return self._idle.wait(timeout)


class UiSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.qsettings = settings or app_settings()
        self._writer = _Writer(self.qsettings)

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
        self._writer.request()   # on disk within milliseconds, without the GUI thread waiting

    def wait_written(self, timeout: float = 5.0) -> bool:
        """Block until the remembered position is on disk (tests; a clean exit syncs anyway).
        Returns False if the writer did not finish within `timeout` seconds."""
        return self._writer.wait(timeout)

    def geometry(self) -> QByteArray | None:
        value = self.qsettings.value(KEY_GEOMETRY)
        return value if isinstance(value, QByteArray) else None

    def save_geometry(self, value: QByteArray) -> None:
        self._set(KEY_GEOMETRY, value)

"""Status-bar label: how many changes are not yet in the central store, open conflicts, and
when the last sync succeeded.

Every count runs on a worker, one at a time: counting the rows never synced reads every synced
table (~6 ms at 9,000 items, ~30 ms at 100,000), and it follows every autosave and a 5-second
timer, so on the GUI thread it stalled typing on a large file. A count asked for while one runs
is run once more after it (the label never shows a count older than the last write). The first
count comes after the window's first paint and after the services have loaded.

A status message too long to show beside the count (at 1366 px, "Kohtaa muutettiin samaan aikaan
toisaalla. … (Alt+Del)." was cut off mid-key) hides the count while it is shown: the message is
the news, the count comes back when the message goes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QSizeGrip, QStatusBar, QWidget

from desktop_app.domain.errors import KuntapalauteError
from desktop_app.domain.formatting import fi_date
from desktop_app.ui.announce import announce

if TYPE_CHECKING:
    from desktop_app.storage.database import Database
    from desktop_app.sync.status import SyncStatus
    from desktop_app.ui.workers import Task, TaskRunner

log = logging.getLogger(__name__)

REFRESH_MS = 5_000


class SyncStatusLabel(QLabel):
    def __init__(self, db_of: Callable[[], Database], window: QMainWindow,
                 ready: Callable[[], bool] = lambda: True) -> None:
        super().__init__(window)
        self._db_of = db_of   # read when counting: at start-up the services load after the first paint
        self._ready = ready   # False while they load: counting then would block the GUI thread
        self._said: list[str] = []
        self._runner: TaskRunner | None = None
        self._task: Task | None = None
        self._again = False
        self.setObjectName("syncState")
        self.setAccessibleDescription(self.tr("Synkronoinnin tila"))   # the name is the text shown
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        window.statusBar().addPermanentWidget(self)
        window.statusBar().messageChanged.connect(self._make_room)
        written = getattr(window, "written", None)   # the main window's "a write committed"
        if written is not None:
            written.connect(self.refresh)
        # The first count waits until the window has painted: its first query through the ORM
        # costs ~60 ms at start-up, and the count is not what the first screen is for.
        self._window: QMainWindow | None = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # getattr: Qt may still deliver an event while the window tears this label down
        window = getattr(self, "_window", None)
        if window is not None and watched is window and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._window = None
            QTimer.singleShot(0, self, self._first_refresh)
        return False

    def _first_refresh(self) -> None:
        if not self._ready():   # the services are still loading on their thread: look again shortly
            QTimer.singleShot(100, self, self._first_refresh)
            return
        self.refresh()

    def _make_room(self, message: str) -> None:
        """Hide the count while `message` would not fit beside it and the other permanent
        widgets (the save indicator, the busy sign); show it again when the message goes."""
        bar = self.parentWidget()
        if not isinstance(bar, QStatusBar):
            return
        if not message:
            self.setVisible(True)
            return
        others = [w for w in bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                  if w is not self and not w.isHidden() and not isinstance(w, QSizeGrip)]
        margins = 12 * (len(others) + 2)   # the layout's spacing and the message's own margin
        used = sum(w.sizeHint().width() for w in others) + self.sizeHint().width() + margins
        self.setVisible(bar.fontMetrics().horizontalAdvance(message) <= bar.width() - used)

    @property
    def db(self) -> Database:
        return self._db_of()

    @property
    def counting(self) -> bool:
        """True while a count runs on its worker."""
        return self._task is not None

    def refresh(self) -> None:
        """Count again on a worker (or once more after the count now running)."""
        if not self._ready():
            return   # the first count follows the services (_first_refresh)
        if self._task is not None:
            self._again = True
            return
        from desktop_app.ui.workers import TaskRunner

        if self._runner is None:
            self._runner = TaskRunner(self)
        db = self.db

        def count(_progress: object) -> SyncStatus:
            from desktop_app.sync.status import sync_status

            return sync_status(db)

        self._again = False
        self._task = self._runner.start(count, on_done=self._counted, on_error=self._not_counted)

    def _counted(self, status: SyncStatus) -> None:
        self._task = None
        self._show(status)
        bar = self.parentWidget()
        if isinstance(bar, QStatusBar):   # a longer count may no longer leave the message room
            self._make_room(bar.currentMessage())
        if self._again:
            self.refresh()

    def _not_counted(self, exc: BaseException) -> None:
        # the database is busy or failing: the save indicator already says so; the label keeps
        # its last count until a count succeeds
        self._task = None
        if not isinstance(exc, KuntapalauteError):
            log.warning("Sync count failed unexpectedly: %s", exc)
        if self._again:
            self.refresh()

    def _show(self, status: SyncStatus) -> None:
        if status.demo_data:  # invented data: sync refuses it, a count of "unsynced" would mislead
            self._said = []
            self.setText(self.tr("Esimerkkiaineisto · ei synkronoida"))
            return
        parts = [self.tr("Synkronoimatta: %1").replace("%1", str(status.unsynced))]
        if status.open_conflicts:
            parts.append(self.tr("ristiriitoja: %1").replace("%1", str(status.open_conflicts)))
        if status.set_aside:  # refused by the central store: Työkalut → hylkäämät rivit
            parts.append(self.tr("keskitietokannan hylkäämiä: %1").replace("%1", str(status.set_aside)))
        if status.pulled_set_aside:  # central rows this laptop could not store
            parts.append(self.tr("haettuja rivejä tallentamatta: %1")
                         .replace("%1", str(status.pulled_set_aside)))
        if status.last_sync is None:
            parts.append(self.tr("ei vielä synkronoitu"))
        else:
            local = status.last_sync.astimezone()
            parts.append(self.tr("viimeksi %1 klo %2").replace("%1", fi_date(local.date()))
                         .replace("%2", f"{local:%H.%M}"))
        # A sync, a new conflict or a refused row is announced; the unsynced count, which moves
        # with every saved word, is only shown (and readable as the label's text).
        news = parts[1:] != self._said[1:] and bool(self._said)
        self._said = parts
        self.setText(" · ".join(parts))
        if news:
            announce(self, self.text())

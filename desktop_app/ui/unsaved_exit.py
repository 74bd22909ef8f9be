"""What happens to text the database does not hold when the window or the desktop session
ends: it is asked about first (AutosaveController.leave), or, where the session allows no
question, written to a file beside the database. A mixin of MainWindow."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent, QSessionManager

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow as _Base
else:
    _Base = object

log = logging.getLogger(__name__)


class UnsavedOnExit(_Base):
    def closeEvent(self, event: QCloseEvent) -> None:
        """Ctrl+Q, the close button, the session ending: text the database does not hold (a
        refused, deferred or failing write) is asked about first (AutosaveController.leave)."""
        if not self.autosave.leave(closing=True):
            event.ignore()
            return
        self.settings.save_geometry(self.saveGeometry())
        self.tasks.cancel_all()
        self.tasks.wait(5000)
        event.accept()

    def _session_ending(self, manager: QSessionManager) -> None:
        """The desktop session is ending (log out, shut down). With interaction allowed the user
        is asked as on Ctrl+Q, and "Palaa" cancels the shutdown; without it, the unsaved texts
        are written to a file beside the database so not a word is lost."""
        self.autosave.flush()
        if not self.autosave.unsaved():
            return
        if manager.allowsInteraction():
            stay = not self.autosave.leave(closing=True)
            manager.release()
            if stay:
                manager.cancel()
            return
        self._keep_unsaved_in_file()

    def _keep_unsaved_in_file(self) -> None:
        words = "\n\n".join(f"{e.message}\n{e.text}" for e in self.autosave.unsaved() if e.text.strip())
        if not words:
            return
        folder = Path(self.services.db.path).parent
        name = f"tallentamaton-teksti-{dt.datetime.now():%Y%m%d-%H%M%S}.txt"
        try:
            (folder / name).write_text(words, encoding="utf-8")
        except OSError:
            log.exception("Could not keep the unsaved texts in %s", folder / name)

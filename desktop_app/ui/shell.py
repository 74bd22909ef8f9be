"""The first thing the user sees: an empty window with the app's name, painted before the
database layer is even imported (~0.3 s of SQLAlchemy and the services). The real main window
replaces it as soon as the data is open, so a click on the icon is answered at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from desktop_app import APP_NAME
from desktop_app.ui.settings import UiSettings


class StartupShell(QMainWindow):
    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        opening = self.tr("Avataan tietokantaa…")  # outside the f-string: lupdate skips those
        label = QLabel(f"<div style='font-size:20pt; font-weight:600; color:#1f4e79'>{APP_NAME}</div>"
                       f"<div style='color:#555'>{opening}</div>")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAccessibleName(self.tr("Käynnistyy"))
        self.setCentralWidget(label)
        geometry = settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)  # where the main window will appear
        else:
            self.resize(1280, 760)

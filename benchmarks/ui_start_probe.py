"""Started as a subprocess by bench_ui.py: show a window, print PAINTED at its first paint, exit.

    python benchmarks/ui_start_probe.py bare
    python benchmarks/ui_start_probe.py floor   (bare window after main.py's imports: the floor)
    python benchmarks/ui_start_probe.py app DB SETTINGS_INI
"""

from __future__ import annotations

import sys


def main() -> int:
    mode = sys.argv[1]
    if mode in ("app", "floor"):
        import desktop_app.cli  # noqa: F401  main.py imports the CLI (and so the services) first
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                print("PAINTED", flush=True)
                QTimer.singleShot(0, QApplication.instance().quit)
                watched.removeEventFilter(self)
            return False

    if mode in ("bare", "floor"):
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.setCentralWidget(QLabel("Kuntapalaute"))
    else:
        from pathlib import Path

        from PySide6.QtCore import QSettings

        from desktop_app.services import Services
        from desktop_app.storage.migrate import open_database
        from desktop_app.ui.app import create_application, create_main_window
        from desktop_app.ui.settings import UiSettings

        app = create_application()
        services = Services.for_database(open_database(Path(sys.argv[2]), "Benchmark"))
        settings = UiSettings(QSettings(sys.argv[3], QSettings.Format.IniFormat))
        window = create_main_window(services, settings)
    window.resize(1366, 768)
    probe = FirstPaint()
    window.installEventFilter(probe)
    window.show()
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())

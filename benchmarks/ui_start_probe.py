"""Started as a subprocess by bench_ui.py: show a window, print PAINTED at its first paint, exit.

    python benchmarks/ui_start_probe.py bare
    python benchmarks/ui_start_probe.py floor   (bare window after the services' imports)
    python benchmarks/ui_start_probe.py app DB SETTINGS_INI

`app` follows launch_gui and run_app (the quick check started before Qt loads): PAINTED when
the first window (the start-up shell) paints, READY when the main window with the rounds (or the
reopened meeting) paints.
"""

from __future__ import annotations

import sys


def main() -> int:
    mode = sys.argv[1]
    check = None
    if mode in ("app", "floor"):
        import desktop_app.cli  # noqa: F401  what main.py imports first
    if mode == "app":   # as launch_gui does: the quick check starts before Qt loads
        from pathlib import Path

        from desktop_app.storage.startup_check import start_quick_check
        check = start_quick_check(Path(sys.argv[2]).resolve())
    if mode == "floor":
        # the database layer: SQLAlchemy, the models and every service (the package itself loads
        # them on first use of `Services` since the first-screen start-up, so name it)
        from desktop_app.services import Services  # noqa: F401
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    class FirstPaint(QObject):
        def __init__(self, line: str, quit_after: bool, target: QObject) -> None:
            super().__init__()
            self.line, self.quit_after, self.target = line, quit_after, target
            target.installEventFilter(self)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.target is not None:
                print(self.line, flush=True)
                if self.quit_after:
                    QTimer.singleShot(0, QApplication.instance().quit)
                self.target.removeEventFilter(self)
                self.target = None
            return False

    if mode in ("bare", "floor"):
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.setCentralWidget(QLabel("Kuntapalaute"))
        window.resize(1366, 768)
        probe = FirstPaint("PAINTED", True, window)  # noqa: F841 - kept alive until exit
        window.show()
        app.exec()
        return 0

    import argparse

    from PySide6.QtCore import QSettings

    from desktop_app.ui.app import create_application, finish_startup
    from desktop_app.ui.settings import UiSettings
    from desktop_app.ui.shell import StartupShell

    app = create_application()
    settings = UiSettings(QSettings(sys.argv[3], QSettings.Format.IniFormat))
    shell = StartupShell(settings)
    shell.resize(1366, 768)
    first = FirstPaint("PAINTED", False, shell)  # noqa: F841 - kept alive until exit
    shell.show()
    app.processEvents()  # as run_app does: the shell paints before the data layer loads
    ready = FirstPaint("READY", True, app)  # noqa: F841 - the main window's first paint
    started = finish_startup(settings, argparse.Namespace(db=sys.argv[2], user="Benchmark"), shell,
                             check=check)
    shell.close()
    assert started is not None
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())

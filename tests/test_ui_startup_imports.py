"""Start-up loads only what the first paint needs: the feature libraries (ReportLab, openpyxl,
jsonschema, Alembic, keyring, the PostgreSQL driver, PDFium) load on first use."""

from __future__ import annotations

import os
import subprocess
import sys

from ui_support import REPO_ROOT

PROBE = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
import desktop_app.cli  # what main.py imports first
from desktop_app.services import Services
from desktop_app.storage.migrate import open_database
from desktop_app.ui.app import create_application, create_main_window
from desktop_app.ui.settings import UiSettings
app = create_application()
services = Services.for_database(open_database(Path(sys.argv[1]), "AK"))
window = create_main_window(services, UiSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
window.show()
heavy = ["reportlab", "openpyxl", "jsonschema", "alembic", "keyring", "psycopg", "pypdfium2",
         "PySide6.QtPrintSupport", "desktop_app.reports", "desktop_app.exchange.importer",
         "desktop_app.sync.service"]
print(",".join(name for name in heavy if name in sys.modules))
print(len([a for a in window.menuBar().actions()]))
"""


def test_the_main_window_is_built_without_the_feature_libraries(tmp_path, db) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO_ROOT))
    result = subprocess.run([sys.executable, "-c", PROBE, str(db.path), str(tmp_path / "ui.ini")],
                            capture_output=True, text=True, env=env, timeout=120, cwd=REPO_ROOT)
    assert result.returncode == 0, result.stderr
    loaded, menus = result.stdout.splitlines()[:2]
    assert loaded == ""
    assert int(menus) >= 4  # the window and its menus (with the features' actions) were built


def test_the_first_window_paints_before_the_database_layer_is_imported(tmp_path) -> None:
    """run_app shows the start-up shell before importing SQLAlchemy and the services."""
    import os
    import subprocess
    import sys

    from conftest import REPO_ROOT

    code = (
        "import sys\n"
        "import desktop_app.cli, desktop_app.cli.gui, desktop_app.ui.app as a\n"
        "from desktop_app.ui.settings import UiSettings\n"
        "from PySide6.QtCore import QSettings\n"
        "app = a.create_application()\n"
        "a.show_shell(app, UiSettings(QSettings(sys.argv[1], QSettings.Format.IniFormat)))\n"
        "print(sorted(m for m in ('sqlalchemy', 'desktop_app.services', 'alembic') if m in sys.modules))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "shell.ini")],
                            capture_output=True, text=True, cwd=REPO_ROOT, timeout=60, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "[]"

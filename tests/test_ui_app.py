"""`python main.py` with no command: run_app on a fresh database, first start."""

from __future__ import annotations

import argparse

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from desktop_app.services import Services
from desktop_app.storage import backup
from desktop_app.storage.migrate import open_database
from desktop_app.ui import app as app_module
from desktop_app.ui import dialogs
from desktop_app.ui.main_window import MainWindow


def test_first_start_offers_demo_and_opens_the_main_window(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # never the user's settings
    offers = []
    monkeypatch.setattr(dialogs, "offer_demo", lambda parent: offers.append(1) or True)
    seen: list[MainWindow] = []

    def fake_exec() -> int:
        seen.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        for window in seen:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    db_path = tmp_path / "uusi.db"
    assert app_module.run_app(argparse.Namespace(db=str(db_path), user="AK")) == 0
    assert offers == [1] and len(seen) == 1
    assert seen[0].services.db.actor == "AK"
    assert (tmp_path / "config" / "Kainuun liitto" / "Kuntapalaute.conf").exists()
    QThreadPool.globalInstance().waitForDone(30_000)
    automatic = [b for b in backup.list_backups(tmp_path / "uusi-varmuuskopiot") if b.automatic]
    assert len(automatic) == 1  # the start-up safety net ran off the GUI thread
    database = open_database(db_path, "Tarkastaja")
    try:
        assert len(Services.for_database(database).rounds.list_rounds()) == 2  # the demo was added
    finally:
        database.dispose()
    # The second start does not offer the demo again.
    assert app_module.run_app(argparse.Namespace(db=str(db_path), user="AK")) == 0
    assert offers == [1]

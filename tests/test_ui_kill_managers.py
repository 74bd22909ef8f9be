"""Kill -9 the running app 1.5 s after typing a managers' agreement line without Enter: the
typed owner and action are in the database as the matter's agreement (the README promises
every keystroke is durable within half a second)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from ui_support import REPO_ROOT

from desktop_app.services import Services
from desktop_app.storage.migrate import open_database


def test_sigkill_after_typing_an_agreement_without_enter_loses_nothing(tmp_path) -> None:
    db_path, ini = tmp_path / "kokous.db", tmp_path / "ui.ini"
    setup = open_database(db_path, "Kirjaaja")
    services = Services.for_database(setup)
    meeting = services.managers.plan_year(2026)[0]
    matter = services.agenda.add(meeting.id, "Ratayhteyden rahoitus")
    setup.dispose()
    owner, action = "Kajaanin kaupunki", "Kokoaa yhteisen kannanoton, äöå"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([str(REPO_ROOT), os.environ.get("PYTHONPATH", "")]))
    process = subprocess.Popen(
        [sys.executable, str(REPO_ROOT / "tests" / "typing_managers_app.py"), str(db_path), str(ini),
         owner, action],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO_ROOT)
    try:
        deadline = time.monotonic() + 60
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip() == "TYPED" or time.monotonic() > deadline:
                break
        else:
            raise AssertionError(f"typing app ended early: {process.stderr.read() if process.stderr else ''}")
        time.sleep(1.5)
        assert process.poll() is None, "the app must still be running when killed"
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.kill()
        process.wait(10)
    assert process.returncode == -signal.SIGKILL

    database = open_database(db_path, "Tarkastaja")
    try:
        saved = Services.for_database(database).agenda.get(matter.id).follow_ups
        assert [(f.owner, f.description) for f in saved] == [(owner, action)]
    finally:
        database.dispose()

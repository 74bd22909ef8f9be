"""Kill -9 the running app 0.6 s after the last keystroke: everything typed is in the database,
and the next start reopens on the same meeting and sector."""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
import time

from PySide6.QtCore import QSettings
from ui_support import REPO_ROOT, open_window

from desktop_app.services import Services
from desktop_app.storage.migrate import open_database
from desktop_app.ui.settings import UiSettings


def test_sigkill_after_typing_loses_nothing(tmp_path, qtbot):
    db_path, ini = tmp_path / "kentalla.db", tmp_path / "ui.ini"
    setup = open_database(db_path, "Kirjaaja")
    Services.for_database(setup).rounds.plan_round(2026)
    setup.dispose()
    texts = ["Ensimmäinen kohta: osaajapula vaivaa hoiva-alaa.",
             "Toinen kohta – kirjoitettu juuri ennen kaatumista, äöå."]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([str(REPO_ROOT), os.environ.get("PYTHONPATH", "")]))
    process = subprocess.Popen(
        [sys.executable, str(REPO_ROOT / "tests" / "typing_app.py"), str(db_path), str(ini), "OSA", *texts],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO_ROOT)
    try:
        deadline = time.monotonic() + 60
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip() == "TYPED" or time.monotonic() > deadline:
                break
        else:
            raise AssertionError(f"typing app ended early: {process.stderr.read() if process.stderr else ''}")
        time.sleep(0.6)
        assert process.poll() is None, "the app must still be running when killed"
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.kill()
        process.wait(10)
    assert process.returncode == -signal.SIGKILL

    database = open_database(db_path, "Tarkastaja")
    services = Services.for_database(database)
    try:
        meeting = services.meetings.find(services.rounds.find_by_year(2026).id, "290")
        osa = services.sectors.find("OSA")
        saved = [item.text for item in services.feedback.list_for_meeting(meeting.id, sector_id=osa.id)]
        assert saved == texts

        # The next start reopens where the user was, with the text in the editor.
        window = open_window(qtbot, services, UiSettings(QSettings(str(ini), QSettings.Format.IniFormat)))
        assert window.current_meeting_id() == meeting.id
        assert window.workspace.section.sector_id == osa.id
        assert window.workspace_view.editor.text.toPlainText() == texts[1]
        window.close()
    finally:
        database.dispose()


def test_sigkill_while_typing_without_a_pause_loses_nothing_older_than_half_a_second(tmp_path):
    """A typist who never pauses (a key every 0.1–0.2 s for 5 s) is killed mid-word: every
    character typed more than 0.5 s before the kill is in the database (the debounce alone
    never fired while keys kept coming)."""
    db_path, ini = tmp_path / "kentalla.db", tmp_path / "ui.ini"
    setup = open_database(db_path, "Kirjaaja")
    Services.for_database(setup).rounds.plan_round(2026)
    setup.dispose()
    text = ("Kunta toivoo, että liitto ajaa valtatien kuusi perusparannusta ja junayhteyksiä "
            "Kajaanista etelään koko ajan ilman taukoa.")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([str(REPO_ROOT), os.environ.get("PYTHONPATH", "")]))
    process = subprocess.Popen(
        [sys.executable, str(REPO_ROOT / "tests" / "typing_app.py"), "--every", "100,200",
         str(db_path), str(ini), "OSA", text],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO_ROOT)
    keys: list[tuple[int, float]] = []   # (characters typed so far, when)
    try:
        assert process.stdout is not None
        deadline = time.monotonic() + 60
        for line in process.stdout:
            if line.startswith("KEY "):
                _, count, when = line.split()
                keys.append((int(count), float(when)))
                if keys[-1][1] - keys[0][1] >= 5.0:
                    break
            if line.strip() == "TYPED" or time.monotonic() > deadline:
                raise AssertionError("the typist stopped before the kill")
        else:
            raise AssertionError(f"typing app ended early: {process.stderr.read() if process.stderr else ''}")
        killed_at = time.monotonic()
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.kill()
        process.wait(10)
    assert process.returncode == -signal.SIGKILL
    assert max(b[1] - a[1] for a, b in itertools.pairwise(keys)) < 0.25  # really no pause
    must_have = max(count for count, when in keys if when < killed_at - 0.5)
    assert must_have >= 25

    database = open_database(db_path, "Tarkastaja")
    try:
        services = Services.for_database(database)
        meeting = services.meetings.find(services.rounds.find_by_year(2026).id, "290")
        osa = services.sectors.find("OSA")
        saved = [item.text for item in services.feedback.list_for_meeting(meeting.id, sector_id=osa.id)]
        assert len(saved) == 1 and text.startswith(saved[0])
        assert len(saved[0]) >= must_have, (
            f"{must_have} characters typed more than 0.5 s before the kill, {len(saved[0])} saved")
    finally:
        database.dispose()

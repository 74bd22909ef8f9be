"""Sync without a working OS keyring (issue 13, item 5).

A minimal Linux desktop has no Secret Service: keyring falls back to its `fail.Keyring`, whose
every call raises. A keyring may also be locked, refuse, or crash. None of that may stop a sync
that has a password (typed, or in the URL): it is used for the session, and the user is told
that it will not be remembered and why. The keyring is the edge here, so it is replaced; the
central store is a real PostgreSQL with password login."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringLocked
from PySide6.QtWidgets import QMessageBox
from sync_support import PASSWORD, PASSWORD_USER, central_counts, dirty_count, make_device

from desktop_app.cli import main
from desktop_app.services import Services
from desktop_app.sync.credentials import PASSWORD_ENV
from desktop_app.sync.local_tables import CENTRAL_URL_KEY

pytestmark = pytest.mark.postgres
REPO = Path(__file__).resolve().parent.parent


class LockedKeyring(KeyringBackend):
    """A keyring that is there but locked (the user dismissed the unlock prompt)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("locked")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("locked")


class CrashingKeyring(LockedKeyring):
    """A backend that breaks in its own way (a D-Bus error, not a KeyringError)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("org.freedesktop.DBus.Error.NoReply")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise OSError("org.freedesktop.DBus.Error.ServiceUnknown")


@pytest.fixture
def laptop(tmp_path: Path):
    services = Services.for_database(make_device(tmp_path, "Aino"))
    services.rounds.plan_round(2026)  # 20 unsynced rows
    yield services.db
    services.db.dispose()


@pytest.fixture
def central(postgres_server) -> str:
    """A PostgreSQL database that only accepts PASSWORD_USER with its password."""
    database = postgres_server.new_database(owner=PASSWORD_USER)
    return f"postgresql://{PASSWORD_USER}@127.0.0.1:{postgres_server.port}/{database}"


def _admin(central: str, postgres_server) -> str:
    return postgres_server.admin_url(central.rsplit("/", 1)[1])


@pytest.fixture
def backend(request, monkeypatch):
    previous = keyring.get_keyring()
    keyring.set_keyring(request.param())
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    yield
    keyring.set_keyring(previous)


def _cli(laptop, args: list[str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    env.pop(PASSWORD_ENV, None)
    # A new session has no controlling terminal: getpass then reads the password from stdin.
    return subprocess.run([sys.executable, str(REPO / "main.py"), "--db", str(laptop.path),
                           "--user", "Aino", "sync", *args], input=stdin, env=env,
                          capture_output=True, text=True, timeout=120, start_new_session=True)


def test_cli_ask_password_syncs_without_a_secret_service(laptop, central, postgres_server) -> None:
    result = _cli(laptop, ["--central", central, "--ask-password"], stdin=PASSWORD + "\n")
    assert result.returncode == 0, result.stderr
    assert "Lähetetty keskitietokantaan: 20 muutosta" in result.stdout
    assert "Salasanaa ei tallennettu" in result.stderr and "Secret Service" in result.stderr
    assert "vain tämän istunnon ajan" in result.stderr
    assert PASSWORD not in result.stdout + result.stderr
    assert central_counts(_admin(central, postgres_server))["meetings"] == 8
    assert dirty_count(laptop) == 0


def test_cli_password_in_the_url_syncs_without_a_secret_service(laptop, central,
                                                               postgres_server) -> None:
    with_password = central.replace(f"{PASSWORD_USER}@", f"{PASSWORD_USER}:{quote(PASSWORD, safe='')}@")
    result = _cli(laptop, ["--central", with_password])
    assert result.returncode == 0, result.stderr
    assert "Lähetetty keskitietokantaan: 20 muutosta" in result.stdout
    assert "Salasanaa ei tallennettu" in result.stderr
    assert PASSWORD not in result.stdout + result.stderr
    assert laptop.get_setting(CENTRAL_URL_KEY) == central  # the address is kept, the password not
    # Not remembered: the next run without it says so and fails to log in, with exit 1.
    again = _cli(laptop, [])
    assert again.returncode == 1 and "Kirjautuminen" in again.stderr


@pytest.mark.parametrize("backend", [fail.Keyring, LockedKeyring, CrashingKeyring], indirect=True)
def test_a_failing_keyring_never_stops_a_sync_with_a_password(backend, laptop, central, capsys,
                                                             monkeypatch) -> None:
    monkeypatch.setattr("getpass.getpass", lambda prompt="": PASSWORD)  # the terminal is the edge
    code = main(["--db", str(laptop.path), "--user", "Aino", "sync", "--central", central,
                 "--ask-password"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "Lähetetty keskitietokantaan: 20 muutosta" in out.out
    assert "Salasanaa ei tallennettu" in out.err


@pytest.mark.parametrize("backend", [fail.Keyring, CrashingKeyring], indirect=True)
def test_the_app_syncs_with_a_typed_password_for_the_session(backend, qtbot, laptop, central,
                                                           monkeypatch) -> None:
    from test_sync_ui import FakeHost

    from desktop_app.ui.sync_actions import install_sync_actions

    laptop.set_setting(CENTRAL_URL_KEY, central)
    prompts: list[str] = []

    def get_text(parent, title, label, *args, **kwargs):  # the modal password dialog
        prompts.append(label)
        return PASSWORD, True

    monkeypatch.setattr("desktop_app.ui.sync_actions.QInputDialog.getText", get_text)
    informed: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: informed.append(text))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    host = FakeHost(Services.for_database(laptop))
    qtbot.addWidget(host.main)
    controller = install_sync_actions(host)
    controller.sync_action.trigger()
    qtbot.waitUntil(lambda: controller.last_report is not None or bool(warned), timeout=30_000)
    assert not warned
    assert controller.last_report.pushed == 20 and dirty_count(laptop) == 0
    assert len(prompts) == 1
    assert informed and "ei tallennettu" in informed[0] and "vain tämän istunnon ajan" in informed[0]
    if isinstance(keyring.get_keyring(), fail.Keyring):  # known up front: said in the prompt
        assert "ei voi tallentaa" in prompts[0]
    # The same session: the next sync uses the typed password without asking again.
    controller.last_report = None
    controller.sync_action.trigger()
    qtbot.waitUntil(lambda: controller.last_report is not None or bool(warned), timeout=30_000)
    assert not warned and len(prompts) == 1


@pytest.mark.parametrize("backend", [fail.Keyring], indirect=True)
def test_a_wrong_typed_password_is_asked_again(backend, qtbot, laptop, central, monkeypatch) -> None:
    from test_sync_ui import FakeHost

    from desktop_app.ui.sync_actions import install_sync_actions

    laptop.set_setting(CENTRAL_URL_KEY, central)
    answers = iter(["väärä-salasana", PASSWORD])
    prompts: list[str] = []

    def get_text(parent, title, label, *args, **kwargs):
        prompts.append(label)
        return next(answers), True

    monkeypatch.setattr("desktop_app.ui.sync_actions.QInputDialog.getText", get_text)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    host = FakeHost(Services.for_database(laptop))
    qtbot.addWidget(host.main)
    controller = install_sync_actions(host)
    controller.sync_action.trigger()
    qtbot.waitUntil(lambda: bool(warned), timeout=30_000)
    assert "Kirjautuminen" in warned[0] and controller.last_report is None
    controller.sync_action.trigger()  # not stuck with the wrong one: asked again
    qtbot.waitUntil(lambda: controller.last_report is not None or len(warned) > 1, timeout=30_000)
    assert len(prompts) == 2 and len(warned) == 1
    assert controller.last_report.pushed == 20

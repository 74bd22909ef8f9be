"""Credentials, schema versions and the CLI: no password in settings, logs or messages."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import create_engine, select, text
from sync_support import make_device, run_sync

from desktop_app.cli import main
from desktop_app.domain.errors import ValidationError
from desktop_app.services.demo import DemoService
from desktop_app.storage.migrate import open_database
from desktop_app.storage.models import AuditEntry, LocalSetting
from desktop_app.sync.credentials import (
    KEYRING_SERVICE,
    PASSWORD_ENV,
    parse_central_url,
    resolve_password,
    store_password,
)
from desktop_app.sync.errors import CentralSchemaError, CentralStoreMismatch
from desktop_app.sync.service import open_transport, synchronize

SECRET = "Huippu-Salainen-4711"


class MemoryKeyring(KeyringBackend):
    """The OS keyring is an edge: tests use this in-memory stand-in."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring(monkeypatch):
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    yield backend
    keyring.set_keyring(previous)


def test_a_typed_password_is_split_off_the_url() -> None:
    url, password = parse_central_url(
        f"postgresql://kp:{SECRET}@db.kainuu.fi/kp?sslmode=verify-full&sslrootcert=/etc/ca.pem")
    assert password == SECRET
    assert url.password is None and url.query["sslmode"] == "verify-full"
    assert url.query["sslrootcert"] == "/etc/ca.pem"  # TLS options pass through to the driver
    assert SECRET not in url.render_as_string(hide_password=False)


def test_password_from_keyring_or_environment(memory_keyring, monkeypatch) -> None:
    url, _ = parse_central_url("postgresql://kp@db.kainuu.fi/kp")
    assert resolve_password(url) is None
    store_password(url, SECRET)
    assert resolve_password(url) == SECRET
    assert (KEYRING_SERVICE, "postgresql://kp@db.kainuu.fi/kp") in memory_keyring.store
    monkeypatch.setenv(PASSWORD_ENV, "ympäristöstä")
    assert resolve_password(url) == "ympäristöstä"


@pytest.mark.parametrize("bad", ["mysql://x@y/z", "ei osoite", ""])
def test_bad_urls_get_a_finnish_message(bad: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_central_url(bad)
    assert "Keskitietokanna" in str(caught.value)


def test_an_unescaped_password_in_the_url_is_refused_without_echoing_it() -> None:
    password = "Sal@sana-9731"
    with pytest.raises(ValidationError) as caught:
        open_transport(f"postgresql://kp:{password}@127.0.0.1:1/postgres")
    rendered = "".join(traceback.format_exception(caught.value))
    assert "salasana" in str(caught.value).lower()
    assert "Sal" not in rendered and "sana-9731" not in rendered


def test_cli_keeps_the_password_out_of_settings_logs_and_output(
        tmp_path: Path, memory_keyring, capsys, caplog) -> None:
    db_file = tmp_path / "kone.db"
    caplog.set_level(logging.DEBUG)
    code = main(["--db", str(db_file), "sync", "--central",
                 f"postgresql://kp:{SECRET}@127.0.0.1:1/kp?sslmode=disable"])
    out = capsys.readouterr()
    assert code == 1 and "ei saatu yhteyttä" in out.err
    assert SECRET not in out.out + out.err + caplog.text
    assert list(memory_keyring.store.values()) == [SECRET]  # kept, but only in the keyring
    engine = create_engine(f"sqlite:///{db_file}")
    with engine.connect() as conn:
        settings = " ".join(v for (v,) in conn.execute(select(LocalSetting.value)))
        audit = " ".join(str(v) for (v,) in conn.execute(select(AuditEntry.new_value)))
    engine.dispose()
    assert SECRET not in settings + audit
    assert SECRET not in db_file.read_bytes().decode("latin-1")


def test_cli_sync_prints_what_happened(tmp_path: Path, capsys) -> None:
    central = f"sqlite:///{tmp_path / 'keskus.db'}"
    db_file = str(tmp_path / "kone.db")
    db = open_database(Path(db_file), "Aino")
    DemoService(db).create(current_year=2026, mark=False)  # realistic data that may sync
    db.dispose()
    capsys.readouterr()
    assert main(["--db", db_file, "sync", "--central", central]) == 0
    out = capsys.readouterr().out
    assert "PostgreSQL" in out  # says plainly what a shared store should be
    pushed = int(out.split("Lähetetty keskitietokantaan: ")[1].split()[0])
    assert pushed > 100
    assert "Ratkaisemattomia ristiriitoja: 0" in out
    assert main(["--db", db_file, "sync"]) == 0  # remembers the address
    assert "Lähetetty keskitietokantaan: 0 muutosta" in capsys.readouterr().out
    assert main(["--db", db_file, "sync", "--status"]) == 0
    assert "Synkronoimatta: 0" in capsys.readouterr().out


def test_a_central_schema_newer_than_the_app_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'keskus.db'}"
    db = make_device(tmp_path, "kone")
    run_sync(db, url)
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE kuntapalaute_central_version SET version_num = 'c0999'"))
    engine.dispose()
    with pytest.raises(CentralSchemaError) as caught:
        synchronize(db, url)
    assert "uudempi" in str(caught.value) and "Päivitä" in str(caught.value)
    db.dispose()


def test_switching_to_another_central_store_is_refused(tmp_path: Path) -> None:
    db = make_device(tmp_path, "kone")
    run_sync(db, f"sqlite:///{tmp_path / 'eka.db'}")
    with pytest.raises(CentralStoreMismatch) as caught:
        run_sync(db, f"sqlite:///{tmp_path / 'toka.db'}")
    assert "toisen keskitietokannan" in str(caught.value)
    db.dispose()


def test_a_demo_database_never_syncs_and_says_so(tmp_path: Path, capsys) -> None:
    central_file = tmp_path / "keskus.db"
    db_file = str(tmp_path / "kokeilu.db")
    assert main(["--db", db_file, "demo", "--year", "2026"]) == 0
    capsys.readouterr()
    assert main(["--db", db_file, "sync", "--central", f"sqlite:///{central_file}"]) != 0
    error = capsys.readouterr().err
    assert "esimerkkiaineistoa" in error and "Lähetetty" not in error
    assert not central_file.exists()  # refused before any connection: nothing invented went up
    assert main(["--db", db_file, "sync", "--status"]) == 0
    assert "Esimerkkiaineisto: tätä tietokantaa ei synkronoida" in capsys.readouterr().out


def test_a_bundle_of_demo_data_marks_the_laptop_that_imports_it(tmp_path: Path, capsys) -> None:
    demo_file, real_file = str(tmp_path / "kokeilu.db"), str(tmp_path / "oikea.db")
    bundle = tmp_path / "esimerkki.json"
    assert main(["--db", demo_file, "demo", "--year", "2026"]) == 0
    assert main(["--db", demo_file, "export", "--out", str(bundle)]) == 0
    assert main(["--db", real_file, "import", str(bundle)]) == 0
    capsys.readouterr()
    assert main(["--db", real_file, "sync", "--central", f"sqlite:///{tmp_path / 'k.db'}"]) != 0
    assert "esimerkkiaineistoa" in capsys.readouterr().err

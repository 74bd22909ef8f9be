"""Central store address and password: the URL is kept without its password, the password lives
in the OS keyring (or KUNTAPALAUTE_CENTRAL_PASSWORD for automation), and neither a log, a
settings file nor an error message ever shows it. TLS options (sslmode, sslrootcert, ...) stay in
the URL's query and pass through to the driver."""

from __future__ import annotations

import logging
import os

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from desktop_app.domain.errors import ValidationError

log = logging.getLogger(__name__)

PASSWORD_ENV = "KUNTAPALAUTE_CENTRAL_PASSWORD"
KEYRING_SERVICE = "Kuntapalaute-keskitietokanta"


def parse_central_url(text: str) -> tuple[URL, str | None]:
    """Split what the user typed into (URL without password, password or None)."""
    try:
        url = make_url(text.strip())
    except ArgumentError:
        raise ValidationError(
            "Keskitietokannan osoite ei kelpaa. Esimerkki: "
            "postgresql://kayttaja@palvelin/kuntapalaute?sslmode=verify-full", "osoite"
        ) from None
    backend = url.get_backend_name()
    if backend not in ("postgresql", "sqlite"):
        raise ValidationError("Keskitietokannan pitää olla PostgreSQL (tai paikallinen SQLite-tiedosto).",
                              "osoite")
    if url.host and "@" in url.host:  # an unescaped '@' in a password: never echo any of it
        raise ValidationError(
            "Osoitteen salasanaosa ei kelpaa. Jätä salasana pois osoitteesta; ohjelma kysyy sen "
            "erikseen ja tallentaa sen käyttöjärjestelmän avainnippuun.", "osoite"
        )
    password = url.password
    return without_password(url), (str(password) if password is not None else None)


def without_password(url: URL) -> URL:
    # URL.set(password=None) means "leave unchanged"; replacing the field really drops it.
    return url._replace(password=None)


def safe_url_text(url: URL) -> str:
    """The URL as it may be stored and shown: never with a password."""
    return without_password(url).render_as_string(hide_password=False)


def _keyring_user(url: URL) -> str:
    return safe_url_text(url)


def resolve_password(url: URL) -> str | None:
    """Environment first (automation), then the OS keyring. A keyring that is missing, locked,
    refuses or crashes gives None (the caller then asks or tries without): a sync that can get
    its password another way must never stop on the keyring."""
    env = os.environ.get(PASSWORD_ENV)
    if env:
        return env
    try:
        import keyring  # imported on first use: loading the backends costs start-up time

        return keyring.get_password(KEYRING_SERVICE, _keyring_user(url))
    except Exception as exc:  # the keyring is an edge: any backend failure means "not known"
        log.info("Keyring read failed: %s", type(exc).__name__)
        return None


def keyring_problem() -> str | None:
    """Why a password cannot be remembered on this machine (Finnish, for the user), or None if
    a keyring backend is there. Only detects a missing backend; a locked or refusing one is
    only found out by `store_password`."""
    try:
        import keyring
        from keyring.backends import fail

        if isinstance(keyring.get_keyring(), fail.Keyring):
            return _NO_BACKEND
    except Exception:
        return _BROKEN
    return None


def store_password(url: URL, password: str) -> str | None:
    """Remember the password in the OS keyring. Never raises: returns None when stored, else a
    Finnish note for the user saying the password is used for this session only, and why (no
    Secret Service, locked or refusing keyring, a backend that failed)."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, _keyring_user(url), password)
        return None
    except Exception as exc:  # any backend failure: use the password for this session only
        log.info("Keyring write failed: %s", type(exc).__name__)
        why = _why_not_stored(exc)
    return (f"Salasanaa ei tallennettu, koska {why}. Salasanaa käytetään vain tämän istunnon "
            "ajan, eikä sitä muisteta: anna se seuraavalla kerralla uudelleen, tai käytä "
            f"ympäristömuuttujaa {PASSWORD_ENV}.")


def _why_not_stored(exc: Exception) -> str:
    try:
        from keyring.errors import KeyringLocked, NoKeyringError
    except Exception:
        return _BROKEN
    if isinstance(exc, NoKeyringError) or keyring_problem() == _NO_BACKEND:
        return _NO_BACKEND
    if isinstance(exc, KeyringLocked):
        return "avainnippu on lukittu"
    return _BROKEN


_NO_BACKEND = ("tällä koneella ei ole käyttöjärjestelmän avainnippua (esimerkiksi Secret Service "
               "-palvelua)")
_BROKEN = "käyttöjärjestelmän avainnippu ei hyväksynyt salasanaa tai ei vastannut"


def connect_url(url: URL, password: str | None) -> URL:
    """Only this object carries the password, and SQLAlchemy masks it when printed."""
    if url.get_backend_name() == "sqlite" or password is None:
        return url
    return url.set(password=password)

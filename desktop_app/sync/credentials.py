"""Central store address and password: the URL is kept without its password, the password lives
in the OS keyring (or KUNTAPALAUTE_CENTRAL_PASSWORD for automation), and neither a log, a
settings file nor an error message ever shows it. TLS options (sslmode, sslrootcert, ...) stay in
the URL's query and pass through to the driver."""

from __future__ import annotations

import os

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from desktop_app.domain.errors import ValidationError

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
    """Environment first (automation), then the OS keyring."""
    env = os.environ.get(PASSWORD_ENV)
    if env:
        return env
    import keyring  # imported on first use: loading the backends costs start-up time
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, _keyring_user(url))
    except KeyringError:
        return None


def store_password(url: URL, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, _keyring_user(url), password)
    except KeyringError as exc:
        raise ValidationError(
            "Salasanaa ei voitu tallentaa käyttöjärjestelmän avainnippuun. "
            f"Käytä ympäristömuuttujaa {PASSWORD_ENV}.", "salasana"
        ) from exc


def connect_url(url: URL, password: str | None) -> URL:
    """Only this object carries the password, and SQLAlchemy masks it when printed."""
    if url.get_backend_name() == "sqlite" or password is None:
        return url
    return url.set(password=password)

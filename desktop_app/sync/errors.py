"""Sync failures, each with its own clear Finnish message. A password never appears in them."""

from __future__ import annotations

from desktop_app.domain.errors import KuntapalauteError


class SyncError(KuntapalauteError):
    """Sync could not finish. Nothing local was lost; running it again continues safely."""


class CentralLoginError(SyncError):
    pass


class CentralUnreachableError(SyncError):
    pass


class CentralTlsError(SyncError):
    pass


class CentralSchemaError(SyncError):
    pass


class CentralStoreMismatch(SyncError):
    pass


class SyncBusyError(SyncError):
    """Another sync of the same database is running (another window, terminal or process)."""


def scrub(text: str, secret: str | None) -> str:
    """Remove a secret from text that may end up in a log or a message."""
    if secret:
        text = text.replace(secret, "***")
    return text


def describe_connect_failure(detail: str, host: str) -> SyncError:
    """Map a driver's connection error to the user's terms. `detail` must already be scrubbed."""
    lowered = detail.lower()
    where = f" ({host})" if host else ""
    if any(word in lowered for word in ("ssl", "certificate", "tls", "sslmode")):
        return CentralTlsError(
            f"Suojattu yhteys (TLS) keskitietokantaan{where} epäonnistui. Tarkista sslmode- ja "
            "sslrootcert-asetukset sekä palvelimen varmenne."
        )
    if any(phrase in lowered for phrase in (
        "password authentication failed", "no password supplied", "authentication failed",
        "role \"", "peer authentication", "pg_hba.conf",
    )):
        return CentralLoginError(
            f"Kirjautuminen keskitietokantaan{where} epäonnistui. Tarkista käyttäjätunnus ja salasana."
        )
    if "database \"" in lowered and "does not exist" in lowered:
        return SyncError(f"Keskitietokantaa ei löydy palvelimelta{where}. Tarkista tietokannan nimi.")
    return CentralUnreachableError(
        f"Keskitietokantaan{where} ei saatu yhteyttä. Tarkista verkkoyhteys ja palvelimen osoite, "
        "ja yritä uudelleen. Tallennetut muutokset säilyvät tällä koneella."
    )

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


class CentralBusyError(SyncError):
    """Another laptop's sync holds a central lock longer than our lock wait (sync/timeouts.py)."""


class CentralInterruptedError(SyncError):
    """The central store ended our transaction (it sat idle too long, e.g. the laptop was
    suspended, or a statement ran out of time). It was rolled back; nothing was marked sent."""


class SyncBusyError(SyncError):
    """Another sync of the same database is running (another window, terminal or process)."""


def scrub(text: str, secret: str | None) -> str:
    """Remove a secret from text that may end up in a log or a message."""
    if secret:
        text = text.replace(secret, "***")
    return text


# SQLSTATEs (https://www.postgresql.org/docs/current/errcodes-appendix.html)
LOCK_NOT_AVAILABLE = "55P03"          # lock_timeout ran out
QUERY_CANCELED = "57014"              # statement_timeout ran out
IDLE_IN_TRANSACTION_TIMEOUT = "25P03"  # the server ended our idle transaction
CONNECTION_SQLSTATES = frozenset({LOCK_NOT_AVAILABLE, QUERY_CANCELED, IDLE_IN_TRANSACTION_TIMEOUT})


def describe_connect_failure(detail: str, host: str, sqlstate: str | None = None) -> SyncError:
    """Map a driver's error to the user's terms. `detail` must already be scrubbed."""
    lowered = detail.lower()
    where = f" ({host})" if host else ""
    if sqlstate == LOCK_NOT_AVAILABLE or "lock timeout" in lowered or "database is locked" in lowered:
        return CentralBusyError("Keskitietokanta on varattu: toinen synkronointi on käynnissä.")
    if sqlstate in (QUERY_CANCELED, IDLE_IN_TRANSACTION_TIMEOUT) or "idle-in-transaction" in lowered:
        return CentralInterruptedError(
            f"Keskitietokanta{where} keskeytti synkronoinnin, koska se kesti liian kauan tai kone "
            "ei vastannut välillä (esimerkiksi lepotila). Keskeytetty lähetys peruttiin eikä "
            "mitään merkitty siirretyksi; muutokset ovat tallessa tällä koneella. Synkronoi "
            "uudelleen."
        )
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

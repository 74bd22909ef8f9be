"""Every wait on the central store is bounded (issue 13, item 10).

A laptop whose sync stops while it holds the central push lock (lid closed, process frozen, a
dropped network) must not block everyone else. So each sync session:
- waits at most `lock_s` for any lock (`lock_timeout`), then gets "busy" and retries a bounded
  number of times, telling the user "another sync is in progress, retrying";
- has the server roll back its own transaction if it sits idle inside it for `idle_s`
  (`idle_in_transaction_session_timeout`): a frozen holder's lock is released by the server,
  and its half-done push is rolled back (nothing was marked clean on its laptop);
- stops any one statement after `statement_s` (`statement_timeout`);
- connects within `connect_s` and detects a dead network with TCP keepalives and
  `tcp_user_timeout` (libpq parameters, https://www.postgresql.org/docs/current/libpq-connect.html).

The settings are the sync session's own (libpq `options`), so no server configuration is needed.
Defaults keep `busy_attempts * (lock_s + busy_pause_s)` above `idle_s`: a frozen holder is always
cleared before another laptop gives up. For tests and unusual networks they can be changed with
`KUNTAPALAUTE_SYNC_TIMEOUTS`, e.g. `lock=1,idle=3,attempts=5,pause=0.5` (seconds).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from typing import Any, TypeVar

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.progress import Progress
from desktop_app.sync.errors import CentralBusyError

log = logging.getLogger(__name__)
ENV = "KUNTAPALAUTE_SYNC_TIMEOUTS"
BUSY_RETRYING = "Toinen synkronointi on käynnissä, yritetään uudelleen…"
T = TypeVar("T")


@dataclass(frozen=True)
class CentralTimeouts:
    connect_s: float = 10      # libpq connect_timeout
    lock_s: float = 5          # lock_timeout: the longest wait for another session's lock
    idle_s: float = 30         # idle_in_transaction_session_timeout of our own session
    statement_s: float = 300   # statement_timeout (a first sync's push is well under a second)
    attempts: int = 8          # tries when the central store is busy (lock wait ran out)
    pause_s: float = 1         # between those tries
    keepalive_s: int = 10      # TCP keepalive: idle seconds before the first probe
    user_timeout_s: int = 30   # tcp_user_timeout: unacknowledged data for this long = dead

    @classmethod
    def from_env(cls) -> CentralTimeouts:
        """Defaults, overridden by `KUNTAPALAUTE_SYNC_TIMEOUTS` ("lock=1,idle=3,..."; names
        without the `_s`). Raises ValidationError for an unknown name or a bad number."""
        text = os.environ.get(ENV, "").strip()
        if not text:
            return cls()
        names = {f.name.removesuffix("_s"): f.name for f in fields(cls)}
        values: dict[str, Any] = {}
        for item in text.split(","):
            key, _, raw = item.partition("=")
            name = names.get(key.strip())
            try:
                number = float(raw)
            except ValueError:
                name = None
            if name is None or number <= 0:
                raise ValidationError(f"{ENV}: '{item}' ei kelpaa (esim. lock=5,idle=30).", ENV)
            values[name] = int(number) if name in ("attempts", "keepalive_s", "user_timeout_s") \
                else number
        return replace(cls(), **values)

    def libpq_params(self) -> dict[str, Any]:
        """Connection parameters for psycopg: server-side limits of this session in `options`."""
        ms = {"lock_timeout": self.lock_s, "idle_in_transaction_session_timeout": self.idle_s,
              "statement_timeout": self.statement_s}
        return {
            "connect_timeout": max(1, round(self.connect_s)),
            "options": " ".join(f"-c {name}={round(value * 1000)}" for name, value in ms.items()),
            "keepalives": 1,
            "keepalives_idle": self.keepalive_s,
            "keepalives_interval": max(1, self.keepalive_s // 2),
            "keepalives_count": 3,
            "tcp_user_timeout": self.user_timeout_s * 1000,
        }


def retry_when_busy(call: Callable[[], T], progress: Progress, step: tuple[int, int],
                    timeouts: CentralTimeouts | None = None) -> T:
    """Run `call`; while the central store answers "busy" (another session's lock was not
    released within lock_s), tell the user and try again, at most `attempts` times in all.
    Raises CentralBusyError with a clear Finnish message when the store stayed busy, and
    `Cancelled` if the user cancels between tries. `call` must be one central transaction
    (rolled back by the busy error), so trying it again is safe."""
    timeouts = timeouts or CentralTimeouts.from_env()
    for attempt in range(1, timeouts.attempts + 1):
        try:
            return call()
        except CentralBusyError:
            if attempt == timeouts.attempts:
                break
            log.info("Central store busy (attempt %d/%d)", attempt, timeouts.attempts)
            progress.step(*step, f"{BUSY_RETRYING} ({attempt}/{timeouts.attempts - 1})")
            deadline = time.monotonic() + timeouts.pause_s
            while time.monotonic() < deadline:
                progress.check()
                time.sleep(min(0.1, timeouts.pause_s))
    waited = round(timeouts.attempts * (timeouts.lock_s + timeouts.pause_s))
    raise CentralBusyError(
        f"Keskitietokanta on varattu: toinen synkronointi on kesken, eikä se vapautunut noin "
        f"{waited} sekunnissa. Mitään ei merkitty siirretyksi; muutokset ovat tallessa tällä "
        "koneella. Yritä hetken kuluttua uudelleen."
    )

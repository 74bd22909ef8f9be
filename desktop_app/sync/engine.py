"""One sync run: finish an interrupted push, then pull-merge and push until nothing is stale.

Order of a run (docs/sync.md):
1. If the outbox holds a batch from an interrupted run, re-send it under its operation id. The
   central store either applies it now or answers with the receipts it stored the first time.
2. Pull every change after the cursor and land it (three-way merge for rows edited here too).
3. Push the dirty rows in one operation (saved in the outbox first), then apply the receipts.
4. A row that went stale (someone pushed in between) stays dirty; repeat 2–3 a few times.
Every step is one transaction on each side, so a cut connection anywhere is repaired by running
the sync again.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TypeVar

from desktop_app.domain.progress import NO_PROGRESS, Progress
from desktop_app.storage.database import Database
from desktop_app.storage.types import new_id, utcnow
from desktop_app.sync import local, set_aside
from desktop_app.sync.conflicts import ENTITY_LABELS
from desktop_app.sync.errors import CentralStoreMismatch, SyncError
from desktop_app.sync.local_tables import CENTRAL_ID_KEY, LAST_SYNC_KEY
from desktop_app.sync.lock import sync_lock
from desktop_app.sync.timeouts import CentralTimeouts, retry_when_busy
from desktop_app.sync.transport import REFUSED, REJECTED, STALE, Change, Origin, PulledRow, Transport

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    merged: int = 0
    new_conflicts: int = 0
    open_conflicts: int = 0
    stale: int = 0
    rejected: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # refused in this run: what and why
    set_aside: int = 0   # rows waiting for a fix after this run, both ways (sync/set_aside.py)
    pulled_set_aside: int = 0  # of which central rows this laptop could not store
    pulled_refused: list[str] = field(default_factory=list)  # set aside in this run's pulls

    def set_aside_note(self) -> str:
        """One Finnish paragraph for the CLI and the app, '' when nothing is set aside."""
        if not self.set_aside:
            return ""
        lines: list[str] = []
        pushed = self.set_aside - self.pulled_set_aside
        if pushed:
            lines.append(f"Keskitietokanta ei hyväksynyt {pushed} riviä; ne odottavat tällä "
                         "koneella korjausta, muut muutokset siirtyivät. Korjattu rivi lähtee "
                         "seuraavassa synkronoinnissa.")
            lines += [f"  - {item}" for item in self.refused]
        if self.pulled_set_aside:
            lines.append(f"Tämä kone ei voinut tallentaa {self.pulled_set_aside} keskitietokannasta "
                         "haettua riviä; muut haetut muutokset tallentuivat. Rivi tallentuu, kun se "
                         "on korjattu keskitietokannassa.")
            lines += [f"  - {item}" for item in self.pulled_refused]
        lines.append("Luettelo: sync --set-aside tai Työkalut → Keskitietokannan hylkäämät rivit.")
        return "\n".join(lines)


class SyncEngine:
    def __init__(self, db: Database, transport: Transport, *, page_size: int = 2000,
                 max_rounds: int = 4) -> None:
        self.db = db
        self.transport = transport
        self.page_size = page_size
        self.max_rounds = max_rounds
        self.origin = Origin(device_id=db.device_id, user=db.actor)
        self.timeouts = CentralTimeouts.from_env()

    def _central(self, call: Callable[[], T], progress: Progress, step: int) -> T:
        """One central call; while another laptop's sync holds the lock, retry (bounded)."""
        return retry_when_busy(call, progress, (step, 4), self.timeouts)

    def run(self, progress: Progress = NO_PROGRESS) -> SyncReport:
        """Refused at once (SyncBusyError, nothing changed) while another sync of this database
        runs in any process, and (SyncError `sync.demo_data`, before any connection) for a file
        holding the demo's invented data."""
        if self.db.holds_demo_data():
            raise SyncError(code="sync.demo_data")
        with sync_lock(self.db.path), _gc_paused():
            return self._run(progress)

    def _run(self, progress: Progress) -> SyncReport:
        report = SyncReport()
        progress.step(0, 4, "Yhdistetään keskitietokantaan")
        self._check_store(progress)
        pending = local.load_outbox(self.db)
        if pending is not None:
            progress.step(1, 4, "Viimeistellään keskeytynyt lähetys")
            self._push(pending[0], pending[1], report, progress)
        for _ in range(self.max_rounds):
            progress.step(2, 4, "Haetaan muutoksia")
            self._pull(report, progress)
            progress.step(3, 4, "Lähetetään muutoksia")
            changes = local.collect_changes(self.db)
            if not changes:
                break
            op_id = new_id()
            local.save_outbox(self.db, op_id, changes)  # before sending: a retry reuses the id
            stale = self._push(op_id, changes, report, progress)
            if not stale:
                break
        report.open_conflicts = _count_open(self.db)
        with self.db.read() as session:
            report.set_aside = set_aside.count_waiting(session, None)
            report.pulled_set_aside = set_aside.count_waiting(session, set_aside.PULL)
        self.db.set_setting(LAST_SYNC_KEY, utcnow().isoformat())
        progress.step(4, 4, "Synkronointi valmis")
        return report

    def _check_store(self, progress: Progress) -> None:
        info = self._central(self.transport.hello, progress, 0)
        known = self.db.get_setting(CENTRAL_ID_KEY)
        if known is None:
            self.db.set_setting(CENTRAL_ID_KEY, info.store_id)
        elif known != info.store_id:
            raise CentralStoreMismatch(
                "Tämä tietokanta on synkronoitu toisen keskitietokannan kanssa. Synkronointi eri "
                "keskitietokantaan sekoittaisi tiedot; tarkista osoite tai ota yhteys ylläpitoon."
            )

    def _push(self, op_id: str, changes: list[Change], report: SyncReport, progress: Progress) -> int:
        result = self._central(lambda: self.transport.push(changes, op_id, self.origin), progress, 3)
        report.pushed += local.apply_receipts(self.db, op_id, changes, result)
        stale = 0
        for receipt in result.receipts:
            if receipt.status == STALE:
                stale += 1
            elif receipt.status == REJECTED and receipt.message not in report.rejected:
                report.rejected.append(receipt.message)
            elif receipt.status == REFUSED:
                label = ENTITY_LABELS.get(receipt.entity, receipt.entity)
                where = f", kenttä {receipt.field}" if receipt.field else ""
                report.refused.append(f"{label} {receipt.id}{where}: {receipt.message}")
        report.stale += stale
        return stale

    def _pull(self, report: SyncReport, progress: Progress) -> None:
        with self.db.read() as session:
            cursor = local.read_cursor(session)
        rows: list[PulledRow] = []
        while True:
            page = self._central(lambda at=cursor: self.transport.pull(at, self.page_size),  # type: ignore[misc]
                                 progress, 2)
            rows.extend(page.rows)
            cursor = page.cursor
            progress.step(2, 4, f"Haetaan muutoksia ({len(rows)})")
            if not page.more:
                break
        if not rows:
            return
        # All pages land in one transaction: a parent may be on a later page than its child.
        stats = local.apply_pulled(self.db, rows, cursor)
        report.pulled += stats.applied
        report.merged += stats.merged
        report.new_conflicts += stats.conflicts
        report.notes.extend(stats.renamed)
        report.pulled_refused.extend(stats.set_aside)
        if stats.orphans:
            report.notes.append(
                f"{stats.orphans} lisättyä tai muutettua tietoa on neuvottelun, palautteen tai "
                "kierroksen alla, jonka toinen käyttäjä on poistanut. Ratkaise ristiriidoissa: "
                "palautetaanko poistettu vai poistetaanko nämäkin.")


@contextmanager
def _gc_paused() -> Iterator[None]:
    """A first sync holds tens of thousands of small live objects; the cyclic collector would
    rescan them over and over (a third of the run). Nothing here builds cycles, so pause it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _count_open(db: Database) -> int:
    from sqlalchemy import func, select

    from desktop_app.sync.local_tables import sync_conflicts
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(sync_conflicts)
                              .where(sync_conflicts.c.status == "open")) or 0

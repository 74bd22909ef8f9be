"""Integrity check with a readable report."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from desktop_app.config import backup_dir_for
from desktop_app.domain.errors import StorageError
from desktop_app.storage import backup, morphology
from desktop_app.storage.engine import create_sqlite_engine, read_pragmas
from desktop_app.storage.failures import describe_storage_failure, location_problem
from desktop_app.storage.migrate import current_revision, head_revision, open_database
from desktop_app.storage.search import (
    index_analyser,
    index_mismatches,
    matter_index_mismatches,
    rebuild_index,
)
from desktop_app.storage.seed import MissingReference, missing_reference_data, seed_reference_data
from desktop_app.storage.use_lock import exclusive_use

_ANALYSERS = {
    "voikko": "perusmuodot ja yhdyssanojen osat (Voikko)",
    "snowball": "Snowball-vartalot (Voikko-kirjastoa ei löytynyt: asenna libvoikko1 ja voikko-fi)",
    "none": "vain sanat ja niiden alku (suomen kielen analyysikirjastoa ei löytynyt)",
}


def _analyser_line(built: str | None) -> str:
    """Which Finnish analysis this installation has, and whether the file's index used it."""
    active = morphology.active().name
    line = f"Haku: {_ANALYSERS.get(active, active)}"
    reason = morphology.voikko_missing_reason()
    if reason:
        line += f" [{reason}]"
    if built is not None and built != active:
        line += f"; hakemisto tehty toisella ({built}), rakennetaan uudelleen avattaessa"
    return line


@dataclass
class CheckReport:
    ok: bool = True
    lines: list[str] = field(default_factory=list)

    def fail(self, line: str) -> None:
        self.ok = False
        self.lines.append(f"VIRHE: {line}")


REPAIR_REFUSED = ("Tietokantaa ei korjattu: se on auki toisessa Kuntapalaute-ikkunassa tai "
                  "-komennossa. Sulje se ja yritä uudelleen. Mitään ei muutettu.")


class MaintenanceService:
    @staticmethod
    def check_file(path: Path) -> CheckReport:
        report = CheckReport()
        report.lines.append(f"Tietokanta: {path}")
        if not path.exists():
            report.fail("tiedostoa ei ole")
            return report
        blocked = location_problem(path, write=False)
        if blocked:  # the app cannot use it there either: the same Finnish words as every command
            report.fail(blocked)
            return report
        try:
            problems = backup.integrity_problems(path)
        except StorageError as exc:  # cannot be opened here: say why, and do not advise a restore
            report.fail(str(exc))
            return report
        if problems:
            for problem in problems[:20]:
                report.fail(problem)
            report.lines.append("Palauta tietokanta varmuuskopiosta: kuntapalaute restore")
            return report
        report.lines.append("Eheys: kunnossa (integrity_check ja viiteavaimet)")
        engine = create_sqlite_engine(path, create=False)
        try:
            revision, head = current_revision(engine), head_revision()
            if revision is None:  # a first start that stopped before its schema was committed
                report.fail("tietokannassa ei ole vielä rakennetta eikä tietoja (ensimmäinen "
                            "käynnistys jäi kesken); korjaa: kuntapalaute check --repair "
                            "tai avaa sovellus")
                return report
            if revision == head:
                report.lines.append(f"Rakenneversio: {revision} (ajan tasalla)")
            else:
                report.lines.append(f"Rakenneversio: {revision}, sovellus käyttää {head}; "
                                    "päivittyy, kun tietokanta avataan")
            pragmas = read_pragmas(engine)
            if pragmas["journal_mode"].lower() != "wal":
                report.fail(f"journal_mode on {pragmas['journal_mode']}, pitäisi olla wal")
            with Session(engine) as session:
                items = session.scalar(text("SELECT count(*) FROM feedback WHERE deleted_at IS NULL"))
                indexed = session.scalar(text("SELECT count(*) FROM feedback_fts"))
                matters = matters_indexed = matters_mismatched = 0  # none before 0009
                if session.scalar(text("SELECT count(*) FROM sqlite_master WHERE name = 'matter_fts'")):
                    matters = session.scalar(text(
                        "SELECT count(*) FROM agenda_matters WHERE deleted_at IS NULL"))
                    matters_indexed = session.scalar(text("SELECT count(*) FROM matter_fts"))
                    matters_mismatched = matter_index_mismatches(session)
                mismatched = index_mismatches(session)
                missing = missing_reference_data(session)
                built = index_analyser(session) if revision == head else None
            report.lines.append(f"Kohtia: {items}, hakuhakemistossa: {indexed}")
            report.lines.append(f"Kuntajohtajakokousten asioita: {matters}, "
                                f"hakuhakemistossa: {matters_indexed}")
            report.lines.append(_analyser_line(built))
            if items != indexed or mismatched:
                report.fail("hakuhakemisto ei vastaa palautteita; korjaa: kuntapalaute check --repair")
            elif matters != matters_indexed or matters_mismatched:
                report.fail("hakuhakemisto ei vastaa kuntajohtajakokousten asioita; "
                            "korjaa: kuntapalaute check --repair")
            if missing:
                report.fail(f"viitetietoja puuttuu ({missing.describe()}); "
                            "korjaa: kuntapalaute check --repair")
            else:
                report.lines.append("Viitetiedot: jäsenkunnat ja oletussektorit löytyvät")
        except StorageError as exc:
            report.fail(str(exc))
        except DatabaseError as exc:  # e.g. a table missing: SQLite's words, said in Finnish
            report.fail(describe_storage_failure(exc, path))
        finally:
            engine.dispose()
        if report.ok:
            report.lines.append("Kaikki kunnossa.")
        return report

    @staticmethod
    def automatic_backup_if_due(db_path: Path) -> Path | None:
        """The rotating safety net: called by the app after start and on close (in a worker)."""
        folder = backup_dir_for(db_path)
        if not db_path.exists() or not backup.automatic_backup_due(folder):
            return None
        return backup.backup_now(db_path, folder, automatic=True)

    @staticmethod
    def repair(path: Path, actor: str) -> tuple[MissingReference, int]:
        """`check --repair`: missing reference data added, the search index rebuilt; returns what
        was added and the number of indexed items. Rewrites the file, so it refuses (StorageError,
        nothing changed) while another process has the database open."""
        with exclusive_use(path, refusal=REPAIR_REFUSED):
            added = MaintenanceService.repair_reference_data(path, actor)
            return added, MaintenanceService.repair_search_index(path)

    @staticmethod
    def repair_reference_data(path: Path, actor: str) -> MissingReference:
        """Open `path` the way the app does (schema to head) and add the missing municipalities and
        default sectors; returns what was added (empty when nothing was missing)."""
        database = open_database(path, actor, seed=False)
        try:
            return seed_reference_data(database)
        finally:
            database.dispose()

    @staticmethod
    def repair_search_index(path: Path) -> int:
        """Rebuild the search index from the feedback rows and agenda matters; returns the number
        of indexed items (both kinds)."""
        engine = create_sqlite_engine(path, create=False)
        try:
            with Session(engine) as session, session.begin():
                return rebuild_index(session)
        finally:
            engine.dispose()

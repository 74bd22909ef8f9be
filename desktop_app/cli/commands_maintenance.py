"""`backup`, `restore`, `check` and `--self-test`."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from desktop_app.cli.context import CliError, actor, db_path
from desktop_app.config import backup_dir_for
from desktop_app.domain.enums import FeedbackKind
from desktop_app.services import Services
from desktop_app.services.maintenance import MaintenanceService
from desktop_app.storage import backup
from desktop_app.storage.migrate import open_database


def register(subparsers: argparse._SubParsersAction) -> None:
    make = subparsers.add_parser("backup", help="tee varmuuskopio (tai --list: näytä varmuuskopiot)")
    make.add_argument("--out", metavar="TIEDOSTO", help="minne (oletus: varmuuskopiokansio)")
    make.add_argument("--list", action="store_true", help="listaa olemassa olevat varmuuskopiot")
    make.set_defaults(func=run_backup)

    restore = subparsers.add_parser("restore", help="palauta tietokanta varmuuskopiosta")
    restore.add_argument("source", metavar="VARMUUSKOPIO", nargs="?",
                         help="varmuuskopiotiedosto (oletus: uusin eheä)")
    restore.set_defaults(func=run_restore)

    check = subparsers.add_parser("check", help="tarkista tietokannan eheys")
    check.add_argument("--repair", action="store_true",
                       help="lisää puuttuvat viitetiedot ja rakenna hakuhakemisto uudelleen")
    check.set_defaults(func=run_check)


def run_backup(args: argparse.Namespace) -> int:
    path = db_path(args)
    backups = backup_dir_for(path)
    if args.list:
        found = backup.list_backups(backups)
        if not found:
            print(f"Ei varmuuskopioita kansiossa {backups}.")
        for info in found:
            kind = "automaattinen" if info.automatic else "käsin tehty"
            print(f"{info.created:%d.%m.%Y %H.%M}  {info.size // 1024:>7} kt  {kind:<13}  {info.path}")
        return 0
    if not path.exists():
        raise CliError(f"Tietokantaa ei ole: {path}")
    open_database(path, actor(args)).dispose()  # refuses a corrupt or too new file, clearly
    if args.out:
        target = Path(args.out).expanduser()
        backup.copy_database(path, target)
    else:
        target = backup.backup_now(path, backups, automatic=False)
    print(f"Varmuuskopio tallennettu: {target}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    path = db_path(args)
    backups = backup_dir_for(path)
    if args.source:
        source = Path(args.source).expanduser()
        if not source.exists():
            raise CliError(f"Varmuuskopiota ei ole: {source}")
    else:
        latest = backup.latest_good_backup(backups)
        if latest is None:
            raise CliError(f"Eheää varmuuskopiota ei löytynyt kansiosta {backups}.")
        source = latest.path
    kept = backup.restore(source, path, backups)
    print(f"Tietokanta palautettu varmuuskopiosta {source.name}.")
    if kept:
        print(f"Edellinen tietokanta säilytettiin: {kept}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    path = db_path(args)
    if args.repair and path.exists() and not backup.integrity_problems(path):
        added, count = MaintenanceService.repair(path, actor(args))
        if added:
            print(f"Puuttuvat viitetiedot lisätty: {added.describe()}.")
        print(f"Hakuhakemisto rakennettu uudelleen ({count} palautetta).")
    report = MaintenanceService.check_file(path)
    for line in report.lines:
        print(line)
    return 0 if report.ok else 3


def self_test(args: argparse.Namespace) -> int:
    """Migrate a temporary database, write through the services, read it back."""
    with tempfile.TemporaryDirectory(prefix="kuntapalaute-selftest-") as folder:
        db = open_database(Path(folder) / "selftest.db", actor(args) or "self-test")
        try:
            services = Services.for_database(db)
            round_ = services.rounds.plan_round(2026)
            meeting = services.meetings.find(round_.id, "290")
            sector = services.sectors.find("LII")
            text = "Itsetesti: päätös ja liikenne – ÄÖÅ ✓"
            item = services.feedback.add(meeting.id, FeedbackKind.SECTOR_COMMENT, text,
                                         sector_id=sector.id)
            read_back = services.feedback.get(item.id)
            found = services.search.search("päätös")
            report = MaintenanceService.check_file(db.path)
        finally:
            db.dispose()
    failures = []
    if read_back.text != text:
        failures.append("tallennettu teksti ei palautunut samana")
    if [hit.feedback_id for hit in found] != [item.id]:
        failures.append("haku ei löytänyt tallennettua palautetta")
    if not report.ok:
        failures.append("eheystarkistus epäonnistui")
    if failures:
        print("Itsetesti EPÄONNISTUI: " + "; ".join(failures))
        return 1
    print("Itsetesti OK: tallennus, luku, haku ja eheystarkistus toimivat.")
    return 0

"""`backup`, `restore` and `check` (`--self-test` is in self_test.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.context import CliError, actor, db_path
from desktop_app.config import backup_dir_for
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
        print(f"Hakuhakemisto rakennettu uudelleen ({count} kohtaa).")
    report = MaintenanceService.check_file(path)
    for line in report.lines:
        print(line)
    return 0 if report.ok else 3

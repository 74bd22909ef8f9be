"""`export` and `import`: bundles for the central system, CSV/XLSX for spreadsheets (DESIGN.md §5).

Exit codes follow cli/__init__.py: 0 done, 1 refused (one located line on stderr; with `--debug`
every problem found), 2 bad usage, 3 the database cannot be used.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.cli.context import CliError, open_db
from desktop_app.exchange.bundle import export_bundle
from desktop_app.exchange.errors import BundleError
from desktop_app.exchange.importer import import_bundle
from desktop_app.exchange.reader import DEFAULT_MAX_BYTES
from desktop_app.exchange.scope import SCOPE_HELP, parse_scope
from desktop_app.exchange.spreadsheets import export_csv, export_xlsx


def register(subparsers: argparse._SubParsersAction) -> None:
    export = subparsers.add_parser(
        "export", help="vie siirtopaketti (JSON) tai taulukko (CSV/XLSX)",
        description="Vie tiedot keskusjärjestelmälle (json) tai taulukkolaskentaan (csv, xlsx).")
    export.add_argument("--format", choices=["json", "csv", "xlsx"], default="json",
                        help="json = siirtopaketti (oletus), csv, xlsx")
    export.add_argument("--scope", default="all", metavar="RAJAUS",
                        help=f"mitä viedään: {SCOPE_HELP} (oletus all)")
    export.add_argument("--out", required=True, metavar="POLKU",
                        help="kohdetiedosto; csv ilman --flat: kansio, johon tulee tiedosto per taulu")
    export.add_argument("--delimiter", choices=[";", ","], default=";", help="CSV-erotin (oletus ;)")
    export.add_argument("--flat", nargs="?", const="palautteet", default=None,
                        choices=["palautteet", "asiat", "jatkotoimet"], metavar="KOONTI",
                        help="CSV: yksi koontitaulukko ihmisille: palautteet (oletus; kunta, sektori "
                             "ja kierros nimeltä), asiat (kuntajohtajakokousten asiat ja sovitut "
                             "jatkotoimet) tai jatkotoimet (kaikki jatkotoimet lähteineen)")
    export.add_argument("--raw", action="store_true",
                        help="CSV koneluettavaksi: arvot täsmälleen kuten siirtopaketissa (ei heittomerkkiä "
                             "kaavan tai luvun näköisen tekstin eteen, ei jatkosarakkeita). Älä avaa "
                             "taulukko-ohjelmalla.")
    export.set_defaults(func=run_export)

    imp = subparsers.add_parser(
        "import", help="tuo siirtopaketti (JSON)",
        description="Tarkistaa siirtopaketin kokonaan ja tuo sen yhtenä muutoksena. Sama paketti "
                    "uudelleen ei muuta mitään; vanhempi versio ei korvaa uudempaa.")
    imp.add_argument("path", metavar="TIEDOSTO", help="siirtopaketti (.json)")
    imp.add_argument("--dry-run", action="store_true", help="näytä mitä muuttuisi, älä tallenna")
    imp.add_argument("--max-mb", type=int, default=DEFAULT_MAX_BYTES // (1024 * 1024),
                     help=f"suurin sallittu tiedostokoko megatavuina (oletus {DEFAULT_MAX_BYTES >> 20})")
    imp.set_defaults(func=run_import)


def run_export(args: argparse.Namespace) -> int:
    scope = parse_scope(args.scope)
    out = Path(args.out)
    if args.format != "csv" and args.flat:
        raise CliError("--flat koskee vain CSV-vientiä.")
    if args.format != "csv" and args.raw:
        raise CliError("--raw koskee vain CSV-vientiä.")
    if args.format == "csv" and not args.flat and out.exists() and not out.is_dir():
        raise CliError(f"{out} on tiedosto; CSV-vienti tauluittain tarvitsee kansion (tai käytä --flat).")
    db = open_db(args)
    try:
        if args.format == "json":
            summary = export_bundle(db, scope, out)
            counts = ", ".join(f"{name} {count}" for name, count in summary.counts.items())
            print(f"Siirtopaketti tallennettu: {out} (rajaus {summary.scope}; {counts}).")
            print(f"SHA-256: {summary.sha256}")
        elif args.format == "csv":
            sheets = export_csv(db, scope, out, delimiter=args.delimiter, flat=bool(args.flat),
                                raw=args.raw, flat_table=args.flat or "palautteet")
            print(f"CSV tallennettu: {', '.join(str(p) for p in sheets.paths)} "
                  f"({sum(sheets.rows.values())} riviä).")
            for notice in sheets.notices:
                print(f"Huom: {notice}")
        else:
            sheets = export_xlsx(db, scope, out)
            print(f"XLSX tallennettu: {out} ({len(sheets.rows)} välilehteä).")
            for notice in sheets.notices:
                print(f"Huom: {notice}")
    finally:
        db.dispose()
    return 0


def run_import(args: argparse.Namespace) -> int:
    path = Path(args.path)
    if args.max_mb < 1:
        raise CliError("--max-mb pitää olla vähintään 1.")
    db = open_db(args)
    try:
        report = import_bundle(db, path, dry_run=args.dry_run, max_bytes=args.max_mb * 1024 * 1024)
    except BundleError as exc:
        if args.debug:
            for line in exc.details():
                print(f"  {line}", file=sys.stderr)
        raise
    finally:
        db.dispose()
    print("\n".join(report.lines()))
    return 0

"""`sync`: exchange changes with the central store and report what happened."""

from __future__ import annotations

import argparse
import getpass
import sys

from desktop_app.cli.context import CliError, open_db
from desktop_app.domain.progress import Progress
from desktop_app.sync.conflicts import (
    DELETE_CHILD,
    KEEP_MINE,
    KEEP_THEIRS,
    MERGED,
    RESTORE_PARENT,
    list_conflicts,
    parse_edited,
    resolve,
)
from desktop_app.sync.credentials import parse_central_url, resolve_password, store_password
from desktop_app.sync.rows import merge_fields
from desktop_app.sync.service import remembered_url, synchronize
from desktop_app.sync.set_aside import drop as drop_set_aside
from desktop_app.sync.set_aside import list_set_aside
from desktop_app.sync.set_aside import retry as retry_set_aside
from desktop_app.sync.status import sync_status
from desktop_app.sync.timeouts import BUSY_RETRYING

SQLITE_NOTE = ("Huom: SQLite-keskitietokanta toimii vain paikallisella levyllä (testaus tai yksi "
               "toimistokone). Jaetun keskitietokannan pitää olla PostgreSQL; verkkolevyllä "
               "SQLite-tiedoston lukitus ei ole luotettava.")


def register(subparsers: argparse._SubParsersAction) -> None:
    sync = subparsers.add_parser(
        "sync", help="synkronoi keskitietokannan kanssa (PostgreSQL)",
        description="Lähettää tämän koneen muutokset keskitietokantaan ja hakee muiden muutokset. "
                    "Jaetun keskitietokannan pitää olla PostgreSQL. Salasana luetaan "
                    "käyttöjärjestelmän avainnipusta tai ympäristömuuttujasta "
                    "KUNTAPALAUTE_CENTRAL_PASSWORD.")
    sync.add_argument("--central", metavar="OSOITE",
                      help="esim. postgresql://kayttaja@palvelin/kuntapalaute?sslmode=verify-full"
                           "&sslrootcert=/polku/ca.pem (oletus: edellinen osoite)")
    sync.add_argument("--ask-password", action="store_true",
                      help="kysy salasana ja tallenna se avainnippuun (ilman avainnippua se "
                           "käytetään vain tällä kerralla)")
    sync.add_argument("--status", action="store_true", help="näytä tila synkronoimatta")
    sync.add_argument("--conflicts", action="store_true", help="luettele ratkaisemattomat ristiriidat")
    sync.add_argument("--set-aside", action="store_true", dest="set_aside",
                      help="luettele rivit, joita keskitietokanta ei hyväksynyt (odottavat korjausta)")
    sync.add_argument("--drop", type=int, metavar="NRO",
                      help="jätä hylätty rivi lähettämättä (säilyy tällä koneella; muokkaus "
                           "lähettää sen taas)")
    sync.add_argument("--retry", type=int, metavar="NRO",
                      help="lähetä hylätty rivi uudelleen muuttamattomana seuraavassa synkronoinnissa")
    sync.add_argument("--resolve", type=int, metavar="NRO", help="ratkaise ristiriita numerolla")
    sync.add_argument("--keep", choices=["oma", "keskus", "palauta", "poista"],
                      help="ratkaisu: oma tai keskus(tietokannan) versio; poistetun ylemmän "
                           "tiedon alle jääneelle rivillä palauta (poistettu) tai poista (tämäkin)")
    sync.add_argument("--set", action="append", default=[], metavar="KENTTÄ=ARVO", dest="set_fields",
                      help="muokattu yhdistelmä ratkaisussa, esim. --set text=\"uusi teksti\" "
                           "--set priority=high (muut kentät: --keep-valinnan versio, oletus oma)")
    sync.set_defaults(func=run_sync)


def run_sync(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        if args.status:
            print(sync_status(db).summary_fi())
            return 0
        if args.conflicts:
            return _print_conflicts(db)
        if args.set_aside:
            return _print_set_aside(db)
        if args.drop is not None or args.retry is not None:
            return _drop_or_retry(db, args)
        if args.resolve is not None:
            return _resolve(db, args)
        url_text = args.central or remembered_url(db)
        if not url_text:
            raise CliError("Anna keskitietokannan osoite: sync --central OSOITE.")
        url, typed_password = parse_central_url(url_text)
        password = typed_password
        if url.get_backend_name() == "sqlite":
            print(SQLITE_NOTE)
        elif args.ask_password:
            password = getpass.getpass("Keskitietokannan salasana: ")
        if password and url.get_backend_name() != "sqlite":
            # Kept in the keyring, never in settings. No keyring (a minimal Linux desktop), a
            # locked or failing one: the password still serves this run, and the user is told.
            note = store_password(url, password)
            if note:
                print(f"Huom: {note}", file=sys.stderr)
        elif url.get_backend_name() != "sqlite" and resolve_password(url) is None:
            print("Salasanaa ei löytynyt avainnipusta; yritetään ilman (käytä --ask-password).",
                  file=sys.stderr)
        progress = Progress(_show_progress)
        report = synchronize(db, url_text, password=password, progress=progress)
    finally:
        db.dispose()
    print(f"Lähetetty keskitietokantaan: {report.pushed} muutosta")
    print(f"Haettu keskitietokannasta: {report.pulled} muutosta"
          + (f" (yhdistetty automaattisesti: {report.merged})" if report.merged else ""))
    for note in report.notes + report.rejected:
        print(f"Huom: {note}")
    if report.open_conflicts:
        print(f"Ratkaisemattomia ristiriitoja: {report.open_conflicts} "
              "(katso: sync --conflicts; ratkaise sovelluksessa tai sync --resolve NRO --keep ...)")
    else:
        print("Ratkaisemattomia ristiriitoja: 0")
    if report.set_aside:  # not everything arrived: say so, and do not exit 0
        print(report.set_aside_note(), file=sys.stderr)
        return 1
    return 0


def _print_set_aside(db) -> int:  # type: ignore[no-untyped-def]
    records = list_set_aside(db)
    if not records:
        print("Keskitietokanta on hyväksynyt kaikki rivit; mitään ei odota korjausta.")
        return 0
    for record in records:
        print(f"{record.id}: {record.describe_fi()}")
    print("Korjaa rivi sovelluksessa; korjattu rivi lähtee seuraavassa synkronoinnissa. "
          "Tai: sync --drop NRO (jätä lähettämättä) / sync --retry NRO (lähetä uudelleen).")
    return 0


def _drop_or_retry(db, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    if args.drop is not None:
        drop_set_aside(db, args.drop)
        print(f"Rivi {args.drop} jätetään lähettämättä. Se säilyy tällä koneella; jos muokkaat "
              "sitä, se lähtee taas seuraavassa synkronoinnissa.")
    else:
        retry_set_aside(db, args.retry)
        print(f"Rivi {args.retry} lähetetään uudelleen seuraavassa synkronoinnissa.")
    return 0


def _show_progress(done: int, total: int, message: str) -> None:
    """Steps on a terminal only; waiting for another laptop's sync is always said (a script's
    log then shows why the run took longer)."""
    if sys.stderr.isatty() or message.startswith(BUSY_RETRYING):
        print(f"  {message}", file=sys.stderr, flush=True)


_CHOICES = {"oma": KEEP_MINE, "keskus": KEEP_THEIRS, "palauta": RESTORE_PARENT, "poista": DELETE_CHILD}


def _resolve(db, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    if not args.keep and not args.set_fields:
        raise CliError("Anna --keep oma tai --keep keskus (poistetun alle jääneelle: palauta tai poista).")
    record = next((c for c in list_conflicts(db) if c.id == args.resolve), None)
    if record is None:
        raise CliError(f"Ratkaisematonta ristiriitaa {args.resolve} ei ole (katso: sync --conflicts).")
    if args.set_fields:
        return _resolve_edited(db, args, record)
    orphan_choice = args.keep in ("palauta", "poista")
    if record.is_orphan != orphan_choice:
        raise CliError(
            f"Ristiriita {args.resolve} koskee poistetun tiedon alle jäänyttä riviä: valitse "
            "--keep palauta tai --keep poista." if record.is_orphan else
            f"Ristiriita {args.resolve} on kahden version ristiriita: valitse --keep oma tai --keep keskus.")
    resolve(db, args.resolve, _CHOICES[args.keep])
    print(f"Ristiriita {args.resolve} ratkaistu. Muutos lähtee seuraavassa synkronoinnissa.")
    return 0


def _resolve_edited(db, args: argparse.Namespace, record) -> int:  # type: ignore[no-untyped-def]
    """An edited merge from the command line: the chosen version (--keep oma/keskus, default
    oma) with the --set fields replaced; the same checks as the app's merge editor."""
    if record.is_orphan or args.keep in ("palauta", "poista"):
        raise CliError("Poistetun tiedon alle jääneelle riville ei tehdä yhdistelmää: "
                       "valitse --keep palauta tai --keep poista.")
    start = record.theirs if args.keep == "keskus" else record.mine
    allowed = [key for key in merge_fields(record.entity)  # links and the tombstone: via --keep
               if key != "deleted_at" and not key.endswith("_id")]
    edited = {key: start.get(key) for key in merge_fields(record.entity)}
    for item in args.set_fields:
        field, sep, typed = item.partition("=")
        field = field.strip()
        if not sep or field not in allowed:
            raise CliError(f"--set {item}: anna muodossa KENTTÄ=ARVO; kentät: {', '.join(allowed)}.")
        edited[field] = parse_edited(record.entity, field, typed)
    resolve(db, record.id, MERGED, edited)
    print(f"Ristiriita {record.id} ratkaistu yhdistelmällä. Muutos lähtee seuraavassa synkronoinnissa.")
    return 0


def _print_conflicts(db) -> int:  # type: ignore[no-untyped-def]
    conflicts = list_conflicts(db)
    if not conflicts:
        print("Ei ratkaisemattomia ristiriitoja.")
        return 0
    for conflict in conflicts:
        # a managers' meeting row by the names people use ("asia 3 (12/2028)"), not its id
        where = conflict.meeting_label
        if where and conflict.entity == "managers_attendees":
            where = f"{conflict.mine.get('name') or ''} ({where})"
        elif where and conflict.entity == "agenda_matters":
            where = f"{conflict.matter_number} ({where})"
        elif where and conflict.matter_number is not None:
            where = f"asia {conflict.matter_number} ({where})"
        title = where or conflict.row_id
        if conflict.is_orphan:
            print(f"{conflict.id}: {conflict.label} {title} on poistetun kohteen "
                  f"({conflict.parent_label.lower()} {conflict.parent_id}) alla; --keep palauta "
                  "palauttaa poistetun, --keep poista poistaa tämänkin")
            continue
        print(f"{conflict.id}: {conflict.label} {title} (--keep oma, --keep keskus tai "
              "yhdistelmä: --set KENTTÄ=ARVO)")
        for field in conflict.fields:
            print(f"    {field}: oma = {conflict.mine.get(field)!r}, "
                  f"keskus = {conflict.theirs.get(field)!r}")
    return 0

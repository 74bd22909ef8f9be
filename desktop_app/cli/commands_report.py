"""`report meeting|round|followups ... --out FILE.pdf` and `report agenda|minutes 7/2026 [-o FILE.pdf]`:
the printed summaries from the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from desktop_app.cli.commands_managers import LABEL_USAGE, find_meeting, parse_label
from desktop_app.cli.context import CliError, open_services
from desktop_app.domain.enums import MeetingKind
from desktop_app.domain.errors import NotFoundError
from desktop_app.domain.records import RoundRecord
from desktop_app.domain.validation import parse_year
from desktop_app.files import write_atomically
from desktop_app.reports import (
    ManagersMeetingData,
    build_agenda,
    build_follow_up_list,
    build_meeting_handout,
    build_minutes,
    build_round_summary,
)
from desktop_app.services import Services
from desktop_app.services.report_data import load_follow_up_list, load_managers_meeting, load_round_summary


def register(subparsers: argparse._SubParsersAction) -> None:
    report = subparsers.add_parser("report", help="tulosta muistio, yhteenveto, jatkotoimenpiteet, "
                                                  "asialista tai kuntajohtajakokouksen muistio PDF:ksi")
    kinds = report.add_subparsers(dest="report_kind", metavar="RAPORTTI", required=True)

    meeting = kinds.add_parser("meeting", help="yhden neuvottelun muistio")
    meeting.add_argument("--municipality", "-m", metavar="KUNTA", required=True,
                         help="kunnan nimi tai numero, esim. Kuhmo tai 290")
    _common(meeting)
    meeting.set_defaults(func=run_meeting)

    round_ = kinds.add_parser("round", help="kierroksen yhteenveto kaikista kunnista")
    _common(round_)
    round_.set_defaults(func=run_round)

    followups = kinds.add_parser("followups", help="avoimet jatkotoimenpiteet vastuuhenkilöittäin")
    followups.add_argument("--year", metavar="VUOSI", help="vain tämän vuoden kierros (oletus: kaikki)")
    followups.add_argument("--owner", metavar="NIMI", help="vain tämän vastuuhenkilön")
    followups.add_argument("--kind", choices=[kind.value for kind in MeetingKind],
                           help="vain kuntaneuvottelujen (negotiation) tai kuntajohtajakokousten "
                                "(managers) jatkotoimet (oletus: molemmat)")
    followups.add_argument("--out", "-o", metavar="TIEDOSTO.pdf", required=True, help="kirjoitettava PDF")
    followups.set_defaults(func=run_follow_ups)

    for name, help_text, func in (("agenda", "kuntajohtajakokouksen asialista", run_agenda),
                                  ("minutes", "kuntajohtajakokouksen muistio", run_minutes)):
        document = kinds.add_parser(name, help=help_text)
        document.add_argument("meeting", metavar="KOKOUS", help="kokous muodossa numero/vuosi, esim. 7/2026")
        document.add_argument("--out", "-o", metavar="TIEDOSTO.pdf",
                              help="kirjoitettava PDF (oletus: asialista-7-2026.pdf tai "
                                   "muistio-7-2026.pdf nykyiseen kansioon)")
        document.set_defaults(func=func)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", metavar="VUOSI", help="kierroksen vuosi (oletus: uusin kierros)")
    parser.add_argument("--out", "-o", metavar="TIEDOSTO.pdf", required=True, help="kirjoitettava PDF")


def _round(services: Services, year: str | None) -> RoundRecord:
    if year:
        return services.rounds.find_by_year(year)
    rounds = services.rounds.list_rounds()
    if not rounds:
        raise NotFoundError("Tietokannassa ei ole yhtään kierrosta.")
    return rounds[0]


def _output(path_text: str) -> Path:
    path = Path(path_text).expanduser()
    if path.suffix.lower() != ".pdf":
        raise CliError(f"Tulostiedoston nimen pitää päättyä .pdf: {path}")
    if not path.parent.is_dir():
        raise CliError(f"Kansiota ei ole: {path.parent}")
    if path.is_dir():
        raise CliError(f"{path} on kansio, ei tiedosto.")
    return path


def _run(args: argparse.Namespace, produce: Callable[[Services], tuple[bytes, str]]) -> int:
    out = _output(args.out)
    services = open_services(args)
    try:
        pdf, description = produce(services)
    finally:
        services.db.dispose()
    write_atomically(out, pdf)
    print(f"{description} tallennettu: {out}")
    return 0


def run_meeting(args: argparse.Namespace) -> int:
    def produce(services: Services) -> tuple[bytes, str]:
        round_ = _round(services, args.year)
        municipality = services.rounds.find_municipality(args.municipality)
        meeting = services.meetings.find(round_.id, municipality.code)
        detail = services.meetings.detail(meeting.id)
        return build_meeting_handout(detail), f"Neuvottelumuistio ({municipality.name} {round_.year})"
    return _run(args, produce)


def run_round(args: argparse.Namespace) -> int:
    def produce(services: Services) -> tuple[bytes, str]:
        round_ = _round(services, args.year)
        data = load_round_summary(services.db, round_.id)
        return build_round_summary(data), f"Yhteenveto ({round_.year})"
    return _run(args, produce)


def run_follow_ups(args: argparse.Namespace) -> int:
    def produce(services: Services) -> tuple[bytes, str]:
        kind = MeetingKind(args.kind) if args.kind else None
        owner = (args.owner or "").strip() or None
        if args.year and kind == MeetingKind.MANAGERS:  # managers' meetings need no round that year
            data = load_follow_up_list(services.db, year=parse_year(args.year), owner=owner, kind=kind)
        else:
            round_id = services.rounds.find_by_year(args.year).id if args.year else None
            data = load_follow_up_list(services.db, round_id=round_id, owner=owner, kind=kind)
        return build_follow_up_list(data), f"Jatkotoimenpidelista ({len(data.rows)} avointa)"
    return _run(args, produce)


def _managers_document(args: argparse.Namespace, file_stem: str, description: str,
                       build: Callable[[ManagersMeetingData], bytes]) -> int:
    label = parse_label(args.meeting)
    if label is None:
        print(f"Virhe: {LABEL_USAGE} (annettiin '{args.meeting}').", file=sys.stderr)
        return 2
    year, number = label
    if not args.out:
        args.out = f"{file_stem}-{int(number)}-{int(year)}.pdf"

    def produce(services: Services) -> tuple[bytes, str]:
        meeting = find_meeting(services, year, number)
        data = load_managers_meeting(services.db, meeting.id)
        return build(data), f"{description} {meeting.label}"
    return _run(args, produce)


def run_agenda(args: argparse.Namespace) -> int:
    return _managers_document(args, "asialista", "Kuntajohtajakokouksen asialista", build_agenda)


def run_minutes(args: argparse.Namespace) -> int:
    return _managers_document(args, "muistio", "Kuntajohtajakokouksen muistio", build_minutes)

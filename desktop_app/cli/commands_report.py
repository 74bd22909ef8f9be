"""`report meeting|round|followups ... --out FILE.pdf`: the printed summaries from the command line."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from desktop_app.cli.context import CliError, open_services
from desktop_app.domain.errors import NotFoundError
from desktop_app.domain.records import RoundRecord
from desktop_app.files import write_atomically
from desktop_app.reports import build_follow_up_list, build_meeting_handout, build_round_summary
from desktop_app.services import Services
from desktop_app.services.report_data import load_follow_up_list, load_round_summary


def register(subparsers: argparse._SubParsersAction) -> None:
    report = subparsers.add_parser("report", help="tulosta muistio, yhteenveto tai jatkotoimenpiteet PDF:ksi")
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
    followups.add_argument("--out", "-o", metavar="TIEDOSTO.pdf", required=True, help="kirjoitettava PDF")
    followups.set_defaults(func=run_follow_ups)


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
        round_id = services.rounds.find_by_year(args.year).id if args.year else None
        data = load_follow_up_list(services.db, round_id=round_id, owner=(args.owner or "").strip() or None)
        return build_follow_up_list(data), f"Jatkotoimenpidelista ({len(data.rows)} avointa)"
    return _run(args, produce)

"""`managers plan|add|list`: the monthly managers' meetings (kuntajohtajakokoukset) from the
command line, on the same services as the app."""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable

from desktop_app.cli.context import CliError, open_services
from desktop_app.domain.errors import NotFoundError, ValidationError
from desktop_app.domain.formatting import fi_date, fi_time
from desktop_app.domain.records import ManagersMeetingRecord
from desktop_app.glossary import count, term
from desktop_app.services import Services

EXIT_USAGE = 2
# Finnish weekday names (abbreviation first) → Python's weekday number (Monday 0).
WEEKDAYS = {name: number for number, names in enumerate((
    ("ma", "maanantai"), ("ti", "tiistai"), ("ke", "keskiviikko"), ("to", "torstai"),
    ("pe", "perjantai"), ("la", "lauantai"), ("su", "sunnuntai"))) for name in names}
WEEKDAY_ABBREVIATIONS = ("ma", "ti", "ke", "to", "pe", "la", "su")
LAST_WEEK = ("viimeinen", "-1")
NO_SKIP = ("ei", "-")


def register(subparsers: argparse._SubParsersAction) -> None:
    managers = subparsers.add_parser("managers",
                                     help="kuntajohtajakokoukset: suunnittele vuosi, lisää, listaa")
    actions = managers.add_subparsers(dest="managers_action", metavar="TOIMINTO", required=True)

    plan = actions.add_parser("plan",
                              help="suunnittele vuoden kokoukset (oletus: kuun 1. tiistai, ei heinäkuuta)")
    plan.add_argument("year", metavar="VUOSI", help="esim. 2026")
    plan.add_argument("--weekday", metavar="PÄIVÄ", default="ti",
                      help="viikonpäivä: ma, ti, ke, to, pe, la tai su (oletus ti)")
    plan.add_argument("--week", metavar="N", default="1",
                      help="kuukauden monesko viikonpäivä: 1–4 tai viimeinen (oletus 1)")
    plan.add_argument("--skip", metavar="KK", action="append",
                      help="kuukausi ilman kokousta, esim. 7 tai 7,12; voi toistaa; 'ei' = ei yhtään "
                           "(oletus 7)")
    _details(plan)
    plan.add_argument("--remote", metavar="YHTEYS", default="Teams", help="etäyhteys (oletus Teams)")
    plan.set_defaults(func=run_plan)

    add = actions.add_parser("add", help="lisää ylimääräinen kokous")
    add.add_argument("date", metavar="PÄIVÄ", help="päivämäärä, esim. 15.9.2026")
    _details(add)
    add.add_argument("--remote", metavar="YHTEYS", default="", help="etäyhteys, esim. Teams")
    add.set_defaults(func=run_add)

    list_ = actions.add_parser("list", help="listaa kokoukset aikajärjestyksessä")
    list_.add_argument("year", metavar="VUOSI", nargs="?", help="vain tämän vuoden kokoukset")
    list_.set_defaults(func=run_list)


def _details(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--time", metavar="KLO", default="9.00", help="alkamisaika, esim. 9.00 (oletus 9.00)")
    parser.add_argument("--place", metavar="PAIKKA", default="Kainuun liitto, Kajaani",
                        help="paikka (oletus Kainuun liitto, Kajaani)")


def _usage(message: str) -> int:
    print(f"Virhe: {message}", file=sys.stderr)
    return EXIT_USAGE


def bad_input_is_usage(command: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """An argument the services refuse as input (`input.*`: "abc" as a year, 25.00 as a time, a
    date 31.2.) is bad usage like one argparse refuses: exit 2 (README, exit codes). A refusal
    of a valid request (the year already planned) stays 1 ("could not be done")."""
    @functools.wraps(command)
    def run(args: argparse.Namespace) -> int:
        try:
            return command(args)
        except ValidationError as exc:
            if not (exc.code or "").startswith("input."):
                raise
            return _usage(" ".join(str(exc).split()))
    return run


def parse_skip(values: list[str] | None) -> set[int] | None:
    """`--skip 7 --skip 8,12` → {7, 8, 12}; `--skip ei` → set(); not given → None (the default).
    Raises ValueError naming the value that is not a month."""
    if values is None:
        return None
    months: set[int] = set()
    for value in values:
        for part in value.replace(" ", "").split(","):
            if part.casefold() in NO_SKIP or not part:
                continue
            if not part.isdigit() or not 1 <= int(part) <= 12:
                raise ValueError(part)
            months.add(int(part))
    return months


@bad_input_is_usage
def run_plan(args: argparse.Namespace) -> int:
    weekday = WEEKDAYS.get(args.weekday.strip().casefold())
    if weekday is None:
        return _usage(f"viikonpäivä '{args.weekday}' ei kelpaa; anna ma, ti, ke, to, pe, la tai su.")
    week = args.week.strip().casefold()
    if week not in ("1", "2", "3", "4", *LAST_WEEK):
        return _usage(f"viikko '{args.week}' ei kelpaa; anna 1–4 tai viimeinen.")
    try:
        skipped = parse_skip(args.skip)
    except ValueError as exc:
        return _usage(f"kuukausi '{exc}' ei kelpaa; anna numero 1–12, esim. --skip 7.")
    options: dict[str, object] = {"weekday": weekday, "nth": -1 if week in LAST_WEEK else int(week),
                                  "start_time": args.time, "place": args.place, "remote_link": args.remote}
    if skipped is not None:
        options["skip_months"] = skipped
    services = open_services(args)
    try:
        planned = services.managers.plan_year(args.year, **options)  # type: ignore[arg-type]
    finally:
        services.db.dispose()
    print(f"Suunniteltu {count(len(planned), 'managers_meeting')} vuodelle {planned[0].year}:")
    for record in planned:
        print(_line(record))
    return 0


@bad_input_is_usage
def run_add(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        record = services.managers.add_meeting(args.date, start_time=args.time, place=args.place,
                                               remote_link=args.remote)
    finally:
        services.db.dispose()
    print(f"Lisätty kuntajohtajakokous {record.label}:")
    print(_line(record))
    return 0


@bad_input_is_usage
def run_list(args: argparse.Namespace) -> int:
    from desktop_app.domain.validation import parse_year

    year = parse_year(args.year) if args.year else None
    services = open_services(args)
    try:
        summaries = services.managers.list_meetings(year)
    finally:
        services.db.dispose()
    if not summaries:
        print(f"Vuodelle {year} ei ole kuntajohtajakokouksia." if year else "Kuntajohtajakokouksia ei ole.")
        return 0
    for summary in summaries:
        extra = f"{count(summary.matter_count, 'matter')}, {count(summary.open_agreements, 'open_agreement')}"
        print(f"{_line(summary.meeting)} · {extra}")
    return 0


def _line(record: ManagersMeetingRecord) -> str:
    """"     7/2026  ti 4.8.2026     9.00  Kainuun liitto, Kajaani / Teams · suunniteltu"."""
    day = record.meeting_date
    when = f"{WEEKDAY_ABBREVIATIONS[day.weekday()]} {fi_date(day)}" if day else "ei päivää"
    where = " / ".join(part for part in (record.place, record.remote_link) if part) or "paikka avoin"
    return (f"  {record.label:>7}  {when:<13} {fi_time(record.start_time) or '–':>5}  "
            f"{where} · {term('meeting_status', record.status.value)}")


def parse_label(label: str) -> tuple[str, str] | None:
    """"7/2026" → ("2026", "7"); anything else → None."""
    number, _, year = label.strip().partition("/")
    number, year = number.strip(), year.strip()
    return (year, number) if number.isdigit() and year.isdigit() else None


LABEL_USAGE = "anna kokous muodossa numero/vuosi, esim. 7/2026"


def find_meeting(services: Services, year: str, number: str) -> ManagersMeetingRecord:
    """Meeting `number`/`year`. Raises CliError when it is not there, naming how to list them."""
    try:
        return services.managers.find(year, number)
    except NotFoundError:
        raise CliError(f"Kuntajohtajakokousta {number}/{year} ei ole. "
                       f"Kokoukset näkee komennolla: kuntapalaute managers list {year}") from None

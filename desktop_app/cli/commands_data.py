"""`demo` and `search`."""

from __future__ import annotations

import argparse
import sys
import textwrap

from desktop_app.cli.context import open_services
from desktop_app.domain.enums import FeedbackKind, MeetingKind
from desktop_app.domain.formatting import fi_date
from desktop_app.domain.records import SearchHit
from desktop_app.glossary import count, term
from desktop_app.services.demo import DemoService

KIND_LABELS = {kind: term("feedback_kind", kind.value) for kind in FeedbackKind}


# When Voikko (libvoikko1 + voikko-fi) cannot be loaded, search still works, with less reach.
ANALYSER_NOTICES = {
    "snowball": "Huom: Voikko-kirjastoa ei löytynyt, joten taivutusmuotoja tunnistetaan vain "
                "osittain (Snowball-vartalot ja sanan alku). Asenna libvoikko1 ja voikko-fi.",
    "none": "Huom: suomen kielen analyysikirjastoa ei löytynyt, joten haku löytää sanat vain "
            "sellaisinaan ja alkuosan perusteella. Asenna libvoikko1 ja voikko-fi.",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser("demo", help="täytä tyhjä tietokanta esimerkkiaineistolla")
    demo.add_argument("--year", type=int, help="kuluvan kierroksen vuosi (oletus: tämä vuosi)")
    demo.set_defaults(func=run_demo)

    search = subparsers.add_parser(
        "search", help="hae neuvottelujen palautteista ja kuntajohtajakokousten asioista tekstillä")
    search.add_argument("query", metavar="HAKU",
                        help="hakusanat perusmuodossa (lentoliikenne löytää lentoliikenteen) tai sanan alku")
    search.add_argument("--year", help="vain tämän vuoden kierros")
    search.add_argument("--municipality", metavar="KUNTA", help="kunnan nimi tai numero")
    search.add_argument("--sector", metavar="SEKTORI", help="sektorin koodi tai nimi")
    search.add_argument("--kind", choices=[k.value for k in (*MeetingKind, *FeedbackKind)],
                        help="negotiation = vain kuntaneuvottelujen palautteet, managers = vain "
                             "kuntajohtajakokousten asiat; tai palautteen laji")
    search.add_argument("--limit", type=int, default=50, help="enintään näin monta (oletus 50)")
    search.set_defaults(func=run_search)


def run_demo(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        summary = DemoService(services.db).create(current_year=args.year)
    finally:
        services.db.dispose()
    print(f"Esimerkkiaineisto luotu: {summary.rounds} kierrosta, {summary.meetings_with_content} "
          f"neuvottelua, {summary.feedback_items} kohtaa, {summary.follow_ups} jatkotoimenpidettä; "
          f"{summary.managers_meetings} kuntajohtajakokousta, {summary.agenda_matters} asiaa, "
          f"{summary.agreements} sovittua jatkotoimea.")
    print(f"Tietokanta: {services.db.path}")
    return 0


def run_search(args: argparse.Namespace) -> int:
    if not args.query.strip():   # a usage error, not "no hits"
        print("Virhe: anna hakusana, esim. kuntapalaute search lentoliikenne", file=sys.stderr)
        return 2
    services = open_services(args)
    try:
        round_id = services.rounds.find_by_year(args.year).id if args.year else None
        municipality = (services.rounds.find_municipality(args.municipality).code
                        if args.municipality else None)
        sector = services.sectors.find(args.sector).id if args.sector else None
        meeting_kind = args.kind if args.kind in set(MeetingKind) else None
        options = {"round_id": round_id, "municipality_code": municipality, "sector_id": sector,
                   "kind": None if meeting_kind else args.kind, "meeting_kind": meeting_kind}
        hits = services.search.search(args.query, limit=max(1, args.limit), **options)
        dates = {hit.meeting_id: (services.managers.get(hit.meeting_id)
                                  if hit.meeting_kind is MeetingKind.MANAGERS
                                  else services.meetings.get(hit.meeting_id)).meeting_date
                 for hit in hits}
        suggestions = [] if hits else services.search.suggest(args.query, **options)
        analyser = services.search.analyser()
    finally:
        services.db.dispose()
    if analyser in ANALYSER_NOTICES:
        print(ANALYSER_NOTICES[analyser], file=sys.stderr)
    if not hits:
        print(f"Ei osumia haulle '{args.query}'.")
        for suggestion in suggestions:
            if suggestion.without_filters:
                print(f"Ilman rajauksia (--year, --municipality, --sector, --kind) löytyy "
                      f"{count(suggestion.hits, 'hit')}: kuntapalaute search '{suggestion.query}'")
            else:
                print(f"Kokeile: kuntapalaute search '{suggestion.query}' ({count(suggestion.hits, 'hit')})")
        return 0
    print(f"{count(len(hits), 'hit')} haulle '{args.query}':")
    for hit in hits:
        date = dates[hit.meeting_id]
        print(f"\n• {_where(hit)}{f' ({fi_date(date)})' if date else ''}")
        label = ("" if not hit.followup_match
                 else "Sovittiin: " if hit.matter_id else "Jatkotoimenpide: ")
        print(textwrap.indent(textwrap.fill(label + hit.snippet, width=96), "  "))
    return 0


def _where(hit: SearchHit) -> str:
    """Where a hit is: '2026 / Kuhmo / Liikenne' or 'Kuntajohtajakokous 7/2026, asia 3 / Kajaani'."""
    if hit.meeting_kind is MeetingKind.MANAGERS:
        parts = [f"Kuntajohtajakokous {hit.managers_number}/{hit.round_year}, "
                 f"asia {hit.matter_number}", hit.municipality_name, hit.sector_name]
    else:
        assert hit.kind is not None
        parts = [f"{hit.round_year}", hit.municipality_name, hit.sector_name or KIND_LABELS[hit.kind]]
    return " / ".join(part for part in parts if part)

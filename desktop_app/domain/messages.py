"""The catalogue of user-facing error messages, keyed by a stable message id.

Services raise `KuntapalauteError(code=..., params=...)`; the Finnish text comes from here with
`str.format` placeholders filled from `params`. The UI translates the same source strings through
Qt (`ui/error_text.py` holds them again as literals so lupdate sees each one; a test keeps the two
identical) and the CLI prints the Finnish text (`str(exc)`).

Parameter conventions: `field` is the Finnish name of the input field at fault (the UI translates
it too), `value` is what the user gave (shown as is), other parameters are numbers or names.
"""

from __future__ import annotations

from collections.abc import Mapping

MESSAGES: dict[str, str] = {
    # meeting state
    "meeting.closed": "Neuvottelu on suljettu, eikä sitä voi muuttaa. "
                      "Avaa se ensin uudelleen muokattavaksi.",
    "meeting.approved": "Neuvottelu on hyväksytty, eikä sen sisältöä voi enää muuttaa.",
    "meeting.reopen_not_closed": "Vain suljetun neuvottelun voi avata uudelleen muokattavaksi.",
    "meeting.status_transition": "Tilaa ei voi vaihtaa: {old} → {new}.",
    "meeting.not_in_round": "Kunnan neuvottelua ei ole tällä kierroksella.",
    "row.changed_elsewhere": "Tietoa on muutettu toisaalla sen jälkeen, kun avasit sen. "
                             "Lataa se uudelleen.",
    # managers' meetings (kuntajohtajakokous)
    "managers.closed": (
        "Kuntajohtajakokous on suljettu, eikä sitä voi muuttaa. Avaa se ensin uudelleen "
        "muokattavaksi."
    ),
    "managers.approved": "Kuntajohtajakokous on hyväksytty, eikä sen sisältöä voi enää muuttaa.",
    "managers.reopen_not_closed": "Vain suljetun kuntajohtajakokouksen voi avata uudelleen muokattavaksi.",
    "managers.year_planned": (
        "Vuoden {year} kuntajohtajakokoukset on jo suunniteltu. Lisää tarvittaessa "
        "ylimääräinen kokous."
    ),
    "managers.no_months": "Valitse ainakin yksi kuukausi, jolle kokous suunnitellaan.",
    "managers.bad_weekday": "Viikonpäivä ja viikko eivät kelpaa: {value}.",
    "managers.no_next_meeting": "Seuraavaa kuntajohtajakokousta ei ole suunniteltu. Lisää kokous ensin.",
    "managers.date_other_year": (
        "Kokous {label} pidetään vuonna {year}; päivämäärän on oltava samana vuonna. Lisää "
        "toisen vuoden kokous sen vuoden kokouksiin."
    ),
    "not_found.managers_meeting": "Kuntajohtajakokousta ei löytynyt (se on ehkä poistettu).",
    "not_found.matter": "Asiaa ei löytynyt (se on ehkä poistettu).",
    "not_found.attendee": "Osallistujaa ei löytynyt (se on ehkä poistettu).",
    "agenda.already_carried": "Asia on jo siirretty kokoukseen {label}.",
    "agenda.already_on_agenda": "Palaute on jo kokouksen {label} asialistalla.",
    "agenda.municipality_required": "Valitse kunta, joka toi asian kokoukseen.",
    "follow_up.needs_one_parent": "Jatkotoimenpide kuuluu joko palautteeseen tai asialistan asiaan.",
    "sync.demo_data": (
        "Tietokannassa on esimerkkiaineistoa, eikä sitä synkronoida keskitietokantaan: keksityt "
        "neuvottelut eivät saa päätyä sinne. Synkronoi oikeat kirjaukset niiden omasta tietokannasta."
    ),
    # not found (tombstoned or never there)
    "not_found.meeting": "Neuvottelua ei löytynyt (se on ehkä poistettu).",
    "not_found.feedback": "Palautetta ei löytynyt (se on ehkä poistettu).",
    "not_found.participant": "Osallistujaa ei löytynyt (se on ehkä poistettu).",
    "not_found.follow_up": "Jatkotoimenpidettä ei löytynyt (se on ehkä poistettu).",
    "not_found.sector": "Toimintasektoria ei löytynyt (se on ehkä poistettu).",
    "not_found.round": "Kierrosta ei löytynyt.",
    "not_found.round_year": "Vuoden {year} kierrosta ei ole.",
    # feedback shape
    "feedback.no_such_sector": "Toimintasektoria ei ole.",
    "feedback.sector_required": "Sektorikommentille pitää valita toimintasektori.",
    # rounds, sectors, demo
    "round.unknown_municipality": "Kuntaa '{value}' ei ole. Jäsenkunnat: {names}.",
    "round.period_reversed": "Suunnittelukauden loppuvuosi on ennen alkuvuotta.",
    "round.exists": "Vuoden {year} kierros on jo suunniteltu.",
    "sector.unknown": "Toimintasektoria '{value}' ei ole.",
    "sector.bad_code": "Koodissa saa olla vain isoja kirjaimia ja numeroita (1–16).",
    "sector.code_taken": "Koodi {value} on jo käytössä.",
    "demo.not_empty": "Tietokannassa on jo kierroksia; esimerkkiaineisto lisätään vain tyhjään.",
    "demo.reference_missing": "Esimerkkiaineistoa ei voi luoda: jäsenkunnat tai oletussektorit "
                              "puuttuvat. Korjaa: kuntapalaute check --repair",
    # input validation (domain/validation.py)
    "input.not_text": "Kentän '{field}' arvon pitää olla tekstiä.",
    "input.bad_characters": "Kentässä '{field}' on virheellisiä merkkejä.",
    "input.control_characters": "Kentässä '{field}' on ohjausmerkkejä (esim. NUL), joita ei voi "
                                "tallentaa.",
    "input.empty": "Kenttä '{field}' ei voi olla tyhjä.",
    "input.too_long": "Kentän '{field}' teksti on liian pitkä ({length} merkkiä, enintään {limit}).",
    "input.line_breaks": "Kentässä '{field}' ei voi olla rivinvaihtoja.",
    "input.bad_choice": "Kentän '{field}' arvo '{value}' ei kelpaa (sallitut: {allowed}).",
    "input.required": "Kenttä '{field}' on pakollinen.",
    "input.not_a_date": "Kentän '{field}' arvo ei ole päivämäärä.",
    "input.bad_date": "Kentän '{field}' arvo '{value}' ei ole päivämäärä (muoto 27.11.2026).",
    "input.year_range": "Kentän '{field}' vuosi {year} ei ole välillä {low}–{high}.",
    "input.bad_time": "Kentän '{field}' arvo '{value}' ei ole kellonaika (muoto 14.30).",
    "input.not_a_year": "Kentän '{field}' arvo '{value}' ei ole vuosiluku.",
    "input.not_a_number": "Kentän '{field}' arvo '{value}' ei ole numero.",
    "input.number_range": "Kentän '{field}' arvon pitää olla välillä {low}–{high} (nyt {value}).",
    "input.year_out_of_range": "Vuoden pitää olla välillä {low}–{high}.",
}

# Field names that appear as the `field` parameter (Finnish, as the user sees the field).
FIELD_NAMES: tuple[str, ...] = (
    "teksti", "tärkeys", "laji", "näkökulma", "sektori", "vastuuhenkilö", "määräpäivä",
    "toimenpide", "nimi", "organisaatio", "tehtävänimike", "puoli", "tila", "päivämäärä",
    "kellonaika", "paikka", "muistiinpanot", "vuosi", "kunta", "otsikko", "koodi", "nimi (en)",
    "TTS-alku", "TTS-loppu", "asia", "tuoja", "esittelijä", "kuvaus", "keskustelu", "kokous",
    "viikonpäivä", "kuukaudet", "etäyhteys", "puheenjohtaja", "sihteeri",
)


def render(code: str, params: Mapping[str, object] | None = None) -> str:
    """The Finnish text of message `code` with `params` filled in.

    Raises KeyError for an unknown `code` (a programming error, caught by the catalogue test)."""
    return MESSAGES[code].format_map(dict(params or {}))

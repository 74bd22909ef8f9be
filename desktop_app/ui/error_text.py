"""Service errors in the user's language.

Services raise errors with a message id and parameters (`domain/messages.py`); this module holds
the same Finnish source strings as literals, so lupdate puts each one in the .ts file, and
translates them through Qt at display time. `tests/test_ui_error_text.py` keeps this catalogue
identical to the domain's. Use `error_text(exc)` wherever the UI shows a caught error.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CATALOGUE: dict[str, str] = {
    "meeting.closed": QT_TRANSLATE_NOOP("Errors", "Neuvottelu on suljettu, eikä sitä voi "
                                            "muuttaa. Avaa se ensin uudelleen muokattavaksi."),
    "meeting.approved": QT_TRANSLATE_NOOP("Errors", "Neuvottelu on hyväksytty, eikä "
                                              "sen sisältöä voi enää muuttaa."),
    "meeting.reopen_not_closed": QT_TRANSLATE_NOOP("Errors", "Vain suljetun neuvottelun "
                                                       "voi avata uudelleen muokattavaksi."),
    "meeting.status_transition": QT_TRANSLATE_NOOP("Errors", "Tilaa ei voi vaihtaa: {old} → {new}."),
    "meeting.not_in_round": QT_TRANSLATE_NOOP("Errors", "Kunnan neuvottelua ei ole tällä kierroksella."),
    "row.changed_elsewhere": QT_TRANSLATE_NOOP("Errors", "Tietoa on muutettu toisaalla sen jälkeen, "
                                                   "kun avasit sen. Lataa se uudelleen."),
    "managers.closed": QT_TRANSLATE_NOOP("Errors",
        "Kuntajohtajakokous on suljettu, eikä sitä voi muuttaa. Avaa se ensin uudelleen "
        "muokattavaksi."),
    "managers.approved": QT_TRANSLATE_NOOP("Errors",
        "Kuntajohtajakokous on hyväksytty, eikä sen sisältöä voi enää muuttaa."),
    "managers.reopen_not_closed": QT_TRANSLATE_NOOP("Errors",
        "Vain suljetun kuntajohtajakokouksen voi avata uudelleen muokattavaksi."),
    "managers.year_planned": QT_TRANSLATE_NOOP("Errors",
        "Vuoden {year} kuntajohtajakokoukset on jo suunniteltu. Lisää tarvittaessa "
        "ylimääräinen kokous."),
    "managers.no_months": QT_TRANSLATE_NOOP("Errors",
        "Valitse ainakin yksi kuukausi, jolle kokous suunnitellaan."),
    "managers.bad_weekday": QT_TRANSLATE_NOOP("Errors",
        "Viikonpäivä ja viikko eivät kelpaa: {value}."),
    "managers.no_next_meeting": QT_TRANSLATE_NOOP("Errors",
        "Seuraavaa kuntajohtajakokousta ei ole suunniteltu. Lisää kokous ensin."),
    "managers.date_other_year": QT_TRANSLATE_NOOP("Errors",
        "Kokous {label} pidetään vuonna {year}; päivämäärän on oltava samana vuonna. Lisää "
        "toisen vuoden kokous sen vuoden kokouksiin."),
    "not_found.managers_meeting": QT_TRANSLATE_NOOP("Errors",
        "Kuntajohtajakokousta ei löytynyt (se on ehkä poistettu)."),
    "not_found.matter": QT_TRANSLATE_NOOP(
        "Errors","Asiaa ei löytynyt (se on ehkä poistettu)."),
    "not_found.attendee": QT_TRANSLATE_NOOP("Errors",
        "Osallistujaa ei löytynyt (se on ehkä poistettu)."),
    "agenda.already_carried": QT_TRANSLATE_NOOP("Errors",
        "Asia on jo siirretty kokoukseen {label}."),
    "agenda.already_on_agenda": QT_TRANSLATE_NOOP("Errors",
        "Palaute on jo kokouksen {label} asialistalla."),
    "agenda.municipality_required": QT_TRANSLATE_NOOP("Errors",
        "Valitse kunta, joka toi asian kokoukseen."),
    "follow_up.needs_one_parent": QT_TRANSLATE_NOOP("Errors",
        "Jatkotoimenpide kuuluu joko palautteeseen tai asialistan asiaan."),
    "sync.demo_data": QT_TRANSLATE_NOOP("Errors",
        "Tietokannassa on esimerkkiaineistoa, eikä sitä synkronoida keskitietokantaan: keksityt "
        "neuvottelut eivät saa päätyä sinne. Synkronoi oikeat kirjaukset niiden omasta tietokannasta."),
    "not_found.meeting": QT_TRANSLATE_NOOP("Errors", "Neuvottelua ei löytynyt (se on ehkä poistettu)."),
    "not_found.feedback": QT_TRANSLATE_NOOP("Errors", "Palautetta ei löytynyt (se on ehkä poistettu)."),
    "not_found.participant": QT_TRANSLATE_NOOP("Errors", "Osallistujaa ei löytynyt (se on ehkä poistettu)."),
    "not_found.follow_up": QT_TRANSLATE_NOOP("Errors", "Jatkotoimenpidettä ei löytynyt "
                                                 "(se on ehkä poistettu)."),
    "not_found.sector": QT_TRANSLATE_NOOP("Errors", "Toimintasektoria ei löytynyt (se on ehkä poistettu)."),
    "not_found.round": QT_TRANSLATE_NOOP("Errors", "Kierrosta ei löytynyt."),
    "not_found.round_year": QT_TRANSLATE_NOOP("Errors", "Vuoden {year} kierrosta ei ole."),
    "feedback.no_such_sector": QT_TRANSLATE_NOOP("Errors", "Toimintasektoria ei ole."),
    "feedback.sector_required": QT_TRANSLATE_NOOP("Errors", "Sektorikommentille pitää "
                                                      "valita toimintasektori."),
    "round.unknown_municipality": QT_TRANSLATE_NOOP("Errors", "Kuntaa '{value}' ei "
                                                        "ole. Jäsenkunnat: {names}."),
    "round.period_reversed": QT_TRANSLATE_NOOP("Errors", "Suunnittelukauden loppuvuosi on ennen alkuvuotta."),
    "round.exists": QT_TRANSLATE_NOOP("Errors", "Vuoden {year} kierros on jo suunniteltu."),
    "sector.unknown": QT_TRANSLATE_NOOP("Errors", "Toimintasektoria '{value}' ei ole."),
    "sector.bad_code": QT_TRANSLATE_NOOP("Errors", "Koodissa saa olla vain "
                                             "isoja kirjaimia ja numeroita (1–16)."),
    "sector.code_taken": QT_TRANSLATE_NOOP("Errors", "Koodi {value} on jo käytössä."),
    "demo.not_empty": QT_TRANSLATE_NOOP("Errors", "Tietokannassa on jo kierroksia; "
                                            "esimerkkiaineisto lisätään vain tyhjään."),
    "demo.reference_missing": QT_TRANSLATE_NOOP("Errors", "Esimerkkiaineistoa ei voi luoda: jäsenkunnat "
                                                  "tai oletussektorit puuttuvat. Korjaa: "
                                                  "kuntapalaute check --repair"),
    "input.not_text": QT_TRANSLATE_NOOP("Errors", "Kentän '{field}' arvon pitää olla tekstiä."),
    "input.bad_characters": QT_TRANSLATE_NOOP("Errors", "Kentässä '{field}' on virheellisiä merkkejä."),
    "input.control_characters": QT_TRANSLATE_NOOP("Errors", "Kentässä '{field}' on ohjausmerkkejä (esim. "
                                                      "NUL), joita ei voi tallentaa."),
    "input.empty": QT_TRANSLATE_NOOP("Errors", "Kenttä '{field}' ei voi olla tyhjä."),
    "input.too_long": QT_TRANSLATE_NOOP("Errors", "Kentän '{field}' teksti on liian "
                                            "pitkä ({length} merkkiä, enintään {limit})."),
    "input.line_breaks": QT_TRANSLATE_NOOP("Errors", "Kentässä '{field}' ei voi olla rivinvaihtoja."),
    "input.bad_choice": QT_TRANSLATE_NOOP("Errors", "Kentän '{field}' arvo '{value}' "
                                              "ei kelpaa (sallitut: {allowed})."),
    "input.required": QT_TRANSLATE_NOOP("Errors", "Kenttä '{field}' on pakollinen."),
    "input.not_a_date": QT_TRANSLATE_NOOP("Errors", "Kentän '{field}' arvo ei ole päivämäärä."),
    "input.bad_date": QT_TRANSLATE_NOOP("Errors", "Kentän '{field}' arvo '{value}' "
                                            "ei ole päivämäärä (muoto 27.11.2026)."),
    "input.year_range": QT_TRANSLATE_NOOP("Errors", "Kentän '{field}' vuosi {year} "
                                              "ei ole välillä {low}–{high}."),
    "input.bad_time": QT_TRANSLATE_NOOP("Errors", "Kentän '{field}' arvo '{value}' "
                                            "ei ole kellonaika (muoto 14.30)."),
    "input.not_a_year": QT_TRANSLATE_NOOP("Errors", "Kentän '{field}' arvo '{value}' ei ole vuosiluku."),
    "input.not_a_number": QT_TRANSLATE_NOOP("Errors", "Kentän '{field}' arvo '{value}' ei ole numero."),
    "input.number_range": QT_TRANSLATE_NOOP("Errors",
        "Kentän '{field}' arvon pitää olla välillä {low}–{high} (nyt {value})."),
    "input.year_out_of_range": QT_TRANSLATE_NOOP("Errors", "Vuoden pitää olla välillä {low}–{high}."),
}

# The `field` parameter: the Finnish name of the field at fault.
FIELDS: dict[str, str] = {
    "teksti": QT_TRANSLATE_NOOP("ErrorFields", "teksti"),
    "tärkeys": QT_TRANSLATE_NOOP("ErrorFields", "tärkeys"),
    "laji": QT_TRANSLATE_NOOP("ErrorFields", "laji"),
    "näkökulma": QT_TRANSLATE_NOOP("ErrorFields", "näkökulma"),
    "sektori": QT_TRANSLATE_NOOP("ErrorFields", "sektori"),
    "vastuuhenkilö": QT_TRANSLATE_NOOP("ErrorFields", "vastuuhenkilö"),
    "määräpäivä": QT_TRANSLATE_NOOP("ErrorFields", "määräpäivä"),
    "toimenpide": QT_TRANSLATE_NOOP("ErrorFields", "toimenpide"),
    "nimi": QT_TRANSLATE_NOOP("ErrorFields", "nimi"),
    "organisaatio": QT_TRANSLATE_NOOP("ErrorFields", "organisaatio"),
    "tehtävänimike": QT_TRANSLATE_NOOP("ErrorFields", "tehtävänimike"),
    "puoli": QT_TRANSLATE_NOOP("ErrorFields", "puoli"),
    "tila": QT_TRANSLATE_NOOP("ErrorFields", "tila"),
    "päivämäärä": QT_TRANSLATE_NOOP("ErrorFields", "päivämäärä"),
    "kellonaika": QT_TRANSLATE_NOOP("ErrorFields", "kellonaika"),
    "paikka": QT_TRANSLATE_NOOP("ErrorFields", "paikka"),
    "muistiinpanot": QT_TRANSLATE_NOOP("ErrorFields", "muistiinpanot"),
    "vuosi": QT_TRANSLATE_NOOP("ErrorFields", "vuosi"),
    "kunta": QT_TRANSLATE_NOOP("ErrorFields", "kunta"),
    "otsikko": QT_TRANSLATE_NOOP("ErrorFields", "otsikko"),
    "koodi": QT_TRANSLATE_NOOP("ErrorFields", "koodi"),
    "nimi (en)": QT_TRANSLATE_NOOP("ErrorFields", "nimi (en)"),
    "TTS-alku": QT_TRANSLATE_NOOP("ErrorFields", "TTS-alku"),
    "TTS-loppu": QT_TRANSLATE_NOOP("ErrorFields", "TTS-loppu"),
    "asia": QT_TRANSLATE_NOOP("ErrorFields", "asia"),
    "tuoja": QT_TRANSLATE_NOOP("ErrorFields", "tuoja"),
    "esittelijä": QT_TRANSLATE_NOOP("ErrorFields", "esittelijä"),
    "kuvaus": QT_TRANSLATE_NOOP("ErrorFields", "kuvaus"),
    "keskustelu": QT_TRANSLATE_NOOP("ErrorFields", "keskustelu"),
    "kokous": QT_TRANSLATE_NOOP("ErrorFields", "kokous"),
    "viikonpäivä": QT_TRANSLATE_NOOP("ErrorFields", "viikonpäivä"),
    "kuukaudet": QT_TRANSLATE_NOOP("ErrorFields", "kuukaudet"),
    "etäyhteys": QT_TRANSLATE_NOOP("ErrorFields", "etäyhteys"),
    "puheenjohtaja": QT_TRANSLATE_NOOP("ErrorFields", "puheenjohtaja"),
    "sihteeri": QT_TRANSLATE_NOOP("ErrorFields", "sihteeri"),
}


def error_text(exc: BaseException) -> str:
    """The message of `exc` in the UI language: translated when it carries a catalogued
    message id, else its own text (an error from a lower layer without an id, in Finnish)."""
    code = getattr(exc, "code", None)
    source = CATALOGUE.get(code) if isinstance(code, str) else None
    if source is None:
        return str(exc) or type(exc).__name__
    params = {key: str(value) for key, value in (getattr(exc, "params", None) or {}).items()}
    field = params.get("field")
    if field in FIELDS:
        params["field"] = QCoreApplication.translate("ErrorFields", FIELDS[field])
    try:
        return QCoreApplication.translate("Errors", source).format_map(params)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return str(exc)

"""A labelled Finnish query set for search (issue 10): a corpus of municipal-feedback sentences and
queries, each with every item it must find; any other hit counts against precision. `avoid`
names the tempting wrong answers (a prefix or a similar word) the query must not find.

Kinds: "base" (a noun's base form; the corpus has it inflected, often with consonant gradation),
"place" (a place name, found in locative and other cases), "compound" (a part of compounds),
"adjective", "verb", "umlaut" (ä/ö words, ä ≠ a), "short" (two- or three-letter words),
"inflected" (the user typed an inflected form), "fragment" (a word typed half-way: prefix).
Everything but "inflected" and "fragment" is a base-form query."""

from __future__ import annotations

from dataclasses import dataclass

CORPUS: dict[str, str] = {
    "f01": "Kuhmo pitää tärkeänä, että lentoliikenteen ostoliikenne Kajaaniin jatkuu myös ensi vuonna.",
    "f02": "Lentoliikenne on maakunnan saavutettavuuden kannalta elintärkeää.",
    "f03": "Joukkoliikenteen vuoroja tarvitaan lisää Sotkamon ja Kajaanin välille.",
    "f04": "Raskas liikenne kuluttaa valtatie 76:n päällystettä nopeasti.",
    "f05": "Liikenneyhteyksien parantaminen Kainuusta Ouluun on kunnan tärkein edunajamiskohde.",
    "f06": "Kunta toivoo, että Vuokatin matkailualueen tieyhteys kunnostetaan ennen talvikautta.",
    "f07": "Vuokatti on Sotkamon vetovoimaisin matkailukeskus, ja sen kehittämiseen tarvitaan "
           "maakunnan tukea.",
    "f08": "Äänekosken biotuotetehtaan puukuljetukset kulkevat Kainuun teiden kautta.",
    "f09": "Kajaanissa järjestettävä kuntajohtajakokous käsittelee asian syyskuussa.",
    "f10": "Kajaani tarvitsee lisää työvoimaa teollisuuden rekrytointeihin.",
    "f11": "Alempiasteisten teiden kunnossapito on jäänyt jälkeen koko Kainuussa.",
    "f12": "Tie Hyrynsalmelta Suomussalmelle on keväisin huonossa kunnossa.",
    "f13": "Tietoliikenneyhteydet ovat haja-asutusalueilla edelleen heikot.",
    "f14": "Kunta pyytää tiedotetta maakuntakaavan aikataulusta.",
    "f15": "Kosken voimalaitoksen lupaprosessi on kesken, ja kalatalousvelvoitteet on ratkaistava.",
    "f16": "Koski on Ristijärven tärkein kalastuskohde, ja sen kunnostus kiinnostaa kuntalaisia.",
    "f17": "Koskiensuojelulain vaikutukset tulee selvittää ennen uusia hankkeita.",
    "f18": "Hanke koskee koko maakuntaa, joten kuntien rahoitusosuudet sovitaan erikseen.",
    "f19": "Kuntien välisen yhteyden pitäisi olla tiiviimpi ennakointityössä.",
    "f20": "Yhteys Kainuun liiton asiantuntijoihin on toiminut hyvin.",
    "f21": "Laajakaistayhteyksien rakentaminen edellyttää EU-rahoitusta.",
    "f22": "Käden taitojen koulutukseen tarvitaan ammattiopistolta lisää aloituspaikkoja.",
    "f23": "Hakemusten käsittely on venynyt ELY-keskuksessa kohtuuttomasti.",
    "f24": "Yhteistyö on kulkenut käsi kädessä kunnan elinkeinoyhtiön kanssa.",
    "f25": "Kainuun radan sähköistys Kontiomäeltä Vartiukseen on saatava valtion budjettiin.",
    "f26": "Rata Kajaanista Iisalmeen tarvitsee kohtausraiteita.",
    "f27": "Rataverkon kunto heikentää tavaraliikenteen täsmällisyyttä.",
    "f28": "Ratkaisu jäsenmaksujen tasosta tehdään vasta syksyllä.",
    "f29": "Veden laatu Oulujärvessä on parantunut selvästi.",
    "f30": "Vesi- ja viemäriverkoston saneeraukseen haetaan avustusta.",
    "f31": "Vesistöjen kunnostushankkeet kaipaavat maakunnallista koordinointia.",
    "f32": "EU:n rakennerahastokauden valmistelussa kuntien ääni on saatava kuuluviin.",
    "f33": "Euroa kohden laskettu jäsenmaksu on noussut kolme prosenttia.",
    "f34": "Eurooppalaisen yhteistyön hankkeisiin tarvitaan omarahoitusosuus.",
    "f35": "Yöjunayhteyden säilyttäminen Kainuusta Helsinkiin on tärkeää.",
    "f36": "Yöllä liikennöivät linja-autovuorot on lakkautettu.",
    "f37": "Yö- ja viikonloppuvuorojen puute vaikeuttaa vuorotyötä tekevien liikkumista.",
    "f38": "Matkailijoiden yöpyminen keskittyy Vuokattiin ja Ukkohallaan.",
    "f39": "Hallituksen päätös maakuntien rahoituksesta tulee keväällä.",
    "f40": "Päätöksen valmistelussa on kuultava kaikkia jäsenkuntia.",
    "f41": "Puheenvuoron paatos vakuutti valtuutetut.",
    "f42": "Työllisyyden hoidon siirto kunnille vaatii lisäresursseja.",
    "f43": "Työvoiman saatavuus on sote-alalla heikko.",
    "f44": "Metsien käyttöä koskevat EU-päätökset huolestuttavat metsäkuntia.",
    "f45": "Tuulivoimaloiden sijoittaminen on ratkaistava maakuntakaavassa.",
    "f46": "Tuulivoima tuo kiinteistöverotuloja ja työtä rakennusvaiheessa.",
    "f47": "Maakuntakaavan päivitys on aloitettava viipymättä.",
    "f48": "Nopea junayhteys Ouluun lyhentäisi matka-aikaa merkittävästi.",
    "f49": "Nopeampi käsittely luvissa parantaisi investointien ennustettavuutta.",
    "f50": "Hyvä yhteistyö oppilaitosten kanssa on jatkunut.",
    "f51": "Parempi ennakointi auttaisi kuntia varautumaan väestön ikääntymiseen.",
    "f52": "Heikon taloustilanteen vuoksi kunta ei voi nostaa jäsenmaksuosuuttaan.",
    "f53": "Heikko kantokyky näkyy palveluverkon karsimisena.",
    "f54": "Kunta vaatii, että valtion rahoitus kohdistetaan harvaan asutuille alueille.",
    "f55": "Vaatimus kuntien kuulemisesta on esitetty jo aiemmin.",
    "f56": "Elinkeinoelämän kehittämiseen tarvitaan joustavampia yritystukia.",
    "f57": "Matkailua kehitetään yhdessä Vuokatin ja Kuhmon toimijoiden kanssa.",
    "f58": "Kehitys on ollut myönteistä kaivosalalla.",
    "f59": "Terveyskeskusten päivystysajat on turvattava myös kesällä.",
    "f60": "Keskustan kaavoitus etenee Paltamossa suunnitellusti.",
    "f61": "Kainuun maakunnan väkiluku laskee, mikä heikentää palveluiden rahoitusta.",
    "f62": "Maakunnan elinvoimaa vahvistetaan osaamisen kautta.",
    "f63": "Pohjois-Karjalan kanssa tehtävä yhteistyö koskee erityisesti matkailua.",
    "f64": "Äänekoski ja Kajaani tekevät yhteistyötä biotalouden osaamisessa.",
    "f65": "Kajaanin ammattikorkeakoulun aloituspaikkoja on lisättävä.",
    "f66": "Kuhmossa pidetty seminaari keräsi paljon osallistujia.",
    "f67": "Metsätalouden merkitys Kainuulle on suuri.",
    "f68": "Kaivosten vesipäästöjä on valvottava tiukemmin.",
    "f69": "Liikennemäärät ovat kasvaneet valtatiellä 5.",
    "f70": "Sotkamon ja Vuokatin välinen kevyen liikenteen väylä on rakennettava.",
}


@dataclass(frozen=True)
class Query:
    query: str
    kind: str
    find: frozenset[str]
    avoid: frozenset[str] = frozenset()

    @property
    def base_form(self) -> bool:
        return self.kind not in ("inflected", "fragment")


def _q(query: str, kind: str, find: str, avoid: str = "") -> Query:
    return Query(query, kind, frozenset(find.split()), frozenset(avoid.split()))


QUERIES: list[Query] = [
    # Nouns in base form; the corpus inflects them, most with consonant gradation.
    _q("lentoliikenne", "base", "f01 f02", "f03 f04"),
    _q("liikenne", "base", "f01 f02 f03 f04 f05 f13 f27 f69 f70", "f36 f37"),
    _q("koski", "base", "f15 f16 f17 f08 f64", "f18 f44 f63"),
    _q("tie", "base", "f12 f11 f08 f06 f69 f04", "f13 f14"),
    _q("yhteys", "base", "f19 f20 f05 f21 f13 f35 f48 f06", "f24 f34 f50 f63 f64"),
    _q("käsi", "base", "f24 f22", "f23 f49 f09"),
    _q("rata", "base", "f26 f25 f27", "f28 f45 f15"),
    _q("vesi", "base", "f29 f30 f68", "f31"),
    _q("maakuntakaava", "base", "f14 f45 f47"),
    _q("maakunta", "base", "f02 f07 f18 f61 f62 f14 f45 f47 f39", "f31"),
    _q("rahoitus", "base", "f21 f54 f61 f18 f34 f39"),
    _q("hanke", "base", "f18 f17 f31 f34"),
    _q("juna", "base", "f35 f48"),
    _q("kaivos", "base", "f58 f68"),
    _q("matkailu", "base", "f57 f63 f06 f07"),
    _q("keskus", "base", "f07 f23 f59", "f60"),
    _q("keskusta", "base", "f60", "f59 f07"),
    _q("jäsenmaksu", "base", "f28 f33 f52"),
    _q("kunnossapito", "base", "f11"),
    _q("väylä", "base", "f70"),
    _q("seminaari", "base", "f66"),
    _q("osaaminen", "base", "f62 f64"),
    _q("ennakointi", "base", "f51 f19"),
    _q("lupa", "base", "f49 f15"),
    _q("aloituspaikka", "base", "f22 f65"),
    _q("vaatimus", "base", "f55", "f54 f42"),
    _q("kehitys", "base", "f58", "f57"),
    _q("tuulivoima", "base", "f46"),
    # Compound parts.
    _q("kaava", "compound", "f14 f45 f47", "f60"),
    _q("laki", "compound", "f17"),
    _q("päivystys", "compound", "f59"),
    _q("metsä", "compound", "f44 f67"),
    _q("voimalaitos", "compound", "f15"),
    # Place names: locative and other cases.
    _q("Vuokatti", "place", "f06 f07 f57 f70 f38"),
    _q("Äänekoski", "place", "f08 f64", "f15 f16"),
    _q("Kajaani", "place", "f09 f10 f26 f65 f64 f01 f03"),
    _q("Kuhmo", "place", "f66 f57 f01"),
    _q("Sotkamo", "place", "f03 f07 f70"),
    _q("Kainuu", "place", "f05 f08 f11 f20 f25 f35 f61 f67"),
    _q("Oulu", "place", "f05 f48 f29"),
    _q("Hyrynsalmi", "place", "f12"),
    _q("Suomussalmi", "place", "f12"),
    _q("Ristijärvi", "place", "f16"),
    _q("Paltamo", "place", "f60"),
    _q("Helsinki", "place", "f35"),
    # Adjectives (comparatives and superlatives too).
    _q("hyvä", "adjective", "f50 f51 f20"),
    _q("heikko", "adjective", "f43 f52 f53 f13", "f61 f27"),
    _q("nopea", "adjective", "f48 f49 f04"),
    _q("tärkeä", "adjective", "f05 f16 f35 f01 f02"),
    _q("vetovoimainen", "adjective", "f07"),
    _q("tiivis", "adjective", "f19"),
    # Verbs.
    _q("vaatia", "verb", "f54 f42", "f55"),
    _q("kehittää", "verb", "f57 f07 f56", "f58"),
    _q("jatkua", "verb", "f01 f50"),
    _q("ratkaista", "verb", "f15 f45", "f28"),
    _q("lisätä", "verb", "f65"),
    _q("kasvaa", "verb", "f69"),
    _q("kunnostaa", "verb", "f06", "f16 f31"),
    # ä/ö words: ä and a stay different letters.
    _q("päätös", "umlaut", "f39 f40 f44", "f41"),
    _q("paatos", "umlaut", "f41", "f39 f40 f44"),
    _q("työ", "umlaut", "f43 f46 f37 f50 f34 f64 f63 f24 f19 f10", "f42"),
    _q("sähköistys", "umlaut", "f25"),
    _q("ääni", "umlaut", "f32"),
    # Short words.
    _q("EU", "short", "f21 f32 f44", "f33 f34"),
    _q("yö", "short", "f36 f37 f35", "f38"),
    # Typed inflected: the same base form is found too.
    _q("lentoliikenteen", "inflected", "f01 f02"),
    _q("Kajaanin", "inflected", "f03 f65 f09 f10 f26 f64 f01"),
    _q("teiden", "inflected", "f11 f08 f12 f06 f69 f04"),
    # Half-typed words match by their beginning.
    _q("liiken", "fragment", "f04 f05 f36 f69 f70", "f37"),
    _q("matkail", "fragment", "f57 f63 f06 f07 f38"),
]

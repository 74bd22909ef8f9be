"""Agenda and minutes of a managers' meeting (kuntajohtajakokous), read back from the PDF with the
programs users have: text in story order (pdftotext), fonts embedded (pdffonts), every page
numbered, words inside the margins (pdftotext -bbox), the QR code decoded (zbar), LUONNOS rules."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from managers_report_support import Filled, fill_managers_year
from pypdf import PdfReader
from report_pdf_tools import decode_qr, flat, fonts, page_texts, qpdf_check, runs, words, write

from desktop_app.domain.enums import MeetingStatus
from desktop_app.reports import build_agenda, build_minutes, managers_content_hash, managers_qr_payload
from desktop_app.reports.content_hash import display_hash, short_hash
from desktop_app.reports.inputs import ManagersMeetingData
from desktop_app.reports.styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, SIZE_H2, SIZE_H3
from desktop_app.services import Services
from desktop_app.services.report_data import load_managers_meeting

CREATED = dt.date(2026, 8, 20)
TODAY = dt.date(2026, 8, 20)


@pytest.fixture
def filled(services: Services) -> Filled:
    return fill_managers_year(services)


def _data(services: Services, filled: Filled) -> ManagersMeetingData:
    return load_managers_meeting(services.db, filled.meeting_id, today=TODAY)


def _in_order(text: str, order: list[str]) -> None:
    """Each of `order` appears after the one before it (a repeated word counts from there on)."""
    position = 0
    for word in order:
        found = text.find(word, position)
        assert found >= 0, (word, text[position:position + 300])
        position = found + len(word)


def _numbered(pages: list[str], created: str = "20.8.2026") -> None:
    for number, page in enumerate(pages, start=1):
        assert f"Sivu {number} / {len(pages)}" in page
        assert f"Luotu {created}" in page and "Kainuun liitto" in page


def _inside_margins(path: Path) -> None:
    found, sizes = words(path)
    assert found
    for word in found:
        if word.y_max - word.y_min > 50:  # the diagonal LUONNOS crosses the page on purpose
            continue
        width, height = sizes[word.page - 1]
        assert word.x_min >= MARGIN_X - 1 and word.x_max <= width - MARGIN_X + 1, word
        assert word.y_min >= 0 and word.y_max <= height, word


def _no_heading_last_on_a_page(path: Path) -> None:
    found = runs(path)
    for page in sorted({r.page for r in found}):
        body = [r for r in found if r.page == page and r.upright
                and MARGIN_BOTTOM - 2 <= r.y <= 841.89 - MARGIN_TOP + 2]
        if body:
            lowest = min(r.y for r in body)
            assert not any(r.size in (SIZE_H2, SIZE_H3) for r in body if abs(r.y - lowest) < 2), (page, body)


def _fonts_embedded(path: Path) -> None:
    found = fonts(path)
    assert found and all(font["emb"] == "yes" for font in found), found
    check = qpdf_check(path)
    assert check.returncode == 0, check.stdout + check.stderr


def test_agenda_lists_the_meeting_and_its_matters_in_order(tmp_path: Path, services: Services,
                                                           filled: Filled) -> None:
    data = _data(services, filled)
    path = write(tmp_path, build_agenda(data, created=CREATED), "asialista.pdf")
    pages = page_texts(path)
    text = flat(" ".join(pages))
    _in_order(text, [
        "KUNTAJOHTAJAKOKOUKSEN ASIALISTA", "Kuntajohtajakokous 7/2026", "ti 4.8.2026", "9.00",
        "Kainuun liitto, Kajaani (Kauppakatu 1)", "Teams", "Pentti Malinen", "Riikka Kemppainen",
        "Suunniteltu", "Asiat",
        "1. Raideyhteyden rahoitus", "Tuoja: Kainuun liitto", "Jatkoa kokouksesta: 6/2026",
        "Kajaani–Oulu-radan sähköistyksen rahoitus.",
        "2. Maakuntaohjelman toimeenpanosuunnitelma 2027–2028", "Esittelijä: Riikka Kemppainen",
        "Asiantuntija: Mikko Mäkelä", "Business Finland", "Toimeenpanosuunnitelman luonnos",
        "3. EU-rahoitushaku 2027", "Tuoja: Pohjois-Pohjanmaan ELY-keskus", "Esittelijä: Anne Huotari",
        "4. Valtatie 76 Kuhmo–Sotkamo kuntoon", "Tuoja: Kuhmo",
        "Kuntaneuvottelusta: Kuhmo 2026, edunajamiskohde",
    ])
    assert text.count("Valtatie 76 Kuhmo–Sotkamo kuntoon") == 1  # its description only repeats it
    # an agenda is sent before the meeting: no notes, agreements or attendance on it, and no draft mark
    for absent in ("Rahoitusosuus selvisi", "Sovittiin", "Osallistujat", "LUONNOS", "Siirretty"):
        assert absent not in text.replace(" ", "") if absent == "LUONNOS" else absent not in text, absent
    _numbered(pages)
    _fonts_embedded(path)
    meta = PdfReader(path).metadata
    assert meta is not None and meta.title == "Kuntajohtajakokouksen asialista 7/2026"
    assert meta.author == "Kainuun liitto" and "asialista" in meta["/Keywords"]


def test_minutes_carry_attendance_notes_agreements_and_earlier_open_ones(
        tmp_path: Path, services: Services, filled: Filled) -> None:
    data = _data(services, filled)
    path = write(tmp_path, build_minutes(data, created=CREATED), "muistio.pdf")
    pages = page_texts(path)
    text = flat(" ".join(pages))
    _in_order(text, [
        "KUNTAJOHTAJAKOKOUKSEN MUISTIO", "Kuntajohtajakokous 7/2026", "Osallistujat",
        "Läsnä 6 · etänä 3 · poissa 1",
        "Kunnat", "Hyrynsalmi", "Aino Ahonen", "läsnä", "Kuhmo", "Cecilia Carlsson", "etänä",
        "Paltamo", "Daniel Dahl", "poissa", "Suomussalmi", "Heikki Hyvönen",
        "Kutsutut asiantuntijat", "Mikko Mäkelä", "Business Finland", "2. Maakuntaohjelman",
        "Käsitellyt asiat",
        "1. Raideyhteyden rahoitus", "Jatkoa kokouksesta: 6/2026",
        "Keskustelu: Rahoitusosuus selvisi: valtio 70 %, kunnat 30 %.", "Sovittiin:",
        "Valmistellaan yhteinen lausunto ministeriölle", "Pentti Malinen", "15.9.2026", "Avoin",
        "2. Maakuntaohjelman toimeenpanosuunnitelma", "Keskustelu: Kunnat toivovat",
        "Kootaan kuntien painotukset suunnitelmaan", "30.9.2026",
        "3. EU-rahoitushaku 2027", "Aikataulu tiukka", "Siirretty kokoukseen 8/2026",
        "4. Valtatie 76", "Kuntaneuvottelusta: Kuhmo 2026, edunajamiskohde",
        "Aiempien kokousten avoimet jatkotoimet", "2 avointa, joista 1 myöhässä (tilanne 20.8.2026)",
        "1.6.2026 MYÖHÄSSÄ", "Selvitetään valtion rahoitusosuus", "6/2026, asia 1",
        "1.12.2099", "Kootaan kuntien kannanotot", "Työn alla",
    ])
    assert text.count("MYÖHÄSSÄ") == 1  # 15.9. and 30.9. are still ahead; 1.12.2099 in progress
    assert "Kainuun liitto Nimi ja tehtävä Läsnäolo Pentti Malinen, maakuntajohtaja läsnä" in text
    _numbered(pages)
    _fonts_embedded(path)
    _inside_margins(path)
    _no_heading_last_on_a_page(path)
    meta = PdfReader(path).metadata
    assert meta is not None and meta.title == "Kuntajohtajakokouksen muistio 7/2026"


def test_minutes_are_a_draft_until_closed_and_the_agenda_never(tmp_path: Path, services: Services,
                                                              filled: Filled) -> None:
    def marked(pdf: bytes, name: str) -> list[bool]:
        return ["LUONNOS" in page.replace(" ", "").replace("\n", "")
                for page in page_texts(write(tmp_path, pdf, name))]

    for status, draft in ((MeetingStatus.IN_PROGRESS, True), (MeetingStatus.CLOSED, False),
                          (MeetingStatus.APPROVED, False)):
        services.managers.set_status(filled.meeting_id, status)
        data = _data(services, filled)
        minutes = marked(build_minutes(data, created=CREATED), f"m-{status}.pdf")
        assert minutes and all(flag == draft for flag in minutes), status
        assert not any(marked(build_agenda(data, created=CREATED), f"a-{status}.pdf")), status


def test_qr_code_and_hash_identify_the_record(tmp_path: Path, services: Services, filled: Filled) -> None:
    data = _data(services, filled)
    full = managers_content_hash(data.detail)
    for build, name in ((build_agenda, "a.pdf"), (build_minutes, "m.pdf")):
        path = write(tmp_path, build(data, created=CREATED), name)
        assert decode_qr(path) == [f"KUNTAPALAUTE:{filled.meeting_id}:{short_hash(full)}"]
        assert decode_qr(path)[0] == managers_qr_payload(data.detail)
        assert all(f"Tunniste {display_hash(full)}" in page for page in page_texts(path))
    # statuses are bookkeeping, what was said and who was there is content
    services.managers.set_status(filled.meeting_id, MeetingStatus.CLOSED)
    assert managers_content_hash(_data(services, filled).detail) == full
    services.managers.reopen(filled.meeting_id)
    absent = next(a for a in data.detail.attendees if a.name == "Daniel Dahl")
    services.attendance.set_attendance(absent.id, "present")
    assert managers_content_hash(_data(services, filled).detail) != full


HOSTILE = [
    "Äänekäs ööliikenne ja ÅÄÖ-yhteydet: Ärsyttävän pitkä sanaketju",
    "https://esimerkki.fi/" + "a" * 400,
    "Hyvä 😀 päivä ✓ → ∑ ★ Дякую Ελλάδα",
    "<b>ei lihavointia</b> & <para>",
    "Pitkäsanaisuusharjoituksenkokonaisuudenhallintajärjestelmäkehittämisohjelmaselvitys" * 4,
]


def test_a_long_meeting_with_hostile_text_spans_pages_inside_the_margins(
        tmp_path: Path, services: Services, filled: Filled) -> None:
    meeting_id = filled.meeting_id
    services.managers.update_details(meeting_id, place="Kajaani " + "Ö" * 150, chair="Å" * 120)
    for index in range(24):
        hostile = HOSTILE[index % len(HOSTILE)]
        matter = services.agenda.add(meeting_id, f"Asia {index + 5}: {hostile}"[:200],
                                     raised_by="municipality", municipality_code="290", presenter="Ö" * 100,
                                     description=(f"Kuvaus {index + 5}. {hostile} " * 6)[:4000])
        services.agenda.update(matter.id, notes=(f"Keskustelua {index + 5}. " * 40) + hostile)
        for number in range(3):
            services.followups.add_agreement(matter.id, owner="O" * 100, due_date="1.1.2026",
                                             description=f"Sovittu {index + 5}.{number}: {hostile}")
    services.managers.set_status(meeting_id, MeetingStatus.CLOSED)  # no watermark in the word boxes
    data = _data(services, filled)
    for build, name in ((build_agenda, "pitka-asialista.pdf"), (build_minutes, "pitka-muistio.pdf")):
        path = write(tmp_path, build(data, created=CREATED), name)
        pages = page_texts(path)
        assert len(pages) >= 3, name
        text = flat(" ".join(pages))
        assert "Äänekäs ööliikenne ja ÅÄÖ-yhteydet" in text
        assert "<b>ei lihavointia</b> & <para>" in text  # escaped, printed literally
        assert "😀" in text and "Дякую Ελλάδα" in text and "✓ → ∑ ★" in text
        assert "a" * 100 in text.replace(" ", "")
        assert "Asia 28:" in text
        _numbered(pages)
        _fonts_embedded(path)
        _inside_margins(path)
        _no_heading_last_on_a_page(path)
        if build is build_minutes:
            # the running header names the matter in one font: what it lacks shows, never vanishes
            assert any("Asia 7: Hyvä \ufffd päivä" in page for page in pages)
            assert text.count("MYÖHÄSSÄ") == 24 * 3 + 1  # this meeting's overdue ones and 6/2026's


def test_an_empty_planned_meeting_prints_clear_notes(tmp_path: Path, services: Services) -> None:
    meeting = services.managers.plan_year(2027)[0]
    data = load_managers_meeting(services.db, meeting.id, today=TODAY)
    agenda = flat(" ".join(page_texts(write(tmp_path, build_agenda(data, created=CREATED), "a.pdf"))))
    assert "Asialistalla ei ole vielä asioita." in agenda and "Sivu 1 / 1" in agenda
    minutes = flat(" ".join(page_texts(write(tmp_path, build_minutes(data, created=CREATED), "m.pdf"))))
    for expected in ("Osallistujia ei ole kirjattu.", "Kokouksessa ei käsitelty asioita.",
                     "Aiemmista kokouksista ei ole avoimia jatkotoimia.", "Sihteeri –"):
        assert expected in minutes, expected


def test_earlier_open_agreements_are_only_those_of_earlier_meetings(services: Services,
                                                                    filled: Filled) -> None:
    seven = _data(services, filled)
    assert {row.source for row in seven.earlier_open} == {"Kuntajohtajakokous 6/2026, asia 1"}
    six = load_managers_meeting(services.db, filled.previous_id, today=TODAY)
    assert six.earlier_open == ()
    eight = load_managers_meeting(services.db, filled.next_id, today=TODAY)
    assert {row.source for row in eight.earlier_open} == {"Kuntajohtajakokous 6/2026, asia 1",
                                                          "Kuntajohtajakokous 7/2026, asia 1",
                                                          "Kuntajohtajakokous 7/2026, asia 2"}
    carried = next(m for m in eight.detail.matters if m.title == "EU-rahoitushaku 2027")
    assert eight.carried_from[carried.id] == ("7/2026",)


def test_managers_content_hash_definition_is_pinned() -> None:
    import hashlib
    import json

    from desktop_app.domain.enums import Attendance, AttendeeRole, FollowUpStatus, MatterRaiser, MatterStatus
    from desktop_app.domain.records import (
        AgendaMatterRecord,
        AttendeeRecord,
        FollowUpRecord,
        ManagersMeetingDetail,
        ManagersMeetingRecord,
    )
    from desktop_app.reports.content_hash import canonical_managers_json

    def detail(notes: str, status: MeetingStatus, mark: Attendance) -> ManagersMeetingDetail:
        now = dt.datetime(2026, 8, 4, 9, 0)
        meeting = ManagersMeetingRecord("k", 2026, 7, dt.date(2026, 8, 4), dt.time(9, 0), "Kajaani", "Teams",
                                        "Pj", "Siht", status, "", 3, now)
        agreed = FollowUpRecord("f", None, "Lausunto", "Aino", dt.date(2026, 9, 15), FollowUpStatus.OPEN, 1,
                                matter_id="a")
        matter = AgendaMatterRecord("a", "k", 1, "Rata", MatterRaiser.MUNICIPALITY, "290", "", "Esittelijä",
                                    "Kuvaus", notes, MatterStatus.OPEN, None, None, 2, (agreed,))
        expert = AttendeeRecord("e", "k", "Mikko", "BF", "asiantuntija", AttendeeRole.EXPERT, None, mark,
                                "a", 1, 1)
        return ManagersMeetingDetail(meeting, (expert,), (matter,))

    pinned = detail("Keskustelu", MeetingStatus.PLANNED, Attendance.REMOTE)
    canonical = canonical_managers_json(pinned)
    assert json.loads(canonical) == {
        "v": 1, "kind": "managers",
        "meeting": {"id": "k", "year": 2026, "number": 7, "date": "2026-08-04", "time": "09:00",
                    "place": "Kajaani", "remote_link": "Teams", "chair": "Pj", "secretary": "Siht",
                    "notes": ""},
        "attendees": [["expert", "Mikko", "asiantuntija", "BF", "", "remote", 1]],
        "matters": [[1, "Rata", "municipality", "290", "", "Esittelijä", "Kuvaus", "Keskustelu",
                     [["Lausunto", "Aino", "2026-09-15"]]]],
    }
    assert managers_content_hash(pinned) == hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    assert managers_content_hash(detail("Keskustelu", MeetingStatus.APPROVED, Attendance.REMOTE)) == \
        managers_content_hash(pinned)
    assert managers_content_hash(detail("Keskustelu!", MeetingStatus.PLANNED, Attendance.REMOTE)) != \
        managers_content_hash(pinned)
    assert managers_content_hash(detail("Keskustelu", MeetingStatus.PLANNED, Attendance.ABSENT)) != \
        managers_content_hash(pinned)


def test_the_earlier_agreements_heading_starts_the_page_its_table_starts_on(
        tmp_path: Path, services: Services) -> None:
    # Seen on paper (demo 7/2026, 30.11.2026): the heading and its summary line ended page 2 and
    # the table of earlier agreements began page 3.
    from desktop_app.services.demo import DemoService

    DemoService(services.db).create(current_year=2026)
    meeting = services.managers.find(2026, 7)
    data = load_managers_meeting(services.db, meeting.id, today=dt.date(2026, 11, 30))
    path = write(tmp_path, build_minutes(data, created=dt.date(2026, 11, 30)))
    pages = page_texts(path)
    [heading_page] = [n for n, text in enumerate(pages) if "Aiempien kokousten avoimet" in text]
    first_row = next(n for n, text in enumerate(pages) if "5/2026, asia" in text)
    assert heading_page == first_row, pages[heading_page][-300:]

"""Garbage in: a clear Finnish error or a faithful store — never a crash, never a half-written row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.domain.enums import FeedbackKind, MeetingStatus, Side
from desktop_app.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop_app.services import Services


def _dump(db_path: Path) -> dict[str, list[tuple]]:
    """Every table's rows, to prove that a refused request changed nothing."""
    raw = sqlite3.connect(db_path)
    try:
        tables = [r[0] for r in raw.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'feedback_fts%'")]
        return {t: sorted(raw.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        raw.close()


BAD_FEEDBACK = [
    ({"text": ""}, "ei voi olla tyhjä"),
    ({"text": "   \n\t "}, "ei voi olla tyhjä"),
    ({"text": "a" * 1_000_000}, "liian pitkä"),
    ({"text": "ennen\x00jälkeen"}, "ohjausmerkkejä"),
    ({"text": "rikki \ud800 merkki"}, "virheellisiä merkkejä"),
    ({"text": 12345}, "tekstiä"),
    ({"text": "ok", "sector_id": "no-such-sector"}, "Toimintasektoria ei ole"),
    ({"text": "ok", "sector_id": None}, "pitää valita toimintasektori"),
    ({"text": "ok", "kind": "opinion"}, "ei kelpaa"),
    ({"text": "ok", "priority": "urgent!"}, "ei kelpaa"),
]


@pytest.mark.parametrize(("overrides", "message"), BAD_FEEDBACK, ids=[m for _, m in BAD_FEEDBACK])
def test_bad_feedback_is_refused_clearly_and_changes_nothing(
        services: Services, make_meeting, db_path: Path, overrides: dict, message: str) -> None:
    meeting = make_meeting()
    args = {"kind": FeedbackKind.SECTOR_COMMENT, "sector_id": services.sectors.find("LII").id}
    args.update(overrides)
    text = args.pop("text")
    before = _dump(db_path)
    with pytest.raises(ValidationError, match=message):
        services.feedback.add(meeting.id, args.pop("kind"), text, **args)
    assert _dump(db_path) == before


@pytest.mark.parametrize("text", [
    "Emoji toimii 👍🏽 ja 🇫🇮 – myös yhdistelmät",
    "Rivinvaihdot\nsäilyvät\r\nja\ttabit",
    "Pitkä " + "sana" * 5000,
    "Saamea: Anár, Ohcejohka, Ánnel; kreikkaa: αβγ; kiinaa: 凯努",
    "x" * 200_000,
])
def test_unusual_but_valid_text_is_stored_faithfully(services: Services, make_meeting, text: str) -> None:
    meeting = make_meeting()
    item = services.feedback.add(meeting.id, FeedbackKind.QUESTION, text)
    assert services.feedback.get(item.id).text == text


def test_decomposed_umlauts_are_normalised_so_search_finds_them(services: Services, make_meeting) -> None:
    meeting = make_meeting()
    decomposed = "pa\u0308a\u0308to\u0308s"  # päätös typed as a + combining diaeresis
    item = services.feedback.add(meeting.id, FeedbackKind.QUESTION, decomposed)
    assert services.feedback.get(item.id).text == "päätös"
    assert [hit.feedback_id for hit in services.search.search("päätös")] == [item.id]


@pytest.mark.parametrize(("value", "message"), [
    ("31.2.2026", "ei ole päivämäärä"),
    ("huomenna", "ei ole päivämäärä"),
    ("2026-13-01", "ei ole päivämäärä"),
    ("1.1.1850", "ei ole välillä"),
    (3.14, "ei ole päivämäärä"),
])
def test_bad_dates_are_refused(services: Services, make_meeting, db_path, value, message) -> None:
    meeting = make_meeting()
    before = _dump(db_path)
    with pytest.raises(ValidationError, match=message):
        services.meetings.update_details(meeting.id, meeting_date=value, place="Ei tallennu")
    assert _dump(db_path) == before


def test_finnish_and_iso_dates_are_both_understood(services: Services, make_meeting) -> None:
    meeting = make_meeting()
    assert services.meetings.update_details(meeting.id, meeting_date="7.3.2026").meeting_date.isoformat() \
        == "2026-03-07"
    assert services.meetings.update_details(meeting.id, meeting_date="2026-03-08",
                                            start_time="9.30").start_time.isoformat() == "09:30:00"


def test_bad_time_and_year(services: Services, make_meeting) -> None:
    meeting = make_meeting()
    with pytest.raises(ValidationError, match="kellonaika"):
        services.meetings.update_details(meeting.id, start_time="25.00")
    with pytest.raises(ValidationError, match="vuosiluku"):
        services.rounds.plan_round("vuosi")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="ennen alkuvuotta"):
        services.rounds.plan_round(2026, 2029, 2027)


def test_participant_name_is_required_and_single_line(services: Services, make_meeting) -> None:
    meeting = make_meeting()
    with pytest.raises(ValidationError, match="tyhjä"):
        services.participants.add(meeting.id, "  ", Side.COUNCIL)
    with pytest.raises(ValidationError, match="rivinvaihtoja"):
        services.participants.add(meeting.id, "Pekka\nPouta", Side.COUNCIL)
    with pytest.raises(ValidationError, match="ei kelpaa"):
        services.participants.add(meeting.id, "Pekka", "kolmas puoli")


def test_unknown_ids_give_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.feedback.get("does-not-exist")
    with pytest.raises(NotFoundError):
        services.meetings.get("does-not-exist")


def test_approved_meeting_is_read_only(services: Services, make_meeting, make_feedback) -> None:
    meeting = make_meeting()
    item = make_feedback(meeting=meeting)
    services.meetings.set_status(meeting.id, MeetingStatus.IN_PROGRESS)
    services.meetings.set_status(meeting.id, MeetingStatus.CLOSED)
    services.meetings.set_status(meeting.id, MeetingStatus.APPROVED)
    with pytest.raises(ConflictError, match="hyväksytty"):
        services.feedback.update(item.id, text="muutos")
    with pytest.raises(ValidationError, match="Tilaa ei voi vaihtaa"):
        services.meetings.set_status(meeting.id, MeetingStatus.PLANNED)


def test_stale_version_is_refused(services: Services, make_feedback) -> None:
    item = make_feedback("eka")
    services.feedback.update(item.id, text="toinen ikkuna muutti", expected_version=item.version)
    with pytest.raises(ConflictError, match="muutettu toisaalla"):
        services.feedback.update(item.id, text="vanha näkymä", expected_version=item.version)
    assert services.feedback.get(item.id).text == "toinen ikkuna muutti"

"""Hostile and broken bundles: each one is refused with a located Finnish message, and the database
is exactly as it was (every table compared, audit log and search index included)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from exchange_support import demo_source_fixture, dump_database, load, save  # noqa: F401

from desktop_app.exchange.bundle import bundle_bytes
from desktop_app.exchange.errors import BundleError
from desktop_app.exchange.importer import import_bundle
from desktop_app.storage.database import Database


@pytest.fixture
def target(db: Database, demo_source) -> Database:
    """A database with content, so "unchanged" means something."""
    import_bundle(db, demo_source.meeting)
    return db


def _first(bundle: dict[str, Any], entity: str) -> dict[str, Any]:
    return bundle["data"][entity][0]


def _set(entity: str, field: str, value: Any, index: int = 0) -> Callable[[dict[str, Any]], None]:
    def edit(bundle: dict[str, Any]) -> None:
        bundle["data"][entity][index][field] = value
    return edit


def _duplicate_id(bundle: dict[str, Any]) -> None:
    bundle["data"]["feedback"][1]["id"] = bundle["data"]["feedback"][0]["id"]


def _nest(bundle: dict[str, Any]) -> None:
    deep: Any = "pohja"
    for _ in range(40):
        deep = [deep]
    bundle["data"]["feedback"][0]["text"] = deep


def _sector_code_clash(bundle: dict[str, Any]) -> None:
    clash = dict(bundle["data"]["sectors"][0], id=str(uuid.uuid4()))
    bundle["data"]["sectors"].append(clash)  # same code as a seeded sector, another id


def _second_meeting_for_municipality(bundle: dict[str, Any]) -> None:
    meeting = dict(bundle["data"]["meetings"][0], id=str(uuid.uuid4()), version=1)
    bundle["data"]["meetings"].append(meeting)


# (case id, edit of the parsed bundle, recompute checksum?, expected text, expected location text)
EDITS: list[tuple[str, Callable[[dict[str, Any]], None], bool, str, str]] = [
    ("wrong type", _set("feedback", "version", "2"), True, "väärä tyyppi", "kenttä version"),
    ("float version", _set("feedback", "version", 1.5), True, "väärä tyyppi", "kenttä version"),
    ("bool int", _set("participants", "sort_order", True), True, "väärä tyyppi", "osallistuja nro 1"),
    ("huge string", _set("feedback", "text", "ä" * 200_001), True, "liian pitkä", "kenttä text"),
    ("empty name", _set("participants", "name", ""), True, "tyhjä", "kenttä name"),
    ("bad enum", _set("feedback", "kind", "opinion"), True, "sallitut", "kenttä kind"),
    ("missing field", lambda b: _first(b, "follow_ups").pop("owner"), True, "puuttuu: owner",
     "jatkotoimenpide nro 1"),
    ("extra field", _set("rounds", "hacker", 1), True, "tuntematon kenttä: hacker", "kierros nro 1"),
    ("impossible date", _set("meetings", "meeting_date", "2026-02-30"), True, "ei ole olemassa",
     "kenttä meeting_date"),
    ("bad timestamp", _set("feedback", "updated_at", "eilen"), True, "UTC-aikaa", "kenttä updated_at"),
    ("id with newline", lambda b: _first(b, "feedback").update(id=_first(b, "feedback")["id"] + "\n"),
     True, "UUID", "kenttä id"),
    ("version zero", _set("rounds", "version", 0), True, "liian pieni", "kenttä version"),
    ("version huge", _set("rounds", "version", 10**30), True, "liian suuri", "kenttä version"),
    ("deep nesting", _nest, True, "liian syvä", ""),
    ("duplicate ids", _duplicate_id, True, "sama tunniste", "palaute nro 2"),
    ("dangling meeting", _set("feedback", "meeting_id", str(uuid.uuid4())), True,
     "ei ole paketissa eikä tietokannassa", "kenttä meeting_id"),
    ("dangling follow-up (last entity)", _set("follow_ups", "feedback_id", str(uuid.uuid4())), True,
     "ei ole paketissa", "jatkotoimenpide nro 1"),
    ("dangling municipality", _set("meetings", "municipality_code", "999"), True, "ei ole paketissa",
     "kenttä municipality_code"),
    ("sector code clash", _sector_code_clash, True, "sektorikoodi", "kenttä code"),
    ("second meeting", _second_meeting_for_municipality, True, "toinen neuvottelu", "neuvottelu nro 2"),
    ("wrong checksum", _set("feedback", "text", "Muutettu jälkikäteen."), False, "tarkistussumma",
     "manifest.sha256"),
    ("wrong count", lambda b: b["data"]["feedback"].pop(), False, "luettelossa", "manifest.counts.feedback"),
    ("other schema version", lambda b: b.update(format_version=3), True, "muotoversio 3", "format_version"),
    ("not a bundle", lambda b: b.update(format="jotain-muuta"), True, "ei ole Kuntapalautteen", "format"),
    ("data is a list", lambda b: b.update(data=[]), False, "väärä tyyppi", "kenttä data"),
]


@pytest.mark.parametrize(("edit", "fix", "expected", "where"), [case[1:] for case in EDITS],
                         ids=[case[0] for case in EDITS])
def test_edited_bundles_are_refused_with_a_location(target: Database, demo_source, tmp_path: Path,
                                                    edit, fix: bool, expected: str, where: str) -> None:
    bundle = load(demo_source.meeting)
    edit(bundle)
    path = save(bundle, tmp_path / "vihamielinen.json", fix_checksum=fix)
    before = dump_database(target)
    with pytest.raises(BundleError) as caught:
        import_bundle(target, path)
    message = str(caught.value)
    assert message.startswith("Siirtopaketti vihamielinen.json hylättiin:")
    assert expected in message and where in message, message
    assert dump_database(target) == before


RAW: list[tuple[str, Callable[[bytes], bytes], str]] = [
    ("truncated", lambda raw: raw[: len(raw) // 2], "rivillä"),
    ("empty file", lambda raw: b"", "rivillä 1, sarakkeessa 1"),
    ("not utf-8", lambda raw: raw.replace(b"\xc3\xa4", b"\xe4", 1), "UTF-8"),
    ("binary", lambda raw: bytes(range(256)) * 4, "UTF-8"),
    ("deep brackets", lambda raw: b"[" * 200_000 + b"]" * 200_000, "syvä"),
    ("duplicate key", lambda raw: raw.replace(b'"format": ', b'"format": "x", "format": ', 1), "kahdesti"),
    ("NaN", lambda raw: raw.replace(b'"version": 1', b'"version": NaN', 1), "NaN"),
    ("long integer", lambda raw: raw.replace(b'"version": 1', b'"version": 1' + b"0" * 5000, 1), "JSON"),
    ("trailing junk", lambda raw: raw + b"{}", "ylimääräistä"),
]


@pytest.mark.parametrize(("corrupt", "expected"), [case[1:] for case in RAW], ids=[case[0] for case in RAW])
def test_broken_files_are_refused_with_a_location(target: Database, demo_source, tmp_path: Path,
                                                  corrupt, expected: str) -> None:
    path = tmp_path / "rikki.json"
    path.write_bytes(corrupt(demo_source.meeting.read_bytes()))
    before = dump_database(target)
    with pytest.raises(BundleError, match=r"rikki\.json hylättiin") as caught:
        import_bundle(target, path)
    assert expected in str(caught.value)
    assert dump_database(target) == before


def test_oversized_files_are_refused_before_reading(target: Database, demo_source, tmp_path: Path) -> None:
    before = dump_database(target)
    size = demo_source.meeting.stat().st_size
    with pytest.raises(BundleError, match="liian suuri"):
        import_bundle(target, demo_source.meeting, max_bytes=size - 1)
    assert dump_database(target) == before
    assert import_bundle(target, demo_source.meeting, max_bytes=size).total("added") == 0


def test_missing_file_and_folder(target: Database, tmp_path: Path) -> None:
    with pytest.raises(BundleError, match="ei löydy"):
        import_bundle(target, tmp_path / "ei-ole.json")
    with pytest.raises(BundleError, match="kansio"):
        import_bundle(target, tmp_path)


def test_many_problems_are_listed_each_with_its_place(target: Database, demo_source, tmp_path: Path) -> None:
    bundle = load(demo_source.meeting)
    for item in bundle["data"]["feedback"][:3]:
        item["priority"] = "kiireellinen"
    path = save(bundle, tmp_path / "monta.json")
    with pytest.raises(BundleError) as caught:
        import_bundle(target, path)
    details = caught.value.details()
    assert [d.split(" (")[0] for d in details] == ["palaute nro 1", "palaute nro 2", "palaute nro 3"]
    assert all("data.feedback[" in d and "].priority]" in d for d in details)
    assert "ja 2 muuta virhettä" in str(caught.value)


def test_the_bundle_is_not_echoed_back_in_messages(target: Database, demo_source, tmp_path: Path) -> None:
    bundle = load(demo_source.meeting)
    bundle["data"]["feedback"][0]["kind"] = "x" * 100_000
    path = tmp_path / "pitka.json"
    path.write_bytes(bundle_bytes(bundle))
    with pytest.raises(BundleError) as caught:
        import_bundle(target, path)
    assert len(str(caught.value)) < 600
    json.dumps(caught.value.details())  # plain strings, safe to log

"""One term per concept (resources/glossary.json): the UI labels and their English, the printouts
(read back with pdftotext), the spreadsheet labels and the README use the glossary's terms, and
none of the variants it lists to avoid appears in a printout or a UI string."""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET

import pytest
from report_pdf_tools import flat, page_texts, write
from ui_support import REPO_ROOT

from desktop_app.domain.enums import (
    DevelopmentScope,
    FeedbackKind,
    FollowUpStatus,
    MeetingStatus,
    Priority,
)
from desktop_app.exchange.scope import parse_scope
from desktop_app.exchange.spreadsheets import export_csv
from desktop_app.reports import build_follow_up_list, build_meeting_handout, build_round_summary
from desktop_app.services.demo import DemoService
from desktop_app.services.report_data import load_follow_up_list, load_round_summary
from desktop_app.ui.models import labels

GLOSSARY = json.loads((REPO_ROOT / "resources" / "glossary.json").read_text(encoding="utf-8"))
AVOID = [entry["variant"] for entry in GLOSSARY["avoid"]]
TS = REPO_ROOT / "resources" / "translations" / "kuntapalaute_en.ts"
LABEL_FUNCTIONS = {
    "priority": (labels.priority, Priority),
    "feedback_kind": (labels.feedback_kind, FeedbackKind),
    "development_view": (labels.scope, DevelopmentScope),
    "meeting_status": (labels.meeting_status, MeetingStatus),
    "follow_up_status": (labels.follow_up_status, FollowUpStatus),
}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _english() -> dict[tuple[str, str], str]:
    table = {}
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            table[(context.findtext("name") or "", message.findtext("source") or "")] = \
                message.findtext("translation") or ""
    return table


@pytest.mark.parametrize("concept", list(LABEL_FUNCTIONS))
def test_ui_labels_and_their_english_are_the_glossary_terms(concept, qapp):
    function, enum = LABEL_FUNCTIONS[concept]
    english = _english()
    for member in enum:
        names = GLOSSARY["concepts"][concept]["values"][member.value]
        shown = function(member)  # no translator installed: the Finnish source
        assert shown == _cap(names["fi"]), (concept, member)
        assert english[("Labels", shown)] == _cap(names["en"]), (concept, member)


def test_ui_strings_use_no_avoided_variant():
    sources = [message.findtext("source") or "" for message in ET.parse(TS).getroot().iter("message")]
    found = {variant: [s for s in sources if variant in s] for variant in AVOID}
    assert {variant: hits for variant, hits in found.items() if hits} == {}


@pytest.fixture
def demo(services):
    DemoService(services.db).create(current_year=2026)
    return services


def _pdf_text(tmp_path, pdf: bytes, name: str) -> str:
    return flat(" ".join(page_texts(write(tmp_path, pdf, name))))


def test_printouts_use_the_glossary_terms_and_no_variant(demo, tmp_path):
    services = demo
    current = services.rounds.find_by_year(2026)
    earlier = services.rounds.find_by_year(2025)
    kuhmo = services.meetings.find(current.id, "290")
    with_low = next(item for item in services.feedback.list_for_meeting(kuhmo.id)
                    if item.kind == FeedbackKind.SECTOR_COMMENT)
    services.feedback.update(with_low.id, priority=Priority.LOW)
    texts = {
        "handout": _pdf_text(tmp_path, build_meeting_handout(services.meetings.detail(kuhmo.id)), "h.pdf"),
        "summary": _pdf_text(tmp_path, build_round_summary(load_round_summary(services.db, earlier.id)),
                             "s.pdf"),
        "follow-ups": _pdf_text(tmp_path, build_follow_up_list(
            load_follow_up_list(services.db, today=dt.date(2026, 6, 1))), "f.pdf"),
    }
    for name, text in texts.items():
        assert [variant for variant in AVOID if variant in text] == [], name
    priority = GLOSSARY["concepts"]["priority"]["values"]
    assert f"[{priority['low']['fi']}]" in texts["handout"]
    views = GLOSSARY["concepts"]["development_view"]["values"]
    assert _cap(views["municipality"]["fi"]) in texts["handout"]
    assert _cap(views["region"]["fi"]) in texts["summary"]
    assert "Tärkeys" in texts["summary"] and "Kohtia" in texts["summary"]
    statuses = GLOSSARY["concepts"]["follow_up_status"]["values"]
    assert _cap(statuses["open"]["fi"]) in texts["follow-ups"]


def test_spreadsheet_labels_are_the_glossary_terms(demo, tmp_path):
    out = tmp_path / "koonti.csv"
    export_csv(demo.db, parse_scope("all"), out, flat=True)
    text = out.read_text(encoding="utf-8-sig")
    header, *rows = [line.split(";") for line in text.splitlines()]
    values = {column: {row[header.index(column)] for row in rows if len(row) == len(header)}
              for column in ("Laji", "Näkökulma", "Tärkeys", "Neuvottelun tila")}
    concepts = {"Laji": "feedback_kind", "Näkökulma": "development_view", "Tärkeys": "priority",
                "Neuvottelun tila": "meeting_status"}
    for column, concept in concepts.items():
        allowed = {names["fi"] for names in GLOSSARY["concepts"][concept]["values"].values()} | {""}
        assert values[column] <= allowed, column
        assert values[column] - {""}, column
    assert [variant for variant in AVOID if variant in text] == []


def test_readme_uses_the_glossary_terms():
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    assert [variant for variant in AVOID if variant in readme] == []
    for concept in ("priority", "follow_up_status", "development_view"):
        for names in GLOSSARY["concepts"][concept]["values"].values():
            assert names["fi"] in readme, names["fi"]

"""A follow-up's action (what the council promised to do) reaches paper and spreadsheets: the
handout's follow-up table, the follow-up list (read back with pdftotext) and the flat feedback
table people open in Excel (read back as CSV)."""

from __future__ import annotations

import csv
import datetime as dt

from report_pdf_tools import flat, page_texts, write

from desktop_app.domain.enums import FeedbackKind, FollowUpStatus
from desktop_app.exchange.scope import parse_scope
from desktop_app.exchange.spreadsheets import export_csv
from desktop_app.reports import build_follow_up_list, build_meeting_handout
from desktop_app.services.report_data import load_follow_up_list

ACTION = "Selvitetään junavuorojen lisäämisen kustannukset"


def _promise(services, make_meeting):
    meeting = make_meeting()
    sector = services.sectors.find("LII").id
    item = services.feedback.add(meeting.id, FeedbackKind.SECTOR_COMMENT,
                                 "Junayhteys Kajaaniin on liian harva.", sector_id=sector)
    follow_up = services.followups.add(item.id, owner="Liisa Liittolainen", due_date="1.2.2027",
                                       description=ACTION)
    return meeting, item, follow_up


def test_handout_and_follow_up_list_print_the_action(services, make_meeting, tmp_path):
    meeting, _item, _follow_up = _promise(services, make_meeting)
    handout = flat(" ".join(page_texts(write(
        tmp_path, build_meeting_handout(services.meetings.detail(meeting.id)), "h.pdf"))))
    assert ACTION in handout
    listing = flat(" ".join(page_texts(write(
        tmp_path, build_follow_up_list(load_follow_up_list(services.db, today=dt.date(2026, 6, 1))),
        "f.pdf"))))
    assert ACTION in listing and "Liisa Liittolainen" in listing


def test_flat_spreadsheet_carries_the_action_owner_due_date_and_status(services, make_meeting, tmp_path):
    _meeting, item, follow_up = _promise(services, make_meeting)
    services.followups.set_status(follow_up.id, FollowUpStatus.IN_PROGRESS)
    out = tmp_path / "koonti.csv"
    export_csv(services.db, parse_scope("all"), out, flat=True)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    row = next(r for r in rows if r["Tunniste"] == item.id)
    assert row["Jatkotoimenpiteitä"] == "1"
    assert row["Jatkotoimenpiteet"] == f"{ACTION} (Liisa Liittolainen, 1.2.2027, työn alla)"

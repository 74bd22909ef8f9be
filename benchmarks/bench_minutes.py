"""Minutes of a long managers' meeting against a bare platypus document with the same paragraphs.

    PYTHONPATH=. python benchmarks/bench_minutes.py [--repeat 9]

A long meeting: 9 attendees (8 managers and the council), 30 matters each with a description,
notes of ~80 words and three agreements, and 40 open agreements of earlier meetings, built in
memory as records (no database).
The baseline is a SimpleDocTemplate holding the same texts (every table cell too) as plain Paragraphs
in the same font:
no title block, QR code, tables, header/footer or page totals. Both are measured in this run
(median CPU time, interleaved, see bench_reports.py); the ratio is the cost of the layout.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from benchmarks.bench_reports import SENTENCES, interleaved
from desktop_app.domain.enums import (
    Attendance,
    AttendeeRole,
    FollowUpStatus,
    MatterRaiser,
    MatterStatus,
    MeetingKind,
    MeetingStatus,
)
from desktop_app.domain.records import (
    AgendaMatterRecord,
    AttendeeRecord,
    FollowUpRecord,
    FollowUpRow,
    ManagersMeetingDetail,
    ManagersMeetingRecord,
)
from desktop_app.reports import ManagersMeetingData, build_minutes
from desktop_app.reports.fonts import BOLD, REGULAR, register_fonts
from desktop_app.resources import load_json_resource


def long_meeting() -> ManagersMeetingData:
    now = dt.datetime(2026, 8, 4, 9, 0)
    municipalities = {m["code"]: m["name_fi"]
                      for m in load_json_resource("municipalities.json")["municipalities"]}
    meeting = ManagersMeetingRecord("k", 2026, 7, dt.date(2026, 8, 4), dt.time(9, 0),
                                    "Kainuun liitto, Kajaani", "Teams", "Pentti Malinen", "Riikka Kemppainen",
                                    MeetingStatus.CLOSED, "", 1, now)
    marks = list(Attendance)
    attendees = [AttendeeRecord(f"a{i}", "k", f"Kunnanjohtaja {name}", name, "kunnanjohtaja",
                                AttendeeRole.MANAGER, code, marks[i % 4], None, i, 1)
                 for i, (code, name) in enumerate(municipalities.items())]
    attendees += [AttendeeRecord("c", "k", "Pentti Malinen", "Kainuun liitto", "maakuntajohtaja",
                                 AttendeeRole.COUNCIL, None, Attendance.PRESENT, None, 100, 1)]
    matters = []
    for n in range(1, 31):
        agreed = tuple(FollowUpRecord(f"f{n}-{i}", None, f"{SENTENCES[(n + i) % 4]} ({n}.{i})",
                                      "Riikka Kemppainen", dt.date(2026, 9, 1 + i), FollowUpStatus.OPEN, 1,
                                      matter_id=f"m{n}")
                       for i in range(3))
        matters.append(AgendaMatterRecord(
            f"m{n}", "k", n, f"Asia {n}: {SENTENCES[n % 4][:60]}", MatterRaiser.COUNCIL, None, "",
            "Anne Huotari", SENTENCES[(n + 1) % 4], " ".join(SENTENCES) * 1, MatterStatus.DONE, None, None, 1,
            agreed))
    earlier = tuple(FollowUpRow(FollowUpRecord(f"e{i}", None, SENTENCES[i % 4], "Aino Ahonen",
                                               dt.date(2026, 6, 1 + i % 20), FollowUpStatus.OPEN, 1,
                                               matter_id=f"x{i}"),
                                f"Aiempi asia {i}", "k6", "", 2026, "", MeetingKind.MANAGERS,
                                f"Kuntajohtajakokous 6/2026, asia {i % 9 + 1}")
                    for i in range(40))
    detail = ManagersMeetingDetail(meeting, tuple(attendees), tuple(matters))
    return ManagersMeetingData(detail, municipalities, {}, earlier, dt.date(2026, 8, 20))


def bare(data: ManagersMeetingData) -> bytes:
    register_fonts()
    body = ParagraphStyle("b", fontName=REGULAR, fontSize=10, leading=13.5)
    head = ParagraphStyle("h", fontName=BOLD, fontSize=11.5, leading=15)
    story = [Paragraph(escape(text), body) for a in data.detail.attendees
             for text in (a.organisation, f"{a.name}, {a.title}", a.attendance.value)]
    for matter in data.detail.matters:
        story += [Paragraph(escape(matter.title), head), Paragraph(escape(matter.presenter), body),
                  Paragraph(escape(matter.description), body), Paragraph(escape(matter.notes), body)]
        story += [Paragraph(escape(text), body)
                  for text in ("Toimenpide", "Vastuuhenkilö", "Määräpäivä", "Tila")]
        story += [Paragraph(escape(text), body) for f in matter.follow_ups
                  for text in (f.description, f.owner, str(f.due_date), f.status.value)]
    story += [Paragraph(escape(text), body) for row in data.earlier_open
              for text in (str(row.follow_up.due_date), row.follow_up.description, row.feedback_text,
                           row.source, row.follow_up.owner, row.follow_up.status.value)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    data = long_meeting()
    bare(data), build_minutes(data)  # warm up: font parsing, imports
    base_time, full_time, base_pdf, full_pdf = interleaved(lambda: bare(data), lambda: build_minutes(data),
                                                           args.repeat)
    print(f"Minutes: {len(data.detail.matters)} matters, {len(data.detail.attendees)} attendees, "
          f"{len(data.earlier_open)} earlier open agreements (median CPU time of {args.repeat}, interleaved)")
    print(f"  bare SimpleDocTemplate : {base_time * 1000:8.1f} ms  ({len(base_pdf) // 1024} KiB)")
    print(f"  minutes                : {full_time * 1000:8.1f} ms  ({len(full_pdf) // 1024} KiB)")
    print(f"  ratio                  : {full_time / base_time:8.2f} ×")


if __name__ == "__main__":
    main()

"""Round summary for a full round against a bare platypus document with the same paragraphs.

    PYTHONPATH=. python benchmarks/bench_reports.py [--repeat 9]

A full round: 8 municipalities × 11 sectors × 10 comments, plus advocacy targets and development
views, built in memory as records (no database). The baseline is a SimpleDocTemplate holding the
same item texts and headings as plain Paragraphs in the same font: no header/footer, page totals,
TOC, matrix, tables or markup processing. Both are measured in this run; the ratio is the cost
of the layout features (target ≤ 1.5×).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import io
import statistics
import time
import uuid
from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from benchmarks.results import Result, record
from desktop_app.domain.enums import (
    DevelopmentScope,
    FeedbackKind,
    MeetingStatus,
    Priority,
    Side,
)
from desktop_app.domain.records import (
    FeedbackRecord,
    MeetingDetail,
    MeetingRecord,
    ParticipantRecord,
    RoundRecord,
    SectorRecord,
)
from desktop_app.reports import RoundSummaryData, build_round_summary
from desktop_app.reports.fonts import BOLD, REGULAR, register_fonts
from desktop_app.resources import load_json_resource

SENTENCES = [
    "Kunta pitää tärkeänä, että maakunnan liitto jatkaa aktiivista edunvalvontaa valtion talousarviossa.",
    "Liikenneyhteyksien parantaminen on elinvoiman edellytys; erityisesti valtatien kunnossapito huolettaa.",
    "Hankerahoituksen omarahoitusosuus on pienille kunnille raskas, ja liitolta toivotaan neuvontaa.",
    "Osaavan työvoiman saatavuus on yritysten suurin kasvun este, ja koulutuspaikkoja tarvitaan lisää.",
]


def full_round() -> RoundSummaryData:
    now = dt.datetime(2026, 3, 1, 9, 0)
    round_ = RoundRecord(id="r", year=2026, period_start=2027, period_end=2029, title="")
    sectors = tuple(
        SectorRecord(id=s["code"], code=s["code"], name_fi=s["name_fi"], name_en=s.get("name_en", ""),
                     sort_order=i * 10, retired=False)
        for i, s in enumerate(load_json_resource("sectors.json")["sectors"])
    )
    municipalities = load_json_resource("municipalities.json")["municipalities"]
    meetings = []
    for m_index, mun in enumerate(municipalities):
        meeting_id = str(uuid.uuid4())

        def item(kind: FeedbackKind, text: str, order: int, sector: str | None = None,
                 scope: DevelopmentScope | None = None, mid: str = meeting_id) -> FeedbackRecord:
            return FeedbackRecord(id=str(uuid.uuid4()), meeting_id=mid, sector_id=sector, kind=kind,
                                  scope=scope, text=text, priority=Priority.NORMAL, sort_order=order,
                                  version=1, created_by="b", updated_by="b", created_at=now, updated_at=now)

        feedback = [item(FeedbackKind.SECTOR_COMMENT,
                         f"{mun['name_fi']}: {SENTENCES[(i + s_index) % 4]} ({sector.code} {i + 1})",
                         i, sector.id)
                    for s_index, sector in enumerate(sectors) for i in range(10)]
        feedback += [item(FeedbackKind.ADVOCACY_TARGET, f"{SENTENCES[i]} Kohde {i + 1}.", i)
                     for i in range(3)]
        feedback += [item(FeedbackKind.DEVELOPMENT_VIEW, SENTENCES[i], 0, scope=scope)
                     for i, scope in enumerate(DevelopmentScope)]
        record = MeetingRecord(id=meeting_id, round_id="r", round_year=2026, municipality_code=mun["code"],
                               municipality_name=mun["name_fi"], meeting_date=dt.date(2026, 3, 2 + m_index),
                               start_time=dt.time(9, 0), place="Kunnantalo", status=MeetingStatus.CLOSED,
                               notes="", version=1, updated_at=now)
        people = (ParticipantRecord(id="p", meeting_id=meeting_id, name="Anna Heikkinen",
                                    organisation="Kainuun liitto", title="Maakuntajohtaja",
                                    side=Side.COUNCIL, sort_order=1),)
        meetings.append(MeetingDetail(meeting=record, round=round_, participants=people,
                                      feedback=tuple(feedback), sectors=sectors))
    return RoundSummaryData(round=round_, sectors=sectors, meetings=tuple(meetings))


def bare(data: RoundSummaryData) -> bytes:
    """The same headings and item texts, one Paragraph each, in a bare SimpleDocTemplate."""
    register_fonts()
    body = ParagraphStyle("b", fontName=REGULAR, fontSize=10, leading=13.5)
    head = ParagraphStyle("h", fontName=BOLD, fontSize=13.5, leading=18)
    story = []
    for sector in data.sectors:
        story.append(Paragraph(escape(sector.name_fi), head))
        for detail in data.meetings:
            story.append(Paragraph(escape(detail.meeting.municipality_name), head))
            story += [Paragraph(escape(i.text), body)
                      for i in detail.items_of(FeedbackKind.SECTOR_COMMENT, sector.id)]
    for detail in data.meetings:
        story.append(Paragraph(escape(detail.meeting.municipality_name), head))
        story += [Paragraph(escape(i.text), body) for i in detail.feedback
                  if i.kind != FeedbackKind.SECTOR_COMMENT]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def interleaved(first: Callable[[], bytes], second: Callable[[], bytes],
                repeat: int) -> tuple[float, float, bytes, bytes]:
    """Median CPU times of `first` and `second`, run alternately so that whatever else the
    machine does hits both sides alike (both are single-threaded, so CPU time ≈ wall time)."""
    def run(fn: Callable[[], bytes], into: list[float]) -> bytes:
        gc.collect()  # neither side pays for the other's garbage
        start = time.process_time()  # CPU time: other engineers' jobs on this box don't count
        result = fn()
        into.append(time.process_time() - start)
        return result

    a: list[float] = []
    b: list[float] = []
    out_a = out_b = b""
    for _ in range(repeat):
        out_a = run(first, a)
        out_b = run(second, b)
    return statistics.median(a), statistics.median(b), out_a, out_b


def run(repeat: int = 9) -> None:
    data = full_round()
    items = data.item_count
    bare(data), build_round_summary(data)  # warm up: font parsing, imports
    base_time, full_time, _base_pdf, full_pdf = interleaved(lambda: bare(data),
                                                           lambda: build_round_summary(data), repeat)
    print(f"Full round: {len(data.meetings)} municipalities × {len(data.sectors)} sectors, {items} items "
          f"(median CPU time of {repeat}, interleaved; {len(full_pdf) // 1024} KiB)")
    record(Result("reports", f"round summary PDF, {items} items", full_time * 1000, "ms",
                  baseline=base_time * 1000, baseline_name="a bare SimpleDocTemplate", target=1.5))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=9)
    run(parser.parse_args().repeat)


if __name__ == "__main__":
    main()

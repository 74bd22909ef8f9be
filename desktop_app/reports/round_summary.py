"""Round summary (yhteenveto): every municipality's feedback across one round, for the board."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from desktop_app.domain.enums import FeedbackKind
from desktop_app.domain.formatting import fi_date, period_label
from desktop_app.domain.progress import NO_PROGRESS, Progress
from desktop_app.domain.records import MeetingDetail
from desktop_app.glossary import count
from desktop_app.reports.blocks import (
    MEETING_STATUS_FI,
    PRIORITY_TAG,
    bullet_list,
    data_table,
    heading,
    note,
)
from desktop_app.reports.coverage import coverage_matrix
from desktop_app.reports.handout import SCOPE_TITLES
from desktop_app.reports.inputs import RoundSummaryData
from desktop_app.reports.page import ORGANISATION, DocumentInfo, Heading, render
from desktop_app.reports.styles import ACCENT, CONTENT_WIDTH, RULE, quiet_style, styles
from desktop_app.reports.text import markup
from desktop_app.reports.toc import TocEntries


def summary_title(data: RoundSummaryData) -> str:
    return f"Yhteenveto: {data.round.label}"


def build_round_summary(data: RoundSummaryData, *, created: dt.date | None = None,
                        progress: Progress = NO_PROGRESS) -> bytes:
    info = DocumentInfo(
        title=summary_title(data),
        subject=f"Kuntaneuvottelujen {data.round.year} yhteenveto jäsenkunnittain ja toimintasektoreittain",
        keywords=("kuntaneuvottelut", "yhteenveto", str(data.round.year), "Kainuun liitto"),
        created=created or dt.date.today(),
        title_page=True,
    )
    sections = _sections(data)
    toc = [(key, title, level) for key, title, level, _ in sections]
    story: list[Flowable] = [*_title_page(data, info.created), PageBreak(),
                             Paragraph("Sisällys", styles().h1), Spacer(1, 3 * mm), TocEntries(toc)]
    for index, (key, title, level, body) in enumerate(sections):
        progress.step(index, len(sections) * 2, "Kootaan yhteenvetoa…")
        if level == 0:
            story.append(PageBreak())
        # a group heading without a body of its own names no page in the running header
        marker = Heading(key, title, level, running=bool(body))
        story += heading(markup(title), styles().h1 if level == 0 else styles().h2, marker=marker)
        story += body
    return render(info, story, progress)


Section = tuple[str, str, int, list[Flowable]]


def _sections(data: RoundSummaryData) -> list[Section]:
    sections: list[Section] = [
        ("coverage", "Kattavuus: kunnat ja toimintasektorit", 0, _coverage(data)),
        ("sectors", "Palaute toimintasektoreittain", 0, []),
    ]
    for sector in data.sectors:
        sections.append((f"sector-{sector.id}", sector.name_fi, 1, _sector(data, sector.id)))
    sections.append(("advocacy", "Edunajamiskohteet kunnittain", 0, _advocacy(data)))
    sections.append(("development", "Näkemykset aluekehityksestä", 0, _development(data)))
    if any(d.items_of(FeedbackKind.QUESTION) for d in data.meetings):
        sections.append(("questions", "Kysymykset", 0, _by_municipality(data, FeedbackKind.QUESTION)))
    return sections


def _title_page(data: RoundSummaryData, created: dt.date) -> list[Flowable]:
    st = styles()
    held = data.held_meetings
    flowables: list[Flowable] = [
        Spacer(1, 30 * mm),
        Paragraph(ORGANISATION.upper(), st.label),
        Spacer(1, 4 * mm),
        Paragraph(f"Kuntaneuvottelut {data.round.year}", st.title),
        Paragraph(f"Yhteenveto · {period_label(data.round.period_start, data.round.period_end)}",
                  st.subtitle),
        Spacer(1, 10 * mm),
        Paragraph(f"{len(held)} / {len(data.meetings)} neuvottelua kirjattu · "
                  f"{count(data.item_count, 'item')} · {len(data.sectors)} toimintasektoria", st.body),
        Spacer(1, 8 * mm),
    ]
    rows = [[Paragraph(markup(d.meeting.municipality_name), st.cell_bold),
             fi_date(d.meeting.meeting_date) or "–", MEETING_STATUS_FI[d.meeting.status],
             str(len(d.feedback))] for d in data.meetings]
    flowables.append(data_table(["Kunta", "Päivämäärä", "Tila", "Kohtia"], rows,
                                [CONTENT_WIDTH - 105 * mm, 40 * mm, 40 * mm, 25 * mm], right=[3]))
    flowables += [Spacer(1, 12 * mm), Paragraph(f"Koottu {fi_date(created)}", st.muted)]
    return flowables


def _coverage(data: RoundSummaryData) -> list[Flowable]:
    st = styles()
    return [
        Paragraph("Sektorikommenttien määrä kunnittain. Tumma solu: paljon kommentteja; viiva: "
                  "sektoria ei käsitelty.", st.muted),
        Spacer(1, 2 * mm),
        *coverage_matrix(data),
    ]


def _municipality_label(detail: MeetingDetail) -> list[Flowable]:
    return heading(markup(detail.meeting.municipality_name))


def _sector(data: RoundSummaryData, sector_id: str) -> list[Flowable]:
    flowables: list[Flowable] = []
    silent: list[str] = []
    for detail in data.meetings:
        items = detail.items_of(FeedbackKind.SECTOR_COMMENT, sector_id)
        if items:
            flowables += [*_municipality_label(detail), *bullet_list(items)]
        elif detail.feedback:  # meetings not yet held are not "silent"
            silent.append(detail.meeting.municipality_name)
    if silent:
        flowables += [Spacer(1, 1 * mm), note("Ei kommentteja: " + ", ".join(silent) + ".")]
    if not flowables:  # no meeting held yet: say so rather than leave a bare heading
        flowables.append(note("Ei kirjattuja kommentteja."))
    flowables.append(_rule())
    return flowables


def _rule() -> Flowable:
    table = Table([[""]], colWidths=[CONTENT_WIDTH], rowHeights=[4 * mm])
    table.setStyle(quiet_style([("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]))
    return table


def _advocacy(data: RoundSummaryData) -> list[Flowable]:
    st = styles()
    rows: list[list[object]] = []
    group_starts: list[int] = []
    for detail in data.meetings:
        targets = detail.items_of(FeedbackKind.ADVOCACY_TARGET)
        for index, item in enumerate(targets):
            if index == 0:
                group_starts.append(len(rows) + 1)
            name = Paragraph(markup(detail.meeting.municipality_name), st.cell_bold) if index == 0 else ""
            rows.append([name, Paragraph(markup(item.text), st.cell),
                         Paragraph(PRIORITY_TAG.get(item.priority, ""), st.cell)])
    if not rows:
        return [note("Ei kirjattuja edunajamiskohteita.")]
    # a stronger rule where the next municipality starts
    lines = [("LINEABOVE", (0, r), (-1, r), 0.8, ACCENT) for r in group_starts[1:]]
    return [data_table(["Kunta", "Edunajamiskohde", "Tärkeys"], rows,  # type: ignore[arg-type]
                       [32 * mm, CONTENT_WIDTH - 60 * mm, 28 * mm], extra_style=lines)]


def _development(data: RoundSummaryData) -> list[Flowable]:
    st = styles()
    flowables: list[Flowable] = []
    for scope, title in SCOPE_TITLES.items():
        flowables += heading(title, st.h2)
        any_items = False
        for detail in data.meetings:
            items = [i for i in detail.items_of(FeedbackKind.DEVELOPMENT_VIEW) if i.scope == scope]
            if items:
                any_items = True
                flowables += [*_municipality_label(detail), *bullet_list(items)]
        if not any_items:
            flowables.append(note("Ei kirjattuja näkemyksiä."))
    other = [d for d in data.meetings
             if any(i.scope not in SCOPE_TITLES for i in d.items_of(FeedbackKind.DEVELOPMENT_VIEW))]
    if other:
        flowables += heading("Muut kehitysnäkemykset", st.h2)
        for detail in other:
            items = [i for i in detail.items_of(FeedbackKind.DEVELOPMENT_VIEW) if i.scope not in SCOPE_TITLES]
            flowables += [*_municipality_label(detail), *bullet_list(items)]
    return flowables


def _by_municipality(data: RoundSummaryData, kind: FeedbackKind) -> list[Flowable]:
    flowables: list[Flowable] = []
    for detail in data.meetings:
        items = detail.items_of(kind)
        if items:
            flowables += [*_municipality_label(detail), *bullet_list(items)]
    return flowables


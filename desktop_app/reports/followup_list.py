"""Follow-up list: the council's open promises by owner, soonest due first, overdue marked; the
negotiations' follow-ups and the managers' meetings' agreements, or one kind of them."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop_app.domain.enums import MeetingKind
from desktop_app.domain.formatting import fi_date
from desktop_app.domain.progress import NO_PROGRESS, Progress
from desktop_app.domain.records import FollowUpRow
from desktop_app.reports.blocks import FOLLOW_UP_STATUS_FI, data_table, heading, note
from desktop_app.reports.inputs import FollowUpListData
from desktop_app.reports.page import DocumentInfo, Heading, render
from desktop_app.reports.styles import CONTENT_WIDTH, WARNING, styles
from desktop_app.reports.text import markup, one_line

NO_OWNER = "Ei vastuuhenkilöä"
TITLE = "Avoimet jatkotoimenpiteet"
KIND_KEYWORDS = {None: ("kuntaneuvottelut", "kuntajohtajakokoukset"),
                 MeetingKind.NEGOTIATION: ("kuntaneuvottelut",),
                 MeetingKind.MANAGERS: ("kuntajohtajakokoukset",)}


def sort_key(row: FollowUpRow) -> tuple[bool, dt.date, str, str]:
    """By due date, undated last; ties by municipality and text, so the order is stable."""
    due = row.follow_up.due_date
    return (due is None, due or dt.date.max, row.municipality_name, row.follow_up.description)


def group_by_owner(rows: tuple[FollowUpRow, ...]) -> list[tuple[str, list[FollowUpRow]]]:
    """Owners alphabetically (Finnish letters sort after z by code point, as in Finnish), the
    follow-ups without an owner last."""
    groups: dict[str, list[FollowUpRow]] = {}
    for row in rows:
        groups.setdefault(row.follow_up.owner.strip(), []).append(row)
    ordered = sorted((owner for owner in groups if owner), key=str.casefold)
    result = [(owner, sorted(groups[owner], key=sort_key)) for owner in ordered]
    if "" in groups:
        result.append((NO_OWNER, sorted(groups[""], key=sort_key)))
    return result


def where_agreed(row: FollowUpRow) -> str:
    """"Kuntaneuvottelu Kuhmo 2026 · Liikenne ja saavutettavuus" for a negotiation's promise,
    "Kuntajohtajakokous 7/2026, asia 3 · Kuhmo" for a managers' meeting's agreement (with the
    municipality that raised the matter)."""
    if row.kind == MeetingKind.MANAGERS:
        source = row.source or f"Kuntajohtajakokous {row.round_year}"
        return " · ".join(part for part in (source, row.municipality_name) if part)
    source = row.source or " ".join(part for part in (row.municipality_name, str(row.round_year)) if part)
    return " · ".join(part for part in (source, row.sector_name) if part)


def kind_counts(rows: tuple[FollowUpRow, ...]) -> str:
    """" (3 kuntaneuvotteluista, 2 kuntajohtajakokouksista)" when both kinds are listed, else ""."""
    managers = sum(1 for row in rows if row.kind == MeetingKind.MANAGERS)
    negotiations = len(rows) - managers
    if not managers or not negotiations:
        return ""
    return f" ({negotiations} kuntaneuvotteluista, {managers} kuntajohtajakokouksista)"


def build_follow_up_list(data: FollowUpListData, *, created: dt.date | None = None,
                         progress: Progress = NO_PROGRESS) -> bytes:
    info = DocumentInfo(
        title=TITLE, subject=f"Avoimet jatkotoimenpiteet vastuuhenkilöittäin: {one_line(data.scope_label)}",
        keywords=("jatkotoimenpiteet", *KIND_KEYWORDS[data.kind], "Kainuun liitto"),
        created=created or dt.date.today(),
        header_text=f"{TITLE} · {one_line(data.scope_label)}",
    )
    st = styles()
    groups = group_by_owner(data.rows)
    overdue = sum(1 for row in data.rows if row.follow_up.is_overdue(data.today))
    story: list[Flowable] = [
        Paragraph(TITLE, st.title),
        Paragraph(markup(data.scope_label), st.subtitle),
        Paragraph(f"{len(data.rows)} avointa{kind_counts(data.rows)}, joista "
                  f"<font color='#b3261e'><b>{overdue} myöhässä</b></font> "
                  f"({fi_date(data.today)}) · {len(groups)} vastuuhenkilöä", st.body),
        Spacer(1, 4 * mm),
    ]
    if not data.rows:
        story.append(note("Ei avoimia jatkotoimenpiteitä."))
    for index, (owner, rows) in enumerate(groups):
        progress.step(index, len(groups), "Kootaan jatkotoimenpiteitä…")
        late = sum(1 for row in rows if row.follow_up.is_overdue(data.today))
        counts = f"{len(rows)} avointa" + (f", {late} myöhässä" if late else "")
        title = f"{markup(owner)} <font size='10' color='#5b6570'>({counts})</font>"
        # room for the heading and the table's header row plus two follow-ups
        story += [*heading(title, st.h2, marker=Heading(f"owner-{index}", owner), lines_after=6),
                  _table(rows, data.today)]
    return render(info, story, progress)


def _table(rows: list[FollowUpRow], today: dt.date) -> Flowable:
    st = styles()
    body: list[list[object]] = []
    marks: list[tuple] = []
    for r, row in enumerate(rows, start=1):
        follow_up = row.follow_up
        late = follow_up.is_overdue(today)
        due = fi_date(follow_up.due_date) or "ei määräpäivää"
        due_cell = (Paragraph(f"<font color='#b3261e'><b>{due}</b><br/>MYÖHÄSSÄ</font>", st.cell) if late
                    else Paragraph(markup(due), st.cell))
        what = markup(follow_up.description) if follow_up.description.strip() else "<i>–</i>"
        about = markup(one_line(row.feedback_text, 160))
        where = where_agreed(row)
        body.append([
            due_cell,
            Paragraph(f"{what}<br/><font size='8' color='#5b6570'>{about}</font>", st.cell),
            Paragraph(markup(where), st.cell),
            FOLLOW_UP_STATUS_FI[follow_up.status],
        ])
        if late:
            marks.append(("LINEBEFORE", (0, r), (0, r), 2.5, WARNING))
    widths = [26 * mm, CONTENT_WIDTH - 26 * mm - 44 * mm - 20 * mm, 44 * mm, 20 * mm]
    return data_table(["Määräpäivä", "Toimenpide", "Missä sovittu", "Tila"],
                      body, widths, extra_style=marks)  # type: ignore[arg-type]

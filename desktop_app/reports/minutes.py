"""Minutes of a managers' meeting (kuntajohtajakokouksen muistio): who was there, each matter with
its notes and agreements, and the agreements of earlier meetings that are still open.

A meeting that is not closed or approved prints as a draft (LUONNOS), like the negotiation handout.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop_app.domain.enums import Attendance, AttendeeRole, MatterStatus
from desktop_app.domain.formatting import fi_date
from desktop_app.domain.progress import NO_PROGRESS, Progress
from desktop_app.domain.records import AgendaMatterRecord, AttendeeRecord, FollowUpRecord, FollowUpRow
from desktop_app.reports.blocks import FOLLOW_UP_STATUS_FI, data_table, heading, note
from desktop_app.reports.fonts import BOLD
from desktop_app.reports.inputs import ManagersMeetingData
from desktop_app.reports.managers_common import (
    ATTENDANCE_FI,
    COUNCIL,
    FINAL_STATUSES,
    description_of,
    document_info,
    matter_facts,
    matter_heading,
    person,
    section,
    title_block,
)
from desktop_app.reports.page import render
from desktop_app.reports.styles import CONTENT_WIDTH, WARNING, styles
from desktop_app.reports.text import markup, one_line

DOCUMENT = "Kuntajohtajakokouksen muistio"
_MARKS_IN_ORDER = (Attendance.PRESENT, Attendance.REMOTE, Attendance.ABSENT, Attendance.UNMARKED)


def minutes_title(data: ManagersMeetingData) -> str:
    return f"{DOCUMENT} {data.detail.meeting.label}"


def build_minutes(data: ManagersMeetingData, *, created: dt.date | None = None,
                  progress: Progress = NO_PROGRESS) -> bytes:
    """The minutes as PDF bytes. Overdue agreements are those still open whose due date is
    before `data.today`. A meeting that is not closed or approved prints as LUONNOS."""
    meeting = data.detail.meeting
    info, full_hash = document_info(data, DOCUMENT, created=created or dt.date.today(),
                                    draft=meeting.status not in FINAL_STATUSES, keyword="muistio")
    st = styles()
    story: list[Flowable] = [title_block(data, "KUNTAJOHTAJAKOKOUKSEN MUISTIO", full_hash),
                             Spacer(1, 4 * mm)]
    story += _attendance(data)
    story += section("matters", "Käsitellyt asiat")
    matters = data.detail.matters
    if not matters:
        story.append(note("Kokouksessa ei käsitelty asioita."))
    for index, matter in enumerate(matters):
        progress.step(index, len(matters), "Kootaan muistiota…")
        story += _matter(data, matter)
    story += _earlier_open(data)
    if meeting.notes.strip():
        story += [*section("notes", "Muistiinpanot"), Paragraph(markup(meeting.notes), st.body)]
    progress.check()
    return render(info, story, progress)


def _attendance(data: ManagersMeetingData) -> list[Flowable]:
    st = styles()
    attendees = data.detail.attendees
    story = section("attendance", "Osallistujat")
    if not attendees:
        return [*story, note("Osallistujia ei ole kirjattu.")]
    counts = [f"{ATTENDANCE_FI[mark]} {sum(1 for a in attendees if a.attendance == mark)}"
              for mark in _MARKS_IN_ORDER if any(a.attendance == mark for a in attendees)]
    story.append(Paragraph(capital(" · ".join(counts)), st.body))
    members = [a for a in attendees if a.role in (AttendeeRole.MANAGER, AttendeeRole.DEPUTY)]
    council = [a for a in attendees if a.role == AttendeeRole.COUNCIL]
    experts = [a for a in attendees if a.role == AttendeeRole.EXPERT]
    wide = CONTENT_WIDTH - 45 * mm - 22 * mm
    if members:
        rows = [[_municipality(data, a), Paragraph(person(a), st.cell), _mark(a)] for a in members]
        story += [*heading("Kunnat"), data_table(["Kunta", "Nimi ja tehtävä", "Läsnäolo"], rows,
                                                 [45 * mm, wide, 22 * mm])]
    if council:
        rows = [[Paragraph(person(a), st.cell), _mark(a)] for a in council]
        story += [*heading(COUNCIL), data_table(["Nimi ja tehtävä", "Läsnäolo"], rows,
                                                [CONTENT_WIDTH - 22 * mm, 22 * mm])]
    if experts:
        titles = {matter.id: f"{matter.number}. {one_line(matter.title, 90)}"
                  for matter in data.detail.matters}
        rows = [[Paragraph(person(a), st.cell), a.organisation or "–",
                 titles.get(a.matter_id or "", "–"), _mark(a)] for a in experts]
        story += [*heading("Kutsutut asiantuntijat"),
                  data_table(["Nimi ja tehtävä", "Organisaatio", "Asia", "Läsnäolo"], rows,
                             [50 * mm, 38 * mm, CONTENT_WIDTH - 110 * mm, 22 * mm])]
    return story


@cache
def agreed_style() -> ParagraphStyle:
    """"Sovittiin:" over an agreements table: body text in bold, as a heading for keep rules."""
    return ParagraphStyle("agreed", parent=styles().body, fontName=BOLD)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _municipality(data: ManagersMeetingData, attendee: AttendeeRecord) -> str:
    name = data.municipalities.get(attendee.municipality_code or "", "")
    return name or attendee.organisation or "–"


def _mark(attendee: AttendeeRecord) -> str:
    return ATTENDANCE_FI[attendee.attendance]


def _matter(data: ManagersMeetingData, matter: AgendaMatterRecord) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [*matter_heading(matter), matter_facts(data, matter)]
    if description_of(matter):
        story.append(Paragraph(f"<b>Kuvaus:</b> {markup(description_of(matter))}", st.body))
    if matter.notes.strip():
        story.append(Paragraph(f"<b>Keskustelu:</b> {markup(matter.notes)}", st.body))
    if matter.follow_ups:
        # kept with the table's header and first row, never alone at the foot of a page
        story += [*heading("Sovittiin:", agreed_style(), lines_after=0),
                  _agreements(matter.follow_ups, data.today)]
    elif matter.notes.strip() or matter.status == MatterStatus.DONE:
        story.append(note("Ei sovittuja jatkotoimia."))
    carried_to = data.detail.carried_to.get(matter.id)
    if carried_to:
        story.append(Paragraph(f"<b>Siirretty kokoukseen {carried_to}</b>", st.body))
    elif matter.status == MatterStatus.DONE:
        story.append(Paragraph("<b>Käsitelty.</b>", st.body))
    return story


def _due_cell(follow_up: FollowUpRecord, today: dt.date) -> Paragraph:
    st = styles()
    due = fi_date(follow_up.due_date) or "–"
    if follow_up.is_overdue(today):
        return Paragraph(f"<font color='#b3261e'><b>{due}</b><br/>MYÖHÄSSÄ</font>", st.cell)
    return Paragraph(markup(due), st.cell)


def _agreements(follow_ups: tuple[FollowUpRecord, ...], today: dt.date) -> Flowable:
    st = styles()
    rows: list[list[object]] = []
    marks: list[tuple] = []
    for r, follow_up in enumerate(follow_ups, start=1):
        what = markup(follow_up.description) if follow_up.description.strip() else "<i>–</i>"
        rows.append([Paragraph(what, st.cell), follow_up.owner or "–", _due_cell(follow_up, today),
                     FOLLOW_UP_STATUS_FI[follow_up.status]])
        if follow_up.is_overdue(today):
            marks.append(("LINEBEFORE", (2, r), (2, r), 2.5, WARNING))
    widths = [CONTENT_WIDTH - 45 * mm - 26 * mm - 20 * mm, 45 * mm, 26 * mm, 20 * mm]
    return data_table(["Toimenpide", "Vastuuhenkilö", "Määräpäivä", "Tila"], rows,  # type: ignore[arg-type]
                      widths, extra_style=marks)


def _earlier_open(data: ManagersMeetingData) -> list[Flowable]:
    st = styles()
    rows_in = data.earlier_open
    late = sum(1 for row in rows_in if row.follow_up.is_overdue(data.today))
    story = section("earlier", "Aiempien kokousten avoimet jatkotoimet")
    if not rows_in:
        return [*story, note("Aiemmista kokouksista ei ole avoimia jatkotoimia.")]
    summary = Paragraph(
        f"{len(rows_in)} avointa, joista <font color='#b3261e'><b>{late} myöhässä</b></font> "
        f"(tilanne {fi_date(data.today)})", st.body)
    # Kept with the heading like a sub-heading, so the table's first row comes along too (seen on
    # paper: the heading and this line ended a page and the table began the next).
    summary._is_heading = True  # type: ignore[attr-defined]  # see keep.link_headings
    story.append(summary)
    body: list[list[object]] = []
    marks: list[tuple] = []
    for r, row in enumerate(rows_in, start=1):
        body.append(_earlier_row(row, data.today))
        if row.follow_up.is_overdue(data.today):
            marks.append(("LINEBEFORE", (0, r), (0, r), 2.5, WARNING))
    widths = [26 * mm, CONTENT_WIDTH - 26 * mm - 40 * mm - 36 * mm - 20 * mm, 40 * mm, 36 * mm, 20 * mm]
    story.append(data_table(["Määräpäivä", "Toimenpide", "Kokous", "Vastuuhenkilö", "Tila"],
                            body, widths, extra_style=marks))  # type: ignore[arg-type]
    return story


def _earlier_row(row: FollowUpRow, today: dt.date) -> list[object]:
    st = styles()
    follow_up = row.follow_up
    what = markup(follow_up.description) if follow_up.description.strip() else "<i>–</i>"
    about = markup(one_line(row.feedback_text, 140))
    source = row.source.removeprefix("Kuntajohtajakokous ")
    return [_due_cell(follow_up, today),
            Paragraph(f"{what}<br/><font size='8' color='#5b6570'>{about}</font>", st.cell),
            Paragraph(markup(source), st.cell), Paragraph(markup(follow_up.owner or "–"), st.cell),
            FOLLOW_UP_STATUS_FI[follow_up.status]]

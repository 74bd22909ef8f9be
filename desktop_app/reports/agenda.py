"""Agenda of a managers' meeting (kuntajohtajakokouksen asialista), sent before the meeting.

The agenda never carries the LUONNOS mark: it is written and sent while the meeting is still
planned, and a watermark on every agenda would make the sent copy look unofficial. Which version
a paper copy is tells the footer instead: the creation date and the content hash.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop_app.domain.enums import AttendeeRole
from desktop_app.domain.progress import NO_PROGRESS, Progress
from desktop_app.reports.blocks import data_table, note
from desktop_app.reports.inputs import ManagersMeetingData
from desktop_app.reports.managers_common import (
    description_of,
    document_info,
    matter_facts,
    matter_heading,
    person,
    section,
    title_block,
)
from desktop_app.reports.page import render
from desktop_app.reports.styles import CONTENT_WIDTH, styles
from desktop_app.reports.text import markup

DOCUMENT = "Kuntajohtajakokouksen asialista"


def agenda_title(data: ManagersMeetingData) -> str:
    return f"{DOCUMENT} {data.detail.meeting.label}"


def build_agenda(data: ManagersMeetingData, *, created: dt.date | None = None,
                 progress: Progress = NO_PROGRESS) -> bytes:
    """The agenda as PDF bytes: the meeting's facts, then each matter in agenda order with who
    raised it, the presenter, the experts invited to it and its short description."""
    info, full_hash = document_info(data, DOCUMENT, created=created or dt.date.today(), draft=False,
                                    keyword="asialista")
    st = styles()
    story: list[Flowable] = [title_block(data, "KUNTAJOHTAJAKOKOUKSEN ASIALISTA", full_hash),
                             Spacer(1, 4 * mm), *section("matters", "Asiat")]
    matters = data.detail.matters
    if not matters:
        story.append(note("Asialistalla ei ole vielä asioita."))
    for index, matter in enumerate(matters):
        progress.step(index, len(matters), "Kootaan asialistaa…")
        story += [*matter_heading(matter), matter_facts(data, matter)]
        if description_of(matter):
            story.append(Paragraph(markup(description_of(matter)), st.body))
    unattached = [a for a in data.detail.attendees if a.role == AttendeeRole.EXPERT and a.matter_id is None]
    if unattached:
        rows = [[Paragraph(person(a), st.cell), a.organisation or "–"] for a in unattached]
        story += [*section("experts", "Kutsutut asiantuntijat"),
                  data_table(["Nimi", "Organisaatio"], rows, [CONTENT_WIDTH / 2, CONTENT_WIDTH / 2])]
    progress.check()
    return render(info, story, progress)

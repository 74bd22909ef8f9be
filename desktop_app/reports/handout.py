"""Meeting handout (neuvottelumuistio): one negotiation on paper, for the mayor and the file."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from desktop_app.domain.enums import DevelopmentScope, FeedbackKind, MeetingStatus, Side
from desktop_app.domain.formatting import fi_date, fi_time
from desktop_app.domain.progress import NO_PROGRESS, Progress
from desktop_app.domain.records import FeedbackRecord, MeetingDetail, ParticipantRecord
from desktop_app.glossary import capitalised, term
from desktop_app.reports.blocks import MEETING_STATUS_FI, QrCode, bullet_list, data_table, heading, note
from desktop_app.reports.content_hash import display_hash, meeting_content_hash, meeting_qr_payload
from desktop_app.reports.page import DocumentInfo, render
from desktop_app.reports.styles import CONTENT_WIDTH, RULE, quiet_style, styles
from desktop_app.reports.text import markup, one_line

FINAL_STATUSES = frozenset({MeetingStatus.CLOSED, MeetingStatus.APPROVED})
SCOPE_TITLES = {scope: capitalised(term("development_view", scope.value)) for scope in DevelopmentScope}


def handout_title(detail: MeetingDetail) -> str:
    return f"Neuvottelumuistio: {detail.meeting.municipality_name} {detail.round.year}"


def build_meeting_handout(detail: MeetingDetail, *, created: dt.date | None = None,
                          progress: Progress = NO_PROGRESS) -> bytes:
    """The handout as PDF bytes. A meeting that is not closed or approved prints as a draft."""
    full_hash = meeting_content_hash(detail)
    meeting = detail.meeting
    info = DocumentInfo(
        title=handout_title(detail),
        subject=f"Kuntaneuvottelu {meeting.municipality_name}, {detail.round.label}",
        keywords=("kuntaneuvottelu", "neuvottelumuistio", meeting.municipality_name,
                  str(detail.round.year), f"tunniste {display_hash(full_hash)}"),
        created=created or dt.date.today(),
        draft=meeting.status not in FINAL_STATUSES,
        footer_note=f"Tunniste {display_hash(full_hash)}",
    )
    progress.check()
    return render(info, _story(detail, full_hash), progress)


def _story(detail: MeetingDetail, full_hash: str) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [_title_block(detail, full_hash), Spacer(1, 4 * mm)]
    story += _participants(detail)

    story += heading("Edunajamiskohteet", st.h2)
    targets = detail.items_of(FeedbackKind.ADVOCACY_TARGET)
    story += bullet_list(targets, numbered=True) if targets else [note("Ei kirjattuja edunajamiskohteita.")]

    story += heading("Palaute toimintasektoreittain", st.h2)
    story += _sector_feedback(detail)

    story += heading("Näkemykset aluekehityksestä", st.h2)
    views = detail.items_of(FeedbackKind.DEVELOPMENT_VIEW)
    if not views:
        story.append(note("Ei kirjattuja kehitysnäkemyksiä."))
    for scope, title in [*SCOPE_TITLES.items(), (None, "Muut kehitysnäkemykset")]:
        chosen = [item for item in views if item.scope == scope]
        if chosen:
            story += [*heading(title), *bullet_list(chosen)]

    questions = detail.items_of(FeedbackKind.QUESTION)
    if questions:
        story += [*heading("Kysymykset", st.h2), *bullet_list(questions)]

    story += heading("Jatkotoimenpiteet", st.h2)
    story += _follow_ups(detail)

    if detail.meeting.notes.strip():
        story += [*heading("Muistiinpanot", st.h2), Paragraph(markup(detail.meeting.notes), st.body)]
    return story


def _title_block(detail: MeetingDetail, full_hash: str) -> Table:
    st = styles()
    meeting = detail.meeting
    facts = [
        ("Päivämäärä", fi_date(meeting.meeting_date) or "ei sovittu"),
        ("Kellonaika", fi_time(meeting.start_time) or "–"),
        ("Paikka", meeting.place or "–"),
        ("Kierros", detail.round.label),
        ("Tila", MEETING_STATUS_FI[meeting.status]),
    ]
    fact_rows = [[Paragraph(label, st.label), Paragraph(markup(value), st.cell)] for label, value in facts]
    fact_table = Table(fact_rows, colWidths=[24 * mm, 96 * mm], hAlign="LEFT")
    fact_table.setStyle(quiet_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                                    # the smaller label font sits lower to share the value's baseline
                                    ("TOPPADDING", (0, 0), (0, -1), 2.2),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    left = [Paragraph("NEUVOTTELUMUISTIO", st.label),
            Paragraph(markup(one_line(meeting.municipality_name)), st.title),
            Paragraph("Kuntaneuvottelu", st.subtitle), fact_table]
    right = [QrCode(meeting_qr_payload(detail), 30 * mm),
             Paragraph(f"Tunniste<br/><b>{display_hash(full_hash)}</b>", st.cell_center)]
    block = Table([[left, right]], colWidths=[CONTENT_WIDTH - 36 * mm, 36 * mm])
    block.setStyle(quiet_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return block


def _people(people: list[ParticipantRecord]) -> list[Flowable]:
    st = styles()
    if not people:
        return [Paragraph("<i>ei kirjattu</i>", st.cell)]
    return [Paragraph(f"<b>{markup(p.name)}</b>" + (f", {markup(p.title)}" if p.title else ""), st.cell)
            for p in people]


def _participants(detail: MeetingDetail) -> list[Flowable]:
    council = [p for p in detail.participants if p.side == Side.COUNCIL]
    municipality = [p for p in detail.participants if p.side == Side.MUNICIPALITY]
    table = data_table(["Kainuun liitto", detail.meeting.municipality_name],
                       [[_people(council), _people(municipality)]],
                       [CONTENT_WIDTH / 2, CONTENT_WIDTH / 2])
    return [*heading("Osallistujat", styles().h2), table]


def _sector_feedback(detail: MeetingDetail) -> list[Flowable]:
    comments = detail.items_of(FeedbackKind.SECTOR_COMMENT)
    if not comments:  # listing every sector as silent would only be noise
        return [note("Ei kirjattua palautetta.")]
    by_sector: dict[str | None, list[FeedbackRecord]] = {}
    for item in comments:
        by_sector.setdefault(item.sector_id, []).append(item)
    flowables: list[Flowable] = []
    silent: list[str] = []
    for sector in detail.sectors:
        items = by_sector.pop(sector.id, [])
        if items:
            flowables += [*heading(markup(sector.name_fi)), *bullet_list(items)]
        elif not sector.retired:
            silent.append(sector.name_fi)
    leftovers = [item for items in by_sector.values() for item in items]
    if leftovers:  # comments whose sector is gone or was never set
        flowables += [*heading("Muut kommentit"), *bullet_list(leftovers)]
    if silent:
        flowables.append(Spacer(1, 2 * mm))
        flowables.append(note("Ei kommentteja: " + ", ".join(silent) + "."))
    return flowables


def _follow_ups(detail: MeetingDetail) -> list[Flowable]:
    st = styles()
    rows = []
    for item in detail.feedback:
        for follow_up in item.follow_ups:
            what = markup(follow_up.description) if follow_up.description.strip() else "<i>–</i>"
            about = markup(one_line(item.text, 140))
            rows.append([Paragraph(f"{what}<br/><font size='8' color='#5b6570'>{about}</font>", st.cell),
                         follow_up.owner or "–", fi_date(follow_up.due_date) or "–"])
    if not rows:
        return [note("Ei sovittuja jatkotoimenpiteitä.")]
    return [data_table(["Toimenpide (ja palaute, johon se liittyy)", "Vastuuhenkilö", "Määräpäivä"],
                       rows, [CONTENT_WIDTH - 70 * mm, 45 * mm, 25 * mm])]

"""What the agenda and the minutes of a managers' meeting (kuntajohtajakokous) share: the title
block with the QR code and content hash, the Finnish labels, and each matter's heading and facts."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from desktop_app.domain.enums import Attendance, AttendeeRole, MatterRaiser, MeetingStatus
from desktop_app.domain.formatting import fi_date, fi_time
from desktop_app.domain.records import AgendaMatterRecord, AttendeeRecord, ManagersMeetingRecord
from desktop_app.glossary import term
from desktop_app.reports.blocks import MEETING_STATUS_FI, QrCode, heading
from desktop_app.reports.content_hash import display_hash, managers_content_hash, managers_qr_payload
from desktop_app.reports.inputs import ManagersMeetingData
from desktop_app.reports.page import DocumentInfo, Heading
from desktop_app.reports.styles import CONTENT_WIDTH, RULE, quiet_style, styles
from desktop_app.reports.text import markup, one_line

FORUM = "Kuntajohtajakokous"
COUNCIL = "Kainuun liitto"
OTHER_RAISER = "muu taho"
ATTENDANCE_FI = {Attendance.PRESENT: "läsnä", Attendance.REMOTE: "etänä", Attendance.ABSENT: "poissa",
                 Attendance.UNMARKED: "ei merkitty"}
WEEKDAYS_FI = ("ma", "ti", "ke", "to", "pe", "la", "su")
FINAL_STATUSES = frozenset({MeetingStatus.CLOSED, MeetingStatus.APPROVED})


def meeting_day(meeting: ManagersMeetingRecord) -> str:
    """"ti 7.7.2026", or "ei sovittu" for a meeting without a date."""
    day = meeting.meeting_date
    return f"{WEEKDAYS_FI[day.weekday()]} {fi_date(day)}" if day else "ei sovittu"


def raiser_text(matter: AgendaMatterRecord, municipalities: dict[str, str]) -> str:
    """Who brought the matter: the municipality's name, the council, or the named third party."""
    if matter.raised_by == MatterRaiser.MUNICIPALITY:
        return municipalities.get(matter.municipality_code or "", matter.municipality_code or "kunta")
    if matter.raised_by == MatterRaiser.COUNCIL:
        return COUNCIL
    return matter.raised_by_name or OTHER_RAISER


def person(attendee: AttendeeRecord) -> str:
    """Name and title as markup: "<b>Aino Ahonen</b>, kunnanjohtaja"; an unnamed row shows its title."""
    name = f"<b>{markup(attendee.name)}</b>" if attendee.name.strip() else "<i>nimi puuttuu</i>"
    title = markup(attendee.title) if attendee.title.strip() else ""
    deputy = " (varahenkilö)" if attendee.role == AttendeeRole.DEPUTY else ""
    return name + (f", {title}" if title else "") + deputy


def description_of(matter: AgendaMatterRecord) -> str:
    """The matter's description, or "" when it only repeats the title (a negotiation item brought
    onto the agenda is titled from its own short text)."""
    if one_line(matter.description) == one_line(matter.title):
        return ""
    return matter.description.strip()


def document_info(data: ManagersMeetingData, document: str, *, created: dt.date, draft: bool,
                  keyword: str) -> tuple[DocumentInfo, str]:
    """PDF metadata and footer for "Kuntajohtajakokouksen asialista 7/2026" and the like, and the
    meeting's full content hash."""
    full_hash = managers_content_hash(data.detail)
    label = data.detail.meeting.label
    title = f"{document} {label}"
    info = DocumentInfo(
        title=title, subject=f"{FORUM} {label}, {meeting_day(data.detail.meeting)}",
        keywords=("kuntajohtajakokous", keyword, label, f"tunniste {display_hash(full_hash)}"),
        created=created, draft=draft, footer_note=f"Tunniste {display_hash(full_hash)}")
    return info, full_hash


def title_block(data: ManagersMeetingData, kicker: str, full_hash: str) -> Table:
    """Kicker, "Kuntajohtajakokous 7/2026", the meeting's facts; the QR code and hash on the right."""
    st = styles()
    meeting = data.detail.meeting
    facts = [
        ("Päivämäärä", meeting_day(meeting)),
        ("Kellonaika", fi_time(meeting.start_time) or "–"),
        ("Paikka", meeting.place or "–"),
        ("Etäyhteys", meeting.remote_link or "–"),
        ("Puheenjohtaja", meeting.chair or "–"),
        ("Sihteeri", meeting.secretary or "–"),
        ("Tila", MEETING_STATUS_FI[meeting.status]),
    ]
    fact_rows = [[Paragraph(name, st.label), Paragraph(markup(value), st.cell)] for name, value in facts]
    fact_table = Table(fact_rows, colWidths=[26 * mm, CONTENT_WIDTH - 36 * mm - 28 * mm], hAlign="LEFT")
    fact_table.setStyle(quiet_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                                    ("TOPPADDING", (0, 0), (0, -1), 2.2),  # share the value's baseline
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    left = [Paragraph(kicker, st.label), Paragraph(f"{FORUM} {meeting.label}", st.title), fact_table]
    right = [QrCode(managers_qr_payload(data.detail), 30 * mm),
             Paragraph(f"Tunniste<br/><b>{display_hash(full_hash)}</b>", st.cell_center)]
    block = Table([[left, right]], colWidths=[CONTENT_WIDTH - 36 * mm, 36 * mm])
    block.setStyle(quiet_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return block


def section(key: str, title: str) -> list[Flowable]:
    """A top-level section heading, in the PDF outline and the running header."""
    return heading(title, styles().h2, marker=Heading(key, title))


def matter_heading(matter: AgendaMatterRecord, lines_after: int = 3) -> list[Flowable]:
    """"3. Raideyhteyden rahoitus", marked for the outline and the running header."""
    marker = Heading(f"matter-{matter.number}", f"{matter.number}. {one_line(matter.title, 80)}", level=1)
    return heading(f"{matter.number}.\u00a0{markup(matter.title)}", styles().h3, marker=marker,
                   lines_after=lines_after)


def matter_facts(data: ManagersMeetingData, matter: AgendaMatterRecord) -> Paragraph:
    """Tuoja, esittelijä, the experts heard on it, where it continues from and the negotiation
    item it was brought from, as one small paragraph under the matter's heading."""
    st = styles()
    parts = [f"<b>Tuoja:</b> {markup(raiser_text(matter, data.municipalities))}"]
    if matter.presenter.strip():
        parts.append(f"<b>Esittelijä:</b> {markup(matter.presenter)}")
    experts = [a for a in data.detail.attendees if a.role == AttendeeRole.EXPERT and a.matter_id == matter.id]
    for expert in experts:
        where = f" ({markup(expert.organisation)})" if expert.organisation.strip() else ""
        parts.append(f"<b>Asiantuntija:</b> {person(expert)}{where}")
    earlier = data.carried_from.get(matter.id, ())
    if earlier:
        parts.append(f"<b>Jatkoa kokouksista:</b> {', '.join(earlier)}" if len(earlier) > 1
                     else f"<b>Jatkoa kokouksesta:</b> {earlier[0]}")
    linked = data.detail.linked_feedback.get(matter.id)
    if linked is not None:
        gone = " (poistettu)" if linked.deleted else ""
        parts.append(f"<b>Kuntaneuvottelusta:</b> {markup(linked.municipality_name)} "
                     f"{linked.round_year}, {term('feedback_kind', linked.kind.value)}{gone}")
    return Paragraph(" · ".join(parts), st.muted)

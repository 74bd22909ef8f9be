"""The municipality × sector coverage matrix of the round summary: counts of sector comments,
shaded by count, so gaps show at a glance."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from desktop_app.domain.enums import FeedbackKind
from desktop_app.reports.inputs import RoundSummaryData
from desktop_app.reports.styles import ACCENT, ACCENT_LIGHT, CONTENT_WIDTH, MUTED, RULE, quiet_style, styles
from desktop_app.reports.text import markup

# Tints of the accent colour for 1, 2, 3 and 4+ comments; zero stays white with a dash.
SHADES = [colors.HexColor(c) for c in ("#dbe7f3", "#b7cfe8", "#8fb3d9", "#5f8fc4")]
NAME_WIDTH = 32 * mm
TOTAL_WIDTH = 14 * mm


def coverage_counts(data: RoundSummaryData) -> list[list[int]]:
    """rows = meetings (municipalities), columns = sectors."""
    return [
        [len(detail.items_of(FeedbackKind.SECTOR_COMMENT, sector.id)) for sector in data.sectors]
        for detail in data.meetings
    ]


def coverage_matrix(data: RoundSummaryData) -> list[Flowable]:
    st = styles()
    counts = coverage_counts(data)
    sector_count = max(len(data.sectors), 1)
    cell_width = (CONTENT_WIDTH - NAME_WIDTH - TOTAL_WIDTH) / sector_count
    head = [Paragraph("Kunta", st.cell_head)]
    head += [Paragraph(markup(sector.code), st.cell_head) for sector in data.sectors]
    head.append(Paragraph("Yht.", st.cell_head))
    rows: list[list[object]] = [head]
    commands: list[tuple] = [
        ("GRID", (1, 1), (-2, -2), 0.4, colors.white),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 1), (-1, -1), st.cell.fontName),
        ("FONTSIZE", (0, 1), (-1, -1), 9),
        ("TEXTCOLOR", (0, 1), (-1, -1), st.cell.textColor),
        ("LINEBELOW", (0, 1), (-1, -2), 0.3, RULE),
    ]
    for r, (detail, row) in enumerate(zip(data.meetings, counts, strict=True), start=1):
        name = markup(detail.meeting.municipality_name)
        if not detail.feedback:
            name += "*"
        cells: list[object] = [Paragraph(name, st.cell)]
        for c, count in enumerate(row, start=1):
            cells.append(str(count) if count else "–")
            if count:
                shade = SHADES[min(count, len(SHADES)) - 1]
                commands.append(("BACKGROUND", (c, r), (c, r), shade))
                if count >= len(SHADES):
                    commands.append(("TEXTCOLOR", (c, r), (c, r), colors.white))
            else:
                commands.append(("TEXTCOLOR", (c, r), (c, r), MUTED))
        cells.append(str(sum(row)))
        rows.append(cells)
    totals = [sum(row[c] for row in counts) for c in range(len(data.sectors))]
    rows.append([Paragraph("<b>Yhteensä</b>", st.cell), *[str(t) for t in totals], str(sum(totals))])
    commands += [("FONTNAME", (0, -1), (-1, -1), st.cell_bold.fontName),
                 ("FONTNAME", (-1, 1), (-1, -1), st.cell_bold.fontName)]
    table = Table(rows, colWidths=[NAME_WIDTH, *[cell_width] * len(data.sectors), TOTAL_WIDTH],
                  repeatRows=1, hAlign="LEFT")
    table.setStyle(quiet_style(commands))
    flowables: list[Flowable] = [table, Spacer(1, 2 * mm)]
    if any(not detail.feedback for detail in data.meetings):
        flowables.append(Paragraph("* Neuvottelua ei ole vielä kirjattu.", st.muted))
    flowables += [Spacer(1, 2 * mm), _legend(data)]
    return flowables


def _legend(data: RoundSummaryData) -> Flowable:
    st = styles()
    entries = [f"<b>{markup(s.code)}</b> {markup(s.name_fi)}" for s in data.sectors]
    half = (len(entries) + 1) // 2
    left, right = entries[:half], entries[half:]
    rows = [[Paragraph(left[i], st.small), Paragraph(right[i], st.small) if i < len(right) else ""]
            for i in range(half)]
    table = Table(rows, colWidths=[CONTENT_WIDTH / 2] * 2, hAlign="LEFT")
    table.setStyle(quiet_style([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                               ("TEXTCOLOR", (0, 0), (-1, -1), MUTED)]))
    return table

"""The municipality × sector coverage matrix of the round summary: counts of sector comments,
shaded by count, so gaps show at a glance.

Two layouts, chosen by what fits an A4 portrait page without shrinking type:

- up to `MAX_CODE_COLUMNS` sectors whose codes fit their columns: municipalities down, sector
  codes across, and a legend of the codes below (the familiar layout of a normal round);
- more sectors (the council may have 60) or codes too long for a column: the matrix is turned,
  sectors down with their full names (no legend to look things up in) and the municipalities
  across under rotated names. A reader still reads one municipality per column and one sector
  per row; the table runs over pages with its header repeated. Should there be more
  municipalities than columns fit, they are split into several tables of the same shape.

Numbers are right-aligned under right-aligned headers in both layouts.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from desktop_app.domain.enums import FeedbackKind
from desktop_app.reports.inputs import RoundSummaryData
from desktop_app.reports.keep import KeepRowsTable
from desktop_app.reports.styles import ACCENT, ACCENT_LIGHT, CONTENT_WIDTH, MUTED, RULE, quiet_style, styles
from desktop_app.reports.text import fit, markup, one_line

# Tints of the accent colour for 1, 2, 3 and 4+ comments; zero stays white with a dash.
SHADES = [colors.HexColor(c) for c in ("#dbe7f3", "#b7cfe8", "#8fb3d9", "#5f8fc4")]
NAME_WIDTH = 32 * mm
TOTAL_WIDTH = 14 * mm
MAX_CODE_COLUMNS = 14          # ≥ 8.9 mm per sector column on A4 portrait
MAX_CELL = 18 * mm             # a few sectors make a compact table, not page-wide colour bands
TURNED_CELL = 11 * mm          # a municipality column of the turned matrix
SECTOR_MIN_WIDTH = 60 * mm     # the sector-name column of the turned matrix, at least
PAD = 4                        # points of padding left and right in a cell
ROTATED_MAX = 40 * mm          # a rotated header longer than this is shortened with "…"


def coverage_counts(data: RoundSummaryData) -> list[list[int]]:
    """rows = meetings (municipalities), columns = sectors."""
    return [
        [len(detail.items_of(FeedbackKind.SECTOR_COMMENT, sector.id)) for sector in data.sectors]
        for detail in data.meetings
    ]


def coverage_matrix(data: RoundSummaryData) -> list[Flowable]:
    st = styles()
    turned = not _codes_fit(data)
    flowables: list[Flowable] = _turned(data) if turned else [_across(data)]
    flowables.append(Spacer(1, 2 * mm))
    if any(not detail.feedback for detail in data.meetings):
        flowables.append(Paragraph("* Neuvottelua ei ole vielä kirjattu.", st.muted))
    if not turned:
        flowables += [Spacer(1, 2 * mm), _legend(data)]
    return flowables


def _codes_fit(data: RoundSummaryData) -> bool:
    count = len(data.sectors)
    if count > MAX_CODE_COLUMNS:
        return False
    cell = _across_cell(count)
    head = styles().cell_head
    return all(stringWidth(one_line(s.code), head.fontName, head.fontSize) <= cell - 2 * PAD
               for s in data.sectors)


def _across_cell(count: int) -> float:
    return min(MAX_CELL, (CONTENT_WIDTH - NAME_WIDTH - TOTAL_WIDTH) / max(count, 1))


def _shade(commands: list[tuple], col: int, row: int, count: int) -> None:
    if count:
        commands.append(("BACKGROUND", (col, row), (col, row), SHADES[min(count, len(SHADES)) - 1]))
        if count >= len(SHADES):
            commands.append(("TEXTCOLOR", (col, row), (col, row), colors.white))
    else:
        commands.append(("TEXTCOLOR", (col, row), (col, row), MUTED))


def _base_commands() -> list[tuple]:
    st = styles()
    return [
        ("GRID", (1, 1), (-2, -2), 0.4, colors.white),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("FONTNAME", (0, 1), (-1, -1), st.cell.fontName),
        ("FONTSIZE", (0, 1), (-1, -1), 9),
        ("TEXTCOLOR", (0, 1), (-1, -1), st.cell.textColor),
        ("LINEBELOW", (0, 1), (-1, -2), 0.3, RULE),
        ("FONTNAME", (0, -1), (-1, -1), st.cell_bold.fontName),
        ("FONTNAME", (-1, 1), (-1, -1), st.cell_bold.fontName),
    ]


def _across(data: RoundSummaryData) -> Table:
    """Municipalities down, sector codes across."""
    st = styles()
    counts = coverage_counts(data)
    cell_width = _across_cell(len(data.sectors))
    head: list[object] = [Paragraph("Kunta", st.cell_head)]
    head += [Paragraph(markup(sector.code), st.cell_head_right) for sector in data.sectors]
    head.append(Paragraph("Yht.", st.cell_head_right))
    rows: list[list[object]] = [head]
    commands = _base_commands()
    for r, (detail, row) in enumerate(zip(data.meetings, counts, strict=True), start=1):
        name = markup(detail.meeting.municipality_name) + ("" if detail.feedback else "*")
        cells: list[object] = [Paragraph(name, st.cell)]
        for c, count in enumerate(row, start=1):
            cells.append(str(count) if count else "–")
            _shade(commands, c, r, count)
        cells.append(str(sum(row)))
        rows.append(cells)
    totals = [sum(row[c] for row in counts) for c in range(len(data.sectors))]
    rows.append([Paragraph("<b>Yhteensä</b>", st.cell), *[str(t) for t in totals], str(sum(totals))])
    table = KeepRowsTable(rows, colWidths=[NAME_WIDTH, *[cell_width] * len(data.sectors), TOTAL_WIDTH],
                          repeatRows=1, hAlign="LEFT")
    table.setStyle(quiet_style(commands))
    return table


def _turned(data: RoundSummaryData) -> list[Flowable]:
    """Sectors down (full names), municipalities across under rotated names; several tables of
    the same shape when the municipalities do not fit one."""
    per_table = max(int((CONTENT_WIDTH - SECTOR_MIN_WIDTH) // TURNED_CELL) - 1, 1)
    meetings = list(data.meetings)
    chunks = [meetings[i:i + per_table] for i in range(0, len(meetings), per_table)] or [[]]
    flowables: list[Flowable] = []
    for index, chunk in enumerate(chunks):
        if index:
            flowables.append(Spacer(1, 4 * mm))
        flowables.append(_turned_table(data, chunk))
    return flowables


def _turned_table(data: RoundSummaryData, meetings: list) -> Table:
    st = styles()
    counts = [[len(detail.items_of(FeedbackKind.SECTOR_COMMENT, sector.id)) for detail in meetings]
              for sector in data.sectors]
    every = [[len(detail.items_of(FeedbackKind.SECTOR_COMMENT, sector.id)) for detail in data.meetings]
             for sector in data.sectors]
    head: list[object] = [Paragraph("Toimintasektori", st.cell_head)]
    head += [RotatedLabel(detail.meeting.municipality_name + ("" if detail.feedback else "*"))
             for detail in meetings]
    head.append(RotatedLabel("Yhteensä"))
    rows: list[list[object]] = [head]
    # tighter rows than the across layout: 30 sectors and their totals still fit one page
    commands = [*_base_commands(), ("TOPPADDING", (0, 1), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 2)]
    for r, (sector, row) in enumerate(zip(data.sectors, counts, strict=True), start=1):
        cells: list[object] = [Paragraph(f"<b>{markup(sector.code)}</b> {markup(sector.name_fi)}",
                                         st.cell)]
        for c, count in enumerate(row, start=1):
            cells.append(str(count) if count else "–")
            _shade(commands, c, r, count)
        cells.append(str(sum(every[r - 1])))  # the sector's total over every municipality
        rows.append(cells)
    totals = [sum(row[c] for row in counts) for c in range(len(meetings))]
    rows.append([Paragraph("<b>Yhteensä</b>", st.cell), *[str(t) for t in totals],
                 str(sum(sum(row) for row in every))])
    sector_width = CONTENT_WIDTH - TURNED_CELL * (len(meetings) + 1)
    table = KeepRowsTable(rows, colWidths=[sector_width, *[TURNED_CELL] * (len(meetings) + 1)],
                          repeatRows=1, hAlign="LEFT")
    table.setStyle(quiet_style(commands))
    return table


class RotatedLabel(Flowable):
    """A column header written bottom-to-top, its baseline at the cell's right edge so that it
    lines up with the right-aligned numbers below."""

    def __init__(self, text: str) -> None:
        super().__init__()
        style = styles().cell_head
        self.font, self.size, self.color = style.fontName, style.fontSize, style.textColor
        self.text = fit(text, self.font, self.size, ROTATED_MAX)
        self.width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, stringWidth(self.text, self.font, self.size) + 2

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(self.font, self.size)
        canvas.setFillColor(self.color)
        descent = self.size * 0.22
        canvas.translate(self.width - descent, 1)
        canvas.rotate(90)
        canvas.drawString(0, 0, self.text)
        canvas.restoreState()


def _legend(data: RoundSummaryData) -> Flowable:
    st = styles()
    entries = [f"<b>{markup(s.code)}</b> {markup(s.name_fi)}" for s in data.sectors]
    if not entries:
        return Spacer(1, 0)
    half = (len(entries) + 1) // 2
    left, right = entries[:half], entries[half:]
    rows = [[Paragraph(left[i], st.small), Paragraph(right[i], st.small) if i < len(right) else ""]
            for i in range(half)]
    table = KeepRowsTable(rows, colWidths=[CONTENT_WIDTH / 2] * 2, hAlign="LEFT")
    table.setStyle(quiet_style([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                               ("TEXTCOLOR", (0, 0), (-1, -1), MUTED)]))
    return table

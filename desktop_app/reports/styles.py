"""One typographic scale and palette for every printed document."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import TableStyle

from desktop_app.reports.fonts import BOLD, REGULAR, register_fonts

BULLET = "•\u00a0\u00a0"  # bullet + two no-break spaces, drawn inline as part of the item's first line
PAGE_SIZE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm     # room for the running header
MARGIN_BOTTOM = 20 * mm  # room for the footer
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM  # the body frame has no padding

# A modular scale around a 10 pt body (≈ 1.2 ratio), leading 1.35× for reading comfort.
SIZE_SMALL, SIZE_BODY, SIZE_H3, SIZE_H2, SIZE_H1, SIZE_TITLE = 8, 10, 11.5, 13.5, 17, 26

INK = colors.HexColor("#1d232a")
MUTED = colors.HexColor("#5b6570")
ACCENT = colors.HexColor("#1f4e79")      # Kainuu blue for headings and rules
ACCENT_LIGHT = colors.HexColor("#e6eef6")
RULE = colors.HexColor("#b9c3cd")
ZEBRA = colors.HexColor("#f5f7f9")
WARNING = colors.HexColor("#b3261e")     # overdue follow-ups
WATERMARK = colors.HexColor("#e6eaef")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle
    toc: ParagraphStyle
    label: ParagraphStyle


def _style(name: str, size: float, *, font: str = REGULAR, color: colors.Color = INK,
           before: float = 0, after: float = 0, align: int = TA_LEFT, **extra: object) -> ParagraphStyle:
    extra.setdefault("leading", round(size * 1.35, 1))
    extra.setdefault("bulletFontName", font)  # ReportLab's default bullet font is Helvetica
    return ParagraphStyle(name, fontName=font, fontSize=size,
                          textColor=color, spaceBefore=before, spaceAfter=after, alignment=align,
                          splitLongWords=1, **extra)


@cache
def styles() -> Styles:
    register_fonts()
    return Styles(
        title=_style("title", SIZE_TITLE, font=BOLD, color=ACCENT, after=6, leading=SIZE_TITLE * 1.15),
        subtitle=_style("subtitle", SIZE_H2, color=MUTED, after=4),
        # headings are kept with their text by `blocks.heading` (a CondPageBreak), not keepWithNext
        h1=_style("h1", SIZE_H1, font=BOLD, color=ACCENT, before=14, after=6),
        h2=_style("h2", SIZE_H2, font=BOLD, color=ACCENT, before=12, after=4),
        h3=_style("h3", SIZE_H3, font=BOLD, before=8, after=2),
        body=_style("body", SIZE_BODY, after=4),
        # hanging indent: the inline "• " sits left of the text column (see blocks.bullet_list)
        bullet=_style("bullet", SIZE_BODY, after=3, leftIndent=14,
                      firstLineIndent=-stringWidth(BULLET, REGULAR, SIZE_BODY)),
        small=_style("small", SIZE_SMALL, color=INK),
        muted=_style("muted", SIZE_SMALL + 1, color=MUTED, after=4),
        cell=_style("cell", SIZE_BODY - 1),
        cell_bold=_style("cell_bold", SIZE_BODY - 1, font=BOLD),
        cell_head=_style("cell_head", SIZE_SMALL + 0.5, font=BOLD, color=ACCENT),
        cell_head_right=_style("cell_head_right", SIZE_SMALL + 0.5, font=BOLD, color=ACCENT,
                               align=TA_RIGHT),
        cell_center=_style("cell_center", SIZE_BODY - 1, align=TA_CENTER),
        cell_right=_style("cell_right", SIZE_BODY - 1, align=TA_RIGHT),
        toc=_style("toc", SIZE_BODY + 1, after=0),
        label=_style("label", SIZE_SMALL, font=BOLD, color=MUTED),
    )


def quiet_style(commands: list[tuple]) -> TableStyle:
    """A TableStyle whose default font is ours: ReportLab's default (Helvetica) would otherwise
    enter the PDF as a non-embedded font."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def table_style(*, header: bool = True, zebra: bool = True, rows: int = 0) -> TableStyle:
    """Quiet tables: a coloured header row, hairline rules between rows, optional zebra stripes."""
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ]
    if zebra:
        start = 1 if header else 0
        commands += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(start + 1, rows, 2)]
    return quiet_style(commands)

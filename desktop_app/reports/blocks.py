"""Building blocks shared by the documents: item lists, data tables, QR code, Finnish labels."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from desktop_app.domain.enums import FollowUpStatus, MeetingStatus, Priority
from desktop_app.domain.records import FeedbackRecord
from desktop_app.glossary import capitalised, term
from desktop_app.reports.keep import HeadingBreak, KeepRowsTable
from desktop_app.reports.styles import BULLET, ZEBRA, styles, table_style
from desktop_app.reports.text import markup

# Terms from resources/glossary.json (one term per concept across app, printouts and exports).
MEETING_STATUS_FI = {status: capitalised(term("meeting_status", status.value)) for status in MeetingStatus}
FOLLOW_UP_STATUS_FI = {status: capitalised(term("follow_up_status", status.value))
                       for status in FollowUpStatus}
# Only the priorities that differ from the usual one are tagged; the wording never belittles what
# a municipality said ("vähemmän tärkeä", not "vähäinen").
PRIORITY_TAG = {priority: term("priority", priority.value) for priority in (Priority.HIGH, Priority.LOW)}


def item_markup(item: FeedbackRecord) -> str:
    """The item's text, with a small coloured tag when its priority is not normal."""
    text = markup(item.text)
    tag = PRIORITY_TAG.get(item.priority)
    if tag is None:
        return text
    color = "#b3261e" if item.priority == Priority.HIGH else "#5b6570"
    return f'{text} <font size="8" color="{color}"><b>[{tag}]</b></font>'


def bullet_list(items: Sequence[FeedbackRecord], *, numbered: bool = False) -> list[Flowable]:
    """Bullets are inline text with a hanging indent rather than platypus bulletText: one text
    object per item instead of two, which matters for a round summary of ~1,000 items."""
    st = styles()
    if not numbered:
        return [Paragraph(BULLET + item_markup(item), st.bullet) for item in items]
    flowables: list[Flowable] = []
    for index, item in enumerate(items, start=1):
        prefix = f"{index}.\u00a0\u00a0"
        hanging = ParagraphStyle(f"numbered{index}", parent=st.bullet,
                                 firstLineIndent=-stringWidth(prefix, st.bullet.fontName, st.bullet.fontSize))
        flowables.append(Paragraph(prefix + item_markup(item), hanging))
    return flowables


def heading(text_markup: str, style: ParagraphStyle | None = None, *, marker: Flowable | None = None,
            lines_after: int = 3) -> list[Flowable]:
    """A heading that never ends a page alone: break first unless it, any sub-heading right after
    it and the first piece of its content fit (at least `lines_after` body lines; see keep.py).
    `marker` (a `page.Heading`) goes after the break so the TOC gets the right page."""
    style = style or styles().h3
    space = style.spaceBefore + style.leading + style.spaceAfter + lines_after * styles().body.leading
    paragraph = Paragraph(text_markup, style)
    paragraph._is_heading = True  # type: ignore[attr-defined]  # see keep.link_headings
    if marker is not None:
        marker._heading_marker = True  # type: ignore[attr-defined]
    return [HeadingBreak(space), *([marker] if marker else []), paragraph]


def note(text: str) -> Paragraph:
    return Paragraph(f"<i>{markup(text)}</i>", styles().muted)


def data_table(header: Sequence[str], rows: Sequence[Sequence[Flowable | list[Flowable] | str]],
               widths: Sequence[float], *, extra_style: Sequence[tuple] = (),
               right: Sequence[int] = ()) -> Table:
    """A table that splits across pages between rows, repeating its header row; a row splits
    inside itself only when it is taller than a whole page (keep.KeepRowsTable). Columns listed
    in `right` (numbers) are right-aligned, their header too."""
    st = styles()
    head = [Paragraph(markup(title), st.cell_head_right if c in right else st.cell_head)
            for c, title in enumerate(header)]
    body = [[Paragraph(markup(cell), st.cell_right if c in right else st.cell)
             if isinstance(cell, str) else cell for c, cell in enumerate(row)] for row in rows]
    table = KeepRowsTable([head, *body], colWidths=list(widths), repeatRows=1, splitInRow=1,
                          hAlign="LEFT")
    style = table_style(zebra=False)
    style.add("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA])
    for command in extra_style:
        style.add(*command)
    table.setStyle(style)
    return table


class QrCode(Flowable):
    """A QR code drawn as filled rectangles straight onto the canvas (ReportLab's own encoder).
    Not a graphics Drawing: those set Helvetica, which would enter the PDF unembedded."""

    QUIET_ZONE = 4  # modules of white border, as the QR standard asks

    def __init__(self, payload: str, size: float = 30 * mm) -> None:
        super().__init__()
        self.payload = payload
        self.size = size
        self._qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        self._qr.addData(payload)
        self._qr.make()

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        modules = self._qr.modules
        count = len(modules)
        box = self.size / (count + 2 * self.QUIET_ZONE)
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColorRGB(0, 0, 0)
        for r, row in enumerate(modules):
            y = self.size - (r + self.QUIET_ZONE + 1) * box
            c = 0
            for dark, run in itertools.groupby(bool(module) for module in row):
                length = len(list(run))
                if dark:  # one rectangle per horizontal run keeps the content stream small
                    canvas.rect((c + self.QUIET_ZONE) * box, y, length * box, box, stroke=0, fill=1)
                c += length
        canvas.restoreState()

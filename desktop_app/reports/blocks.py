"""Building blocks shared by the documents: item lists, data tables, QR code, Finnish labels."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from desktop_app.domain.enums import FollowUpStatus, MeetingStatus, Priority
from desktop_app.domain.records import FeedbackRecord
from desktop_app.reports.styles import ZEBRA, styles, table_style
from desktop_app.reports.text import markup

MEETING_STATUS_FI = {
    MeetingStatus.PLANNED: "Suunniteltu",
    MeetingStatus.IN_PROGRESS: "Käynnissä",
    MeetingStatus.CLOSED: "Suljettu",
    MeetingStatus.APPROVED: "Hyväksytty",
}
FOLLOW_UP_STATUS_FI = {
    FollowUpStatus.OPEN: "Avoin",
    FollowUpStatus.IN_PROGRESS: "Työn alla",
    FollowUpStatus.DONE: "Valmis",
    FollowUpStatus.CANCELLED: "Peruttu",
}
PRIORITY_TAG = {Priority.HIGH: "tärkeä", Priority.LOW: "vähäinen"}


def item_markup(item: FeedbackRecord) -> str:
    """The item's text, with a small coloured tag when its priority is not normal."""
    text = markup(item.text)
    tag = PRIORITY_TAG.get(item.priority)
    if tag is None:
        return text
    color = "#b3261e" if item.priority == Priority.HIGH else "#5b6570"
    return f'{text} <font size="8" color="{color}"><b>[{tag}]</b></font>'


def bullet_list(items: Sequence[FeedbackRecord], *, numbered: bool = False) -> list[Flowable]:
    style = styles().bullet
    flowables: list[Flowable] = []
    for index, item in enumerate(items, start=1):
        bullet = f"{index}." if numbered else "•"
        flowables.append(Paragraph(item_markup(item), style, bulletText=bullet))
    return flowables


def note(text: str) -> Paragraph:
    return Paragraph(f"<i>{markup(text)}</i>", styles().muted)


def data_table(header: Sequence[str], rows: Sequence[Sequence[Flowable | list[Flowable] | str]],
               widths: Sequence[float], *, extra_style: Sequence[tuple] = ()) -> Table:
    """A table that splits across pages, repeating its header row, and may split inside a row
    (so one very long item cannot make a row taller than a page)."""
    head = [Paragraph(markup(title), styles().cell_head) for title in header]
    body = [[Paragraph(markup(cell), styles().cell) if isinstance(cell, str) else cell
             for cell in row] for row in rows]
    table = Table([head, *body], colWidths=list(widths), repeatRows=1, splitInRow=1, hAlign="LEFT")
    style = table_style(zebra=False)
    style.add("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA])
    for command in extra_style:
        style.add(*command)
    table.setStyle(style)
    return table


def qr_code(payload: str, size: float = 30 * mm) -> Drawing:
    widget = QrCodeWidget(payload, barLevel="M")  # quiet zone of 4 modules is the widget default
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing
